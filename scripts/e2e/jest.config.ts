import type { Config } from 'jest';

/**
 * End-to-end tests: the local app in Chromium (`npm test` runs them after the unit tests).
 * One worker: each test file starts its own app and browser, and they share the machine.
 */
const config: Config = {
    rootDir: '../..',
    roots: ['<rootDir>/scripts/e2e'],
    testMatch: ['**/*.e2e.ts'],
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': require.resolve('@lwc/jest-transformer') },
    moduleNameMapper: { '^c/(.*)$': '<rootDir>/lwc-src/$1/$1' },
    modulePathIgnorePatterns: ['<rootDir>/force-app/'],
    maxWorkers: 1,
    testTimeout: 120_000,
};

export default config;
