import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * An import that climbs out of its folder (one or more ../) into one of these rooms of src/. A file that
 * only shares a room's name (core/drafts/lint/content.ts, imported as ./content) is not one.
 */
const intoRooms = (names, climb = '(?:\\.\\./)+') => `^${climb}(?:${names.join('|')})(?:/|$)`;
const EXTENSION_RUNTIME = ['webextension-polyfill', 'dexie', 'preact', 'preact/*'];

/** One folder's banned doors: rooms it may not enter, packages it may not use, rooms it may take only types from. */
function house(files, message, { rooms = [], packages = [], typesOnlyFrom = [], climb }) {
  const patterns = [];
  if (rooms.length > 0) patterns.push({ regex: intoRooms(rooms, climb), message });
  if (packages.length > 0) patterns.push({ group: packages, message });
  // Senders may use the protocol's types, never its code: that keeps shape checks and handlers out of their bundles.
  if (typesOnlyFrom.length > 0) patterns.push({ regex: intoRooms(typesOnlyFrom, climb), allowTypeImports: true, message: 'Import only types from protocol/; send commands with src/messaging.ts.' });
  return { files: [files].flat(), rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } };
}

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
    rules: { 'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'location'] },
  },
  // The house's rooms (docs/architecture.md): one block per folder, each naming every door it may not use. A rule set
  // twice for a file is replaced, not merged, so each folder matches exactly one of these blocks; tests/unit/
  // house-rules.test.ts proves each one still fires.
  house('src/core/**', 'core/ is pure: no DOM, no extension API, no other room.', {
    rooms: ['store', 'background', 'mail', 'content', 'ui', 'protocol', 'messaging'],
    packages: EXTENSION_RUNTIME,
  }),
  house('src/ui/**', 'ui/ shows views and sends commands (src/messaging.ts); it never opens the store or reads mail pages.', {
    rooms: ['store', 'mail', 'background', 'content'],
    packages: ['dexie'],
    typesOnlyFrom: ['protocol'],
  }),
  house('src/content/**', 'The content script is untrusted: it sends commands (src/messaging.ts) and never opens the store.', {
    rooms: ['store', 'background'],
    packages: ['dexie'],
    typesOnlyFrom: ['protocol'],
  }),
  house('src/mail/**', 'mail/ reads the host page and nothing else.', { rooms: ['store', 'background', 'protocol', 'content', 'ui', 'messaging'], packages: ['dexie'] }),
  house('src/store/**', 'store/ is the database: it serves the background and the protocol and knows no caller.', { rooms: ['background', 'protocol', 'mail', 'content', 'ui', 'messaging'] }),
  house(['src/background/**', 'src/protocol/**'], 'Only store/ opens Dexie; the background and the protocol use its queries.', { packages: ['dexie'] }),
  house('src/*.ts', 'Code shared by the senders never opens the store.', { rooms: ['store', 'background'], packages: ['dexie'], typesOnlyFrom: ['protocol'], climb: '\\./' }),
);
