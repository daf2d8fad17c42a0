// Budgets and packaging checks over the built extension and the store zips (`npm run package` first).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const PACKAGES = join(ROOT, 'artifacts/packages');
const KB = 1024;

/** The content script: one self-contained classic script per manifest entry, nothing it loads at run time. */
function contentScriptFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  return manifest.content_scripts.flatMap((script) => script.js);
}

const zips = () => (existsSync(PACKAGES) ? readdirSync(PACKAGES).filter((f) => f.endsWith('.zip')) : []);
const isDictionary = (name: string) => /\.(aff|dic)$/.test(name);

describe('budgets', () => {
  it('keeps the content script under 40 KB gzipped', () => {
    const files = contentScriptFiles();
    expect(files).toHaveLength(1);
    const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).byteLength, 0);
    console.log(`content script: ${files.length} files, ${(gzipped / KB).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(40 * KB);
  });

  it('keeps the spelling dictionary out of the content script', () => {
    for (const file of contentScriptFiles()) expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/SFX [A-Z] Y \d+/);
  });

  it('builds a Chrome and a Firefox zip', () => {
    expect(zips().sort()).toEqual([expect.stringMatching(/^afterview-chrome-.*\.zip$/), expect.stringMatching(/^afterview-firefox-.*\.zip$/)]);
  });

  it('keeps the Chrome zip under 1 MB, the dictionary counted apart, and ships no source maps', () => {
    for (const zip of zips()) {
      const entries = unzipSync(new Uint8Array(readFileSync(join(PACKAGES, zip))));
      const names = Object.keys(entries);
      expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
      expect(names).toContain('manifest.json');
      if (zip.includes('chrome')) {
        const dictionaryBytes = names.filter(isDictionary).reduce((sum, n) => sum + (entries[n]?.byteLength ?? 0), 0);
        const zipBytes = readFileSync(join(PACKAGES, zip)).byteLength;
        const compressedDictionary = names
          .filter(isDictionary)
          .reduce((sum, n) => sum + gzipSync(entries[n] ?? new Uint8Array(), { level: 9 }).byteLength, 0);
        console.log(`chrome zip: ${(zipBytes / KB).toFixed(1)} KB, of which dictionary ~${(compressedDictionary / KB).toFixed(1)} KB (${(dictionaryBytes / KB).toFixed(0)} KB raw)`);
        expect(zipBytes - compressedDictionary).toBeLessThan(1024 * KB);
      }
    }
  });

  it('ships no code that loads remote scripts', () => {
    const scripts = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(scripts).toContain(contentScriptFiles()[0]);
    for (const file of scripts) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code, file).not.toMatch(/https?:\/\/[^"'`\s]+\.js["'`]/);
      expect(code, file).not.toMatch(/\beval\(/);
    }
  });
});
