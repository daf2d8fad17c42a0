// What scripts/train-fields.ts and scripts/eval.ts share about the analysis's field beliefs: whether a
// field's top candidate is right.
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
