import type { Person } from '../model';
import { looksLikePerson, PERSON_NAME } from './names';

const N = PERSON_NAME;
const FIRST = String.raw`[A-Z][a-zà-ÿ'’-]+`;
const TITLE_AFTER = String.raw`(?:\s*\([^)]{1,60}\)|,\s*(?:(?:our|the|a|an)\s+)?[A-Za-z ]{2,40}?(?=,|\s+and\b|\s*&|[.;:!?]|$))?`;
const LIST = String.raw`(${N}${TITLE_AFTER}(?:(?:,|,?\s+and|\s*&)\s+${N}${TITLE_AFTER})*)`;

/** Phrases that name the people the candidate meets or met. */
const MEETING = [
  new RegExp(String.raw`\bwith\s+(?:our|the|their)\s+[A-Za-z ]{2,40}?,?\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(${N})`, 'g'),
  new RegExp(String.raw`\b(?:[Yy]ou(?:'ll| will)|[Yy]ou are going to|[Yy]ou're going to)\s+(?:be\s+)?(?:meet(?:ing)?|interview(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)\s+(?:with\s+)?${LIST}`, 'g'),
  new RegExp(String.raw`\b(?:meet(?:ing)?|speak(?:ing)?|chat(?:ting)?|talk(?:ing)?|interview(?:ing)?|connect(?:ing)?|sit down|pair(?:ing)?|met|spoke|call|conversation|session|screen|time)\s+with\s+${LIST}`, 'g'),
  new RegExp(String.raw`\binterviewers?\s*(?:will be|are|is|:)\s*${LIST}`, 'gi'),
  new RegExp(String.raw`\b(?:panel|loop|schedule|agenda)\b[^\n]{0,40}?(?:with|:)\s*${LIST}`, 'gi'),
  new RegExp(String.raw`${LIST}\s+(?:will|would)\s+(?:be\s+)?(?:interview(?:ing)?|meet(?:ing)?|join(?:ing)?|lead(?:ing)?|conduct(?:ing)?|speak(?:ing)?|chat(?:ting)?)`, 'g'),
];

/** Agenda lines such as "10:00–10:45 Priya Natarajan, Engineering Manager" or "- Tom Becker (Staff Engineer)". */
const AGENDA_LINE = new RegExp(String.raw`^[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}(?::\d{2})?[ \t]*(?:am|pm)?[ \t]*[-–—][ \t]*\d{1,2}(?::\d{2})?[ \t]*(?:am|pm)?[ \t]*[:\-–—]?[ \t]*)?(${N})[ \t]*(?:,|\(|[-–—])`, 'gm');

const NAME_IN = new RegExp(N, 'g');

function namesIn(list: string): string[] {
  return [...list.matchAll(NAME_IN)].map((m) => m[0]).filter(looksLikePerson);
}

export interface PeopleEvidence {
  employerBodies: string[];
  /** The candidate's thank-you notes after the interview, with whom they went to. */
  thankYous: { body: string; to: Person[] }[];
  participants: Person[];
  owner: { name: string; email: string | null };
}

/** Full names of the people the candidate meets or met, as written, in order of first mention. */
export function extractInterviewers(evidence: PeopleEvidence): string[] {
  const found: string[] = [];
  const add = (name: string) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!looksLikePerson(clean)) return;
    if (evidence.owner.name && clean.toLowerCase() === evidence.owner.name.toLowerCase()) return;
    if (!found.some((f) => f.toLowerCase() === clean.toLowerCase())) found.push(clean);
  };
  for (const body of evidence.employerBodies) {
    for (const pattern of MEETING) for (const m of body.matchAll(pattern)) namesIn(m[1] ?? '').forEach(add);
    for (const m of body.matchAll(AGENDA_LINE)) if (m[1]) add(m[1]);
  }
  for (const note of evidence.thankYous) {
    for (const person of note.to) if (person.name.includes(' ')) add(person.name);
    const greeting = new RegExp(String.raw`^\s*(?:hi|dear|hello)\s+(${FIRST})`, 'i').exec(note.body);
    const first = greeting?.[1];
    const full = first ? evidence.participants.find((p) => p.name.split(/\s+/)[0] === first && p.name.includes(' ')) : undefined;
    if (full) add(full.name);
  }
  return found;
}
