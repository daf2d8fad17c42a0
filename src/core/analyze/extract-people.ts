// The people the candidate meets or met, read sentence by sentence: a name counts where the sentence
// (or the agenda line) is about meeting, interviewing or a panel, "me"/"myself" in such a sentence is its
// writer, and a short reference ("Dr. Varga", "Kirsty") counts only when it resolves to one full name
// written elsewhere in the thread. A name that resolves to nothing is dropped: no name beats a wrong one.
import type { Person } from '../model';
import { capLines } from '../bounded-text';
import { splitMessage } from './message-text';
import { isTitleWord, looksLikePerson, namesPremisesOrPlace, normalizeKey, partOf } from './names';
import { capitaliseNameSlots, firstNameInLowerCase, HONORIFIC, namesIn, POSSESSIVE, writtenInLowerCase, type NameMention } from './name-list';
import type { InterviewerKind, Ranked } from './field-evidence';
import { featuresOf, meetsProbability, MEETS_THRESHOLD, speaksOfMeeting, type Sighting, type WriterSighting } from './interviewer-model';
import { builtOnFirstUse, caselessTest } from '../caseless';
import { oneByte } from '../one-byte';

/** Time the candidate spends with someone: "time with", "spent the morning with". */
const SPENT_WITH = String.raw`(?:time|spent|spend|spending) with|(?:spent|spend|spending)[ \t]{1,3}(?:the[ \t]{1,3})?(?:morning|afternoon|day|evening|an hour)[ \t]{1,3}with`;
/** A sentence about meeting people: the interview, a panel, a conversation, an itinerary slot. */
const MEETING = caselessTest(
  new RegExp(
    String.raw`\b(?:meet(?:s|ings?)?|met|hiring manager|interview(?:s|ed|ing|ers?)?|panel(?:ists?)?|committee|conversations?|discuss(?:ions?|ed|ing)?|chat(?:s|ted|ting)?|spoke|speak(?:ing)?|talk(?:s|ed|ing)?|sessions?|stage|rounds?|sit(?:ting)? (?:in|down)|sat (?:in|down)|pop(?:s|ped|ping)? in|join(?:ing)? (?:us|me|you)|(?:is|are|be) (?:also )?joining|joined by|be with|will (?:also |then |likely |probably )?join|${SPENT_WITH}|attendees|guests|participants|who|with(?=:)|lunch|tour|call|enjoyed|impressed|thanks?|convey|pass(?:ed)? (?:on )?(?:my|it|your)|present(?:ed)? to|went (?:\w{1,10} )?well)\b|\bw\/(?=[ \t])`,
    'i',
  ),
);
/** An appointment: a clock time or a length of time, and someone it is with ("Friday at 10:00am with Deb Ratcliffe", "45 mins with Oliver Penhaligon"). */
const AT_A_TIME = caselessTest(/\b(?:\d{1,2}(?:[:.]\d{2})?[ \t]{0,2}[ap]\.?m\b|\d{1,2}:\d{2}\b|\d{1,3}[ \t]{0,2}(?:mins?|minutes|hours?|hrs?)\b)/i);
/** "with Deb Ratcliffe", "with me and Jun Park", or with someone's post before the name ("with the network superintendent, Paul Esposito", "with our lead PT, Arturo Benitez"). */
const WITH_SOMEONE =
  /\b[Ww]ith[ \t]{1,3}(?:(?:me[ \t]{1,3}(?:and|&)[ \t]{1,3})?(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]{1,3})?\p{Lu}\p{Ll}|(?:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Mm]y)[ \t]{1,3}(?:(?!and\b|the\b)[\p{L}&-]{1,20}[ \t]{1,3}){0,4}[\p{L}-]{2,20},[ \t]{1,3}(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]{1,3})?\p{Lu}\p{Ll}{1,24}[ \t]\p{Lu}\p{Ll})/u;
/** Who an appointment is with, after a pronoun for its host: "45 minutes, him plus their HR partner Sunita Bains", "an hour: her and Tomas Lind". */
const PARTY_OF = /\b(?:him|her|them|me)[ \t]{1,3}(?:plus|and|&|\+)[ \t]{1,3}(?:(?:our|their|the|his|her)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3}){0,3})?\p{Lu}\p{Ll}/u;
/** A meeting called off: whom it was with, named after the words that call it off or in a cancelled calendar notice, are not people the candidate meets ("I'm cancelling tomorrow's conversation with Helena", "This meeting has been canceled"). */
const CALLING_OFF = String.raw`\b(?:cancel(?:l?ing|l?ed|s)?|call(?:ing|ed)? off|withdrawn (?:the|our|my) (?:calendar )?invit\w{0,6})\b`;
const CANCELLED = caselessTest(new RegExp(CALLING_OFF, 'i'));
const CANCELLED_BEFORE = caselessTest(new RegExp(String.raw`${CALLING_OFF}[^.;\n]{0,60}$`, 'i'));
const calledOffWith = (sentence: string, m: NameMention) => CANCELLED_BEFORE.test(sentence.slice(Math.max(0, m.at - 100), m.at));
/** Not about the interview: references, reporting lines in an offer are fine, but referees and notices are not. */
const NOT_MEETING = caselessTest(/\b(?:referees?|references? (?:check|contact)|privacy (?:notice|policy)|equal opportunity|confidentiality notice)\b/i);
/** An agenda without full stops reads as one sentence: its closing "bring two referees" line drops only the names on that line. */
const onNotMeetingLine = (sentence: string, m: NameMention) => NOT_MEETING.test(lineAround(sentence, m.at));
/** The writer counted among the people met: "me and Jun Park", "myself and Mr. Farhan Siddiqui", "with Mr. Falk and with me", "Both I and our trustee", a list's "Revathi Menon, Founder (me)", "I'll be joined by", "breakfast with me", a slot the writer hosts ("Welcome — with me", "wrap-up with me": docs/corpus-writers.md counts its host), "you'll sit down with me", a screening call the writer runs ("I'll be the one calling"; a recruiter's call "with me" may be about anything). */
const WRITER_MEETS = caselessTest(
  oneByte(/\b(?:(?:me|myself)\s{0,3}(?:(?:and|&)(?!\s{1,3}(?:we|I|you|they|he|she|it)\b)|\+|\(|\))|(?:and|&)\s+(?:with\s{1,3})?(?:me|myself)\b|both I and\b|myself\b|I(?:'ll|’ll| will| am|'m|’m) be joined by\b|(?:breakfast|lunch|dinner|coffee|interview|one-on-one|welcome|wrap-?up|tour|check-?in|screen(?:ing)?(?:[ \t]call)?)[ \t]{1,3}(?:[–—-][ \t]{1,3})?(?:w\/|with)[ \t]{1,3}me\b|(?:meet(?:ing)?|sit(?:ting)?[ \t]down|sat[ \t]down)[ \t]{1,3}with[ \t]{1,3}me\b|I(?:'ll|’ll| will) be the one (?:calling|ringing|phoning|interviewing)\b)/i),
);
/** The writer, then the person the candidate meets beside them: "It'll be me and Meenal Joshi from HR". */
const WRITER_AND = /\b(?:me|myself)[ \t]{1,3}(?:and|&)[ \t]{1,3}$/i;
const afterTheWriter = (sentence: string, m: NameMention) => WRITER_AND.test(sentence.slice(Math.max(0, m.at - 16), m.at));
/** The writer as one item of a list of people: "Panel: me, Dr Samir Haddad (…), Dr Fenella Rourke", "9:00  Me – Gareth Lindqvist, Manager". */
const WRITER_IN_LIST = oneByte(/\b(?:[Mm]e|myself)(?:,|[ \t]{1,3}[–—-])[ \t]{1,3}(?:with[ \t]{1,3})?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t])?\p{Lu}\p{Ll}/u);
/** A note that thanks the organiser ("Thank you for coordinating…"): its recipient did not interview. Verbs only: the nouns "Development Coordinator" or "your organisation" arrange nothing. */
const ORGANISER_THANKS = caselessTest(/\b(?:organi[sz](?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|arrang(?:e|es|ed|ing|ements?)|setting up|following up|follow up|checking in|scheduling)\b/i);
/** The candidate thanks the recipient for the conversation itself, or says they enjoyed meeting them; thanks "for the opportunity to interview" go to whoever arranged it, often HR. */
const THANKS_RECIPIENT = caselessTest(/\b(?:thank(?:s| you)(?: so much| very much| both)?(?: and [^,.]{2,30})? for (?:meeting|speaking|talking|taking the time|your time|(?:the|our|today's|yesterday's) (?:\w+ )?(?:conversation|chat|discussion|meeting|time|interviews?))|(?:enjoyed|loved) (?:meeting|speaking with|talking with|our) (?:you|conversation|chat)|(?:meeting|speaking|talking) with you|(?:great|lovely|nice|good|a pleasure) to (?:meet|speak with|talk with|chat with) you)\b/i);
/** The candidate thanks whom they write to for time spent together: "Thanks heaps for today", "thank you again for walking me around the site and for the interview", "Thanks again for Wednesday". */
const THANKS_FOR_MEETING = caselessTest(/\bthank(?:s| you)(?:[ \t]{1,3}(?:again|so much|very much|heaps|a lot|both|all))*[^.!?\n]{0,40}?[ \t]for[ \t]{1,3}(?:today|yesterday|this (?:morning|afternoon)|(?:last |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:the|our|your|today's|yesterday's)[ \t](?:\w{1,14}[ \t])?(?:interview|tour|visit|conversation|chat|call|meeting|walk-?through|time)|(?:showing|walking|taking) me|having me|hosting me|meeting|speaking|talking|chatting|your time)\b/i);
/** The writer says they met the candidate: "It was lovely meeting you". */
const WRITER_MET = caselessTest(/\b(?:lovely|great|nice|pleasure|good|fun) (?:meeting|to meet|(?:speaking|talking|chatting) (?:with|to)|to speak (?:with|to)) you\b/i);
/** A line that may open with a listed name: a bullet, a time, an indent, or a name followed by its title. */
const MAY_LIST = oneByte(/(?:^|\n)[ \t]*(?:[-•*–·\d \t]|(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Hon)\.?[ \t])?\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]\p{Lu}[\p{L}'’-]{1,24}){1,3}[ \t]*[(,;–—-])/u);
/** Mail about an interview, whatever word it uses for it. */
const ABOUT_INTERVIEW = caselessTest(/\b(?:onsite|on-site|agenda|itinerary|schedul\w+|round|screen)\b/i);
/** Where sentences end: not after a middle initial ("Harold J. Stensland"), an honorific ("Dr. Varga", "Dra. Echeverría", "Dr.-Ing."), a title's abbreviation ("Asst. Supt. for Operations") or a clock's "a.m.". */
const SENTENCE_END = /(?<!\b(?:[A-Z]|Dr|Dra|Drs|Profs|Sri|Shri|Smt|Lic|Licda|Licdo|Arq|Dott|Avv|Capt|Rev|Mr|Mrs|Ms|Mx|Prof|Hon|Sra|Srta|Mme|Mlle|St|Jr|Sr|Ret|Ing|Asst|Assoc|Supt|Dept|Mgr|Dir|Exec|Coord|[ap]\.m))[.!?]+[ \t]+|\n[ \t]*\n/g;

export interface PeopleEvidence {
  employerBodies: string[];
  /** Who wrote each employer body, so "me" and "myself" read as the writer. */
  employerSenders?: Person[];
  /** Each employer body's signature: it names the writer when the sender is a team ("Recruitment Team"). */
  employerSignatures?: string[];
  /** The candidate's own notes, with whom they went to, and the employer's mail they forward. */
  ownerNotes: { body: string; to: Person[]; cc?: Person[]; forwarded?: string }[];
  participants: Person[];
  owner: { name: string; email: string | null };
  /** The hiring company, which is never a person. */
  company?: string | null;
  /** The job, whose title's capitalised words are never a person ("Real Property & Leasing Manager"). */
  role?: string | null;
  /** The quoted history under each message, its header included. */
  histories?: string[];
}

const clean = (name: string) => name.replace(/\s+/g, ' ').trim();

/** The lower-case words of names: "Anouk de Vries", "Nurul Huda binte Rahman". */
const NAME_PARTICLE = /^(?:de|da|di|du|del|della|der|den|van|von|ter|ten|bin|binti|binte|al|el|dos|das|la|le)$/;
/** Any honorific a name may carry ("Lic. Regina Arriaga", "Cllr Deborah Hale"), as name-list.ts reads them. */
const LEADING_HONORIFIC = new RegExp(`^${HONORIFIC}`);
const NAME_CHARACTERS = oneByte(/^[\p{L}'’. -]{3,60}$/u);

/** A participant's display name as a person's full name, without honorific or credentials. */
function personName(person: Person | undefined): string | null {
  const name = clean(
    (person?.name ?? '')
      .replace(/\(.*?\)/g, '')
      .replace(/^(?:(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof|Professor|Sra|Mme)\.?[ \t]{1,3}){1,3}/i, '')
      .replace(LEADING_HONORIFIC, '')
      .replace(/,.*$/, ''),
  );
  // A word in capitals names a team or a firm ("Reclutamiento AGD", "HR Team"), an initial aside; a word in lower case that is
  // no particle of a name says who sends for whom ("Northwind via Lever").
  const words = name.split(' ');
  const written = words.every((w) => (/\p{Ll}/u.test(w) || /^\p{Lu}\.?$/u.test(w)) && (/^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w)));
  // A firm's name as the sender: the signature names the writer instead.
  return looksLikePerson(name) && written && !namesAFirm(words) && NAME_CHARACTERS.test(name) ? name : null;
}

/** A sender's last word that names a team, not a person: "Northwind Careers", "Acme Recruiting". */
const TEAM_WORD = /^(?:careers|jobs|recruiting|recruitment|talent|team|hr|people|hiring)$/i;

/** The sender as a person, unless their name is the firm's own (its mail domain, "Northwind Kitchen" at northwindkitchen.com) or a team's: the signature names the writer then. */
function senderName(sender: Person | undefined): string | null {
  const name = personName(sender);
  if (name === null || TEAM_WORD.test(name.split(' ').at(-1) ?? '')) return null;
  const domain = normalizeKey((sender?.email ?? '').split('@')[1] ?? '');
  return domain.includes(normalizeKey(name)) ? null : name;
}

/** A run whose last word names a kind of firm ("Golden Acre Farms", "Grain & Milling Co."); of the two-letter words only "Co" does, "Li" or "Ng" are surnames. */
const namesAFirm = (words: string[]) => {
  const last = words.at(-1) ?? '';
  return (last.length > 2 || last.toLowerCase() === 'co') && ORGANISATION_WORD.test(last);
};

function sentencesOf(text: string): string[] {
  return capLines(text)
    .split(SENTENCE_END)
    .filter((s) => s.trim().length > 0);
}

/** Where a name comes from: the employer's mail (a sentence about meeting, or its writer), or the candidate's. */
type Source = 'employer-named' | 'writer' | 'candidate-thanked' | 'candidate-named' | 'resolved';

interface Named {
  name: string;
  kind: Source;
}

interface Reading {
  /** Full names in meeting sentences, in order: the employer's, and those the candidate's own notes introduce. */
  full: Named[];
  /** Honorific or first-name references in meeting sentences, to resolve later. */
  short: string[];
  /** Full names written elsewhere in the candidate's notes, which short references may point to. */
  named: string[];
  /** Short references written with an honorific ("Ms. Fernandes"): a surname. */
  surnames?: Set<string>;
  /** Every full name the employer's mail writes, whatever the sentence, for the model of interviewer-model.ts. */
  seen: Sighting[];
  writers: WriterSighting[];
  firstNamesMeeting: Set<string>;
  /** Names and first names the candidate's notes write in a sentence about meeting, in lower case. */
  candidateMet: Set<string>;
  /** Whom the candidate thanks for a meeting, a visit or a day with them: their notes' recipients, in lower case. */
  thankedByCandidate: Set<string>;
  /** How many sentences of the employer's mail are read: each sighting's sentence is its group. */
  groups: number;
}

/** Full names go in as `kind` (when the reader trusts them as such), the rest as references to resolve. */
function readMentions(mentions: NameMention[], into: Reading, kind: Source | null): void {
  for (const m of mentions) {
    if (m.words.length >= 2 && kind && (kind === 'employer-named' || m.introduced)) into.full.push({ name: m.words.join(' '), kind });
    else {
      into.short.push(m.words.join(' '));
      if (m.honorific) (into.surnames ??= new Set()).add(m.words.join(' '));
    }
  }
}

/** A line that is a person's name alone, as a signer writes it ("Pippa Hargreaves", "Dr. Lorenzo Bianchi"). */
const SIGNER_LINE = oneByte(/^[ \t]{0,4}(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\.?[ \t]{1,3}){0,2}(\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]\p{Lu}[\p{L}'’-]{1,24}){1,3})[ \t]{0,4}(?:,[^\n]{0,40})?$/u);

/** A signature's line that is a name in lower case ("priya desai"), as mail written in lower case signs it above a title. */
const LOWER_CASE_SIGNER_LINE = oneByte(/^[ \t]{0,4}(\p{Ll}[\p{Ll}'’-]{1,24}(?:[ \t]\p{Ll}[\p{Ll}'’-]{1,24}){1,2})[ \t]{0,4}$/u);
const capitalised = (words: string) => words.replace(/(^|[ \t])(\p{Ll})/gu, (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`);

/** Who signed a message: the first name-shaped line of its signature (in lower case, one with a title on the line below), else of its last lines (there alone on its line, as a list's "Name, Title" is not). */
function signerOf(signature: string, body: string): string | null {
  const signed = (line: string) => SIGNER_LINE.exec(line)?.[1];
  const alone = (line: string) => (/,[ \t]{0,2}\p{Lu}[\p{L}.]{1,6}[ \t]{0,2}$|^[^,]*$/u.test(line) ? signed(line) : undefined);
  const signedInLowerCase = (line: string, below: string | undefined) => {
    const name = LOWER_CASE_SIGNER_LINE.exec(line)?.[1];
    return name && (below ?? '').split(/[^\p{L}-]+/u).some(isTitleWord) ? capitalised(name) : undefined;
  };
  const signer = (read: (line: string) => string | undefined) => (line: string, i: number, lines: string[]) => read(line) ?? signedInLowerCase(line, lines[i + 1]);
  const names = [...signature.split('\n').slice(0, 6).map(signer(signed)), ...body.split('\n').slice(-8).map(signer(alone))];
  return names.find((name): name is string => name !== undefined && looksLikePerson(name)) ?? null;
}

/** A forwarded mail's header lines, which are no part of what it says. */
const HEADER_FIELD = String.raw`(?:From|To|Cc|Date|Sent|Subject|Von|An|Datum|Betreff|De|À|Objet):`;
const FORWARD_HEADER_LINES = new RegExp(String.raw`^[ \t]{0,4}${HEADER_FIELD}[^\n]{0,300}\n`, 'gim');
/** A header's line left in a message's text ("To: Ella Drummond <ella@…>"): whom a mail went to, not whom the candidate meets. */
const HEADER_LINE = new RegExp(String.raw`^[ \t]{0,4}${HEADER_FIELD}`, 'i');
/** The sender in a forwarded mail's header ("From: Ximena Ortúzar <ximena@…>"). */
const FORWARDED_FROM = /^[ \t]{0,4}(?:From|Von|De):[ \t]{0,4}"?([^"<\n]{2,80}?)"?[ \t]{0,4}<([^>\s]{3,120})>/m;
/** Where each mail of a forwarded chain or a quoted history starts: its "From:" header, or the line that says who wrote it ("On Thu, Nov 5, 2026 at 9:00 AM Jess Marlowe <…> wrote:"), perhaps wrapped over two lines. */
const HISTORY_STARTS = /^[ \t]{0,4}(?:(?:From|Von|De):[ \t]|On[ \t][^\n]{4,200}(?:\n[^\n]{0,120})?[ \t]wrote:[ \t]*$)/gm;
/** The sender a "… wrote:" line names, just before their address. */
const WROTE_FROM = oneByte(/(\p{Lu}\p{Ll}[\p{L}'’.-]{0,24}(?:[ \t]\p{Lu}\p{Ll}[\p{L}'’.-]{0,24}){1,3})[ \t]{0,2}\n?[ \t]{0,2}<([^>\s]{3,120})>[ \t]{0,2}wrote:/u);
const WROTE_LINE = /^[ \t]{0,4}On[ \t][^\n]{4,200}(?:\n[^\n]{0,120})?[ \t]wrote:[ \t]*\n?/gm;
/** Whom a forwarded or quoted mail's header says it went to ("To: Sandra Lewis; Jun Park <jun@…>"). */
const TO_HEADER = /^[ \t]{0,4}(?:To|An|À|Para|Aan):[ \t]{0,4}([^\n]{1,300})$/im;
const QUOTE_MARKS = /^[ \t]{0,8}(?:>[ \t]?){1,10}/gm;
/** A rule or a banner that parts mails ("________", "-----Original Message-----"), which would end a mail's text where it opens. */
const MAIL_RULE = /^[ \t]{0,4}(?:_{10,}|-{2,}[ \t]{0,4}(?:Original Message|Forwarded message)[ \t]{0,4}-{2,})[ \t]*$/gim;
/** Enough of a mail's opening to know it again in another message. */
const OPENING_CHARS = 160;
const MIN_OPENING_CHARS = 20;
/** A history of more mails than a thread has is a hostile text: its first ones are read. */
const MAX_HISTORY_MAILS = 12;

/** Each mail of a forwarded chain or a quoted history, without its quote marks, with its sender, its own text and its signature. */
function mailsOf(history: string): { sender: Person | undefined; to: Person[] | undefined; body: string; signature: string }[] {
  const text = history.replace(QUOTE_MARKS, '').replace(MAIL_RULE, '');
  const starts = [...text.matchAll(HISTORY_STARTS)].slice(0, MAX_HISTORY_MAILS).map((m) => m.index);
  const mails = starts.length === 0 ? [text] : starts.map((at, i) => text.slice(at, starts[i + 1]));
  return mails.map((mail) => {
    const from = FORWARDED_FROM.exec(mail) ?? WROTE_FROM.exec(mail);
    const { body, signature } = splitMessage(mail.replace(FORWARD_HEADER_LINES, '').replace(WROTE_LINE, ''));
    const to = TO_HEADER.exec(mail)?.[1]?.split(/[;,]/).map((person) => ({ name: person.replace(/<[^>]{0,120}>|"/g, '').trim(), email: /<([^>\s]{3,120})>/.exec(person)?.[1] ?? '' }));
    return { sender: from ? { name: from[1] ?? '', email: from[2] ?? '' } : undefined, to, body, signature };
  });
}

/**
 * The mails a reply quotes that the thread does not hold as messages of its own (an invitation sent before
 * the thread's first message, a forward written as a quote): the employer's are read as its mail, the
 * candidate's as their notes, written to whom the header says or else to the employer's writers.
 */
function readHistory(histories: string[], evidence: PeopleEvidence, into: Reading): void {
  const read = [...evidence.employerBodies, ...evidence.ownerNotes.flatMap((n) => [n.body, n.forwarded ?? ''])].map(normalizeKey).join(' ');
  const openings = new Set<string>();
  const owner = evidence.owner.email?.toLowerCase();
  for (const mail of histories.flatMap(mailsOf)) {
    const opening = normalizeKey(mail.body).slice(0, OPENING_CHARS);
    if (openings.size >= MAX_HISTORY_MAILS) break;
    if (opening.length < MIN_OPENING_CHARS || openings.has(opening) || read.includes(opening)) continue;
    openings.add(opening);
    if (owner && mail.sender?.email.toLowerCase() === owner) readOwnerNote({ body: mail.body, to: mail.to ?? (evidence.employerSenders ?? []) }, into);
    else readEmployerBody(mail.body, mail.sender, mail.signature, into);
  }
}

/** The writer counts themself among the people met: "Me and our CTO", "Marguerite and I are looking forward", "Breakfast with me". */
const WRITER_AMONG =
  oneByte(/(?:\b[Mm]e[ \t]{1,3}(?:and|&)[ \t]{1,3}(?:our|my|the|\p{Lu})|\p{Lu}\p{Ll}{1,20}(?:[ \t]{0,2}\([^()\n]{1,80}\))?[ \t]{1,3}(?:and|&)[ \t]{1,3}I[ \t]{1,3}(?:will|are|would|both|look|have|can|'ll|’ll)\b|\b(?:with|meet|joined by)[ \t]{1,3}me[ \t]{0,3}(?:and|&)|\b(?:[Bb]reakfast|[Ll]unch|[Cc]offee|[Cc]hat|[Cc]all|[Cc]onversation|[Ss]ession|[Mm]eeting|[Ii]nterview|[Ww]rap-?up|[Ww]alk(?:-?through)?)[ \t]{1,3}with[ \t]{1,3}me\b)/u);
/** The writer is the party the candidate meets, or holds a slot of the day: "It'll be just me", "me plus a short exercise", "9:00 me; 9:45 Prof. Reyes". */
const WRITER_IS_THE_PARTY = caselessTest(
  oneByte(/\b(?:it(?:'s|’s| is|'ll be|’ll be| will be)[ \t]{1,3}(?:just[ \t]{1,3})?me\b|me,?[ \t]{1,3}plus\b|(?:\d{1,2}[:.]\d{2}|\d{1,2}[ \t]?[ap]\.?m\.?)[ \t]{1,3}(?:[–—-][ \t]{1,3})?me\b(?![’'-]))/i),
);
/** Others join the writer, or the writer heads a list of who the candidate meets: "Meenakshi will join us too", "the whole panel (me, Theo and Ana)". */
const WRITER_JOINED = caselessTest(/\b(?:will[ \t]{1,3}(?:also[ \t]{1,3})?(?:join|be joining)[ \t]{1,3}(?:us|me|too)\b|join(?:ing)?[ \t]{1,3}us[ \t]{1,3}(?:as well|too)\b)|\((?:me|myself)[ \t]{0,2}(?:,|and\b|&)/i);
/** The candidate met the writer: "thank you for speaking with me", "it was great meeting you". */
const WRITER_WAS_MET = caselessTest(/\b(?:(?:speaking|talking|meeting|chatting|sitting down) with me|(?:great|lovely|nice|good|pleasure|enjoyed) (?:meeting|speaking with|talking with|to meet|chatting with) you|I (?:\w{1,12} )?(?:enjoyed|liked|appreciated) (?:the|our) (?:\w{1,14} )?(?:conversation|interview|discussion|chat|meeting|talk))\b/i);
/** The writer will meet the candidate: "I'll be interviewing you", "I look forward to meeting you", "see you at 10". */
const WRITER_WILL_MEET = caselessTest(oneByte(/\b(?:I(?:'ll|’ll| will| am|'m|’m) (?:be )?(?:interviewing|meeting|speaking with|talking with|chatting with|joining) (?:you|the call|the interview)|(?:I|we) (?:look forward|am looking forward|are looking forward|'re looking forward|’re looking forward) to (?:meeting|speaking with|talking with|chatting with) you|I(?:'ll|’ll| will) see you|I(?:'ll|’ll| will| shall)[ \t]{1,3}(?:be[ \t]{1,3})?conduct(?:ing)?[ \t]{1,3}(?:it|the[ \t]{1,3}(?:\w{1,14}[ \t]{1,3})?(?:interview|panel|session|conversation|meeting)|along|together|with|myself|personally)|which I(?:'ll|’ll| will| shall)[ \t]{1,3}(?:be[ \t]{1,3})?conduct(?:ing)?)\b/i));
/** A job title after a name: "Hector Alvarado (Farm Manager)", "Noor Al-Amin, Staff Engineer", "Alison Cartwright – Deputy Director". */
const TITLE_AFTER = oneByte(/^[ \t]{0,3}(?:\(|,|[–—-])[ \t]{0,3}(?:our[ \t]|the[ \t]|a[ \t])?([\p{L}&/ -]{2,40})/u);
const titledAt = (sentence: string, m: NameMention) => (TITLE_AFTER.exec(sentence.slice(endOf(m), endOf(m) + 48))?.[1] ?? '').split(/[\s&/,-]+/).some(isTitleWord);
/** A clock time on the name's line or on one of the two lines above it: an itinerary's slot. */
const slottedAt = (sentence: string, m: NameMention) => {
  const around = sentence.slice(Math.max(0, m.at - 240), m.at + 120);
  const at = Math.min(m.at, 240);
  const lineEnd = around.indexOf('\n', at);
  const lines = around.slice(0, lineEnd < 0 ? around.length : lineEnd).split('\n').slice(-3);
  return lines.some((line) => AT_A_TIME.test(line));
};

function sightingOf(sentence: string, m: NameMention, meeting: boolean, afterSignOff: boolean, staff: boolean, group: number): Sighting {
  return { name: m.words.join(' '), meeting, introduced: m.introduced, listed: m.listed, slotted: slottedAt(sentence, m), titled: titledAt(sentence, m), staff, afterSignOff, group };
}

/**
 * The writer speaks of a meeting with the candidate as their own, in words a recruiter's booking rarely
 * uses: "our conversation on Friday", "come in and talk", "pop by the office for a chat", "looking forward to
 * meeting you", "thank you for yesterday", "what a fun chat".
 */
const WRITER_OWN_MEETING = caselessTest(
  oneByte(
    /\b(?:our (?:\w{1,12} )?(?:conversation|chat|interview|talk|meeting|discussion)\b|(?:looking|look) for?ward to (?:meeting|speaking with|talking with|chatting with|seeing) you|(?:meeting|talking|speaking|chatting) with you (?:on|yesterday|today|last|the other)|(?:have|invite|get) you (?:to )?(?:come|pop|stop|drop) (?:in|by|over)|(?:come|pop|stop|swing|drop) (?:in|by|over)\b[^.?!\n]{0,50}?\b(?:and|to|for) (?:a |an )?(?:talk|chat|coffee|conversation)|I(?:'ll|’ll| will) (?:walk|show) you (?:round|around)|(?:pleasure|fun|good|great|lovely|nice) (?:was mine|chat|talk|conversation|meeting you)|(?:thank you|thanks) (?:again |so much )?for (?:yesterday|today|this morning|this afternoon)|(?:enjoyed|loved) (?:meeting you|talking|speaking|chatting)|(?:move|moving|reschedule|rescheduling|push|pushing) our (?:\w{1,12} )?(?:interview|call|meeting|chat))\b/i,
  ),
);
/**
 * The writer proposes the meeting as their own: "I like to invite you for an interview", "can we do the
 * interview tomorrow?", "for me Tuesday is fine", "I'm free any time between 10 and 3".
 */
const WRITER_PROPOSES = caselessTest(
  oneByte(
    /\b(?:I(?:'d|’d| would)?[ \t]{1,3}(?:like|love)[ \t]{1,3}to[ \t]{1,3}(?:invite you|meet you|have a (?:chat|call|talk|coffee)|(?:chat|talk|speak) with you)|(?:can|could|shall)[ \t]{1,3}we[ \t]{1,3}(?:do|meet|have|set up|grab|hop on)\b|for me[ \t,]{1,3}[^.?!\n]{0,40}?\b(?:is|are|works?|would be)[ \t]{1,3}(?:fine|good|ok|okay|best|great|perfect)|I(?:'m|’m| am)[ \t]{1,3}(?:free|around)[ \t]{1,3}(?:on|at|any|all|between|from|this|next|tomorrow|today|mon|tue|wed|thu|fri|sat|sun)|I can do[ \t]{1,3}(?:a |the )?(?:call|chat|video|zoom|teams|mon|tue|wed|thu|fri|sat|sun|\d))/i,
  ),
);
/** A job title in a signature that says the writer schedules or recruits, not that they hire or interview. */
const ARRANGES_TITLE = caselessTest(/\b(?:talent|recruit\w{0,6}|HR|human resources|generalist|people (?:ops|operations|partner|team|&|and)|culture|personalberat\w{0,4}|consultant|search|staffing|coordinator|scheduler|scheduling|assistant|admin\w{0,9}|receptionist|office manager|sourc\w{2,4}|careers|hiring team)\b/i);
const SIGNATURE_TITLE_LINES = 3;
/** The rest of a signer's name before their title on the same line: " Sen | Founder" leaves "| Founder". */
const NAME_BEFORE_TITLE = oneByte(/^[\p{L}'’. -]{0,40}?(?=[,|·(–—-]|$)/u);

/** The job title the writer signs with, from the lines around their name below the sign-off ("Gwen Parry\nHead of Network Planning", "Rajiv Sen | Founder"); none when those lines say they recruit. */
function writerTitleOf(tail: string, writer: string): string | null {
  const lines = tail.split('\n').map((line) => line.trim()).filter((line) => line !== '').slice(0, 8);
  const full = writer.toLowerCase();
  const first = full.split(' ')[0] ?? '';
  // The line with the full name, where a sign-off's first name ("renata") stands above the signature ("Renata Okafor, PhD").
  const withName = (name: string) => lines.findIndex((line) => line.length <= 80 && line.toLowerCase().includes(name));
  const fullAt = withName(full);
  const at = fullAt < 0 ? withName(first) : fullAt;
  const nameLine = lines[at] ?? '';
  const afterName = nameLine.slice(nameLine.toLowerCase().lastIndexOf(first) + first.length).replace(NAME_BEFORE_TITLE, '');
  const around = at < 0 ? lines.slice(0, SIGNATURE_TITLE_LINES) : [afterName, ...lines.slice(at + 1, at + SIGNATURE_TITLE_LINES)];
  // A recruiting line beside the title ("Personalverwaltung / Human Resources" above the school's name) says whose mail it is.
  if (around.some((line) => line.length <= 100 && ARRANGES_TITLE.test(line))) return null;
  return around.find((line) => line.length <= 100 && line.split(/[^\p{L}-]+/u).some(isTitleWord)) ?? null;
}

/** The writer of one message; mail that speaks of no meeting says only what they sign as. */
function writerSighting(name: string, body: string, tail: string, aboutMeeting: boolean): WriterSighting {
  const title = writerTitleOf(tail, name);
  const says = (pattern: { test: (text: string) => boolean }) => aboutMeeting && pattern.test(body);
  return {
    name,
    among: says(WRITER_AMONG) || says(WRITER_JOINED) || says(WRITER_IS_THE_PARTY),
    met: says(WRITER_WAS_MET),
    willMeet: says(WRITER_WILL_MEET),
    ownMeeting: says(WRITER_OWN_MEETING) || says(WRITER_PROPOSES),
    hires: title !== null && !ARRANGES_TITLE.test(title),
  };
}

/** Writers whose mail, over the thread, signs with a hiring title and who speak of meeting the candidate or whom the candidate thanks for the meeting. */
function hiringWritersWhoMeet(writers: readonly WriterSighting[], thankedByCandidate: ReadonlySet<string>): string[] {
  const names = [...new Set(writers.map((w) => w.name))];
  return names.filter((name) => {
    const own = writers.filter((w) => w.name === name);
    return own.some((w) => w.hires) && (own.some(speaksOfMeeting) || thankedByCandidate.has(name.toLowerCase()));
  });
}

/** The names an employer's message gives for the people the candidate meets. */
function readEmployerBody(written: string, sender: Person | undefined, signature: string, into: Reading): void {
  const writer = senderName(sender) ?? signerOf(signature, written);
  const signedOff = beforeSignOff(written, writer);
  const body = asCapitalised(signedOff);
  // "Can you come by tomorrow at 10? 45 min, me and Jun Park": an appointment the writer keeps with someone, without a word for meeting.
  const mailAboutMeeting = MEETING.test(body) || ABOUT_INTERVIEW.test(body) || ((WITH_SOMEONE.test(body) || WRITER_MEETS.test(body)) && AT_A_TIME.test(body));
  // Below the sign-off, or in what reads as the signature, a calendar invitation may follow ("Required attendees: …"): only the model reads it.
  const rawTail = `${written.slice(signedOff.length)}\n\n${signature}`;
  const tail = mailAboutMeeting ? asCapitalised(rawTail) : rawTail;
  const asWriter = writer ? writerSighting(writer, body, tail, mailAboutMeeting) : null;
  // Every writer is one: a director who asks "Can you come to the depot Wednesday at 11?" may be thanked for the meeting later.
  if (asWriter) into.writers.push(asWriter);
  if (!mailAboutMeeting) return;
  const writerLower = writer?.toLowerCase() ?? '';
  const writerFirst = writerLower.split(' ')[0] ?? '';
  const staff = staffOf(body);
  const tailStaff = staffOf(tail);
  // A writer who signs as a recruiter ("Hollie Brennan\nTalent Partner") is staff wherever they do not host a slot of the day.
  if (writer && tailStaff.recruiters.has(writer)) staff.recruiters.add(writer);
  const hostsOnly = (sentence: string, m: NameMention, interviews: boolean, { organisers, recruiters }: { organisers: Set<string>; recruiters: Set<string> }) => {
    const name = m.words.join(' ');
    const line = lineAround(sentence, m.at);
    // A recruiter or the organiser counts in a slot they host; a recruiter on a panel's list, beside the writer, or where the sentence says the candidate meets them, not where they call or write.
    if (hostsASlot(line)) return false;
    if (!recruiters.has(name)) return organisers.has(name);
    return organisers.has(name) || LOGISTICS.test(line) || (!listItem(sentence, m) && !interviews && !afterTheWriter(sentence, m));
  };
  // An owner, a founder or a manager who speaks of meeting the candidate ("pop by the office for a chat", "I look forward to our conversation") meets them.
  if (writer && asWriter?.hires && speaksOfMeeting(asWriter)) into.full.push({ name: writer, kind: 'writer' });
  const sentences = [...sentencesOf(body).map((sentence) => ({ sentence, afterSignOff: false })), ...sentencesOf(tail).map((sentence) => ({ sentence, afterSignOff: true }))];
  let meetingBefore = false;
  const tailCancelled = CANCELLED.test(tail);
  for (const { sentence, afterSignOff } of sentences) {
    if (afterSignOff && tailCancelled) continue;
    const meetingWord = MEETING.test(sentence) || ((WITH_SOMEONE.test(sentence) || PARTY_OF.test(sentence)) && AT_A_TIME.test(sentence));
    // An agenda's slots follow the sentence that introduces them ("here is the itinerary:"): they are about meeting too.
    const aboutMeeting = meetingWord || meetingBefore;
    meetingBefore = meetingWord || ABOUT_INTERVIEW.test(sentence);
    const writerNamed = WRITER_MEETS.test(sentence) || WRITER_IN_LIST.test(sentence);
    const runs = namesIn(sentence);
    // Only a sentence that names someone asks what stands around the names.
    const writerBeside = runs.length > 0 && WRITER_BESIDE.test(sentence);
    const placeLines = runs.length > 0 && PLACE_LABEL.test(sentence);
    const callsOff = runs.length > 0 && CANCELLED.test(sentence);
    const notMeeting = runs.length > 0 && NOT_MEETING.test(sentence);
    const interviews = runs.length > 0 && INTERVIEWS.test(sentence);
    const all = runs.filter(
      (m, i) => !(notMeeting && onNotMeetingLine(sentence, m)) && !(callsOff && calledOffWith(sentence, m)) && !(placeLines && onPlaceLine(sentence, m) && !askedFor(sentence, m)) && !namesAJob(sentence, m) && !namesAnAddress(sentence, m) && !signsOff(sentence, m, writerFirst) && !closesTheMessage(sentence, m) && !namesASlot(sentence, m, runs[i + 1]) && !inATitleAside(sentence, m, runs[i - 1]) && !HEADER_LINE.test(lineAround(sentence, m.at)),
    );
    const group = into.groups++;
    const sightings = all.map((m) => sightingOf(sentence, m, meetingWord || (aboutMeeting && slottedAt(sentence, m)), afterSignOff, hostsOnly(sentence, m, interviews, afterSignOff ? tailStaff : staff) || aContact(sentence, m), group));
    if (into.seen.length < MAX_SIGHTINGS) into.seen.push(...sightings.filter((s) => s.name.includes(' ')));
    if (meetingWord) for (const m of all) if (m.words.length === 1 && !m.honorific) into.firstNamesMeeting.add((m.words[0] ?? '').toLowerCase());
    if (afterSignOff) continue;
    if (!meetingWord && !writerNamed && !writerBeside && !MAY_LIST.test(sentence)) continue;
    const mentions = all.filter((_, i) => !sightings[i]?.staff);
    // "Me and Tomasz Wrona will be there", "Hal and I both…": the writer named beside someone says who meets the candidate.
    const besideWriter = writerBeside ? mentions.filter((m) => besideTheWriter(sentence, m, writerLower)) : [];
    const meeting = meetingWord || besideWriter.length > 0 || (writerNamed && mentions.some((m) => m.introduced));
    if (writer && (((meeting || aboutMeeting) && writerNamed) || besideWriter.length > 0 || WRITER_MET.test(sentence) || runs.some((m) => hostedByTheWriter(sentence, m, writerLower)))) into.full.push({ name: writer, kind: 'writer' });
    if (!meeting && !MAY_LIST.test(sentence)) continue;
    const listLines = new Set(mentions.filter((m) => m.listed && (m.honorific || !isTheWriter(m, writerLower))).map((m) => lineOf(sentence, m.at)));
    const counted = mentions.filter((m) => (m.introduced || besideWriter.includes(m) || joinsTheMeeting(sentence, m) || holdsASlot(sentence, m)) && (meeting || listLines.has(lineOf(sentence, m.at))) && (m.listed ? listLines.has(lineOf(sentence, m.at)) : true));
    readMentions(counted, into, 'employer-named');
  }
}

/** A line that names who sends an invitation: "Organizer: Tan Wei Ling", "Wendy Ong - organiser", "Carla Benedetti has invited you". */
const ORGANISER_LINE = caselessTest(/\borgani[sz]er\b|\bhas invited you\b/i);
/** A recruiting title written after a name: "Emma Kranich, Talent Partner", "Marisol Encinas (HR Generalist)". */
/** A title that arranges the visit rather than interviews: a recruiter's, a scheduler's, a department's administrator ("Ms. Brenda Kowal, our department administrator, will contact you about travel"). */
const RECRUITING = String.raw`\b(?:talent|recruit\w*|HR|human resources|generalist|scheduler|receptionist|(?:department(?:al)?|office|faculty|school|executive|personal|administrative|admin|program(?:me)?)[ \t]{1,3}(?:administrator|assistant)|assistant to)\b`;
const RECRUITING_WORD = caselessTest(new RegExp(RECRUITING, 'i'));
const RECRUITING_TITLE = caselessTest(new RegExp(oneByte(String.raw`^[ \t]{0,3}(?:,|\(|[-–—]|from\b)[^\n]{0,30}?${RECRUITING}`), 'i'));
/** A signature's title line that is a recruiter's: "Talent Partner", "Senior Recruiter, EMEA", "HR Generalist". */
const RECRUITING_LINE = caselessTest(new RegExp(String.raw`^[ \t]{0,4}[^\n]{0,30}?${RECRUITING}`, 'i'));
/** A sentence that has the candidate meet or interview with people, or spend time with them, not only talk to them. */
const INTERVIEWS = caselessTest(new RegExp(String.raw`\b(?:meet(?:s|ings?)?|met|interview(?:s|ed|ing|ers?)?|panel(?:ists?)?|committee|join(?:s|ing)?|sit(?:ting)? in|with:|${SPENT_WITH}|[0-2]?\d[:.][0-5]\d)\b`, 'i'));
/** A line about the day's arrangements rather than its meetings: an arrival, benefits, the journey (flights, a hotel). */
const LOGISTICS = caselessTest(/\b(?:welcome|arrival|wrap-?up|check-?in|benefits|logistics|tour|travel|flights?|hotel|accommodation|expenses)\b/i);
/** A slot of the day someone hosts: a welcome, a tour, a wrap-up, a closing talk, or a meeting with them ("11:00 Meeting with Priya Natarajan, HR Generalist"). docs/corpus-writers.md counts its host, a recruiter too, among the people met. */
const HOSTED_SLOT = caselessTest(/\b(?:welcome|wrap-?up|tour|check-?in|closing (?:talk|meeting|discussion|session)|debrief|(?:meeting|conversation|chat|interview|session|one-on-one|1:1|coffee|lunch)[ \t]{1,3}with)\b/i);
const hostsASlot = (line: string) => HOSTED_SLOT.test(line) && AT_A_TIME.test(line);
const WITH_BEFORE = /\bwith[ \t]{1,3}$/i;
/** The writer, by their first name or in full, as the host of a slot of the day: "2:30-3:00 HR conversation with Ashley" in the invitation Ashley sends. */
const hostedByTheWriter = (sentence: string, m: NameMention, writerLower: string) => {
  const name = m.words.join(' ').toLowerCase();
  if (writerLower === '' || (name !== writerLower && name !== writerLower.split(' ')[0])) return false;
  return WITH_BEFORE.test(sentence.slice(Math.max(0, m.at - 8), m.at)) && hostsASlot(sentence.slice(Math.max(0, m.at - 60), m.at));
};

/** The people a message names as the invitation's organiser, and those it titles as recruiters. */
function staffOf(body: string): { organisers: Set<string>; recruiters: Set<string> } {
  const organisers = new Set<string>();
  const recruiters = new Set<string>();
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    const signer = SIGNER_LINE.exec(line)?.[1];
    // A signature's name line, with its recruiting title on the line below.
    if (signer && RECRUITING_LINE.test(lines[i + 1] ?? '')) recruiters.add(signer);
    const organising = ORGANISER_LINE.test(line);
    if (!organising && !RECRUITING_WORD.test(line)) return;
    for (const m of namesIn(line)) {
      const name = m.words.join(' ');
      if (organising && !/^[ \t]{0,8}(?:required |optional )?(?:guests|attendees|who|with)\b/i.test(line) && !postedGuest(line.slice(endOf(m)))) organisers.add(name);
      if (RECRUITING_TITLE.test(line.slice(endOf(m), endOf(m) + 40))) recruiters.add(name);
    }
  });
  return { organisers, recruiters };
}

/** After a guest's name, a post that is not a recruiter's: "Rupert Ahenkora – Managing Editor, Digital (organiser)" sits on the panel they organise. */
const postedGuest = (afterName: string) => {
  const post = TITLE_AFTER.exec(afterName.slice(0, 48))?.[1] ?? '';
  return post.split(/[\s&/,-]+/).some(isTitleWord) && !RECRUITING_WORD.test(afterName) && !ARRANGES_TITLE.test(afterName);
};

/** A name on a list's line: the line holds the name and its title, not a sentence about them. */
const listItem = (sentence: string, m: NameMention) => {
  if (!m.listed) return false;
  const end = sentence.indexOf('\n', m.at);
  const rest = sentence.slice(m.at, end < 0 ? Math.min(sentence.length, m.at + 200) : Math.min(end, m.at + 200));
  // "Ms. Brenda Kowal, our department administrator, will contact you": a short sentence that opens with a name, not a list's line.
  return rest.split(/\s+/).length <= 12 && !SENTENCE_VERB.test(rest);
};
const SENTENCE_VERB = caselessTest(/\b(?:will|would|can|could|shall|should|is|are|was|has|have)\b/i);
const lineAround = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return text.slice(lineOf(text, at) + 1, end < 0 ? text.length : end);
};

const isTheWriter = (m: NameMention, writerLower: string) => m.words.join(' ').toLowerCase() === writerLower;
const endOf = (m: NameMention) => m.at + m.words.join(' ').length;
const besideTheWriter = (sentence: string, m: NameMention, writerLower: string) =>
  !isTheWriter(m, writerLower) && WITH_WRITER_AFTER.test(sentence.slice(endOf(m), endOf(m) + 96));

/** Words after a run that make it part of a job's or a team's name: "the Underwriting Analyst, Commercial Lines role". */
const JOB_AFTER = caselessTest(/^[ \t]{1,3}(?:role|position|job|opening|vacancy|post|team|department|division|group|programme|program)\b/i);
/** A run that names the place, the work or the paper a plain noun after it qualifies: "the Jurong East outlet", "the Deutsche Bahn project", "a React Native app", "the Background Check Consent form". */
const THING_AFTER = /^[ \t]{1,3}(?:outlet|branch|store|site|office|plant|depot|warehouse|factory|facility|showroom|premises|location|buildings?|tickets?|lease(?:-up)?|project|account|contract|tender|app|apps|codebase|stack|migration|rollout|course|module|workshop|training|forms?|waiver|questionnaire|declaration)\b/;
const onPlaceLine = (sentence: string, m: NameMention) => {
  const lineStart = lineOf(sentence, m.at) + 1;
  return PLACE_LINE.test(sentence.slice(lineStart, Math.min(m.at, lineStart + 40)));
};
/** After a run, what makes it part of an address: a house number, a floor or room, or a town and postcode ("Am Nordhafen 1, 20457 Hamburg", "Admin Block, Level 3", "Punggol Field Walk, Singapore 828742", "Fulton Market, Chicago, IL 60607"). */
const ADDRESS_AFTER = /^(?:[ \t]{1,2}\d{1,5}[a-z]?(?![\d:.]|[ \t]{0,2}[ap]\.?m)\b|,[ \t]{1,2}\d{1,3}(?:st|nd|rd|th)?[ \t]{1,2}(?:floor|level|fl)\b|,[ \t]{1,2}(?:level|floor|suite|room|unit|block|building)[ \t]{1,2}\d|,[ \t]{0,2}\p{Lu}[\p{L}.' -]{1,30}[ \t]\d{4,6}\b|,[ \t]{0,2}[^,\n]{1,30},[ \t]{0,2}(?:\p{Lu}{2,3}[ \t]{1,2})?\d{4,6}\b)/iu;
/** Before a run, a floor or a unit that makes it a building's name: "5th floor, Lodha Supremus", "Level 3, Tower One". */
const ADDRESS_BEFORE = /(?:\b\d{1,3}(?:st|nd|rd|th)?[ \t]{1,2}(?:floor|level|fl)|\b(?:floor|level|suite|unit|block)[ \t]{1,2}\d{1,4}[a-z]?),[ \t]{1,2}$/i;
const namesAnAddress = (sentence: string, m: NameMention) => ADDRESS_AFTER.test(sentence.slice(endOf(m), endOf(m) + 48)) || ADDRESS_BEFORE.test(sentence.slice(Math.max(0, m.at - 24), m.at));
/** Before a first name that signs a message: nothing on its line after a comma's line ("Thanks,\nKendra"), or a closing dash ("Good luck!! – Brooke"). */
/** A sentence that is a dash and a first name: "– Brooke". */
const DASH_SIGNATURE = oneByte(/^[–—-]{1,2}[ \t]{0,3}\p{Lu}[\p{L}'’-]{0,30}[.!]?$/u);
const SIGN_OFF_BEFORE = oneByte(/(?:^[ \t]{0,4}|,[ \t]{0,2}\n[ \t]{0,4}|[!.,)][ \t]{0,3}[–—-]{1,2}[ \t]{0,3})$/);
/**
 * A first name alone that signs the message, or is its writer's own: a writer does not name themselves among
 * the people the candidate meets ("me and Jun Park" says that).
 */
const signsOff = (sentence: string, m: NameMention, writerFirst: string) => {
  if (m.words.length !== 1 || m.honorific) return false;
  if ((m.words[0] ?? '').toLowerCase() === writerFirst || DASH_SIGNATURE.test(sentence.trim())) return true;
  return /^[ \t.!]{0,3}(?:\n|$)/.test(sentence.slice(endOf(m), endOf(m) + 4)) && SIGN_OFF_BEFORE.test(sentence.slice(Math.max(0, m.at - 40), m.at));
};
/** After a run alone on its line, a comma and the signer's line or the message's end: a closing in any language ("Liebe Grüße,\nAnnegret", "Un saludo,"). */
const CLOSING_AFTER = oneByte(/^,[ \t]{0,3}(?:\n[ \t]{0,4}\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]\p{Lu}[\p{L}'’-]{1,24}){0,2}[ \t]{0,3})?\s{0,4}$/u);
const closesTheMessage = (sentence: string, m: NameMention) =>
  /^[ \t]{0,4}$/.test(sentence.slice(lineOf(sentence, m.at) + 1, m.at)) && CLOSING_AFTER.test(sentence.slice(endOf(m), endOf(m) + 60)) && endOf(m) + 60 >= sentence.length;
/** Before a name, what makes them whom the candidate writes to or sends things, not whom they meet: "send to our coordinator, Ms. Renée Coleman,", "contact Priya Shah". */
const CONTACT_BEFORE = caselessTest(/\b(?:send(?:ing)?|sent|e-?mail(?:ing)?|contact(?:ing)?|reach(?:ing)? out to|write to|copy(?:ing)?|cc|forward(?:ing)?|reply to|return (?:it|them|the \w{2,12}) to)\b(?![^.;\n]{0,60}?\b(?:with|meet|by|interview\w*|panel)\b)[^.;\n]{0,60}$/i);
/** A sentence that tells the candidate to ring someone: "Running late? Call our coordinator, Rohan D'Souza, on …". */
const CALL_BEFORE = caselessTest(/(?:^|[\n.!?:][ \t]{0,4})(?:please[ \t]{1,3})?(?:call|phone|ring|text|whatsapp)[ \t]{1,3}(?:our|my)[ \t][^.;\n]{0,30}$/i);
const aContact = (sentence: string, m: NameMention) => {
  const before = sentence.slice(Math.max(0, m.at - 72), m.at).replace(/(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]{1,3}$/, '');
  return CONTACT_BEFORE.test(before) || CALL_BEFORE.test(before);
};
/** A slot's name before a dash and the titled person who holds it: "Incident Response Deep Dive — Siddharth Menon, Site Reliability Engineer". */
const SLOT_DASH = oneByte(/^[ \t]{1,3}[–—-][ \t]{1,3}$/);
const namesASlot = (sentence: string, m: NameMention, next: NameMention | undefined) =>
  next !== undefined && SLOT_DASH.test(sentence.slice(endOf(m), next.at)) && titledAt(sentence, next);
/** After a name, perhaps past where they work or an aside, that they join the meeting: "Renata Cole from HR will join", "Dr. Osei (our clinical lead) is joining too". */
const JOINS_AFTER = caselessTest(
  /^(?:[ \t]{1,3}from[ \t]{1,3}(?:the[ \t]{1,3}|our[ \t]{1,3})?[\w&-]{2,20}(?:[ \t][\w&-]{2,20}){0,2}|[ \t]{0,2}\([^()\n]{1,60}\)|,[^,.;\n]{1,60},)?[ \t]{1,3}(?:will[ \t]{1,3}(?:also[ \t]{1,3})?(?:join|be joining|sit in|be sitting in)|is[ \t]{1,3}(?:also[ \t]{1,3})?joining|joins[ \t]{1,3}(?:us|the))\b/i,
);
const joinsTheMeeting = (sentence: string, m: NameMention) => JOINS_AFTER.test(sentence.slice(endOf(m), endOf(m) + 100));
/** Before a name on its line, a clock time and the slot's name up to a dash: "14:00 Values – ", "10:00am Whiteboard (system design) — ". */
const SLOT_BEFORE = oneByte(/^[ \t]{0,8}(?:[-•*][ \t]{0,4})?(?:\d{1,2}[:.]\d{2}|\d{1,2}[ \t]?[ap]\.?m\.?)[^\n]{0,60}?[ \t][–—-][ \t]{1,3}(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]{1,3})?$/i);
/** The person who holds an itinerary's slot, named with their title after it. */
const holdsASlot = (sentence: string, m: NameMention) => SLOT_BEFORE.test(sentence.slice(lineOf(sentence, m.at) + 1, m.at)) && titledAt(sentence, m);
/** A run inside the title in brackets after a name: "Dr. Henrik Albers (Head of Grid Connection Offshore)" names no second person. */
const inATitleAside = (sentence: string, m: NameMention, previous: NameMention | undefined) => {
  if (previous === undefined) return false;
  const open = sentence.lastIndexOf('(', m.at);
  const aside = sentence.slice(open + 1, m.at);
  return open >= endOf(previous) && /^[ \t]{0,2}$/.test(sentence.slice(endOf(previous), open)) && !/[()\n]/.test(aside) && aside.split(/[\s,&/-]+/).some(isTitleWord);
};
const namesAJob = (sentence: string, m: NameMention) => {
  const after = sentence.slice(endOf(m), endOf(m) + 14);
  // "Sarah Chen's office" is hers: only a run that is no possessive qualifies the thing after it.
  return JOB_AFTER.test(after) || (THING_AFTER.test(after) && !POSSESSIVE.test(m.words.at(-1) ?? ''));
};

/** After a name, perhaps past an aside, the writer beside it: "Hal and I", "Josh and me", "Priya Raman (our lead dev) and I". */
const WITH_WRITER_AFTER = caselessTest(oneByte(/^(?:[ \t]{0,2}\([^()\n]{1,80}\))?[ \t]{0,2}(?:and|&)[ \t]{1,3}(?:I|me|myself)\b(?!['’]|[ \t]{1,3}(?:am|was|will|would|have|had|can|could|shall|should|do|did|must|may|might)\b)/i));
/** Somewhere in a sentence, the writer beside someone: the cheap test before reading its names. */
const WRITER_BESIDE = caselessTest(/\b(?:and|&)[ \t]{1,3}(?:I|me|myself)\b/i);
/** A line that gives a place, not a person: "Location: Midland Forge & Stamping, Plant 2". */
const PLACE_LINE = caselessTest(oneByte(/^[ \t]{0,8}(?:[-•*][ \t]{0,4})?(?:Location|Venue|Where|Address|Place|Site|Directions|Parking|Room)\b[^:\n]{0,20}:/i));
/** Whom the candidate asks for on arrival, on a place's line too: "Location: Plant 2, Gate B – ask for Mariana Cárdenas (Quality Manager)". */
const ASK_FOR = /\bask(?:ing)?[ \t]{1,3}for[ \t]{1,3}(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]{1,3})?$/i;
const askedFor = (sentence: string, m: NameMention) => ASK_FOR.test(sentence.slice(Math.max(0, m.at - 20), m.at));
const PLACE_LABEL = caselessTest(/\b(?:Location|Venue|Where|Address|Place|Site|Directions|Parking|Room)\b[^:\n]{0,20}:/i);

/** The message up to its writer's sign-off: the lines under a signer's name are an address, not people. */
function beforeSignOff(body: string, writer: string | null): string {
  if (!writer) return body;
  const full = writer.toLowerCase();
  const first = full.split(' ')[0] ?? full;
  const lines = body.split('\n');
  const signOff = lines.findLastIndex((line, i) => {
    if (i === 0 || line.length > 60 || !line.toLowerCase().includes(first)) return false;
    const bare = line.trim().replace(/^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]{1,3}){1,2}/i, '').replace(/,[ \t]{0,2}[\p{Lu}.]{2,6}\.?$/u, '').toLowerCase();
    return bare === full || bare === first;
  });
  return signOff < 0 ? body : lines.slice(0, signOff).join('\n');
}

/** Mail written in lower case, with its names capitalised where a person's name stands. */
const asCapitalised = (body: string) => (writtenInLowerCase(body) ? capitaliseNameSlots(body) : body);

const lineOf = (text: string, at: number) => text.lastIndexOf('\n', at);

/** The names in the candidate's own notes: the people met, named in full or referred to, and the recipient thanked for meeting. */
function readOwnerNote(note: { body: string; to: Person[]; cc?: Person[] }, into: Reading): void {
  const body = asCapitalised(note.body);
  const organiser = ORGANISER_THANKS.test(body);
  const recipients = note.to.map(personName).filter((n): n is string => n !== null);
  if (!organiser && THANKS_FOR_MEETING.test(body)) for (const name of [...recipients, ...(note.cc ?? []).map(personName)]) if (name) into.thankedByCandidate.add(name.toLowerCase());
  // Whom the note greets ("Dear Ms. Brooks,") is addressed too, as a quoted note's recipients are not known.
  const greeted = GREETING.exec(body.slice(0, 200))?.[1] ?? '';
  const recipientWords = new Set([...recipients, greeted].flatMap((n) => n.toLowerCase().split(/[\s,.]+/)).filter((w) => w !== '' && w !== 'and'));
  for (const sentence of sentencesOf(body)) {
    if (!MEETING.test(sentence)) {
      if (TWO_CAPITALISED.test(sentence)) into.named.push(...namesIn(sentence).filter((m) => m.introduced && m.words.length >= 2).map((m) => m.words.join(' ')));
      continue;
    }
    const notMeeting = NOT_MEETING.test(sentence);
    const mentions = namesIn(sentence).filter((m) => !(notMeeting && onNotMeetingLine(sentence, m)));
    for (const m of mentions) into.candidateMet.add(m.words.join(' ').toLowerCase());
    // The person written to is addressed, not mentioned: they count only when thanked for the meeting itself.
    readMentions(
      mentions.filter((m) => !m.words.every((w) => recipientWords.has(w.toLowerCase()))),
      into,
      'candidate-named',
    );
    if (!organiser && THANKS_RECIPIENT.test(sentence)) into.full.push(...recipients.map((name): Named => ({ name, kind: 'candidate-thanked' })));
  }
}

/** A note's greeting line and whom it greets: "Dear Ms. Brooks,", "Hi Grace and Marcus,". */
const GREETING = /^[ \t]{0,4}(?:dear|hi|hello|hey)[ \t]{1,3}([^,:\n]{2,60})[,:]?[ \t]{0,4}$/im;

const TWO_CAPITALISED = /\p{Lu}\p{Ll}{1,24}[ \t]\p{Lu}\p{Ll}/u;

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

/** A word that makes a run an organisation's name: "Calyx Therapeutics", "Kallang Quay Hotel Singapore". */
const ORGANISATION_WORD = caselessTest(/\b(?:therapeutics|hotels?|systems|labs?|health|group|holdings|partners|solutions|technologies|tech|bio\w{0,8}|pharma\w{0,6}|software|studios?|media|capital|ventures|consulting|foods?|farms?|energy|robotics|analytics|logistics|motors|industries|insurance|bank|inc|ltd|llc|gmbh|co)\b/i);

const HONORIFIC_WORD = /^(?:dr|dra|mr|mrs|ms|mx|miss|prof|professor|sra|mme)\.?$/;

const MAX_LOWER_CASE_LOOKUPS = 12;
// Every name is compared with every other: a mail that names hundreds (a directory, a hostile text) is read up to these.
const MAX_SIGHTINGS = 240;
const MAX_CANDIDATES = 40;
/** A name the model gives at least this is one it is sure of. */
const SURE = 0.9;

/** Strongest first: a list is only as sure as its least sure name. */
const SOURCE_STRENGTH: readonly Source[] = ['employer-named', 'candidate-thanked', 'writer', 'candidate-named', 'resolved'];

/** The evidence kind of a list: by its size when the employer's mail names everyone on it, else by its least sure source. */
function kindOf(weakest: Source, size: number): InterviewerKind {
  if (weakest !== 'employer-named' && weakest !== 'writer') return weakest;
  return size === 1 ? 'employer-one' : size === 2 ? 'employer-pair' : 'employer-several';
}

const buildPatterns = builtOnFirstUse(() => [NAME_BEFORE_TITLE, THING_AFTER, PARTY_OF, THANKS_FOR_MEETING.pattern, WRITER_OWN_MEETING.pattern, WRITER_PROPOSES.pattern, WRITER_JOINED.pattern, WRITER_IS_THE_PARTY.pattern, ARRANGES_TITLE.pattern, WRITER_AMONG, WRITER_WAS_MET.pattern, WRITER_WILL_MEET.pattern, TITLE_AFTER, MEETING.pattern, AT_A_TIME.pattern, WITH_SOMEONE, NOT_MEETING.pattern, WRITER_MEETS.pattern, WRITER_IN_LIST, ORGANISER_THANKS.pattern, THANKS_RECIPIENT.pattern, WRITER_MET.pattern, MAY_LIST, ABOUT_INTERVIEW.pattern, SENTENCE_END, SIGNER_LINE, FORWARD_HEADER_LINES, FORWARDED_FROM, HISTORY_STARTS, TO_HEADER, WROTE_FROM, WROTE_LINE, QUOTE_MARKS, MAIL_RULE, ORGANISER_LINE.pattern, RECRUITING_TITLE.pattern, RECRUITING_WORD.pattern, SENTENCE_VERB.pattern, INTERVIEWS.pattern, LOGISTICS.pattern, HOSTED_SLOT.pattern, JOB_AFTER.pattern, ADDRESS_AFTER, SIGN_OFF_BEFORE, CLOSING_AFTER, CONTACT_BEFORE.pattern, WITH_WRITER_AFTER.pattern, WRITER_BESIDE.pattern, PLACE_LINE.pattern, PLACE_LABEL.pattern, GREETING, TWO_CAPITALISED, ORGANISATION_WORD.pattern, HONORIFIC_WORD, RECRUITING_LINE.pattern, CALL_BEFORE.pattern, CANCELLED.pattern, CANCELLED_BEFORE.pattern, WRITER_AND, HEADER_LINE, ADDRESS_BEFORE, ASK_FOR, WITH_BEFORE, JOINS_AFTER.pattern, LOWER_CASE_SIGNER_LINE, TEAM_WORD, SLOT_BEFORE]);

/** A person the mail names, what the model of interviewer-model.ts reads around them, and how likely they are one the candidate meets. */
export interface ScoredPerson {
  name: string;
  features: number[];
  probability: number;
}

/** `read` with each name's answer kept for the rest of one thread's reading. */
function remembered<T>(read: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = read(name);
      answers.set(name, answer);
    }
    return answer;
  };
}

/** The interviewers as one candidate list, of the kind of its least sure name; corroborated when some name comes from two kinds. */
export function rankInterviewers(evidence: PeopleEvidence): Ranked<string[], InterviewerKind>[] {
  return readInterviewers(evidence).ranked;
}

/**
 * The people the phrase rules find, and every other person the employer's mail names or who wrote it, each
 * scored by the model; those it finds likely make the list. The list keeps the rules' kind when the model
 * agrees with them, and is of kind "scored" when it adds or drops someone.
 */
export function readInterviewers(evidence: PeopleEvidence): { ranked: Ranked<string[], InterviewerKind>[]; people: ScoredPerson[] } {
  buildPatterns();
  const reading: Reading = { full: [], short: [], named: [], seen: [], writers: [], firstNamesMeeting: new Set(), candidateMet: new Set(), thankedByCandidate: new Set(), groups: 0 };
  evidence.employerBodies.forEach((body, i) => readEmployerBody(body, evidence.employerSenders?.[i], evidence.employerSignatures?.[i] ?? '', reading));
  for (const note of evidence.ownerNotes) {
    readOwnerNote(note, reading);
    // The employer's mail the candidate forwards to a friend or mentor still names who they meet.
    if (note.forwarded) for (const mail of mailsOf(note.forwarded)) readEmployerBody(mail.body, mail.sender, mail.signature, reading);
  }
  if (evidence.histories) readHistory(evidence.histories, evidence, reading);
  // A founder signs their first mail and proposes the interview in a later, unsigned one, or the candidate thanks them for it: the thread, not one message, says they hire and meet.
  for (const writer of hiringWritersWhoMeet(reading.writers, reading.thankedByCandidate)) reading.full.push({ name: writer, kind: 'writer' });

  const key = remembered(normalizeKey);
  const ownerKey = key(evidence.owner.name);
  const ownerWords = new Set(evidence.owner.name.toLowerCase().split(/\s+/).filter((w) => w.length > 1));
  const companyKey = key(evidence.company ?? '');
  const roleWords = oneByte(` ${(evidence.role ?? '').toLowerCase().split(/[^\p{L}'’-]+/u).join(' ')} `);
  // A one-word "company" that is a name's first word ("Martin" of "Martin Heseltine") is that person's first name, taken for a company.
  const firstNameOnly = (words: string[]) => !/\s/.test((evidence.company ?? '').trim()) && key(words[0] ?? '') === companyKey && !ORGANISATION_WORD.test(words.slice(1).join(' '));
  const domains = [...new Set(evidence.participants.map((p) => key((p.email ?? '').split('@')[1] ?? '')))];
  const notInterviewer = (name: string) => {
    const k = key(name);
    const words = name.toLowerCase().split(' ');
    // "Mr Hafiz Rahman" is the owner "Hafiz Rahman" too.
    const bare = words.filter((w) => !HONORIFIC_WORD.test(w));
    if (!looksLikePerson(name) || namesPremisesOrPlace(name) || namesAFirm(words) || (ownerKey && (k === ownerKey || (bare.length > 0 && bare.every((w) => ownerWords.has(w))))) || roleWords.includes(` ${words.join(' ')} `)) return true;
    return (companyKey !== '' && (companyKey.includes(k) || (k.includes(companyKey) && !firstNameOnly(words)))) || domains.some((d) => d.length > 3 && d.includes(k));
  };
  // The same few names are asked about once per mention.
  const isNotInterviewer = remembered(notInterviewer);

  const participantNames = evidence.participants.map(personName).filter((n): n is string => n !== null);
  // A first name in a sentence about meeting ("Samuel and I both enjoyed it") may be one a guest list or a signature writes in full.
  const known = [...reading.full.map((n) => n.name), ...reading.named, ...participantNames, ...reading.seen.filter((s) => s.introduced).map((s) => s.name)].filter((n) => !isNotInterviewer(n));
  const found: string[] = [];
  const kinds = new Map<string, Set<Source>>();
  const add = (name: string | null, kind: Source) => {
    if (!name || isNotInterviewer(name)) return;
    // "Ana Lucía" and "Ana Lucía Robles" are one person: the longer writing stands for both.
    const at = found.findIndex((f) => key(f) === key(name) || partOf(name, f) || partOf(f, name));
    const existing = found[at];
    let kept = name;
    if (existing === undefined) found.push(name);
    else if (partOf(existing, name) && key(existing) !== key(name)) {
      found[at] = name;
      kinds.set(key(name), kinds.get(key(existing)) ?? new Set());
    } else kept = existing;
    const of = kinds.get(key(kept)) ?? new Set();
    of.add(kind);
    kinds.set(key(kept), of);
  };
  for (const named of reading.full) add(named.name, named.kind);
  const lowerCaseMail = evidence.employerBodies.filter(writtenInLowerCase).join('\n');
  // A surname the candidate writes with an honorific, found in the employer's lower-case mail ("our gm meera fernandes"):
  // not a first name, which lower-case prose puts after any verb ("told priya"). Each reads the mail once, and only a few do.
  const lowerCaseNames = new Map<string, string | null>();
  const inLowerCase = (reference: string) => {
    if (!lowerCaseMail || !reading.surnames?.has(reference)) return null;
    if (!lowerCaseNames.has(reference) && lowerCaseNames.size < MAX_LOWER_CASE_LOOKUPS) lowerCaseNames.set(reference, firstNameInLowerCase(reference, lowerCaseMail));
    return lowerCaseNames.get(reference) ?? null;
  };
  for (const reference of reading.short) add(resolve(reference, known) ?? inLowerCase(reference), 'resolved');

  const people = candidatesOf(found, reading, isNotInterviewer);
  const participants = new Set(participantNames.map((n) => n.toLowerCase()));
  const ruled = new Set(found.map((n) => n.toLowerCase()));
  const ruledGroups = new Map<number, string[]>();
  for (const s of reading.seen) if ([...ruled].some((r) => partOf(s.name, r) || partOf(r, s.name))) ruledGroups.set(s.group, [...(ruledGroups.get(s.group) ?? []), s.name]);
  const context = { ruled, ruledGroups, writers: reading.writers, firstNamesMeeting: reading.firstNamesMeeting, candidateMet: reading.candidateMet, thankedByCandidate: reading.thankedByCandidate, participants };
  const scored = people.map((name): ScoredPerson => {
    const features = featuresOf(name, reading.seen, context);
    return { name, features, probability: meetsProbability(features) };
  });
  const meets = scored.filter((p) => p.probability >= MEETS_THRESHOLD).map((p) => p.name);
  if (meets.length === 0) return { ranked: [], people: scored };
  const agrees = meets.length === found.length && meets.every((name, i) => name === found[i]);
  // The rules' list with a name the model is not sure of (a recruiter, a host, a run that may be no name) is right far less often.
  if (agrees && scored.some((p) => p.probability >= MEETS_THRESHOLD && p.probability < SURE)) return { ranked: [{ value: found, kind: 'doubted', corroborated: false }], people: scored };
  if (!agrees) return { ranked: [{ value: meets, kind: 'scored', corroborated: meets.some((name) => (kinds.get(key(name))?.size ?? 0) >= 2) }], people: scored };
  const strongest = found.map((name) => SOURCE_STRENGTH.findIndex((kind) => kinds.get(key(name))?.has(kind)));
  const kind = kindOf(SOURCE_STRENGTH[Math.max(...strongest)] ?? 'resolved', found.length);
  return { ranked: [{ value: found, kind, corroborated: found.some((name) => (kinds.get(key(name))?.size ?? 0) >= 2) }], people: scored };
}

/** The rules' names, then each other full name the employer's mail writes and each of its writers, once per person (the longest writing the text gives). */
function candidatesOf(found: string[], reading: Reading, isNotInterviewer: (name: string) => boolean): string[] {
  const people = [...found];
  const named = [...reading.seen.map((s) => ({ name: s.name, inText: !s.afterSignOff })), ...reading.writers.map((w) => ({ name: w.name, inText: false }))];
  for (const { name, inText } of named) {
    if (people.length >= MAX_CANDIDATES) break;
    if (isNotInterviewer(name)) continue;
    const at = people.findIndex((p) => partOf(name, p) || partOf(p, name));
    const existing = people[at];
    if (existing === undefined) people.push(name);
    // A signature's longer writing ("Mariana Olvera Campos") does not replace the one the text gives ("Mariana Olvera").
    else if (name.length > existing.length && (inText || !found.includes(existing))) people[at] = name;
  }
  return people;
}
