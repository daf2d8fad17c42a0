// The people the candidate meets or met, read sentence by sentence: a name counts where the sentence
// (or the agenda line) is about meeting, interviewing or a panel, "me"/"myself" in such a sentence is its
// writer, and a short reference ("Dr. Varga", "Kirsty") counts only when it resolves to one full name
// written elsewhere in the thread. A name that resolves to nothing is dropped: no name beats a wrong one.
import type { Person } from '../model';
import { capLines } from '../bounded-text';
import { looksLikePerson, normalizeKey } from './names';
import { capitaliseNameSlots, namesIn, writtenInLowerCase, type NameMention } from './name-list';
import type { InterviewerKind, Ranked } from './field-evidence';

/** A sentence about meeting people: the interview, a panel, a conversation, an itinerary slot. */
const MEETING =
  /\b(?:meet(?:s|ing)?|met|hiring manager|interview(?:s|ed|ing|ers?)?|panel(?:ists?)?|committee|conversation|discussion|discuss|chat(?:ted|ting)?|spoke|speak(?:ing)?|talk(?:ed|ing)?|session|sit in|join(?:ing)? (?:us|me|you)|attendees|who|lunch|tour|call|enjoyed|impressed|thanks?|convey|pass(?:ed)? (?:on )?(?:my|it|your)|present(?:ed)? to)\b/i;
/** Not about the interview: references, reporting lines in an offer are fine, but referees and notices are not. */
const NOT_MEETING = /\b(?:referees?|references? (?:check|contact)|privacy (?:notice|policy)|equal opportunity|confidentiality notice)\b/i;
/** The writer counted among the people met: "me and Jun Park", "myself and Mr. Farhan Siddiqui", "Both I and our trustee". */
const WRITER_MEETS = /\b(?:(?:me|myself)\s{0,3}(?:and|&|\+|\()|(?:and|&)\s+(?:me|myself)\b|both I and\b|myself\b)/i;
/** A note that thanks the organiser ("Thank you for coordinating…"): its recipient did not interview. */
const ORGANISER_THANKS = /\b(?:organi[sz]|coordinat|arrang|setting up|following up|follow up|checking in|scheduling)\w*/i;
/** The candidate thanks the recipient for the conversation itself, or says they enjoyed meeting them. */
const THANKS_RECIPIENT =
  /\b(?:thank(?:s| you)(?: so much| very much| both)?(?: and [^,.]{2,30})? for (?:meeting|speaking|talking|taking the time|your time|(?:the|our|today's|yesterday's) (?:\w+ )?(?:opportunity|conversation|chat|discussion|meeting|time|inter\w{3,6}))|(?:enjoyed|loved) (?:meeting|speaking with|talking with|our) (?:you|conversation|chat)|(?:meeting|speaking|talking) with you\b)/i;
/** The writer says they met the candidate: "It was lovely meeting you". */
const WRITER_MET = /\b(?:lovely|great|nice|pleasure|good) (?:meeting|to meet|speaking with|talking with|to speak with) you\b/i;
/** A line that may open with a listed name: a bullet, a time, an indent, or a name followed by its title. */
const MAY_LIST = /(?:^|\n)[ \t]*(?:[-•*–·\d \t]|(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Hon)\.?[ \t])?\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]\p{Lu}[\p{L}'’-]{1,24}){1,3}[ \t]*[(,;–—-])/u;
/** Mail about an interview, whatever word it uses for it. */
const ABOUT_INTERVIEW = /\b(?:onsite|on-site|agenda|itinerary|schedul\w+|round|screen)\b/i;
/** Where sentences end: not after an honorific ("Dr. Varga"). */
const SENTENCE_END = /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Hon|St|Jr|Sr|Ret))[.!?]+[ \t]+|\n[ \t]*\n/g;

export interface PeopleEvidence {
  employerBodies: string[];
  /** Who wrote each employer body, so "me" and "myself" read as the writer. */
  employerSenders?: Person[];
  /** The candidate's own notes, with whom they went to. */
  ownerNotes: { body: string; to: Person[] }[];
  participants: Person[];
  owner: { name: string; email: string | null };
  /** The hiring company, which is never a person. */
  company?: string | null;
}

const clean = (name: string) => name.replace(/\s+/g, ' ').trim();

/** A participant's display name as a person's full name, without honorific or credentials. */
function personName(person: Person | undefined): string | null {
  const name = clean((person?.name ?? '').replace(/\(.*?\)/g, '').replace(/^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]{1,3}){1,3}/i, '').replace(/,.*$/, ''));
  return looksLikePerson(name) && /\p{Ll}/u.test(name) ? name : null;
}

function sentencesOf(text: string): string[] {
  return capLines(text)
    .split(SENTENCE_END)
    .filter((s) => s.trim().length > 0);
}

interface Named {
  name: string;
  kind: InterviewerKind;
}

interface Reading {
  /** Full names in meeting sentences, in order. */
  full: Named[];
  /** Honorific or first-name references in meeting sentences, to resolve later. */
  short: string[];
}

function readMentions(mentions: NameMention[], into: Reading, fullAllowed: boolean): void {
  for (const m of mentions) {
    if (m.words.length >= 2 && fullAllowed) into.full.push({ name: m.words.join(' '), kind: 'employer-named' });
    else into.short.push(m.words.join(' '));
  }
}

/** The names an employer's message gives for the people the candidate meets. */
function readEmployerBody(written: string, sender: Person | undefined, into: Reading): void {
  const body = asCapitalised(written);
  if (!MEETING.test(body) && !ABOUT_INTERVIEW.test(body)) return;
  const writer = personName(sender);
  const writerLower = writer?.toLowerCase();
  const isWriter = (m: NameMention) => m.words.join(' ').toLowerCase() === writerLower;
  for (const sentence of sentencesOf(body)) {
    if (NOT_MEETING.test(sentence)) continue;
    const meeting = MEETING.test(sentence);
    if (!meeting && !MAY_LIST.test(sentence)) continue;
    const mentions = namesIn(sentence);
    const listLines = new Set(mentions.filter((m) => m.listed && (m.honorific || !isWriter(m))).map((m) => lineOf(sentence, m.at)));
    const counted = mentions.filter((m) => m.introduced && (meeting || listLines.has(lineOf(sentence, m.at))) && (m.listed ? listLines.has(lineOf(sentence, m.at)) : true));
    readMentions(counted, into, true);
    if (writer && ((meeting && WRITER_MEETS.test(sentence)) || WRITER_MET.test(sentence))) into.full.push({ name: writer, kind: 'writer' });
  }
}

/** Mail written in lower case, with its names capitalised where a person's name stands. */
const asCapitalised = (body: string) => (writtenInLowerCase(body) ? capitaliseNameSlots(body) : body);

const lineOf = (text: string, at: number) => text.lastIndexOf('\n', at);

/** The names in the candidate's own notes: references to people met, and the recipient thanked for meeting. */
function readOwnerNote(note: { body: string; to: Person[] }, into: Reading): void {
  const body = asCapitalised(note.body);
  const organiser = ORGANISER_THANKS.test(body);
  const recipients = note.to.map(personName).filter((n): n is string => n !== null);
  const recipientWords = new Set(recipients.flatMap((n) => n.toLowerCase().split(' ')));
  for (const sentence of sentencesOf(body)) {
    if (!MEETING.test(sentence) || NOT_MEETING.test(sentence)) continue;
    // The person written to is addressed, not mentioned: they count only when thanked for the meeting itself.
    readMentions(
      namesIn(sentence).filter((m) => !m.words.every((w) => recipientWords.has(w.toLowerCase()))),
      into,
      false,
    );
    if (!organiser && THANKS_RECIPIENT.test(sentence)) into.full.push(...recipients.map((name): Named => ({ name, kind: 'candidate-thanked' })));
  }
}

/** The one full name a short reference points to ("Varga", "Kirsty", "Tan"), or null. */
function resolve(reference: string, fullNames: string[]): string | null {
  const words = reference.toLowerCase().split(' ');
  const matches = fullNames.filter((full) => {
    const parts = full.toLowerCase().split(' ');
    return words.length === 1 ? parts.includes(words[0] ?? '') : parts.slice(-words.length).join(' ') === words.join(' ');
  });
  const distinct = new Set(matches.map((m) => m.toLowerCase()));
  return distinct.size === 1 ? (matches[0] ?? null) : null;
}

/** Full names of the people the candidate meets or met, as written, in order of first mention. */
export function extractInterviewers(evidence: PeopleEvidence): string[] {
  return rankInterviewers(evidence)[0]?.value ?? [];
}

/** Strongest first: a list is only as sure as its least sure name. */
const KIND_STRENGTH: readonly InterviewerKind[] = ['employer-named', 'candidate-thanked', 'writer', 'resolved'];

/** The interviewers as one candidate list, of the kind of its least sure name; corroborated when some name comes from two kinds. */
export function rankInterviewers(evidence: PeopleEvidence): Ranked<string[], InterviewerKind>[] {
  const reading: Reading = { full: [], short: [] };
  evidence.employerBodies.forEach((body, i) => readEmployerBody(body, evidence.employerSenders?.[i], reading));
  for (const note of evidence.ownerNotes) readOwnerNote(note, reading);

  const keys = new Map<string, string>();
  const key = (name: string) => {
    let known = keys.get(name);
    if (known === undefined) {
      known = normalizeKey(name);
      keys.set(name, known);
    }
    return known;
  };
  const ownerKey = key(evidence.owner.name);
  const ownerWords = new Set(evidence.owner.name.toLowerCase().split(/\s+/).filter((w) => w.length > 1));
  const companyKey = key(evidence.company ?? '');
  const domains = [...new Set(evidence.participants.map((p) => key((p.email ?? '').split('@')[1] ?? '')))];
  const isNotInterviewer = (name: string) => {
    const k = key(name);
    const words = name.toLowerCase().split(' ');
    if (!looksLikePerson(name) || (ownerKey && (k === ownerKey || words.every((w) => ownerWords.has(w))))) return true;
    return (companyKey !== '' && (companyKey.includes(k) || k.includes(companyKey))) || domains.some((d) => d.length > 3 && d.includes(k));
  };

  const known = [...reading.full.map((n) => n.name), ...evidence.participants.map(personName).filter((n): n is string => n !== null)].filter((n) => !isNotInterviewer(n));
  const found: string[] = [];
  const kinds = new Map<string, Set<InterviewerKind>>();
  const add = (name: string | null, kind: InterviewerKind) => {
    if (!name || isNotInterviewer(name)) return;
    const existing = found.find((f) => key(f) === key(name));
    if (!existing) found.push(name);
    const of = kinds.get(key(name)) ?? new Set();
    of.add(kind);
    kinds.set(key(name), of);
  };
  for (const named of reading.full) add(named.name, named.kind);
  for (const reference of reading.short) add(resolve(reference, known), 'resolved');
  if (found.length === 0) return [];
  const strongest = found.map((name) => KIND_STRENGTH.findIndex((kind) => kinds.get(key(name))?.has(kind)));
  const kind = KIND_STRENGTH[Math.max(...strongest)] ?? 'resolved';
  return [{ value: found, kind, corroborated: found.some((name) => (kinds.get(key(name))?.size ?? 0) >= 2) }];
}
