// The answers the sidebar offers when the analysis abstained ("Which company? [A] [B] [Other…]"), read
// from what the thread shows plainly: who sent it and its subject. A suggestion, never a fact: the user picks.
import { isNoReplyAddress, subjectKey } from '../mail-identity';
import type { FieldBelief, FieldBeliefs, MailThread, Person, ThreadAnalysis } from '../model';
import { opinionOf, type AnalysisWithOpinions } from './questions';
import { senderDomains } from './domains';
import { isOwner } from './owner-match';

const MAX_CANDIDATES = 3;

/** What a team adds to its company's name in a sender name: "Acme Recruiting", "Talent at Acme". */
const TEAM_WORDS = /\s+(?:recruiting|recruitment|talent(?:\s+acquisition)?|careers|jobs|hiring(?:\s+team)?|hr|people(?:\s+team)?|team)$/i;
const TEAM_PREFIX = /^(?:the\s+)?(?:recruiting|talent|careers|hiring|hr|people)\s+(?:team\s+)?(?:at|@)\s+/i;

function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (!v || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const COUNTRY_SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu)$/;

/** "northwind-labs.co.uk" → "Northwind Labs": the domain's name as people write it. */
function companyOfDomain(domain: string): string {
  const labels = domain.split('.');
  const secondLevel = labels.at(-2) ?? '';
  const name = labels.length > 2 && COUNTRY_SECOND_LEVEL.test(secondLevel) ? (labels.at(-3) ?? '') : secondLevel;
  return name
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A sender's display name that names a team rather than a person: "Acme Recruiting" → "Acme". */
function companyOfTeamName(name: string): string | null {
  const trimmed = name.trim().slice(0, 120);
  const team = trimmed.replace(TEAM_PREFIX, '');
  if (team !== trimmed) return team.trim() || null;
  const company = trimmed.replace(TEAM_WORDS, '');
  return company !== trimmed ? company.trim() || null : null;
}

export function companyCandidates(thread: MailThread, owner: string | undefined): string[] {
  const senders = thread.messages.map((m) => m.from).filter((p) => !owner || p.email.toLowerCase() !== owner.toLowerCase());
  const fromNames = senders.map((p) => companyOfTeamName(p.name)).filter((c): c is string => c !== null);
  const fromDomains = senderDomains(thread, owner).map(companyOfDomain);
  return distinct([...fromNames, ...fromDomains]).slice(0, MAX_CANDIDATES);
}

/** Words a job title holds; the subject's part that has one is the likely role. */
const TITLE_WORD = /\b(?:engineer|developer|designer|manager|analyst|scientist|architect|lead|director|specialist|coordinator|consultant|associate|intern|administrator|officer|representative|accountant|writer|researcher|owner|nurse|teacher)s?\b/i;
const PART_BREAK = /\s[-–—|]\s|[:(),]|\s(?:for|with|at)\s/i;
const LEADING_NOISE = /^(?:(?:your|an?|the|interview|invitation|invite|to|schedule|scheduling|next|steps|application|phone|screen|onsite|call)\s{1,4}){0,6}/i;
const TRAILING_NOISE = /(?:\s{1,4}(?:interview|role|position|opening|application|call)){0,3}$/i;

/** "Re: Interview for Senior Data Engineer - Northwind" → ["Senior Data Engineer"]. */
export function roleCandidates(subject: string): string[] {
  const text = subject.slice(0, 300).trim();
  const withoutPrefixes = text.slice(text.length - subjectKey(text).length);
  const parts = withoutPrefixes.split(PART_BREAK).map((part) => part.trim().replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '').trim());
  return distinct(parts.filter((part) => part.length <= 80 && TITLE_WORD.test(part))).slice(0, MAX_CANDIDATES);
}

/** The people in the thread who may have interviewed the user: named, reachable, and not the user. */
export function interviewerCandidates(people: readonly Person[], profile: { name: string; emails: readonly string[] }, owner?: string): string[] {
  const named = people.filter((p) => p.name.trim().includes(' ') && !isNoReplyAddress(p.email) && !isOwner(p, profile, owner) && companyOfTeamName(p.name) === null);
  return distinct(named.map((p) => p.name.trim())).slice(0, MAX_CANDIDATES);
}

/** A field's belief with the engine's candidates when it gave any, else what the thread shows plainly; no belief is no confidence. */
function offered(analysis: AnalysisWithOpinions, field: 'company' | 'role', plain: () => string[]): FieldBelief<string> {
  const opinion = opinionOf(analysis, field);
  return { confidence: opinion?.confidence ?? 0, candidates: opinion?.candidates?.length ? opinion.candidates : plain() };
}

/** The engine's interviewer lists without the owner, or where it gave none, each person the thread shows as a list of one. */
function offeredInterviewers(analysis: AnalysisWithOpinions, plain: () => string[], notOwner: (name: string) => boolean): FieldBelief<string[]> {
  const belief: { confidence?: number; candidates?: readonly (string | readonly string[])[] } | undefined = analysis.fields?.interviewers;
  const lists = (belief?.candidates ?? []).map((c) => (typeof c === 'string' ? [c] : c.filter(notOwner))).filter((list) => list.length > 0);
  return { confidence: belief?.confidence ?? 0, candidates: lists.length > 0 ? lists : plain().filter(notOwner).map((name) => [name]) };
}

/**
 * The analysis with answers to offer for each field: the engine's own candidates first, or where it gave
 * none, the sender's and the subject's. The owner is never offered as an interviewer.
 */
export function withCandidates(analysis: AnalysisWithOpinions, thread: MailThread, owner: string | undefined, profile: { name: string; emails: readonly string[] }): ThreadAnalysis & { fields: FieldBeliefs } {
  const people = thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]);
  const engine: FieldBeliefs = {};
  const { interviewAt, decisionWindow } = (analysis.fields ?? {}) as FieldBeliefs;
  if (interviewAt?.candidates) engine.interviewAt = interviewAt;
  if (decisionWindow?.candidates) engine.decisionWindow = decisionWindow;
  return {
    ...analysis,
    fields: {
      ...engine,
      company: offered(analysis, 'company', () => companyCandidates(thread, owner)),
      role: offered(analysis, 'role', () => roleCandidates(thread.subject)),
      interviewers: offeredInterviewers(analysis, () => interviewerCandidates(people, profile, owner), (name) => !isOwner(name, profile, owner)),
    },
  };
}
