// Compares the engine's speed in two checkouts on this machine, A and B, in one process and interleaved, so
// that load from other processes falls on both alike: every dev blind thread is read once per pass by each
// engine (warm, CPU time), then each checkout's bundled engine pays its first call in fresh processes,
// alternating. `npx tsx scripts/speed-ab.ts <checkout-A> <checkout-B> [passes]`
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { analyzeThread as AnalyzeThread } from '../src/core/analyze';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';
import type { coldStarts as ColdStarts } from '../bench/cold-start';
import { benchThread } from '../bench/bench-thread';

const [dirA, dirB, passArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: npx tsx scripts/speed-ab.ts <checkout-A> <checkout-B> [passes]');
const passes = Number(passArg ?? 3);

interface Engine {
  name: string;
  analyze: typeof AnalyzeThread;
  coldStarts: typeof ColdStarts;
}
const load = async (dir: string): Promise<Engine> => ({
  name: dir,
  analyze: ((await import(pathToFileURL(resolve(dir, 'src/core/analyze/index.ts')).href)) as { analyzeThread: typeof AnalyzeThread }).analyzeThread,
  coldStarts: ((await import(pathToFileURL(resolve(dir, 'bench/cold-start.ts')).href)) as { coldStarts: typeof ColdStarts }).coldStarts,
});
const engines = [await load(dirA), await load(dirB)];

const threads = corpusSplit().dev.flatMap(loadBatch);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

for (const engine of engines) for (const c of threads.slice(0, 200)) engine.analyze(c.thread, { timeZone: c.timeZone });
const spent = new Map(engines.map((engine) => [engine, [] as number[]]));
for (let pass = 0; pass < passes; pass++) {
  threads.forEach((c, i) => {
    const order = (i + pass) % 2 === 0 ? engines : [...engines].reverse();
    for (const engine of order) {
      const start = cpuMs();
      engine.analyze(c.thread, { timeZone: c.timeZone });
      spent.get(engine)?.push(cpuMs() - start);
    }
  });
}
engines.forEach((engine) => {
  const times = spent.get(engine) ?? [];
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`${engine.name}: ${threads.length} dev threads x ${passes}, warm CPU median ${quantile(times, 0.5).toFixed(3)} ms, p99 ${quantile(times, 0.99).toFixed(3)} ms, total ${total.toFixed(0)} ms`);
});

const COLD_ROUNDS = 4;
const firstCalls = new Map(engines.map((engine) => [engine, [] as number[]]));
for (let round = 0; round < COLD_ROUNDS; round++) {
  for (const engine of engines) for (const run of await engine.coldStarts(benchThread(), 2)) firstCalls.get(engine)?.push(run.firstCall.cpu);
}
for (const [engine, times] of firstCalls) console.log(`${engine.name}: first call in ${times.length} fresh processes, CPU median ${quantile(times, 0.5).toFixed(1)} ms`);
