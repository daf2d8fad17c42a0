// Prints how well analyzeThread reads the thread corpus (tests/fixtures/threads): relevance precision,
// recall and F1, stage accuracy, and each extracted field's accuracy over the relevant threads.
import { analyzeThread } from '../src/core/analyze';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { fieldMatches, FIELDS } from '../tests/unit/analyze-fields';

const corpus = loadCorpus();
let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
const fieldHits = new Map<string, { hit: number; total: number }>(FIELDS.map((f) => [f, { hit: 0, total: 0 }]));
const misses: string[] = [];

for (const item of corpus) {
  const analysis = analyzeThread(item.thread, { timeZone: item.timeZone });
  const want = item.expect.relevant;
  if (analysis.relevant && want) tp++;
  else if (analysis.relevant && !want) fp++;
  else if (!analysis.relevant && want) fn++;
  else tn++;
  if (analysis.relevant !== want) misses.push(`${item.id}: relevant ${analysis.relevant}, expected ${want}`);
  if (!want) continue;
  for (const field of FIELDS) {
    const score = fieldHits.get(field);
    if (!score) continue;
    score.total++;
    if (fieldMatches(field, analysis, item.expect)) score.hit++;
    else misses.push(`${item.id}: ${field}`);
  }
}

const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
const pct = (x: number) => x.toFixed(3);
console.log(`threads: ${corpus.length} (${tp + fn} interview threads, ${fp + tn} hard negatives)`);
console.log(`relevance  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}   (targets: ≥0.97, ≥0.95)`);
for (const [field, { hit, total }] of fieldHits) {
  const target = field === 'stage' ? 0.9 : field === 'decisionWindow' ? 0.95 : 0.9;
  console.log(`${field.padEnd(15)} ${pct(hit / Math.max(1, total))}  (${hit}/${total}, target ≥${target})`);
}
if (misses.length > 0) console.log(`\nmisses:\n  ${misses.join('\n  ')}`);
