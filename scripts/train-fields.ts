// Calibrates the analysis's field confidences on the dev corpus (the hand-written threads and split.json's dev
// batches): for each field and kind of evidence behind its top candidate, how often that candidate is the
// label, smoothed towards the kind's and then the field's overall rate, written to
// src/core/analyze/field-calibration.json. Prints each kind's rate, a reliability table and the expected
// calibration error per field, in sample and leave-one-set-out (each set scored by a table trained without it).
import { writeFileSync } from 'node:fs';
import { analyzeThread } from '../src/core/analyze';
import { evidenceOf, type CalibrationTable, type Rate } from '../src/core/analyze/field-beliefs';
import { EVIDENCE_KINDS, type BeliefField } from '../src/core/analyze/field-evidence';
import type { ThreadAnalysis } from '../src/core/model';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { fieldMatches, type Field } from '../tests/unit/analyze-fields';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';
import { blindFieldMatches } from '../tests/unit/blind-fields';
import { expectedCalibrationError, reliability, type Scored } from './calibration';
import { BELIEF_FIELDS, topCandidateMatches } from './field-scores';

const OUT = new URL('../src/core/analyze/field-calibration.json', import.meta.url);
/** A value is given when its confidence reaches this: a wrong value costs as much as a right one gains. */
const THRESHOLD = 0.5;
/** How many pseudo-observations of its parent's rate a kind's rate starts from. */
const PRIOR_STRENGTH = 4;

interface Sample {
  group: string;
  field: BeliefField;
  kind: string;
  corroborated: boolean;
  right: boolean;
}

interface Labelled {
  group: string;
  relevant: boolean;
  analysis: () => ThreadAnalysis;
  matches: (field: Field, analysis: ThreadAnalysis) => boolean | undefined;
}

function labelled(): Labelled[] {
  const handWritten = loadCorpus().map((c) => ({
    group: 'hand-written',
    relevant: c.expect.relevant,
    analysis: () => analyzeThread(c.thread, { timeZone: c.timeZone }),
    matches: (field: Field, analysis: ThreadAnalysis) => fieldMatches(field, analysis, c.expect),
  }));
  const blind = corpusSplit().dev.flatMap(loadBatch).map((c) => ({
    group: c.batch,
    relevant: c.expect.relevant,
    analysis: () => analyzeThread(c.thread, { timeZone: c.timeZone }),
    matches: (field: Field, analysis: ThreadAnalysis) => blindFieldMatches(field, analysis, c.expect),
  }));
  return [...handWritten, ...blind];
}

/** Each labelled field's top candidate on the threads the engine and the label both call interview threads. */
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

/** What a candidate below its extractor's own bar is assumed to be worth before the corpus says otherwise. */
const WEAK_PRIOR = 0.25;

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function rateOf(samples: Sample[], prior: number, strength: number): Rate {
  const hits = samples.filter((s) => s.right).length;
  return { hits, total: samples.length, rate: round((hits + strength * prior) / (samples.length + strength)) };
}

/** Each field's rate under a uniform prior, each kind's towards it, and each kind alone or corroborated towards the kind's. */
function tableOf(samples: Sample[]): CalibrationTable {
  const fields = Object.fromEntries(
    BELIEF_FIELDS.map((field) => {
      const ofField = samples.filter((s) => s.field === field);
      const base = rateOf(ofField, 0.5, 2);
      const kinds = Object.fromEntries(
        EVIDENCE_KINDS[field].map((kind) => {
          const ofKind = ofField.filter((s) => s.kind === kind);
          // A 'weak' candidate failed its extractor's own bar: with few or no labelled samples it must not
          // inherit the field's high overall rate and be given as a value.
          const overall = rateOf(ofKind, kind === 'weak' ? Math.min(base.rate, WEAK_PRIOR) : base.rate, PRIOR_STRENGTH).rate;
          return [kind, { alone: rateOf(ofKind.filter((s) => !s.corroborated), overall, PRIOR_STRENGTH), corroborated: rateOf(ofKind.filter((s) => s.corroborated), overall, PRIOR_STRENGTH) }];
        }),
      );
      return [field, { base, kinds }];
    }),
  ) as CalibrationTable['fields'];
  return { threshold: THRESHOLD, fields };
}

const confidenceIn = (table: CalibrationTable, s: Sample) => {
  const rates = table.fields[s.field].kinds[s.kind];
  return rates ? (s.corroborated ? rates.corroborated : rates.alone).rate : 0;
};

const pct = (x: number) => x.toFixed(3);

function given(scored: Scored[]): string {
  const kept = scored.filter((s) => s.confidence >= THRESHOLD);
  const right = kept.filter((s) => s.right).length;
  return `given ${kept.length}/${scored.length}, precision ${pct(right / Math.max(1, kept.length))}`;
}

function report(table: CalibrationTable, samples: Sample[]): void {
  const groups = [...new Set(samples.map((s) => s.group))];
  // Each set scored by a table that never saw it: the honest calibration figure.
  const heldOut = new Map<Sample, number>();
  for (const group of groups) {
    const trained = tableOf(samples.filter((s) => s.group !== group));
    for (const s of samples) if (s.group === group) heldOut.set(s, confidenceIn(trained, s));
  }
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
    console.log(`  ECE in sample ${pct(expectedCalibrationError(inSample))}, leave-one-set-out ${pct(expectedCalibrationError(crossed))}`);
    console.log(`  at ${THRESHOLD}: in sample ${given(inSample)}; leave-one-set-out ${given(crossed)}`);
    console.log(`  leave-one-set-out by threshold (given precision / share of top candidates given): ${SWEEP.map((t) => sweepPoint(crossed, t)).join('  ')}`);
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
console.log(`\nwrote ${OUT.pathname}`);
