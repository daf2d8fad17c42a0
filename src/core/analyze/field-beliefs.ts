// From ranked candidates to what the analysis says of a field: its calibrated confidence (the rate at
// which the dev corpus's top candidates of that evidence kind were right, field-calibration.json, written
// by scripts/train-fields.ts) and its value, given only when that confidence reaches the threshold.
import type { DecisionWindow, FieldBelief, FieldBeliefs } from '../model';
import calibration from './field-calibration.json';
import type { BeliefField, EvidenceKind, Ranked } from './field-evidence';

export interface Rate {
  hits: number;
  total: number;
  rate: number;
}

export interface KindRates {
  alone: Rate;
  corroborated: Rate;
}

export interface CalibrationTable {
  threshold: number;
  fields: Record<BeliefField, { base: Rate; kinds: Record<string, KindRates> }>;
}

const TABLE = calibration as CalibrationTable;

/** Below this calibrated confidence a field abstains: its value is null (or []), its candidates stay. */
export const GIVE_THRESHOLD = TABLE.threshold;

/** How the top candidate was found, for scripts/train-fields.ts. */
export interface TopEvidence {
  kind: string;
  corroborated: boolean;
}

export type FieldEvidence = Partial<Record<BeliefField, TopEvidence>>;

// The analysis's fields object → the evidence behind each top candidate: the trainer reads it, callers never see it.
const EVIDENCE = new WeakMap<FieldBeliefs, FieldEvidence>();

export const evidenceOf = (fields: FieldBeliefs | undefined): FieldEvidence | undefined => (fields ? EVIDENCE.get(fields) : undefined);

/** A copy of `fields` (its text mapped back, ../one-byte.ts) keeps the evidence behind them. */
export function keepEvidence(fields: FieldBeliefs | undefined, copy: FieldBeliefs | undefined): void {
  const evidence = evidenceOf(fields);
  if (evidence && copy) EVIDENCE.set(copy, evidence);
}

export function calibratedRate(field: BeliefField, top: TopEvidence): number {
  const rates = TABLE.fields[field].kinds[top.kind];
  return rates ? (top.corroborated ? rates.corroborated : rates.alone).rate : 0;
}

export interface RankedFields {
  company: Ranked<string, EvidenceKind<'company'>>[];
  role: Ranked<string, EvidenceKind<'role'>>[];
  interviewers: Ranked<string[], EvidenceKind<'interviewers'>>[];
  interviewAt: Ranked<string, EvidenceKind<'interviewAt'>>[];
  decisionWindow: Ranked<DecisionWindow, EvidenceKind<'decisionWindow'>>[];
}

export interface GivenFields {
  company: string | null;
  role: string | null;
  interviewers: string[];
  interviewAt: string | null;
  decisionWindow: DecisionWindow | null;
  fields: FieldBeliefs;
}

function belief<T>(field: BeliefField, ranked: Ranked<T, string>[], evidence: FieldEvidence): { given: T | null; belief: FieldBelief<T> } | null {
  const top = ranked[0];
  if (!top) return null;
  evidence[field] = { kind: top.kind, corroborated: top.corroborated };
  const confidence = calibratedRate(field, top);
  return { given: confidence >= GIVE_THRESHOLD ? top.value : null, belief: { confidence, candidates: ranked.map((r) => r.value) } };
}

/** Each field's value (the top candidate when confident) and its belief, for the fields that have candidates. */
export function giveFields(ranked: RankedFields): GivenFields {
  const evidence: FieldEvidence = {};
  const fields: FieldBeliefs = {};
  // A person is never the company: a name the thread gives as an interviewer, or their first name, is not offered as one.
  const people = new Set(ranked.interviewers.flatMap((r) => r.value).flatMap((name) => [name, name.split(/\s+/)[0] ?? '']).map((name) => name.toLowerCase()));
  const company = belief('company', ranked.company.filter((r) => !people.has(r.value.toLowerCase())), evidence);
  const role = belief('role', ranked.role, evidence);
  const interviewers = belief('interviewers', ranked.interviewers, evidence);
  const interviewAt = belief('interviewAt', ranked.interviewAt, evidence);
  const decisionWindow = belief('decisionWindow', ranked.decisionWindow, evidence);
  if (company) fields.company = company.belief;
  if (role) fields.role = role.belief;
  if (interviewers) fields.interviewers = interviewers.belief;
  if (interviewAt) fields.interviewAt = interviewAt.belief;
  if (decisionWindow) fields.decisionWindow = decisionWindow.belief;
  EVIDENCE.set(fields, evidence);
  return {
    company: company?.given ?? null,
    role: role?.given ?? null,
    interviewers: interviewers?.given ?? [],
    interviewAt: interviewAt?.given ?? null,
    decisionWindow: decisionWindow?.given ?? null,
    fields,
  };
}
