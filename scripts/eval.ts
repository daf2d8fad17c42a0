// Prints how well analyzeThread reads mail, set by set: the hand-written corpus (tests/fixtures/threads, tuned
// on), the blind corpus's dev batches (tuned on) and its held-out batches (never tuned on: the figure that
// counts). Per set: relevance precision, recall and F1, and each labelled field's accuracy over the relevant
// threads, and how well relevance's confidence is calibrated. `--misses` lists what each set got wrong.
import { analyzeThread } from '../src/core/analyze';
import type { ThreadAnalysis } from '../src/core/model';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { fieldMatches, FIELDS, type Field } from '../tests/unit/analyze-fields';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';
import { blindFieldMatches } from '../tests/unit/blind-fields';
import { calibration } from './model-evaluation';

interface Scorable {
  id: string;
  relevant: boolean;
  analyze: () => ThreadAnalysis;
  field: (field: Field, analysis: ThreadAnalysis) => boolean | undefined;
}

const showMisses = process.argv.includes('--misses');
const pct = (x: number) => x.toFixed(3);

function report(name: string, items: Scorable[]): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const hits = new Map<Field, { hit: number; total: number }>(FIELDS.map((f) => [f, { hit: 0, total: 0 }]));
  const misses: string[] = [];
  const confidences: { confidence: number; right: boolean }[] = [];
  for (const item of items) {
    const analysis = item.analyze();
    confidences.push({ confidence: analysis.confidence, right: analysis.relevant === item.relevant });
    if (analysis.relevant && item.relevant) tp++;
    else if (analysis.relevant) fp++;
    else if (item.relevant) fn++;
    if (analysis.relevant !== item.relevant) misses.push(`${item.id}: relevant ${analysis.relevant}, expected ${item.relevant}`);
    if (!item.relevant) continue;
    for (const field of FIELDS) {
      const ok = item.field(field, analysis);
      const score = hits.get(field);
      if (ok === undefined || !score) continue;
      score.total++;
      if (ok) score.hit++;
      else misses.push(`${item.id}: ${field}`);
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const positives = items.filter((i) => i.relevant).length;
  console.log(`\n${name}: ${items.length} threads (${positives} interview threads, ${items.length - positives} hard negatives)`);
  console.log(`  relevance       precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`);
  console.log(`  calibration     ECE ${pct(calibration(confidences).ece)} (relevance confidence, 10 bins)`);
  for (const [field, { hit, total }] of hits) console.log(`  ${field.padEnd(15)} ${total === 0 ? '  -  ' : pct(hit / total)}  (${hit}/${total})`);
  if (showMisses && misses.length > 0) console.log(`  misses:\n    ${misses.join('\n    ')}`);
}

const handWritten: Scorable[] = loadCorpus().map((c) => ({
  id: c.id,
  relevant: c.expect.relevant,
  analyze: () => analyzeThread(c.thread, { timeZone: c.timeZone }),
  field: (field, analysis) => fieldMatches(field, analysis, c.expect),
}));

const blind = (batches: string[]): Scorable[] =>
  batches.flatMap(loadBatch).map((c) => ({
    id: c.id,
    relevant: c.expect.relevant,
    analyze: () => analyzeThread(c.thread, { timeZone: c.timeZone }),
    field: (field, analysis) => blindFieldMatches(field, analysis, c.expect),
  }));

const split = corpusSplit();
report('dev: hand-written corpus (tests/fixtures/threads, tuned on)', handWritten);
if (split.dev.length > 0) report(`dev: blind batches ${split.dev.join(', ')} (tuned on)`, blind(split.dev));
for (const batch of split.heldOut) report(`HELD-OUT: blind batch ${batch} (never tuned on)`, blind([batch]));
if (split.heldOut.length > 1) report(`HELD-OUT: all ${split.heldOut.length} batches`, blind(split.heldOut));
