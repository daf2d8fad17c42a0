// Prints how well analyzeThread reads mail, set by set: the hand-written corpus (tests/fixtures/threads, tuned
// on), the blind corpus's dev batches (tuned on) and its held-out batches (never tuned on: the figure that
// counts). Per set: relevance precision, recall and F1, and each labelled field's accuracy over the relevant
// threads; how well relevance's confidence is calibrated; and for the fields the analysis believes in, the
// precision of the values it gives, how many it gives, and its expected calibration error, on the dev batches
// out of fold (each batch scored by confidences fitted without it, as a held-out batch is). `--misses` lists
// what each tuned-on set got wrong; a held-out set's misses are never printed, so reading the figure cannot
// turn into tuning on it. `--check a,b` scores those dev batches apart, also without their misses: read the
// misses of the rest, and the check batches say whether a change generalises. A run with `--misses` is a tuning
// run, so it does not score the held-out sets at all: their figure is taken once per round, without `--misses`.
import { analyzeThread } from '../src/core/analyze';
import type { DateWindow, ThreadAnalysis } from '../src/core/model';
import { parseDecisionWindow } from '../src/core/timeline';
import windowCases from '../tests/fixtures/windows/cases.json';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { fieldMatches, FIELDS, type Field } from '../tests/unit/analyze-fields';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';
import { blindFieldMatches, companyMatchesAsideLegalForm } from '../tests/unit/blind-fields';
import { loadPhrases, phraseSplit } from '../tests/unit/blind-windows';
import { expectedCalibrationError, type Scored } from './calibration';
import { outOfFold, THRESHOLD, type Sample } from './field-calibration-fit';
import { evidenceOf } from '../src/core/analyze/field-beliefs';
import { BELIEF_FIELDS, isBeliefField, topCandidateMatches } from './field-scores';

interface Scorable {
  id: string;
  /** The batch: dev confidences are fitted without it. */
  group: string;
  relevant: boolean;
  analyze: () => ThreadAnalysis;
  field: (field: Field, analysis: ThreadAnalysis) => boolean | undefined;
  /** The company right with or without a legal form ("AG", "LLC") that writers keep or drop at will. */
  companyAsideLegalForm?: (analysis: ThreadAnalysis) => boolean | undefined;
}

const showMisses = process.argv.includes('--misses');
const checkFlag = process.argv.indexOf('--check');
const checkBatches = checkFlag >= 0 ? (process.argv[checkFlag + 1] ?? '').split(',').filter(Boolean) : [];
const pct = (x: number) => x.toFixed(3);

/** Each dev blind thread's field confidences from a calibration fitted without its batch, keyed by thread and field. */
function outOfFoldConfidences(items: Scorable[]): Map<string, number> {
  const keyed: [string, Sample][] = [];
  for (const item of items) {
    if (!item.relevant) continue;
    const analysis = item.analyze();
    const evidence = evidenceOf(analysis.fields);
    for (const field of BELIEF_FIELDS) {
      const top = evidence?.[field];
      const right = topCandidateMatches(field, analysis, (f, a) => item.field(f, a));
      if (top && right !== undefined) keyed.push([`${item.id} ${field}`, { group: item.group, field, kind: top.kind, corroborated: top.corroborated, right }]);
    }
  }
  const confidences = outOfFold(keyed.map(([, sample]) => sample));
  return new Map(keyed.map(([key, sample]) => [key, confidences.get(sample) ?? 0]));
}

/** Sets the calibration was not fitted on keep the analysis's own confidences. */
function report(name: string, items: Scorable[], fittedOn = false, misses = showMisses): void {
  const outOfFoldConfidence = fittedOn ? outOfFoldConfidences(items) : new Map<string, number>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const hits = new Map<Field, { hit: number; total: number }>(FIELDS.map((f) => [f, { hit: 0, total: 0 }]));
  const given = new Map<Field, { hit: number; total: number }>(FIELDS.map((f) => [f, { hit: 0, total: 0 }]));
  const calibration = new Map<Field, Scored[]>(FIELDS.map((f) => [f, []]));
  const missed: string[] = [];
  const confidences: Scored[] = [];
  const asideLegalForm = { hit: 0, total: 0 };
  for (const item of items) {
    const analysis = item.analyze();
    confidences.push({ confidence: analysis.confidence, right: analysis.relevant === item.relevant });
    if (analysis.relevant && item.relevant) tp++;
    else if (analysis.relevant) fp++;
    else if (item.relevant) fn++;
    if (analysis.relevant !== item.relevant) missed.push(`${item.id}: relevant ${analysis.relevant}, expected ${item.relevant}`);
    if (!item.relevant) continue;
    const aside = item.companyAsideLegalForm?.(analysis);
    if (aside !== undefined) {
      asideLegalForm.total++;
      if (aside) asideLegalForm.hit++;
    }
    for (const field of FIELDS) {
      const ok = item.field(field, analysis);
      const score = hits.get(field);
      if (ok === undefined || !score) continue;
      score.total++;
      if (ok) score.hit++;
      else missed.push(`${item.id}: ${field}`);
      if (!isBeliefField(field)) continue;
      const right = topCandidateMatches(field, analysis, (f, a) => item.field(f, a));
      const confidence = outOfFoldConfidence.get(`${item.id} ${field}`) ?? analysis.fields?.[field]?.confidence;
      if (right === undefined || confidence === undefined) continue;
      calibration.get(field)?.push({ confidence, right });
      const givenScore = given.get(field);
      if (givenScore && confidence >= THRESHOLD) {
        givenScore.total++;
        if (right) givenScore.hit++;
      }
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const positives = items.filter((i) => i.relevant).length;
  console.log(`\n${name}: ${items.length} threads (${positives} interview threads, ${items.length - positives} hard negatives)`);
  console.log(`  relevance       precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`);
  console.log(`  calibration     ECE ${pct(expectedCalibrationError(confidences))} (relevance confidence, 10 bins)`);
  for (const [field, { hit, total }] of hits) {
    console.log(`  ${field.padEnd(15)} ${total === 0 ? '  -  ' : pct(hit / total)}  (${hit}/${total})`);
    if (field === 'company' && asideLegalForm.total > 0) console.log(`  ${''.padEnd(15)} legal form aside: ${pct(asideLegalForm.hit / asideLegalForm.total)}  (${asideLegalForm.hit}/${asideLegalForm.total})`);
    const kept = given.get(field);
    if (!isBeliefField(field) || !kept || total === 0) continue;
    const ece = expectedCalibrationError(calibration.get(field) ?? []);
    console.log(`  ${''.padEnd(15)} given${fittedOn ? ' (out of fold)' : ''}: precision ${pct(kept.hit / Math.max(1, kept.total))} over ${kept.total} (coverage ${pct(kept.total / total)})  ECE ${pct(ece)}`);
  }
  if (misses && missed.length > 0) console.log(`  misses:\n    ${missed.join('\n    ')}`);
}

const memo = (analyze: () => ThreadAnalysis): (() => ThreadAnalysis) => {
  let analysis: ThreadAnalysis | undefined;
  return () => (analysis ??= analyze());
};

const handWritten: Scorable[] = loadCorpus().map((c) => ({
  id: c.id,
  group: 'hand-written',
  relevant: c.expect.relevant,
  analyze: memo(() => analyzeThread(c.thread, { timeZone: c.timeZone })),
  field: (field, analysis) => fieldMatches(field, analysis, c.expect),
}));

const blind = (batches: string[]): Scorable[] =>
  batches.flatMap(loadBatch).map((c) => ({
    id: c.id,
    group: c.batch,
    relevant: c.expect.relevant,
    analyze: memo(() => analyzeThread(c.thread, { timeZone: c.timeZone })),
    field: (field, analysis) => blindFieldMatches(field, analysis, c.expect),
    companyAsideLegalForm: (analysis) => companyMatchesAsideLegalForm(analysis, c.expect),
  }));

const split = corpusSplit();
report('dev: hand-written corpus (tests/fixtures/threads, tuned on)', handWritten);
const unknown = checkBatches.filter((batch) => !split.dev.includes(batch));
if (unknown.length > 0) throw new Error(`--check names batches that are not in dev: ${unknown.join(', ')}`);
const readDev = split.dev.filter((batch) => !checkBatches.includes(batch));
if (readDev.length > 0) report(`dev: blind batches ${readDev.join(', ')} (tuned on)`, blind(readDev), true);
if (checkBatches.length > 0) report(`CHECK: dev blind batches ${checkBatches.join(', ')} (misses not shown)`, blind(checkBatches), true, false);
const heldOut = showMisses ? [] : split.heldOut;
for (const batch of heldOut) report(`HELD-OUT: blind batch ${batch} (never tuned on)`, blind([batch]), false, false);
if (heldOut.length > 1) report(`HELD-OUT: all ${heldOut.length} batches`, blind(heldOut), false, false);

/** Decision-window phrases: the hand-written table cases (tuned on), then each blind phrase batch. */
function reportPhrases(name: string, phrases: { id: string; text: string; reference: string; expect: DateWindow | null }[], heldOut = false): void {
  const misses = phrases.filter((p) => JSON.stringify(parseDecisionWindow(p.text, p.reference)) !== JSON.stringify(p.expect));
  const windows = phrases.filter((p) => p.expect !== null).length;
  console.log(`\n${name}: ${phrases.length} phrases (${windows} windows, ${phrases.length - windows} not windows)`);
  console.log(`  exact           ${pct((phrases.length - misses.length) / Math.max(1, phrases.length))}  (${phrases.length - misses.length}/${phrases.length})`);
  if (showMisses && !heldOut) for (const p of misses) console.log(`    ${p.id}: ${JSON.stringify(p.text)} (${p.reference}) → ${JSON.stringify(parseDecisionWindow(p.text, p.reference))}, expected ${JSON.stringify(p.expect)}`);
}

const tableCases = [
  ...(windowCases.windows as [string, string, string][]).map(([text, earliest, latest], i) => ({ id: `table-${i}`, text, reference: windowCases.reference, expect: { earliest, latest } })),
  ...windowCases.none.map((text, i) => ({ id: `none-${i}`, text, reference: windowCases.reference, expect: null as DateWindow | null })),
  ...(windowCases.edges as [string, string, string, string][]).map(([text, reference, earliest, latest], i) => ({ id: `edge-${i}`, text, reference, expect: { earliest, latest } })),
];
reportPhrases('decision-window phrases: hand-written table (tests/fixtures/windows/cases.json, tuned on)', tableCases);
const phrases = phraseSplit();
if (phrases.dev.length > 0) reportPhrases(`decision-window phrases: dev ${phrases.dev.join(', ')} (tuned on)`, phrases.dev.flatMap(loadPhrases));
for (const batch of showMisses ? [] : phrases.heldOut) reportPhrases(`HELD-OUT decision-window phrases: blind ${batch} (never tuned on)`, loadPhrases(batch), true);
