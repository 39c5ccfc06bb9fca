// Lint that catches real bugs (STYLE.md, 12): floating promises, non-exhaustive switches,
// `any`, and type-only imports kept type-only. Type-aware, over every app, lib and test.
import tseslint from 'typescript-eslint';

/** An import into another app's source, e.g. '../../../dispatcher/src/dispatch/x'. */
function appImport(...apps) {
  return {
    regex: `(^|/)(${apps.join('|')})/src(/|$)`,
    message: 'Apps must not import each other: move what both use into a lib (libs/*).',
  };
}

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'apps/web/dist/**', 'coverage/**', '**/*.js', '**/*.mjs', '.demo/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Nest injects by the runtime class: a constructor parameter's type must stay a value import.
    files: ['apps/**/*.ts', 'libs/platform/**/*.ts', 'libs/auth/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  // Apps never import each other (CONTRIBUTING.md, "Where things go"): what two apps share is a
  // lib. Matched on the import path, relative ('../../../dispatcher/src/...') or from the root.
  {
    files: ['apps/api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImport('dispatcher', 'simulators')] }] },
  },
  {
    files: ['apps/dispatcher/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImport('api', 'simulators')] }] },
  },
  {
    files: ['apps/simulators/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImport('api', 'dispatcher')] }] },
  },
  // Only libs/persistence imports TypeORM (STYLE.md, 11): the other libs take its types for the
  // caller's EntityManager, get the DataSource by @InjectDataSource() and leave SQL to its repositories.
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/persistence/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              allowTypeImports: true,
              message: 'Only libs/persistence imports TypeORM: use `import type`, and a repository for the SQL.',
            },
          ],
          patterns: [{ group: ['typeorm/*'], message: 'Nothing reads TypeORM internals.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
