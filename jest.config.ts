import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config') as { jestConfig: Config };

const shared: Config = {
    rootDir: __dirname,
    moduleFileExtensions: ['ts', 'js', 'html', 'json'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/force-app/'],
    modulePathIgnorePatterns: ['<rootDir>/force-app/'],
    moduleNameMapper: { '^c/(.*)$': '<rootDir>/lwc-src/$1/$1' },
};

/**
 * Two projects, both on TypeScript sources (the LWC transformer strips the types):
 * - `lwc`: the components and domain in lwc-src/, on the sfdx-lwc-jest preset in jsdom, with
 *   the platform module mocks in one place (lwc-src/test/jest-mocks);
 * - `node`: the tooling in scripts/ (build, simulator, local app) in plain Node.
 */
const config: Config = {
    projects: [
        {
            ...jestConfig,
            // Coverage paths are set once below for both projects.
            collectCoverageFrom: undefined,
            ...shared,
            displayName: 'lwc',
            roots: ['<rootDir>/lwc-src'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            moduleNameMapper: {
                ...shared.moduleNameMapper,
                '^lightning/platformShowToastEvent$':
                    '<rootDir>/lwc-src/test/jest-mocks/lightning/platformShowToastEvent',
                '^lightning/navigation$': '<rootDir>/lwc-src/test/jest-mocks/lightning/navigation',
                '^lightning/modal$': '<rootDir>/lwc-src/test/jest-mocks/lightning/modal',
            },
            setupFilesAfterEnv: [
                ...(jestConfig.setupFilesAfterEnv ?? []),
                '<rootDir>/lwc-src/test/setup.ts',
            ],
        },
        {
            ...shared,
            displayName: 'node',
            roots: ['<rootDir>/scripts'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            testEnvironment: 'node',
            transform: { '^.+\\.ts$': require.resolve('@lwc/jest-transformer') },
        },
    ],
    collectCoverageFrom: [
        'lwc-src/**/*.ts',
        'scripts/**/*.ts',
        '!**/__tests__/**',
        '!lwc-src/test/**',
        '!lwc-src/types/**',
    ],
    coverageReporters: ['text-summary', 'lcov'],
    coverageDirectory: '<rootDir>/coverage',
};

export default config;
