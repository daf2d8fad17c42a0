// analyzeThread on an 8-message interview thread: median and p99 over many runs.
import { analyzeThread } from '../src/core/analyze';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import type { MailThread } from '../src/core/model';

const corpus = loadCorpus().filter((c) => c.expect.relevant);
const pool = corpus.flatMap((c) => c.thread.messages);
const thread: MailThread = { host: 'gmail', id: 'bench', subject: 'Re: Senior Data Engineer interview', userEmail: 'dana.whitfield@gmail.com', messages: pool.slice(0, 8) };

const RUNS = 2_000;
for (let i = 0; i < 200; i++) analyzeThread(thread, { timeZone: 'America/New_York' });
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  analyzeThread(thread, { timeZone: 'America/New_York' });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
console.log(`analyzeThread, 8 messages, ${RUNS} runs: median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms (targets: < 1 ms, < 5 ms)`);

const corpusStart = performance.now();
for (const c of loadCorpus()) analyzeThread(c.thread, { timeZone: c.timeZone });
console.log(`whole corpus (${loadCorpus().length} threads) once: ${(performance.now() - corpusStart).toFixed(1)} ms`);
