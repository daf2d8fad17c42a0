// The release build (dist/, zipped for the stores) carries no test hook: its sidebar's shadow root is
// closed. The browser tests run a test build in dist-e2e/ whose root is open (vite.config.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGES = join(ROOT, 'artifacts/packages');
const CLOSED_ROOT = /attachShadow\(\{mode:(["'`])closed\1\}\)/;
const OPEN_ROOT = /attachShadow\(\{mode:(["'`])open\1/;

function contentScript(dist: string): string {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const [file = ''] = manifest.content_scripts.flatMap((script) => script.js);
  return readFileSync(join(dist, file), 'utf8');
}

describe('the release build has no test hook', () => {
  it('mounts the sidebar in a closed shadow root, and nothing else names the test flag', () => {
    const code = contentScript(join(ROOT, 'dist'));
    expect(code).toMatch(CLOSED_ROOT);
    expect(code).not.toMatch(OPEN_ROOT);
    expect(code).not.toContain('__AFTERVIEW_TEST__');
  });

  it('ships the same closed root in both store zips', () => {
    const zips = existsSync(PACKAGES) ? readdirSync(PACKAGES).filter((f) => f.endsWith('.zip')) : [];
    expect(zips).toHaveLength(2);
    for (const zip of zips) {
      const entries = unzipSync(new Uint8Array(readFileSync(join(PACKAGES, zip))));
      const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as { content_scripts: { js: string[] }[] };
      const code = strFromU8(entries[manifest.content_scripts[0]?.js[0] ?? ''] ?? new Uint8Array());
      expect(code, zip).toMatch(CLOSED_ROOT);
      expect(code, zip).not.toMatch(OPEN_ROOT);
    }
  });

  it('would see an open root: the test build has one', () => {
    const testBuild = join(ROOT, 'dist-e2e');
    expect(existsSync(join(testBuild, 'manifest.json')), 'run "npm run build:e2e"').toBe(true);
    expect(contentScript(testBuild)).toMatch(OPEN_ROOT);
  });
});
