import type { Person } from '../model';
import { boundedBlocks } from '../bounded-text';
import { listAt, listEndingAt } from './name-list';
import { looksLikePerson, PERSON_NAME } from './names';

const N = PERSON_NAME;
const FIRST = String.raw`[A-Z][a-zà-ÿ'’-]+`;
/** A list of names starts right after the phrase: each phrase ends where a name follows. */
const LIST_FOLLOWS = String.raw`(?=${N})`;

/** "… with our Head of Product, Dr. Priya Natarajan": one name after the person's role. */
const WITH_ROLE = new RegExp(String.raw`\bwith\s+(?:our|the|their)\s+[A-Za-z ]{2,40}?,?\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(${N})`, 'g');

/** Phrases followed by the list of people the candidate meets or met. */
const BEFORE_LIST = [
  new RegExp(String.raw`\b(?:[Yy]ou(?:'ll| will)|[Yy]ou are going to|[Yy]ou're going to)\s+(?:be\s+)?(?:meet(?:ing)?|interview(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)\s+(?:with\s+)?${LIST_FOLLOWS}`, 'g'),
  new RegExp(String.raw`\b(?:meet(?:ing)?|speak(?:ing)?|chat(?:ting)?|talk(?:ing)?|interview(?:ing)?|connect(?:ing)?|sit down|pair(?:ing)?|met|spoke|call|conversation|session|screen|time)\s+with\s+${LIST_FOLLOWS}`, 'g'),
  new RegExp(String.raw`\binterviewers?\s*(?:will be|are|is|:)\s*${LIST_FOLLOWS}`, 'gi'),
  new RegExp(String.raw`\b(?:panel|loop|schedule|agenda)\b[^\n]{0,40}?(?:with|:)\s*${LIST_FOLLOWS}`, 'gi'),
];

/** A phrase that follows the list of people: "Priya Natarajan and Tom Becker will interview you". */
const AFTER_LIST = /\s+(?:will|would)\s+(?:be\s+)?(?:interview(?:ing)?|meet(?:ing)?|join(?:ing)?|lead(?:ing)?|conduct(?:ing)?|speak(?:ing)?|chat(?:ting)?)/g;

/** Agenda lines such as "10:00–10:45 Priya Natarajan, Engineering Manager" or "- Tom Becker (Staff Engineer)". */
const AGENDA_LINE = new RegExp(String.raw`^[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}(?::\d{2})?[ \t]*(?:am|pm)?[ \t]*[-–—][ \t]*\d{1,2}(?::\d{2})?[ \t]*(?:am|pm)?[ \t]*[:\-–—]?[ \t]*)?(${N})[ \t]*(?:,|\(|[-–—])`, 'gm');

const NAME_IN = new RegExp(N, 'g');
const GREETING = new RegExp(String.raw`^\s*(?:hi|dear|hello)\s+(${FIRST})`, 'i');

function namesIn(list: string): string[] {
  return [...list.matchAll(NAME_IN)].map((m) => m[0]).filter(looksLikePerson);
}

/** The names in one block of an employer's mail, in the order the phrases find them. */
function namesInBlock(block: string): string[] {
  const names: string[] = [];
  for (const m of block.matchAll(WITH_ROLE)) if (m[1]) names.push(...namesIn(m[1]));
  for (const phrase of BEFORE_LIST) for (const m of block.matchAll(phrase)) names.push(...namesIn(listAt(block, m.index + m[0].length)));
  let listFrom = 0;
  for (const m of block.matchAll(AFTER_LIST)) {
    names.push(...namesIn(listEndingAt(block, listFrom, m.index)));
    listFrom = m.index + m[0].length;
  }
  for (const m of block.matchAll(AGENDA_LINE)) if (m[1]) names.push(m[1]);
  return names;
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
  for (const block of evidence.employerBodies.flatMap(boundedBlocks)) namesInBlock(block).forEach(add);
  for (const note of evidence.thankYous) {
    for (const person of note.to) if (person.name.includes(' ')) add(person.name);
    const greeting = GREETING.exec(note.body);
    const first = greeting?.[1];
    const full = first ? evidence.participants.find((p) => p.name.split(/\s+/)[0] === first && p.name.includes(' ')) : undefined;
    if (full) add(full.name);
  }
  return found;
}
