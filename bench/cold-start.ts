// The cold start a fresh service worker pays: loading the engine's bundle, then its first analyzeThread
// call. Vite bundles src/core/analyze as it does for the extension; each sample is a new node process
// (no tsx, whose transpiling would swamp the load figure) that times both, in wall-clock and CPU ms.
// The bundle is named .mjs: a .js file with no package.json beside it makes Node compile it once as
// CommonJS to detect its format (~15 ms of the load figure), which no browser does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { MailThread } from '../src/core/model';

export interface Spent {
  wall: number;
  cpu: number;
}

export interface ColdStart {
  moduleLoad: Spent;
  firstCall: Spent;
}

const FIRST_CALL = `
import { readFileSync } from 'node:fs';
const thread = JSON.parse(readFileSync(new URL('./thread.json', import.meta.url), 'utf8'));
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const spent = (from, to) => ({ wall: to[0] - from[0], cpu: to[1] - from[1] });
const loadStart = [performance.now(), cpuMs()];
const { analyzeThread } = await import('./analyze.mjs');
const callStart = [performance.now(), cpuMs()];
analyzeThread(thread, { timeZone: 'America/New_York' });
const callEnd = [performance.now(), cpuMs()];
console.log(JSON.stringify({ moduleLoad: spent(loadStart, callStart), firstCall: spent(callStart, callEnd) }));
`;

export async function coldStarts(thread: MailThread, runs: number): Promise<ColdStart[]> {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-cold-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: false, lib: { entry: fileURLToPath(new URL('../src/core/analyze/index.ts', import.meta.url)), formats: ['es'], fileName: () => 'analyze.mjs' } },
    });
    writeFileSync(join(dir, 'thread.json'), JSON.stringify(thread));
    writeFileSync(join(dir, 'first-call.mjs'), FIRST_CALL);
    return Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [join(dir, 'first-call.mjs')], { encoding: 'utf8' })) as ColdStart);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
