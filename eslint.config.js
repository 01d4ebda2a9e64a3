import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { forbiddenFor, LAYERS } from './scripts/layers.js';

// Shipped code may not talk to the network or build code from strings (quality.md 16).
const bannedInShippedCode = [
  { name: 'fetch', message: 'Heartdesk sends nothing over the network.' },
  { name: 'XMLHttpRequest', message: 'Heartdesk sends nothing over the network.' },
  { name: 'WebSocket', message: 'Heartdesk sends nothing over the network.' },
  { name: 'EventSource', message: 'Heartdesk sends nothing over the network.' },
  { name: 'eval', message: 'No code from strings.' },
  { name: 'Function', message: 'No code from strings.' },
];

// One import style: project code is imported from the root (`@/lib/...`), never by a
// relative path, so every arrow between folders is visible in the import string itself.
const relativeImports = {
  group: ['./*', '../*', '.', '..'],
  message: 'Import project code as `@/<folder>/<file>`, not by a relative path.',
};

// One config per layer: no-restricted-imports options replace, not merge, so each carries both bans.
const layerConfigs = Object.keys(LAYERS).map((layer) => ({
  files: [`${layer}/**`, `${layer}.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          relativeImports,
          ...forbiddenFor(layer).map((other) => ({
            group: [`@/${other}`, `@/${other}/*`],
            message: `${layer} may not import ${other}: see scripts/layers.js and docs/architecture.md.`,
          })),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**', 'bench-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Root config files are loaded by WXT and Vitest before the `@/` alias exists.
    files: ['lib/**', 'components/**', 'entrypoints/**', 'tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [relativeImports] }] },
  },
  ...layerConfigs,
  {
    files: ['**/*.tsx', 'components/**', 'entrypoints/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-globals': ['error', ...bannedInShippedCode],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, never HTML.' },
        { property: 'outerHTML', message: 'Render text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
        { property: 'sendBeacon', message: 'Heartdesk sends nothing over the network.' },
        { object: 'window', property: 'fetch', message: 'Heartdesk sends nothing over the network.' },
        { object: 'globalThis', property: 'fetch', message: 'Heartdesk sends nothing over the network.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
      ],
    },
  },
);
