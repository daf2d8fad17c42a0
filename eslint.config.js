import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'artifacts/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Mail is untrusted: build nodes, never HTML strings.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Mail is untrusted: build nodes, never HTML strings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Mail is untrusted: build nodes, never HTML strings.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Mail is untrusted: render text only.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../store/*', '../background/*', '../mail/*', '../content/*', '../ui/*', 'webextension-polyfill', 'dexie', 'preact', 'preact/*'], message: 'core/ is pure: no DOM, no extension API, no other room.' }] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'location'],
    },
  },
);
