// Calibrates the analysis's field confidences on split.json's dev batches: for each field and kind of evidence
// behind its top candidate, how often that candidate is the label, smoothed towards the kind's and then the
// field's overall rate (scripts/field-calibration-fit.ts), written to src/core/analyze/field-calibration.json.
// The hand-written threads are left out: tests/unit/analyze.test.ts makes every one of them right, so they
// would only raise every rate. Prints each kind's rate, a reliability table and the expected calibration
// error per field, in sample and leave-one-batch-out (each batch scored by a table fitted without it: the
// figure that predicts a held-out batch, and the one scripts/eval.ts prints for dev). `--hold-out a,b` leaves
// those dev batches out (scripts/dev-corpus.ts).
import { writeFileSync } from 'node:fs';
import { analyzeThread } from '../src/core/analyze';
import { evidenceOf, type CalibrationTable } from '../src/core/analyze/field-beliefs';
import { confidenceIn, outOfFold, tableOf, THRESHOLD, type Sample } from './field-calibration-fit';
import type { ThreadAnalysis } from '../src/core/model';
import type { Field } from '../tests/unit/analyze-fields';
import { loadBatch } from '../tests/unit/blind-corpus';
import { heldOutNote, trainingBatches } from './dev-corpus';
import { blindFieldMatches } from '../tests/unit/blind-fields';
import { expectedCalibrationError, reliability, type Scored } from './calibration';
import { BELIEF_FIELDS, topCandidateMatches } from './field-scores';

const OUT = new URL('../src/core/analyze/field-calibration.json', import.meta.url);

interface Labelled {
  group: string;
  relevant: boolean;
  analysis: () => ThreadAnalysis;
  matches: (field: Field, analysis: ThreadAnalysis) => boolean | undefined;
}

function labelled(): Labelled[] {
  return trainingBatches()
    .flatMap(loadBatch)
    .map((c) => ({
      group: c.batch,
      relevant: c.expect.relevant,
      analysis: () => analyzeThread(c.thread, { timeZone: c.timeZone }),
      matches: (field: Field, analysis: ThreadAnalysis) => blindFieldMatches(field, analysis, c.expect),
    }));
}

/** Each labelled field's top candidate on the threads the label calls interview threads. */
function samplesOf(threads: Labelled[]): Sample[] {
  const samples: Sample[] = [];
  for (const thread of threads) {
    if (!thread.relevant) continue;
    const analysis = thread.analysis();
    const evidence = evidenceOf(analysis.fields);
    for (const field of BELIEF_FIELDS) {
      const top = evidence?.[field];
      const right = topCandidateMatches(field, analysis, thread.matches);
      if (top && right !== undefined) samples.push({ group: thread.group, field, kind: top.kind, corroborated: top.corroborated, right });
    }
  }
  return samples;
}

const pct = (x: number) => x.toFixed(3);

function given(scored: Scored[]): string {
  const kept = scored.filter((s) => s.confidence >= THRESHOLD);
  const right = kept.filter((s) => s.right).length;
  return `given ${kept.length}/${scored.length}, precision ${pct(right / Math.max(1, kept.length))}`;
}

function report(table: CalibrationTable, samples: Sample[]): void {
    const heldOut = outOfFold(samples);
  for (const field of BELIEF_FIELDS) {
    const ofField = samples.filter((s) => s.field === field);
    const inSample = ofField.map((s) => ({ confidence: confidenceIn(table, s), right: s.right }));
    const crossed = ofField.map((s) => ({ confidence: heldOut.get(s) ?? 0, right: s.right }));
    console.log(`\n${field}: ${ofField.length} top candidates, ${ofField.filter((s) => s.right).length} right`);
    for (const [kind, rates] of Object.entries(table.fields[field].kinds)) {
      if (rates.alone.total + rates.corroborated.total === 0) continue;
      console.log(`  ${kind.padEnd(18)} alone ${rates.alone.hits}/${rates.alone.total} → ${pct(rates.alone.rate)}   corroborated ${rates.corroborated.hits}/${rates.corroborated.total} → ${pct(rates.corroborated.rate)}`);
    }
    console.log('  reliability (in sample): confidence bin   n   mean confidence   right rate');
    for (const bin of reliability(inSample)) console.log(`    ${bin.from.toFixed(1)}–${(bin.from + 0.1).toFixed(1)}   ${String(bin.n).padStart(4)}   ${pct(bin.confidence)}   ${pct(bin.rate)}`);
    console.log(`  ECE in sample ${pct(expectedCalibrationError(inSample))}, leave-one-batch-out ${pct(expectedCalibrationError(crossed))}`);
    console.log(`  at ${THRESHOLD}: in sample ${given(inSample)}; leave-one-batch-out ${given(crossed)}`);
    console.log(`  leave-one-batch-out by threshold (given precision / share of top candidates given): ${SWEEP.map((t) => sweepPoint(crossed, t)).join('  ')}`);
  }
}

const SWEEP = [0.5, 0.6, 0.7, 0.8, 0.9];

function sweepPoint(scored: Scored[], threshold: number): string {
  const kept = scored.filter((s) => s.confidence >= threshold);
  return `${threshold.toFixed(1)}: ${pct(kept.filter((s) => s.right).length / Math.max(1, kept.length))}/${pct(kept.length / Math.max(1, scored.length))}`;
}

const samples = samplesOf(labelled());
const table = tableOf(samples);
writeFileSync(OUT, `${JSON.stringify(table, null, 2)}\n`);
report(table, samples);
console.log(`\nwrote ${OUT.pathname}${heldOutNote()}`);
