// analyzeThread on an 8-message interview thread: median and p99 over many warm runs, then the cold
// start a fresh service worker pays (module load and first call), each in its own child process.
import { analyzeThread } from '../src/core/analyze';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';
import { benchThread } from './bench-thread';
import { coldStarts, type ColdStart, type Spent } from './cold-start';

const thread = benchThread();

const RUNS = 2_000;
for (let i = 0; i < 200; i++) analyzeThread(thread, { timeZone: 'America/New_York' });
const wallTimes: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  analyzeThread(thread, { timeZone: 'America/New_York' });
  const cpu = process.cpuUsage(cpuStart);
  wallTimes.push(performance.now() - start);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
}
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
// Wall-clock on a shared machine includes time other processes took; the CPU figure does not.
console.log(
  `analyzeThread, 8 messages, ${RUNS} runs: median ${quantile(wallTimes, 0.5).toFixed(3)} ms, p99 ${quantile(wallTimes, 0.99).toFixed(3)} ms (targets: < 1 ms, < 5 ms; CPU median ${quantile(cpuTimes, 0.5).toFixed(3)} ms, p99 ${quantile(cpuTimes, 0.99).toFixed(3)} ms)`,
);

const corpusStart = performance.now();
for (const c of loadCorpus()) analyzeThread(c.thread, { timeZone: c.timeZone });
console.log(`whole corpus (${loadCorpus().length} threads) once: ${(performance.now() - corpusStart).toFixed(1)} ms`);

// The bench thread read again and again is the same text each time; threads of every shape, each read once by a
// warm engine, say what a user's next thread costs.
const unseen = corpusSplit().dev.flatMap(loadBatch);
const unseenCpu = unseen.map((c) => {
  const cpuStart = process.cpuUsage();
  analyzeThread(c.thread, { timeZone: c.timeZone });
  const cpu = process.cpuUsage(cpuStart);
  return (cpu.user + cpu.system) / 1000;
});
console.log(`${unseen.length} dev blind threads, each read once, warm: CPU median ${quantile(unseenCpu, 0.5).toFixed(3)} ms, p99 ${quantile(unseenCpu, 0.99).toFixed(3)} ms`);

const COLD_RUNS = 5;
const cold = await coldStarts(thread, COLD_RUNS);
const medianAndWorst = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${(sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(1)} ms, worst ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`;
};
const report = (label: string, pick: (run: ColdStart) => Spent) =>
  console.log(`${label}, ${COLD_RUNS} fresh processes: ${medianAndWorst(cold.map((run) => pick(run).wall))} (CPU ${medianAndWorst(cold.map((run) => pick(run).cpu))})`);
report('first analyzeThread call (target: < 50 ms)', (run) => run.firstCall);
report('module load of the bundled engine', (run) => run.moduleLoad);
