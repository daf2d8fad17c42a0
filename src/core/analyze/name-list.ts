// Names as one line of mail writes them: "Dr. Renata Albescu", "Yuki Brennan-Tate", "Goh Mei Ling",
// "Rosa Inés Albarrán". A line is cut into runs of capitalised words joined by single blanks (a name
// never runs on across a line break or a comma), each run matched once where it stands, so the cost is
// linear in the line; then the words that are not a name's (sentence openers, titles, places) are cut
// off the run, and what stays is a name.
import { builtOnFirstUse } from '../caseless';
import { isTitleHead, isTitleWord, looksLikePerson, TITLE_AND_FIRST_NAME } from './names';
import { oneByte } from '../one-byte';
import { keptAnswers } from './kept';
import { matchesOf } from '../matches';

// "Prof. Dr. Sabine Hollmann", "Dr.-Ing. Malte Kirchhoff": German titles stack; "Ing. Rodrigo Sepúlveda" is an engineer's, "Dra. Paulina Echeverría" a woman doctor's.
// Spanish and Italian mail titles graduates ("Lic. Pablo Araya", "Arq.", "Dott.ssa"); "Professors" and "Drs" title two names at once.
// Indian mail writes "Sri." and "Smt." before a name, always with its dot: without it, "Sri" is a first name ("Sri Mulyani").
export const HONORIFIC = String.raw`(?:(?:(?:Dr|Dra|Drs|Mr|Mrs|Ms|Mx|Miss|Prof|Profs|Professor|Professors|Hon|Judge|Herr|Frau|Sra|Srta|Mme|Mlle|Ing|Lic|Licda|Licdo|Arq|Dott|Dott\.ssa|Avv|Capt|Rev|Sir|Dame|Cllr)(?:\.-Ing)?\.?(?:[ \t]\(Ret\.?\))?|(?:Sri|Shri|Smt)\.)[ \t]){1,2}`;
/** A capitalised word, but not an honorific that opens the next name ("Superintendent Dr. Kenneth Abara"). */
const WORD = oneByte(String.raw`(?!(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof|Sra|Mme)\.)\p{Lu}['’]?\p{L}[\p{L}'’]{0,24}(?:-\p{L}[\p{L}'’]{0,24})?`);
/** A middle initial: "Harold J. Stensland", "Mary K. Lee". */
const INITIAL = String.raw`\p{Lu}\.`;
/** The lower-case words inside many names: "Anouk de Vries", "Nurul Huda binte Rahman", "Ludwig van der Berg". */
const PARTICLE = String.raw`(?:de|da|di|du|del|della|der|den|van|von|ter|ten|bin|binti|binte|al|el|dos|das)`;
/**
 * One run: an optional honorific and up to six capitalised words on one line. Built as native code at its
 * first use, in one go: its bytecode, for all its letter classes, cost more (see ../caseless.ts); not as
 * the module loads, which a woken worker that answers from a kept analysis pays without ever reading a name.
 */
const RUN = new RegExp(String.raw`(?:(?<honorific>${HONORIFIC})(?<particle>(?:${PARTICLE}[ \t]){0,2})(?<initials>(?:${INITIAL}[ \t]){0,2}))?(?<words>${WORD}(?:[ \t](?:${PARTICLE}[ \t]){0,2}(?:${INITIAL}[ \t])?${WORD}){0,5})`, 'gu');
const buildPatterns = builtOnFirstUse(() => [RUN, CREDENTIAL, POST_OF, MIDDLE_INITIAL, SENTENCE_ADVERB, DASH_TITLE, LEAD_IN, TITLE_THEN_NAME, GENDER_TAG_BEFORE, QUALITY_ADJECTIVE, LIST_SEPARATOR, LINE_PREFIX, LIST_FOLLOWS, ROSTER_HEADING, JOINS_AFTER]);
/** The last word or mark before a run, across a line break: what introduces the name. */
const LEAD_IN = /(?:(?<word>[\p{L}-]{1,20})|(?<mark>[^\s\p{L}]))\s{0,4}$/u;
/** Capitalised words that open sentences or name things other than people. */
const NOT_A_NAME_WORD = new Set(
  `a an and the our your their my his her its this that these those we you i he she they it me us him them if as at on in of for with to from by but or so then also
  hallo hola bonjour after before during afterwards both each all any please thank thanks thankyou dear hi hello hey good morning afternoon evening welcome congratulations
  meet meeting met join joining lunch coffee conversation interview interviews interviewer interviewers panel panelist committee selection who what when where
  required attendees attendee optional reporting closing opening case lab tour technical pair programming product mock session presentation discussion
  chat call video phone onsite virtual in-person round final first second third next day week today tomorrow yesterday
  january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun feb mar apr jul aug sep sept oct nov dec
  zoom google microsoft teams meet webex skype whatsapp linkedin calendly greenhouse lever workday ashby icims taleo
  office school house health bank board act notice policy foundation trust council group partners labs capital centre center hospital university college
  institute street road avenue plaza building room suite floor level campus hall department services program programme project fund society association
  agency authority company corporation inc ltd llp llc gmbh plc pty ag sa bv team division unit clinic studio lab laboratory network alliance
  regards best sincerely cheers warmly note privacy equal opportunity confidentiality merry christmas happy holidays year
  raya puasa aidilfitri aidiladha al-fitr al-adha ramadan deepavali diwali hanukkah easter thanksgiving vesak pongal songkran
  solutions systems hub union credit litigation sector pharma civil tools distribution financial studies sciences affairs relations humanities
  ave avenue st street rd road blvd boulevard lane ln way drive court ct place pl square sq parkway pkwy highway hwy lot gate entrance reception lobby
  tower park city county courthouse station terminal jalan time standard daylight no number am pm
  str strasse straße bldg blk jln point travel airlines airways rail
  overview introduction intro assessment exercise test exam assignment task workshop seminar orientation induction onboarding briefing debrief walkthrough
  review requisition card certificate licence license passport visa form together about into over under through within without across`
    .split(/\s+/)
    .filter(Boolean),
);
/** Letters after a name that are a degree or a generation, not a word of it: "MBA", "PhD", "Jr", "III". */
const CREDENTIAL = /^(?:\p{Lu}{2,6}|Ph\.?D|M\.?Sc|B\.?Sc|M\.?Phil|D\.?Phil|Jr|Sr|Esq)\.?$/u;
/** A title's head and "of" before a run: what the run opens with is the post's field ("Director of Finance …"). */
const POST_OF = /\b(\p{L}{2,20})[ \t]of[ \t]$/u;
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
/** Words of places and platforms that are surnames too, after a first name: "Jun Park", "Kevin Ashby", "Martha Hall". */
const SURNAME_TOO = new Set(['park', 'hall', 'lane', 'ashby', 'lever', 'greenhouse']);
/** Words before a run that make it a place, a platform or an organisation, not a person ("in Surry Hills", "on Google Meet", "of Transit Technology", "our Roma Norte studio"). */
const PLACE_BEFORE = new Set(['in', 'at', 'on', 'of', 'from', 'via', 'near', 'into', 'the', 'for', 'a', 'an', 'our', 'your', 'their', 'my', 'its', 'this', 'that', 'old', 'new']);
/** Going somewhere names a place after "to": "coming out to Wetherill Park", "bring you to San José". */
const TRAVEL_TO = /\b(?:come|coming|came|bring|bringing|travel\w{0,4}|fly|flying|drive|driving|head\w{0,3}|go|going|get|getting|relocat\w{0,4}|mov\w{1,4}|out|over|back|down|up|way|visit\w{0,3}|trip|route)(?:[ \t]{1,3}(?:you|us|him|her|them))?[ \t]{1,3}to\s{0,4}$/i;
/** Before a dash that introduces a name, a word in lower case: "the hiring team – Karthik Subramanian", "1:00 PM  Portfolio walkthrough – Ruth Abernethy-Cole", the writer's own slot "9:00  Me – Gareth Lindqvist". */
const DASH_LEAD = oneByte(/(?:^|[^\p{L}'’-])(?:\p{Ll}[\p{Ll}'’-]{0,20}|Me)$/u);
/** Before a dash, a title the writer's own word introduces: "Conversation with the Plant Director – Henrike Stolz" (not a name's title, "Senior Manager – Tenant Relations"). */
const DASH_TITLE = /\b(?:the|our|my|their|your)[ \t](?:\p{Lu}[\p{L}-]{1,20}[ \t]){0,3}(\p{Lu}[\p{L}-]{1,20})$/u;
/** Marks that introduce a person: a label ("Panel: ") or a list's separator ("; ", " + "). */
const NAME_MARKS = new Set([':', ';', '+']);

export interface NameMention {
  /** The name's words, without honorific. */
  words: string[];
  /** Where the name starts in the text. */
  at: number;
  /** Written with an honorific ("Dr. Varga"): a surname alone is a name then. */
  honorific: boolean;
  /**
   * Introduced as a person is: with an honorific, after a word such as "with", "and" or "our trustee,",
   * or after a label. Not so a run inside parentheses or in a title's slot ("Raman, Claims Analytics").
   */
  introduced: boolean;
  /** Opens a line of a list or an agenda ("- Lisa Moreau-Kingsley, Associate Director"). */
  listed: boolean;
}

/** A name's possessive ending: "Sarah Chen's office". */
export const POSSESSIVE = oneByte(/['’]s$/);
const CONTRACTION = oneByte(/['’](?:m|re|ll|ve|d|s)$/i);
const bare = (word: string) => word.toLowerCase().replace(POSSESSIVE, '');
/** A sentence adverb that opens a run: "Unfortunately Gareth Pryce will be travelling", "Additionally". */
const SENTENCE_ADVERB = /^\p{L}{4,}(?:ately|ically|ously|ively|fully|ingly|edly|ally|ably|ibly|ently|antly)$/u;
/** A clock's half of the day, written in capitals before a name. */
const CLOCK_WORD = /^[AaPp]\.?[Mm]\.?$/;
/** A long word's singular ("Programmes", "Assessments"): short plurals are often surnames ("Banks", "Parks"). */
const singular = (word: string) => (word.length >= 7 && word.endsWith('s') ? word.slice(0, -1) : word);
/** An adjective of a skill or a quality, which no name holds: "Making Effective Decisions", "React Native", "Creative Director". */
const QUALITY_ADJECTIVE = /^\p{L}{2,}(?:tive|sive)$/u;
const isStopWord = (word: string) => {
  const lowered = bare(word);
  // Each pattern's suffixes end in "ly" or "ive": a word without that ending is tested against neither.
  return NOT_A_NAME_WORD.has(lowered) || NOT_A_NAME_WORD.has(singular(lowered)) || (word.endsWith('ly') && SENTENCE_ADVERB.test(word)) || (word.endsWith('ive') && QUALITY_ADJECTIVE.test(word));
};
/** A word a name may hold: not a title word, which looksLikePerson knows, and not all capitals. */
const isNameWord = keptAnswers((word: string) => !isStopWord(word) && /\p{Ll}/u.test(word) && !CONTRACTION.test(word) && looksLikePerson(`${word} ${word}`));

function insideParentheses(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(Math.max(lineStart, at - 200), at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** A title the writer's own word introduces, then the name: "our Senior Advocate, Bronwyn Tate", "the Head of Fundraising, Rachel Dunmore", "our lead PT, Arturo Benitez". */
const TITLE_THEN_NAME = /\b(?:[Oo]ur|[Mm]y|[Tt]heir|[Tt]he)[ \t]((?:(?:\p{L}[\p{L}&-]{0,20}|&)[ \t]){0,5}\p{Lu}[\p{L}-]{0,20})\s{0,4},\s{0,4}$/u;
/** What stands between "our" and the comma is a post ("the Head of Front Office", "our Senior Advocate"), not a room ("the Board Room, Admin Block"). */
function namesAPost(phrase: string | undefined): boolean {
  if (phrase === undefined) return false;
  const words = phrase.split(/[ \t]/);
  return words.some(isTitleWord) || !isStopWord(words.at(-1) ?? '');
}
/** A job's gender tag before a comma: what follows is the job's place, not a person ("Store Manager (m/w/d), Leipzig Hauptbahnhof"). */
const GENDER_TAG_BEFORE = /\([mfwdx]\/[mfwdx]\/[mfwdx]\)\s{0,4},\s{0,4}$/i;

/** Between two names of one list, perhaps after the first one's title: "Priya Natarajan, Tom Becker", "Carmen Oyelowo (News Director), Ray Deschenes". */
const LIST_SEPARATOR = /^[ \t]{0,3}(?:\([^()\n]{1,60}\)[ \t]{0,3})?(?:,|;|&|\+)[ \t]{0,3}(?:and[ \t]{1,3})?$/;

/** What may stand on a line before an agenda's or a list's name: a bullet, a time or a time range. */
const LINE_PREFIX = oneByte(/^[ \t]{0,12}(?:[-•*–·][ \t]{0,4})?(?:\d{1,2}(?:[:.]\d{2})?[ \t]{0,4}(?:[ap]\.?m\.?)?(?:[ \t]{0,4}[-–—][ \t]{0,4}\d{1,2}(?:[:.]\d{2})?[ \t]{0,4}(?:[ap]\.?m\.?)?)?[ \t]{0,4}[-–—:]?[ \t]{0,4})?$/i);
/** What follows a listed name: its title in parentheses or after a comma or dash, the next name, or the line's end. */
const LIST_FOLLOWS = oneByte(/^[ \t]{0,4}(?:\((?![a-z]{2,4}\/)|,|;|[-–—]|and\b|&)/);
/** A bullet, a time or an indent: a name alone on such a line is listed, a bare name alone on a line signs a message. */
const MARKED_PREFIX = /\S|^[ \t]{2}/;

/** A name that opens its line, after at most a bullet or a time, and is followed as a listed name is. */
function opensListLine(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const prefix = text.slice(lineStart, at);
  if (!LINE_PREFIX.test(prefix)) return false;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return LIST_FOLLOWS.test(rest.slice(0, 8)) || (rest.trim() === '' && (MARKED_PREFIX.test(prefix) || underRosterHeading(text, lineStart)));
}

/** A heading over a list of people, as calendar invitations write it: "Guests", "Attendees:", "Who". */
const ROSTER_HEADING = /^[ \t]{0,8}(?:guests|attendees|participants|invitees|who|panel(?:ists)?|interviewers?|(?:required|optional)(?: guests| attendees)?)[ \t]{0,2}:?[ \t]{0,4}$/i;
/** A line of a roster: a name or an address, perhaps with its role ("Pooja Nair - organizer"). */
const ROSTER_LINE = /^[ \t]{0,8}[^\s.!?][^.!?\n]{0,80}$/;
const ROSTER_LOOKBACK = 12;

/** The line at `lineStart` follows a roster's heading, with only roster lines between. */
function underRosterHeading(text: string, lineStart: number): boolean {
  const before = text.slice(Math.max(0, lineStart - 1_200), Math.max(0, lineStart - 1)).split('\n').slice(-ROSTER_LOOKBACK).reverse();
  for (const line of before) {
    if (ROSTER_HEADING.test(line)) return true;
    if (!ROSTER_LINE.test(line)) return false;
  }
  return false;
}

/** An aside that opens with a person and their title: "(Svetlana Ivanova, Lead Engineer)", "(Kemal Arslan – head chef)". */
const PERSON_IN_ASIDE = oneByte(/^[^(),\n]{3,60}?(?:,|[ \t][–—-][ \t])([^()\n]{2,60})\)/);
/** An aside that lists a panel: "The whole panel (Kevin Marsh, Aaliyah Bruner and I)", "both interviewers (Ola Berg, Ivo Petrov)". */
const PANEL_BEFORE = /\b(?:panel(?:ists)?|interviewers?|committee|both of us|all of us)[ \t]{0,3}\($/i;
const personInAside = (text: string) => PERSON_IN_ASIDE.exec(text)?.[1]?.split(/[\s,&/]+/).some(isTitleWord) === true;

const EN_DASH = oneByte('–');
const EM_DASH = oneByte('—');
const DASH_BEFORE = oneByte(/[ \t]{0,4}[-–—][ \t]{0,4}$/);

/** Whether what precedes the name at `at` introduces a person; in an aside, only a person given with a title, or after "by" or "with". */
function introducedAt(text: string, at: number): boolean {
  const lead = LEAD_IN.exec(text.slice(Math.max(0, at - 40), at));
  if (insideParentheses(text, at)) return lead?.groups?.mark === '(' ? personInAside(text.slice(at, at + 124)) || PANEL_BEFORE.test(text.slice(Math.max(0, at - 40), at)) : /^(?:by|with)$/.test(lead?.groups?.word ?? '');
  const word = lead?.groups?.word;
  const mark = lead?.groups?.mark;
  if (word === '-' || mark === EN_DASH || mark === EM_DASH) {
    const beforeDash = text.slice(Math.max(0, at - 80), at).replace(DASH_BEFORE, '');
    return DASH_LEAD.test(beforeDash) || isTitleHead(DASH_TITLE.exec(beforeDash)?.[1] ?? '');
  }
  if (word) return /^\p{Ll}/u.test(word) && !PLACE_BEFORE.has(word) && !(word === 'to' && TRAVEL_TO.test(text.slice(Math.max(0, at - 40), at)));
  if (mark === ',') {
    const lead = text.slice(Math.max(0, at - 60), at);
    if ((/\)\s{0,4},\s{0,4}$/.test(lead) && !GENDER_TAG_BEFORE.test(lead)) || namesAPost(TITLE_THEN_NAME.exec(lead)?.[1])) return true;
    const beforeComma = /([\p{L}-]{1,20})\s{0,4},\s{0,4}$/u.exec(lead)?.[1] ?? '';
    return /^\p{Ll}/u.test(beforeComma) && !PLACE_BEFORE.has(beforeComma);
  }
  // Terse notes write "with" as "w/": "onsite w/ Karen Liu + Deepak Rao".
  if (mark === '/') return /\bw\/[ \t]{0,4}$/i.test(text.slice(Math.max(0, at - 8), at));
  return mark !== undefined && NAME_MARKS.has(mark);
}

/** After a name, that the person joins the meeting: "Ho-jin Park our practice manager will join us", "Ines Duarte (CFO) is joining". */
const JOINS_AFTER =
  /^(?:,[^,.\n]{1,40},|[ \t]{0,2}\([^)\n]{1,40}\)|[ \t](?:our|my|the)[ \t][^,.\n]{1,30}?)?[ \t]{1,3}(?:will[ \t]{1,3}(?:also[ \t]{1,3})?(?:join|be joining|sit in|interview)|is[ \t]{1,3}(?:also[ \t]{1,3})?(?:joining|interviewing)|joins)\b/i;

/** The words of a run, which single blanks or tabs part: `run.split(/[ \t]/)` without a pattern's cost. */
const blankSeparated = (run: string) => (run.includes('\t') ? run.replaceAll('\t', ' ') : run).split(' ');

/** The names a text mentions, in order. A run with a title word or an organisation's word in it is a title, not a name. */
export function namesIn(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  let previousEnd = -1;
  let previousContinued = false;
  buildPatterns();
  for (const m of matchesOf(RUN, text)) {
    // "Mr de Vries": a particle may open a surname an honorific introduces.
    const particle = (m.groups?.particle ?? '').trim();
    // "Prof. S. R. Gokhale": after an honorific, a name may open with its initials.
    const initials = (m.groups?.initials ?? '').trim();
    const words = [...(particle ? blankSeparated(particle) : []), ...(initials ? blankSeparated(initials) : []), ...blankSeparated(m.groups?.words ?? '')];
    const honorific = Boolean(m.groups?.honorific);
    let start = 0;
    if (!honorific) while (start < words.length && isStopWord(words[start] ?? '')) start++;
    // A run of sentence openers and the like ("Thanks", "Please", "The") names no one.
    if (start === words.length) continue;
    // A name stops at its end: credentials after it ("Tom Baker MBA", "Ana Ruiz PhD") are no part of it.
    let last = words.length;
    while (last - start > 2 && CREDENTIAL.test(words[last - 1] ?? '')) last--;
    // A title before the name introduces it: "Ops Director Martin Hale", "Councillor Dorothy Fenwick"; not a first name that is a title too ("Dean Kowalczyk").
    const lastTitle = words.findLastIndex((w, i) => i >= start && i < last - 1 && isTitleHead(w) && !(i === last - 2 && TITLE_AND_FIRST_NAME.has(w.toLowerCase())));
    let titled = !honorific && lastTitle >= 0 && words.slice(lastTitle + 1, last).every(isNameWord);
    if (titled) start = lastTitle + 1;
    const isWordOfName = (w: string, i: number) => isNameWord(w) || (i > start && SURNAME_TOO.has(bare(w))) || (i === last - 2 && TITLE_AND_FIRST_NAME.has(w.toLowerCase())) || ((i > start || honorific) && i < last - 1 && MIDDLE_INITIAL.test(w));
    // A post's field before the name ("our Head of Projects Matthias Kranz" holds the run "Projects Matthias Kranz"): the name follows it.
    if (!honorific && !titled && (start > 0 || last >= 3) && isTitleWord(POST_OF.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '')) {
      start = Math.max(start, 1);
      while (last - start > 2 && isTitleWord(words[start] ?? '')) start++;
      titled = true;
    }
    const name = words.slice(start, last);
    // "Chef de Cuisine": a name opens with a capital, not with the particle a title left behind (an honorific's particle aside).
    if (name.length === 0 || name.length > 4 || !name.every((w, i) => isWordOfName(w, i + start)) || !(/^\p{Lu}/u.test(name[0] ?? '') || (honorific && particle))) continue;
    const tail = words.slice(last).join(' ');
    const end = m.index + m[0].length - (tail ? tail.length + 1 : 0);
    const at = end - name.join(' ').length;
    // An itinerary's clock ("10:45 - 11:30 AM Priscilla Chen") runs into the name when one blank parts them: the name still opens the line.
    const listed = (start === 0 || (!titled && words.slice(0, start).every((w) => CLOCK_WORD.test(w)))) && opensListLine(text, start === 0 ? m.index : at, end);
    const previous = mentions.at(-1);
    // A list goes on from a name, not from a lone capitalised word ("Harrowgate & Finch, Leeds Briggate store"),
    // unless that word goes on a list itself ("Dr. Harish, Chloe, Sanjay Menon").
    const fromName: boolean = previous !== undefined && (previous.words.length >= 2 || previous.honorific || previousContinued);
    const continuesList: boolean = previous?.introduced === true && fromName && start === 0 && LIST_SEPARATOR.test(text.slice(previousEnd, m.index));
    previousContinued = continuesList;
    previousEnd = m.index + m[0].length;
    const introduced = honorific || titled || listed || continuesList || JOINS_AFTER.test(text.slice(end, end + 80)) || (start > 0 ? /^(?:with|and|meet|meeting|by|to)$/i.test(words[start - 1] ?? '') : introducedAt(text, m.index));
    mentions.push({ words: name, at, honorific, introduced, listed });
  }
  return mentions;
}

/** Where a sentence or a paragraph starts, and the letter it starts with (a wrapped line's start is neither). */
const SENTENCE_OPENING = /(?:^|[.!?][ \t\n]{1,4}|\n[ \t]{0,8}\n[ \t]{0,8})(\p{L})/gu;
/** Mail written all in lower case ("hi sam, you'll meet dr. anke morgenthal (managing director)"). */
export function writtenInLowerCase(text: string): boolean {
  let lowerOpenings = 0;
  let upperOpenings = 0;
  for (const m of text.matchAll(SENTENCE_OPENING)) {
    if (/\p{Lu}/u.test(m[1] ?? '')) upperOpenings++;
    else lowerOpenings++;
  }
  return lowerOpenings >= 2 && lowerOpenings > 2 * upperOpenings;
}

const LOWER_WORD = oneByte(String.raw`\p{Ll}[\p{Ll}'’-]{1,24}`);
const LOWER_NAME = String.raw`${LOWER_WORD}(?:[ \t]${LOWER_WORD}){0,2}`;
/** A name after an honorific in lower-case mail: "dr. anke morgenthal (managing director)", "mr. clement d'souza,", "mr. ben goh from the ministry". */
const HONORIFIC_SLOT = new RegExp(
  oneByte(String.raw`(?<lead>\b(?:dr|mr|mrs|ms|mx|prof)\.?[ \t]{1,3})(?<name>${LOWER_NAME})(?=[ \t]{0,3}(?:\(|,|[–—][ \t]|-[ \t]|and\b|&|[.;]|$)|[ \t]{1,3}(?:from|of|at|who|will|is|has)\b)`),
  'gmu',
);
/**
 * A name before its title in lower-case mail, after "with", "and", "meet", a label ("panel: "), a list's previous
 * title ("…(eng mgr), ") or a bullet: "sven ilic (head of asset management)", "- marcus yeo – head of curriculum",
 * "- gareth lomax, contracts manager", "and rohan, our litigation lead", "jess alvarado our ops manager".
 */
const TITLED_SLOT = new RegExp(
  oneByte(String.raw`(?<lead>\b(?:with|and|meet|meeting)[ \t]{1,3}|\b(?:panel|with|interviewers?|attendees|guests|who)[ \t]{0,2}:[ \t]{1,3}|\),[ \t]{1,3}|^[ \t]{0,8}[-•*·][ \t]{1,4})(?<name>${LOWER_NAME})(?=[ \t]{0,3}\(|[ \t]{1,3}[–—-][ \t]|,[ \t]{1,3}(?:our|my|the|their)[ \t]|[ \t]{1,3}(?:our|my|their)[ \t]{1,3}(?:\p{Ll}{2,20}[ \t]{1,3}){0,2}(?:manager|lead|director|head|founder|owner|supervisor|superintendent|foreman|engineer|partner|chef|\p{Ll}{2,12}er)\b|(?<=^[ \t]{0,8}[-•*·][ \t]{1,4}${LOWER_NAME}),[ \t])`),
  'gmu',
);
/** The first name of a panel the sentence lists, before its title in parentheses or after a dash: "the panel will be deshawn ruiz (design studio lead) and …". */
const PANEL_IS_SLOT = new RegExp(
  oneByte(String.raw`(?<lead>\b(?:panel|interviewers?|committee)[ \t]{1,3}(?:will[ \t]{1,3}be|is|are|includes?)[ \t]{1,3})(?<name>${LOWER_NAME})(?<title>[ \t]{0,3}(?:\(|[–—-][ \t])(?<aside>[^()\n,]{2,60}))`),
  'gmu',
);
/** A name before a comma and its title in lower-case mail: "you'll meet with frank delgado, director of facilities". */
const COMMA_TITLED_SLOT = new RegExp(oneByte(String.raw`(?<lead>\b(?:with|and|meet|meeting)[ \t]{1,3})(?<name>${LOWER_NAME})(?<title>,[ \t]{1,3}(?<head>\p{Ll}[\p{Ll}-]{1,20}(?:[ \t]\p{Ll}[\p{Ll}-]{1,20})?))`), 'gmu');
/** A title's head or the word after it is a post: "director of…", "general counsel". */
const headsAPost = (head: string) => {
  const [first = '', second = ''] = head.split(/[ \t]/);
  return !isStopWord(first) && (isTitleWord(first) || (second !== '' && isTitleWord(second)));
};
/**
 * A full name of two words where the sentence says the candidate met or interviews with them, or before the
 * team they come from, in lower-case mail: "thanks for interviewing with tony russo and the team", a list's ", and luis
 * ferrer from the foundation". Each word must read as a name's, not a title's.
 */
const MET_WITH_SLOT = new RegExp(
  oneByte(String.raw`(?<lead>\b(?:interview(?:ing|ed)?|meet(?:ing)?|met|spoke|speaking|talk(?:ing|ed)|chat(?:ting|ted)?)[ \t]{1,3}with[ \t]{1,3}|,[ \t]{1,3}and[ \t]{1,3}(?=${LOWER_WORD}[ \t]${LOWER_WORD}[ \t]{1,3}from[ \t]{1,3}(?:the|our|their)\b))(?<name>${LOWER_WORD}[ \t]${LOWER_WORD})(?=[ \t]{1,3}(?:and|from|on|at|who|for)\b|[ \t]{0,3}[,.;!?]|[ \t]{0,3}$)`),
  'gmu',
);
const readsAsName = (name: string) => name.split(/[ \t]/).every((w) => isNameWord(capitalise(w)) && !isTitleWord(w));
/** A name after its title in lower-case mail: "then 20 min with our cto, hafiz rahman.", "and the head of finance, mark liu". */
const TITLE_FIRST_SLOT = new RegExp(
  oneByte(String.raw`(?<lead>\b(?:with|and|meet|meeting)[ \t]{1,3}(?:our|the|their|my)[ \t]{1,3}(?:\p{Ll}[\p{Ll}-]{1,20}[ \t]{1,3}){0,3}(?<head>\p{Ll}[\p{Ll}-]{1,20}),[ \t]{1,3})(?<name>${LOWER_WORD}(?:[ \t]${LOWER_WORD}){1,2})(?=[ \t]{0,3}(?:[(,;.]|and\b|&|$))`),
  'gmu',
);
const capitalise = (word: string) => word.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const capitaliseSlot = (_m: string, lead: string, name: string) => `${lead}${name.split(/([ \t])/).map(capitalise).join('')}`;

/** Lower-case mail with the names in a person's slot capitalised, so that namesIn reads them as it does in other mail. */
export function capitaliseNameSlots(text: string): string {
  // The honorific too ("mr. anil deshmukh" → "Mr. Anil Deshmukh"), so that the name reads as introduced by it.
  return text
    .replace(HONORIFIC_SLOT, (m: string, lead: string, name: string) => capitaliseSlot(m, capitalise(lead), name))
    .replace(TITLED_SLOT, capitaliseSlot)
    .replace(PANEL_IS_SLOT, (m: string, lead: string, name: string, title: string, aside: string) => (aside.split(/[ \t]+/).some(isTitleWord) ? `${capitaliseSlot(m, lead, name)}${title}` : m))
    .replace(TITLE_FIRST_SLOT, (m: string, lead: string, head: string, name: string) => (isTitleWord(head) && !isStopWord(head) ? capitaliseSlot(m, lead, name) : m))
    .replace(COMMA_TITLED_SLOT, (m: string, lead: string, name: string, title: string, head: string) => (headsAPost(head) ? `${capitaliseSlot(m, lead, name)}${title}` : m))
    .replace(MET_WITH_SLOT, (m: string, lead: string, name: string) => (readsAsName(name) ? capitaliseSlot(m, lead, name) : m));
}

const LOWER_CASE_WORD = oneByte(/^\p{Ll}[\p{Ll}'’-]{1,24}$/u);
const LOWER_CASE_WORD_BEFORE = oneByte(/(?:^|[^\p{L}'’-])(\p{Ll}[\p{Ll}'’-]{1,24})[ \t]{1,2}$/u);
const WORD_CHARACTER = oneByte(/[\p{L}'’-]/u);

/**
 * The full name a surname stands for in mail written in lower case, when the candidate writes it properly
 * ("Ms. Fernandes" for "our gm meera fernandes"): the one word before it there that may be a first name.
 */
export function firstNameInLowerCase(surname: string, text: string): string | null {
  const lowered = surname.toLowerCase();
  if (!LOWER_CASE_WORD.test(lowered)) return null;
  const firsts = new Set<string>();
  let from = text.indexOf(lowered);
  while (from >= 0 && firsts.size <= 1) {
    const after = text[from + lowered.length] ?? ' ';
    const before = LOWER_CASE_WORD_BEFORE.exec(text.slice(Math.max(0, from - 30), from))?.[1];
    if (before && !WORD_CHARACTER.test(after) && isNameWord(capitalise(before))) firsts.add(before);
    from = text.indexOf(lowered, from + lowered.length);
  }
  const [first] = [...firsts];
  return firsts.size === 1 && first ? `${capitalise(first)} ${capitalise(lowered)}` : null;
}
