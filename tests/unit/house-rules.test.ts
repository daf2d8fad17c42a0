// The house's rules (docs/architecture.md) are lint rules in eslint.config.js; these prove each still fires, so a
// pattern that stops matching cannot go unnoticed.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'eslint.config.js') });

/** The house-rule errors for a file at `filePath` that imports `source` (a value unless `typeOnly`). */
async function refusals(filePath: string, source: string, typeOnly = false): Promise<string[]> {
  const code = typeOnly ? `import type { A } from '${source}';\nexport type { A };\n` : `import { a } from '${source}';\nexport { a };\n`;
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const refused = (file: string, source: string, typeOnly = false) => refusals(file, source, typeOnly).then((errors) => errors.length > 0);

// The first lint loads the config and the TypeScript parser: seconds on a loaded machine, which would otherwise
// count against whichever test happens to run first.
beforeAll(() => refusals('src/core/model.ts', './timeline'), 60_000);

describe('core/ imports no other room and no extension API, at any depth', () => {
  it.each([
    ['src/core/model.ts', '../store/db'],
    ['src/core/analyze/signals.ts', '../../store/db'],
    ['src/core/drafts/lint/deep/fake.ts', '../../../../store'],
    ['src/core/drafts/kinds/fake.ts', '../../../background/router'],
    ['src/core/drafts/kinds/fake.ts', '../../../protocol'],
    ['src/core/timeline/fake.ts', '../../mail/gmail/selectors'],
    ['src/core/timeline/fake.ts', '../../ui/format'],
    ['src/core/timeline/fake.ts', '../../content/watch'],
    ['src/core/timeline/fake.ts', '../../messaging'],
    ['src/core/schedule/fake.ts', 'webextension-polyfill'],
    ['src/core/schedule/fake.ts', 'dexie'],
    ['src/core/schedule/fake.ts', 'preact/hooks'],
  ])('%s may not import %s', async (file, source) => {
    expect(await refused(file, source)).toBe(true);
    expect(await refused(file, source, true)).toBe(true);
  });

  it.each([
    ['src/core/drafts/lint/index.ts', './content'],
    ['src/core/drafts/fake.ts', '../model'],
    ['src/core/timeline/fake.ts', 'date-fns'],
  ])('%s may import %s', async (file, source) => {
    expect(await refusals(file, source)).toEqual([]);
  });
});

describe('ui/ never opens the store or reads mail, and takes only types from the protocol', () => {
  it.each([
    ['src/ui/sidebar/fake.tsx', '../../store/db', true],
    ['src/ui/options/fake.tsx', '../../store/backup', false],
    ['src/ui/popup/fake.ts', '../../mail', false],
    ['src/ui/fake.ts', '../background/router', false],
    ['src/ui/popup/fake.ts', 'dexie', false],
    ['src/ui/sidebar/fake.tsx', '../../protocol', false],
  ] as const)('%s may not import %s (type only: %s)', async (file, source, typeOnly) => {
    expect(await refused(file, source, typeOnly)).toBe(true);
  });

  it('may take the protocol’s types and send through src/messaging.ts', async () => {
    expect(await refusals('src/ui/sidebar/fake.tsx', '../../protocol', true)).toEqual([]);
    expect(await refusals('src/ui/sidebar/fake.tsx', '../../messaging')).toEqual([]);
  });
});

describe('the content script sends commands and never opens the store', () => {
  it.each([
    ['src/content/fake.ts', '../store/db'],
    ['src/content/fake.ts', '../background/router'],
    ['src/content/fake.ts', '../protocol'],
    ['src/content/fake.ts', '../protocol/threads'],
    ['src/content/fake.ts', 'dexie'],
  ])('%s may not import %s', async (file, source) => {
    expect(await refused(file, source)).toBe(true);
  });

  it('may use the mail adapters, the sidebar and the protocol’s types', async () => {
    expect(await refusals('src/content/fake.ts', '../mail')).toEqual([]);
    expect(await refusals('src/content/fake.ts', '../ui/sidebar/Sidebar')).toEqual([]);
    expect(await refusals('src/content/fake.ts', '../protocol', true)).toEqual([]);
  });
});

describe('only the background and the protocol reach the store, and only the store opens Dexie', () => {
  it.each([
    ['src/mail/gmail/fake.ts', '../../store/db'],
    ['src/mail/gmail/fake.ts', '../../messaging'],
    ['src/store/fake.ts', '../background/router'],
    ['src/store/fake.ts', '../protocol'],
    ['src/background/fake.ts', 'dexie'],
    ['src/protocol/fake.ts', 'dexie'],
    ['src/fake.ts', './store/db'],
    ['src/fake.ts', './protocol'],
  ])('%s may not import %s', async (file, source) => {
    expect(await refused(file, source)).toBe(true);
  });

  it.each([
    ['src/background/fake.ts', '../store/db'],
    ['src/protocol/fake.ts', '../store/queries'],
    ['src/store/fake.ts', 'dexie'],
  ])('%s may import %s', async (file, source) => {
    expect(await refusals(file, source)).toEqual([]);
  });
});
