// One strict, type-aware lint config for the whole workspace.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { structure } from './eslint-plugin-structure.js';

/** Import boundaries: dependencies point apps -> packages, and Prisma stays in repositories. */
const boundaries = {
  domain: {
    patterns: [
      {
        group: [
          'react',
          'react-*',
          '@apollo/*',
          'graphql',
          'type-graphql',
          '@prisma/*',
          '@etj/db',
          '@etj/db/*',
        ],
        message: 'packages/domain is pure TypeScript: no framework imports.',
      },
      {
        group: ['@etj/ui', '@etj/api', '@etj/citizen', '@etj/staff'],
        message: 'packages/domain imports no other workspace package.',
      },
    ],
  },
  ui: {
    patterns: [
      {
        group: ['@apollo/*', 'react-router', 'react-router-dom', '@etj/db', '@etj/db/*'],
        message: 'packages/ui is presentational: no Apollo, no router.',
      },
    ],
  },
  app: {
    patterns: [
      {
        group: [
          '@etj/api',
          '@etj/api/*',
          '@etj/citizen',
          '@etj/citizen/*',
          '@etj/staff',
          '@etj/staff/*',
        ],
        message: 'Apps never import each other.',
      },
      { group: ['**/apps/*', '../../apps/**'], message: 'Apps never import each other.' },
    ],
  },
  spa: {
    patterns: [
      {
        group: ['@etj/db', '@etj/db/*', '@prisma/*'],
        message: 'Database types never reach the frontend.',
      },
    ],
  },
  spaKit: {
    patterns: [
      {
        group: [
          '@etj/api',
          '@etj/api/*',
          '@etj/citizen',
          '@etj/citizen/*',
          '@etj/staff',
          '@etj/staff/*',
        ],
        message: 'packages/spa serves both apps and imports neither.',
      },
      { group: ['**/apps/*', '../../apps/**'], message: 'packages/spa imports no app.' },
    ],
  },
  /**
   * Readers of case content that write no access-log rows: the case-handling feature calls them
   * inside its own logged reads and changes; the bench and tests use them for query plans.
   */
  caseContent: {
    patterns: [
      {
        group: [
          '**/case-handling/case-list.repository*',
          '**/case-handling/case-record.repository*',
        ],
        importNamePattern: '^(readDetail|\\w+PageStatement)$',
        message:
          'Case content is read through the case-handling services, which write the access log.',
      },
    ],
  },
  prisma: {
    patterns: [
      {
        // @etj/db/personas is plain data (the demo personas), free of Prisma.
        regex: '^@etj/db(?!/personas$)(/.*)?$',
        message: 'Only *.repository.ts files may import Prisma.',
      },
      {
        group: ['@prisma/*', '**/prisma/generated/**'],
        message: 'Only *.repository.ts files may import Prisma.',
      },
    ],
  },
};

/**
 * The lint config for one workspace package; `kind` picks its import boundaries.
 * `spa` is an app; `spa-kit` is packages/spa, the infrastructure both apps share.
 * @param {'domain' | 'ui' | 'spa' | 'spa-kit' | 'api' | 'node'} kind
 */
export function configFor(kind) {
  const restricted = {
    domain: boundaries.domain,
    ui: boundaries.ui,
    spa: { patterns: [...boundaries.app.patterns, ...boundaries.spa.patterns] },
    'spa-kit': { patterns: [...boundaries.spaKit.patterns, ...boundaries.spa.patterns] },
    api: {
      patterns: [
        ...boundaries.app.patterns,
        ...boundaries.prisma.patterns,
        ...boundaries.caseContent.patterns,
      ],
    },
    node: undefined,
  }[kind];
  const react = kind === 'ui' || kind === 'spa' || kind === 'spa-kit';
  return tseslint.config(
    {
      ignores: [
        '**/dist/**',
        '**/generated/**',
        '**/node_modules/**',
        '**/.turbo/**',
        '*.config.js',
        '*.config.mjs',
        '*.config.ts',
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true },
        globals: react ? { ...globals.browser } : { ...globals.node },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': [
          'error',
          { fixStyle: 'inline-type-imports' },
        ],
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/switch-exhaustiveness-check': 'error',
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
        '@typescript-eslint/no-extraneous-class': 'off',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
        'no-restricted-syntax': [
          'error',
          {
            selector: 'TSEnumDeclaration',
            message: 'Use string-literal unions or as-const objects, not enum.',
          },
          { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        ],
        ...(restricted ? { 'no-restricted-imports': ['error', restricted] } : {}),
      },
    },
    { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
    // A relative import never leaves its package; other packages are imported by name.
    {
      plugins: { structure },
      rules: { 'structure/no-cross-package-relative-import': 'error' },
    },
    ...(kind === 'api'
      ? [
          // Feature folders (src/<feature>/) depend on each other in one direction only.
          { files: ['src/**'], rules: { 'structure/no-feature-cycle': 'error' } },
          // The composition root hands the client to repositories; tests and the bench build
          // fixtures with it, and look at the plans of the unlogged case readers.
          {
            files: ['**/*.repository.ts', 'src/app.ts', 'src/server.ts'],
            rules: {
              'no-restricted-imports': [
                'error',
                { patterns: [...boundaries.app.patterns, ...boundaries.caseContent.patterns] },
              ],
            },
          },
          {
            files: [
              'src/case-handling/**/*.repository.ts',
              '**/*.int.test.ts',
              'test/**',
              'bench/**',
            ],
            rules: { 'no-restricted-imports': ['error', boundaries.app] },
          },
          // type-graphql object types are classes used as shapes; services return plain objects.
          { rules: { '@typescript-eslint/no-unsafe-class-instance-assignment': 'off' } },
        ]
      : []),
    ...(react
      ? [
          {
            files: ['**/*.tsx'],
            plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
            rules: { ...jsxA11y.flatConfigs.strict.rules, ...reactHooks.configs.recommended.rules },
          },
        ]
      : []),
    {
      files: ['**/*.test.ts', '**/*.test.tsx'],
      rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
    },
  );
}
