// Which of an application's fields the sidebar asks about rather than states, and the answers it offers.
import type { Application, CorrectableField, DecisionWindow, FieldBeliefs, ThreadAnalysis } from '../model';
import { GIVE_THRESHOLD } from '../analyze/field-beliefs';

/** The engine's own doubt about a field: below the confidence at which it gives a value, the sidebar asks. */
export const CONFIDENT_ENOUGH = GIVE_THRESHOLD;

export type AskableField = Exclude<CorrectableField, 'stage'>;

/** What the engine may say of each field besides its value (docs/analysis.md: a field may also abstain). */
export interface FieldOpinion {
  confidence?: number;
  candidates?: string[];
}
export type Opinions = Partial<Record<AskableField, FieldOpinion>>;
/** The analysis as the sidebar reads it: the engine's beliefs (docs/analysis.md), or those turned into answers to offer. */
export type AnalysisWithOpinions = Omit<ThreadAnalysis, 'fields'> & { fields?: Opinions | FieldBeliefs };

type EngineCandidate = string | readonly string[] | DecisionWindow;

/** A candidate as answers the sidebar can offer: a name or time as is, a list of people name by name, a window by its last date. */
function answersOf(candidate: EngineCandidate): string[] {
  if (typeof candidate === 'string') return [candidate];
  if ('latest' in candidate) return [candidate.latest];
  return [...candidate];
}

/** What the analysis says of a field, its candidates as answers to offer, each once. */
export function opinionOf(analysis: AnalysisWithOpinions, field: AskableField): FieldOpinion | undefined {
  const belief: { confidence?: number; candidates?: readonly EngineCandidate[] } | undefined = analysis.fields?.[field];
  if (!belief) return undefined;
  const answers = belief.candidates === undefined ? undefined : [...new Set(belief.candidates.flatMap(answersOf))];
  return { ...(belief.confidence === undefined ? {} : { confidence: belief.confidence }), ...(answers === undefined ? {} : { candidates: answers }) };
}

export interface Question {
  field: AskableField;
  candidates: string[];
}

export interface KnownValues {
  application: Application;
  interviewers: readonly string[];
  interviewAt: string | null;
}

/** Whether the analysis is unsure of a field: it abstained (null or empty), or its confidence is below the bar. */
function unsure(analysis: AnalysisWithOpinions, field: AskableField): boolean {
  const value = analysis[field];
  if (value === null || (Array.isArray(value) && value.length === 0)) return true;
  const confidence = analysis.fields?.[field]?.confidence;
  return confidence !== undefined && confidence < CONFIDENT_ENOUGH;
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
    .map((field) => ({ field, candidates: opinionOf(analysis, field)?.candidates ?? [] }));
}
