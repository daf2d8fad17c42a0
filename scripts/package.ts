// Builds the store zips from dist/: one for Chrome as built, one for Firefox with its derived manifest.
// Source maps never go in. Run through `npm run package` (which builds first).
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { firefoxManifest } from './firefox-manifest';

const DIST = 'dist';
const FIREFOX_DIST = 'dist-firefox';
const OUT = 'artifacts/packages';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function zipFolder(dir: string, zipPath: string): Promise<number> {
  const files: Record<string, Uint8Array> = {};
  for (const file of await filesUnder(dir)) {
    if (file.endsWith('.map')) continue;
    files[relative(dir, file)] = new Uint8Array(await readFile(file));
  }
  const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  await writeFile(zipPath, zip);
  return zip.byteLength;
}

const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const version = String(manifest.version);

await rm(FIREFOX_DIST, { recursive: true, force: true });
await cp(DIST, FIREFOX_DIST, { recursive: true });
await writeFile(join(FIREFOX_DIST, 'manifest.json'), `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`);

await mkdir(OUT, { recursive: true });
for (const [browser, dir] of [['chrome', DIST], ['firefox', FIREFOX_DIST]] as const) {
  const path = join(OUT, `afterview-${browser}-${version}.zip`);
  const bytes = await zipFolder(dir, path);
  console.log(`${path}  ${(bytes / 1024).toFixed(1)} KB`);
}
