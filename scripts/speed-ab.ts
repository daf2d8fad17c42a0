// Compares the engine's speed in two checkouts on this machine, A and B. Each engine runs in processes of its own,
// A and B alternating, so that load from other processes falls on both alike; two engines in one process were
// measured unfairly, the one loaded second running ~36% slower on identical code. In each process every dev blind
// thread is read once by a warm engine (CPU time); then each checkout's bundled engine pays its first call in
// fresh processes, alternating too. `npx tsx scripts/speed-ab.ts <checkout-A> <checkout-B> [rounds]`
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { analyzeThread as AnalyzeThread } from '../src/core/analyze';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';
import type { coldStarts as ColdStarts } from '../bench/cold-start';
import { benchThread } from '../bench/bench-thread';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

async function warmTimes(dir: string): Promise<number[]> {
  const { analyzeThread } = (await import(pathToFileURL(resolve(dir, 'src/core/analyze/index.ts')).href)) as { analyzeThread: typeof AnalyzeThread };
  const threads = corpusSplit().dev.flatMap(loadBatch);
  for (const c of threads.slice(0, 200)) analyzeThread(c.thread, { timeZone: c.timeZone });
  return threads.map((c) => {
    const start = cpuMs();
    analyzeThread(c.thread, { timeZone: c.timeZone });
    return cpuMs() - start;
  });
}

const [first, second, third] = process.argv.slice(2);
if (first === '--child' && second) {
  console.log(JSON.stringify(await warmTimes(second)));
} else {
  if (!first || !second) throw new Error('usage: npx tsx scripts/speed-ab.ts <checkout-A> <checkout-B> [rounds]');
  const rounds = Number(third ?? 2);
  const dirs = [first, second];
  const warm = new Map(dirs.map((dir) => [dir, [] as number[]]));
  const tsx = resolve(fileURLToPath(new URL('..', import.meta.url)), 'node_modules/.bin/tsx');
  for (let round = 0; round < rounds; round++) {
    for (const dir of round % 2 === 0 ? dirs : [...dirs].reverse()) {
      const times = JSON.parse(execFileSync(tsx, [fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 26 })) as number[];
      warm.get(dir)?.push(...times);
    }
  }
  for (const [dir, times] of warm) {
    const perRound = times.reduce((a, b) => a + b, 0) / rounds;
    console.log(`${dir}: dev threads read once warm, ${rounds} processes: CPU median ${quantile(times, 0.5).toFixed(3)} ms, p99 ${quantile(times, 0.99).toFixed(3)} ms, total per process ${perRound.toFixed(0)} ms`);
  }

  const coldStartsOf = async (dir: string) => ((await import(pathToFileURL(resolve(dir, 'bench/cold-start.ts')).href)) as { coldStarts: typeof ColdStarts }).coldStarts;
  const firstCalls = new Map(dirs.map((dir) => [dir, [] as number[]]));
  for (let round = 0; round < 4; round++) {
    for (const dir of round % 2 === 0 ? dirs : [...dirs].reverse()) {
      for (const run of await (await coldStartsOf(dir))(benchThread(), 2)) firstCalls.get(dir)?.push(run.firstCall.cpu);
    }
  }
  for (const [dir, times] of firstCalls) console.log(`${dir}: first call in ${times.length} fresh processes, CPU median ${quantile(times, 0.5).toFixed(1)} ms`);
}
