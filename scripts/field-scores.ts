// What scripts/train-fields.ts and scripts/eval.ts share about the analysis's field beliefs: whether a
// field's top candidate is right, and how far confidences are from the rates they claim.
import type { ThreadAnalysis } from '../src/core/model';
import type { BeliefField } from '../src/core/analyze/field-evidence';
import type { Field } from '../tests/unit/analyze-fields';

export const BELIEF_FIELDS: readonly BeliefField[] = ['company', 'role', 'interviewers', 'interviewAt', 'decisionWindow'];

export const isBeliefField = (field: Field): field is BeliefField => (BELIEF_FIELDS as readonly string[]).includes(field);

/** Whether the field's top candidate is right (by the set's own matcher), or undefined when it has none or the field is unlabelled. */
export function topCandidateMatches(field: BeliefField, analysis: ThreadAnalysis, matches: (field: Field, analysis: ThreadAnalysis) => boolean | undefined): boolean | undefined {
  const top = analysis.fields?.[field]?.candidates[0];
  if (top === undefined) return undefined;
  return matches(field, { ...analysis, [field]: top });
}

export interface Scored {
  confidence: number;
  right: boolean;
}

const BINS = 10;

/** Per confidence bin of width 0.1: how many, the mean confidence and the rate of right ones. */
export function reliability(scored: readonly Scored[]): { from: number; n: number; confidence: number; rate: number }[] {
  const bins = Array.from({ length: BINS }, (_, i) => ({ from: i / BINS, n: 0, sum: 0, right: 0 }));
  for (const s of scored) {
    const bin = bins[Math.min(BINS - 1, Math.floor(s.confidence * BINS))];
    if (!bin) continue;
    bin.n++;
    bin.sum += s.confidence;
    if (s.right) bin.right++;
  }
  return bins.filter((b) => b.n > 0).map((b) => ({ from: b.from, n: b.n, confidence: b.sum / b.n, rate: b.right / b.n }));
}

/** Expected calibration error: the bins' gaps between claimed confidence and observed rate, weighted by size. */
export function expectedCalibrationError(scored: readonly Scored[]): number {
  if (scored.length === 0) return 0;
  return reliability(scored).reduce((sum, bin) => sum + (bin.n / scored.length) * Math.abs(bin.confidence - bin.rate), 0);
}
