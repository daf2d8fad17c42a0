// How field confidences are fitted from labelled top candidates (shared by scripts/train-fields.ts, which
// writes field-calibration.json, and scripts/eval.ts, which reports dev calibration out of fold): per field
// and kind of evidence, how often the top candidate was right, shrunk towards a prior.
import type { CalibrationTable, Rate } from '../src/core/analyze/field-beliefs';
import { EVIDENCE_KINDS, type BeliefField } from '../src/core/analyze/field-evidence';
import { BELIEF_FIELDS } from './field-scores';

/** A value is given when its confidence reaches this: a wrong value costs as much as a right one gains. */
export const THRESHOLD = 0.5;

export interface Sample {
  /** The batch it came from: out-of-fold rates leave a whole batch out. */
  group: string;
  field: BeliefField;
  kind: string;
  corroborated: boolean;
  right: boolean;
}

/** How many pseudo-observations of its parent's rate a kind's rate starts from: enough that a kind seen a few dozen times is not trusted past what the field as a whole earns (leave-one-batch-out ECE, summed over fields, 0.14 at 4, 0.09 at 16). */
const PRIOR_STRENGTH = 16;
/** What a candidate below its extractor's own bar is assumed to be worth before the corpus says otherwise. */
const WEAK_PRIOR = 0.25;
/** The weak prior is already the conservative one: a few right samples may still lift it. */
const WEAK_PRIOR_STRENGTH = 4;

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function rateOf(samples: Sample[], prior: number, strength: number): Rate {
  const hits = samples.filter((s) => s.right).length;
  return { hits, total: samples.length, rate: round((hits + strength * prior) / (samples.length + strength)) };
}

/** Each field's rate under a uniform prior, each kind's towards it, and each kind alone or corroborated towards the kind's. */
export function tableOf(samples: Sample[]): CalibrationTable {
  const fields = Object.fromEntries(
    BELIEF_FIELDS.map((field) => {
      const ofField = samples.filter((s) => s.field === field);
      const base = rateOf(ofField, 0.5, 2);
      const kinds = Object.fromEntries(
        EVIDENCE_KINDS[field].map((kind) => {
          const ofKind = ofField.filter((s) => s.kind === kind);
          // A 'weak' candidate failed its extractor's own bar: with few or no labelled samples it must not
          // inherit the field's high overall rate and be given as a value.
          const weak = kind === 'weak';
          const strength = weak ? WEAK_PRIOR_STRENGTH : PRIOR_STRENGTH;
          const overall = rateOf(ofKind, weak ? Math.min(base.rate, WEAK_PRIOR) : base.rate, strength).rate;
          return [kind, { alone: rateOf(ofKind.filter((s) => !s.corroborated), overall, strength), corroborated: rateOf(ofKind.filter((s) => s.corroborated), overall, strength) }];
        }),
      );
      return [field, { base, kinds }];
    }),
  ) as CalibrationTable['fields'];
  return { threshold: THRESHOLD, fields };
}

export function confidenceIn(table: CalibrationTable, s: Omit<Sample, 'group' | 'right'>): number {
  const rates = table.fields[s.field].kinds[s.kind];
  return rates ? (s.corroborated ? rates.corroborated : rates.alone).rate : 0;
}

/**
 * Each sample's confidence from a table fitted without its batch: what the shipped table (fitted on all of
 * dev) is to a batch it never saw, so its calibration predicts the held-out batches'.
 */
export function outOfFold(samples: Sample[]): Map<Sample, number> {
  const confidences = new Map<Sample, number>();
  for (const group of new Set(samples.map((s) => s.group))) {
    const table = tableOf(samples.filter((s) => s.group !== group));
    for (const s of samples) if (s.group === group) confidences.set(s, confidenceIn(table, s));
  }
  return confidences;
}
