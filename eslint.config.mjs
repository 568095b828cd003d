import lwcConfig from '@salesforce/eslint-config-lwc';
import lwcPlugin from '@lwc/eslint-plugin-lwc';
import lightningPlugin from '@salesforce/eslint-plugin-lightning';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const typeScriptFiles = ['**/*.ts'];
/** Lightning web components: the app's, and the local app's stand-ins for platform modules. */
const componentFiles = ['lwc-src/**/*.ts', 'scripts/local-app/web/**/*.ts'];

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'force-app/main/default/lwc/**',
            '.data/**',
            'test-results/**',
            '.local-app/**',
            '.sf/**',
            '.sfdx/**',
        ],
    },
    // Components and the domain: the LWC recommended rules, parsed as TypeScript.
    ...lwcConfig.configs.recommended.map((config) => ({
        ...config,
        files: componentFiles,
    })),
    ...tseslint.configs.strict.map((config) => ({ ...config, files: typeScriptFiles })),
    {
        files: typeScriptFiles,
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: { sourceType: 'module' },
        },
        plugins: {
            '@lwc/lwc': lwcPlugin,
            '@salesforce/lightning': lightningPlugin,
        },
        rules: {
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/consistent-type-imports': [
                'error',
                { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
            ],
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            // Prettier owns formatting and wraps conditional arrow bodies its own way.
            'no-confusing-arrow': 'off',
            // The TypeScript compiler checks undefined names with full type information.
            'no-undef': 'off',
            'no-unused-vars': 'off',
        },
    },
    {
        files: componentFiles,
        rules: {
            '@salesforce/lightning/no-moment': 'error',
            '@salesforce/lightning/no-aura-localization-service': 'error',
            '@salesforce/lightning/valid-apex-method-invocation': 'error',
            '@lwc/lwc/no-async-operation': 'error',
            '@lwc/lwc/no-inner-html': 'error',
            '@lwc/lwc/no-document-query': 'error',
        },
    },
    {
        // Ambient declarations import types only, which the runtime import rule cannot tell.
        files: ['lwc-src/types/**/*.d.ts'],
        rules: { '@lwc/lwc/no-disallowed-lwc-imports': 'off' },
    },
    {
        files: ['lwc-src/**/__tests__/**/*.ts', 'lwc-src/test/**/*.ts'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: {
            '@lwc/lwc/no-async-operation': 'off',
            '@lwc/lwc/no-document-query': 'off',
        },
    },
    {
        files: ['scripts/**/*.ts', 'jest.config.ts', 'eslint.config.mjs'],
        ignores: ['scripts/local-app/web/**'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
    },
    {
        files: ['scripts/local-app/web/**/*.ts'],
        languageOptions: { globals: globals.browser },
    },
    {
        // The local twin of the Apex mirrors it class by class, static-only classes included.
        files: ['scripts/local-app/contract/**/*.ts'],
        rules: { '@typescript-eslint/no-extraneous-class': ['error', { allowStaticOnly: true }] },
    },
];
