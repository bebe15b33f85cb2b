// One flat config for the whole workspace. Module boundaries are enforced from Nx project tags:
// type:app | contracts | data | util | testing | e2e, and scope:api | worker | web | shared.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.nx/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:util'],
            },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:domain',
                'type:util',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:domain',
                'type:util',
                'type:data',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:domain',
                'type:service',
                'type:data',
                'type:util',
                'type:testing',
              ],
            },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:web', notDependOnLibsWithTags: ['type:data', 'type:testing'] },
            { sourceTag: 'scope:api', notDependOnLibsWithTags: ['scope:worker', 'scope:web'] },
            { sourceTag: 'scope:worker', notDependOnLibsWithTags: ['scope:api', 'scope:web'] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:testing', 'type:util'],
            },
          ],
        },
      ],
    },
  },
  {
    // Tool configs load the shared preset by path; they are not part of any module graph.
    files: [
      '**/*.cjs',
      '**/jest.config.js',
      'jest.preset.js',
      '**/vite.config.ts',
      '**/vitest.config.ts',
    ],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  {
    // Configuration is validated once into a typed object (src/config/); nothing else reads env.
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    // Entry points hand process.env to the config loader; that is the one read.
    ignores: [
      '**/config/**',
      '**/src/main.ts',
      '**/src/migrate.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'Read configuration from the validated config object (src/config/), not process.env.',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  prettier,
);
