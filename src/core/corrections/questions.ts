// Which of an application's fields the sidebar asks about rather than states, and the answers it offers.
import type { Application, CorrectableField, ThreadAnalysis } from '../model';

/** The engine's own doubt about a field, when it gives one: below this it asks the user. */
export const CONFIDENT_ENOUGH = 0.95;

export type AskableField = Exclude<CorrectableField, 'stage'>;

/** What the engine may say of each field besides its value (docs/analysis.md: a field may also abstain). */
export interface FieldOpinion {
  confidence?: number;
  candidates?: string[];
}
export type AnalysisWithOpinions = ThreadAnalysis & { fields?: Partial<Record<AskableField, FieldOpinion>> };

export interface Question {
  field: AskableField;
  candidates: string[];
}

export interface KnownValues {
  application: Application;
  interviewers: readonly string[];
  interviewAt: string | null;
}

/** Whether the analysis is unsure of a field: its own confidence when it gives one, else an abstention (null or empty). */
function unsure(analysis: AnalysisWithOpinions, field: AskableField): boolean {
  const confidence = analysis.fields?.[field]?.confidence;
  if (confidence !== undefined) return confidence < CONFIDENT_ENOUGH;
  const value = analysis[field];
  return value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * The fields to ask about, in the order the sidebar shows them. A field the user corrected is never
 * asked again; a role once one is known, interviewers, interview time and decision window only once the process has reached them
 * and nothing is known of them yet.
 */
export function questionsFor(analysis: AnalysisWithOpinions, known: KnownValues): Question[] {
  const { application } = known;
  const corrected = new Set(application.corrected ?? []);
  const afterScheduling = application.stage !== 'scheduling';
  const reached: Record<AskableField, boolean> = {
    company: true,
    role: application.role === '',
    interviewers: afterScheduling && known.interviewers.length === 0,
    interviewAt: afterScheduling && known.interviewAt === null,
    decisionWindow: application.stage === 'awaiting-decision' && application.decisionWindow === null,
  };
  const fields: AskableField[] = ['company', 'role', 'interviewers', 'interviewAt', 'decisionWindow'];
  return fields
    .filter((field) => reached[field] && !corrected.has(field) && unsure(analysis, field))
    .map((field) => ({ field, candidates: analysis.fields?.[field]?.candidates ?? [] }));
}
