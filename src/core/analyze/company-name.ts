// A company's name as people write it in prose: "Kallang Quay Hotels Pte Ltd" is "Kallang Quay Hotels",
// "Halcyon Biologics Singapore Pte. Ltd." is "Halcyon Biologics". Names are compared without their legal
// form; the one given is then written the way the mail writes it most ("Vance Harlan LLP", "The Alder Lodge").
import { builtOnFirstUse } from '../caseless';
import { oneByte } from '../one-byte';

// "GmbH & Co. KG" is one form: its "& Co." is no partner's.
const LEGAL_FORM = String.raw`(?:(?:GmbH|AG|UG)[ \t]+&[ \t]+Co\.?[ \t]+KG(?:aA)?|UG(?:[ \t]+\(haftungsbeschränkt\))?|Inc|Incorporated|LLC|LLP|PLLC|e\.[ \t]?V|Ltd|Limited|GmbH|gGmbH|mbH|PLC|Corp|Corporation|Co|S\.?A|AG|KG|SE|BV|B\.V|NV|Pty|Pte|Pvt|Private|Srl|S\.?r\.?l|Sdn[ \t]+Bhd|Bhd|Oy|AB|A/S|ApS|A\.Ş|S\.A\.S)\.?`;
const LEGAL_TAIL = new RegExp(String.raw`(?:[ \t,]+${LEGAL_FORM}){1,3}$`);
const COUNTRY = String.raw`(?:UK|U\.K\.|USA|US|Singapore|India|Australia|Deutschland|Germany|Canada|Ireland|NZ|New Zealand|Europe|Asia|Asia Pacific|APAC|EMEA|Hong Kong|Malaysia)`;
/** The country of a subsidiary, written only before its legal form: "Brenntal Fördertechnik UK Ltd". */
const COUNTRY_BEFORE_FORM = new RegExp(String.raw`[ \t]+${COUNTRY}$`);
/** What a subsidiary writes after its group's name: its country or region ("Asia Pacific", "de México"). */
const SUBSIDIARY_PLACE = new RegExp(String.raw`^(?:${COUNTRY}|(?:de|do|del)[ \t]+(?:México|Mexico|Brasil|Colombia|Chile|Argentina|Perú|Peru|España|Portugal|Costa Rica|Guatemala|Panamá|Panama))$`);

/** A district's number after its name: "Prairie Grove School District 204", "Cottonwood Valley School District No. 14". */
export const DISTRICT_NUMBER = /(?:[ \t]+No\.?[ \t]?|(?<=\bDistrict)[ \t]+)\d{1,4}$/;

/** Whether the words after a group's name are only the place of one of its subsidiaries. */
// Built as native code on first use, as the readers' patterns are (../caseless.ts).
const buildPatterns = builtOnFirstUse(() => [DISTRICT_NUMBER, LEGAL_TAIL, COUNTRY_BEFORE_FORM, SUBSIDIARY_PLACE, LEGAL_AFTER, ENDS_NAME, TEAM_AFTER, WHAT_IT_IS, BEFORE_BRACKET, LOWER_WORD, WORD_BEFORE, CAPITALISED_RUN, SMALL_WORDS_AFTER, SHOUTED, PLACE_AFTER]);

export const isSubsidiaryPlace = (tail: string): boolean => {
  buildPatterns();
  return SUBSIDIARY_PLACE.test(tail.trim());
};

/** The name without its legal form (and a subsidiary's country before it). */
export function withoutLegalForm(name: string): string {
  buildPatterns();
  const bare = name.replace(LEGAL_TAIL, '');
  // "Brightwell & Co": the partners' "Co" is the name's own.
  if (bare === name || /[ \t](?:&|and)$/.test(bare)) return name;
  return bare.replace(COUNTRY_BEFORE_FORM, '').trim();
}

const LEGAL_AFTER = new RegExp(String.raw`^,?[ \t]+${LEGAL_FORM}(?![\p{L}])`, 'u');

/** What follows a name that ends there: a stop, a line's end, or a verb or joining word ("Bellbird Employee Share Plan", "Bellbird day" use it as a modifier). */
const ENDS_NAME = oneByte(/^(?:$|[\n.,;:!?)'’"]|[ \t]+(?:is|are|was|were|has|have|had|will|would|team|and|or|to|in|for|on|at|with|who|which|–|—|-|\|)(?:[ \t]|$))/u);

/** How often `phrase` stands in the text as words of its own, and how often a legal form follows it. */
function standing(phrase: string, text: string): { alone: number; registered: number } {
  const counts = { alone: 0, registered: 0 };
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    const after = text.slice(at + phrase.length, at + phrase.length + 24);
    if (LEGAL_AFTER.test(after)) counts.registered++;
    else if (ENDS_NAME.test(after) && !WORD_BEFORE.test(text.slice(Math.max(0, at - 32), at))) counts.alone++;
  }
  return counts;
}

/** A name's own capitalised word, or a letter, just before a phrase: "Lorenzo Ferraro" is a person, not "Ferraro" written alone. */
const WORD_BEFORE = oneByte(/(?:\p{L}|(?<![\p{L}])(?!(?:The|At|From|With|Join|Joining|Dear|Welcome|Thanks|Hi|Hello|In|For|And|To|By|Of|On|About|Team)[ \t])\p{Lu}[\p{L}'’-]{0,30}[ \t])$/u);

/**
 * A registered name ("Haveli Trails Hospitality Pvt. Ltd.", "Voltkasa Enerji Teknolojileri A.Ş.") is the
 * letterhead's; the mail's own name for the company is the shorter one it writes on its own ("Haveli
 * Trails"), when it does so at least twice and never writes the registered name bare: "at Northway Freight
 * Solutions" said in prose is the name, though a notice repeats "Northway".
 */
function spokenName(name: string, text: string): string {
  const words = name.split(' ');
  const whole = standing(name, text);
  if (words.length < 2 || whole.registered === 0) return name;
  for (let n = words.length - 1; n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (prefix.length < 4) break;
    // "Fields & Moran": a partnership is named by all its partners.
    if (/^(?:&|and)$/i.test(words[n] ?? '')) continue;
    const { alone } = standing(prefix, text);
    if (alone >= 2 && whole.alone === 0) return prefix;
  }
  return name;
}

/** A company's team as people name it: "Team", "Hiring Team", "Talent Team". */
export const COMPANY_TEAM_WORDS = String.raw`(?:(?:Hiring|Recruiting|Recruitment|Talent|People|Careers)[ \t]+)?Team`;
const TEAM_AFTER = new RegExp(String.raw`^[ \t]+${COMPANY_TEAM_WORDS}\b`);

/** A lower-case word: a line with four is a sentence, not a letterhead's or an address's. */
const LOWER_WORD = /(?<![\p{L}])\p{Ll}{2,20}(?![\p{L}])/gu;
const isSentence = (line: string) => (line.match(LOWER_WORD) ?? []).length >= 4;

/** The line of `text` that holds position `at`. */
const lineAt = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1).slice(0, 400);

/** How often the mail writes `name` after a "The" (mid-sentence or not), after a small "the", and without either. */
function occurrences(name: string, text: string): { the: number; theMidSentence: number; bare: number; smallThe: number } {
  const counts = { the: 0, theMidSentence: 0, bare: 0, smallThe: 0 };
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 6), at);
    // "The Orchardline Hiring Team": the article is the team's.
    if (TEAM_AFTER.test(text.slice(at + name.length, at + name.length + 24))) continue;
    if (/The $/.test(before)) {
      counts.the++;
      if (/[\p{L},] The $/u.test(before)) counts.theMidSentence++;
    } else if (/the $/.test(before)) counts.smallThe++;
    else counts.bare++;
  }
  return counts;
}

/**
 * The name as the mail writes it: with "The" when the article is part of it (a capital "The" mid-sentence,
 * "stay at The Alpenglow Lodge", or the name never written without it). Never with a legal form, even where
 * the mail writes one ("Fields & Moran LLP"): the convention of docs/corpus-writers.md.
 */
export function asWritten(registered: string, text: string): string {
  buildPatterns();
  const name = withAbbreviationStop(spokenName(registered, text), text);
  const counts = occurrences(name, text);
  return counts.theMidSentence > 0 || (counts.the > 0 && counts.bare === 0) ? `The ${name}` : name;
}

/** A subsidiary's place after a name, then the name's end: "Meridian Freight Asia and…", "Kestrel Freight Asia sent". */
const PLACE_AFTER = new RegExp(String.raw`^[ \t]+(${COUNTRY})(?![\p{L}])`, 'u');

/**
 * "Meridian Freight Asia" as a sentence of the mail says it, without a legal form, though its letterhead's "Pte Ltd"
 * drops the place with the form: the place is part of the name when no line writes the name without it.
 */
export function withWrittenPlace(name: string, mailText: string): string {
  buildPatterns();
  let place: string | undefined;
  for (let at = mailText.indexOf(name); at >= 0; at = mailText.indexOf(name, at + name.length)) {
    const tail = mailText.slice(at + name.length, at + name.length + 40);
    const after = PLACE_AFTER.exec(tail)?.[0];
    if (!after) return name;
    // "with Ardent Logistics UK Limited": the registered name, which prose quotes whole, says nothing of the spoken one.
    if (isSentence(lineAt(mailText, at)) && !LEGAL_AFTER.test(tail.slice(after.length))) place ??= after.trim();
  }
  return place ? `${name} ${place}` : name;
}

/** "Fernwood & Co." keeps the stop of its "Co." when the mail writes it so more often than not. */
function withAbbreviationStop(name: string, text: string): string {
  if (!/[ \t]Co$/.test(name)) return name;
  let stopped = 0;
  let bare = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (text[at + name.length] === '.') stopped++;
    else bare++;
  }
  return stopped > bare ? `${name}.` : name;
}

/** What a company is, as the last word of its full name: "Calyx Therapeutics", "Marrowfield Biosciences". */
const WHAT_IT_IS =
  /^(?:Biosciences|Sciences|Therapeutics|Pharma|Pharmaceuticals|Biologics|Diagnostics|Genomics|Medical|Health|Healthcare|Hospitals?|Clinic|Bank|Group|Labs?|Laboratories|Studios?|Systems|Solutions|Services|Software|Technologies|Robotics|Analytics|Networks|Dynamics|Materials|Foods|Energy|Capital|Holdings|Industries|Logistics|Insurance|Media|Motors|Manufacturing|Consulting|Ventures|Financial|Foundation|Hotels?|Resorts?|University|College|Academy|Properties|Realty|Construction|Constructors|Contractors|Institute)$/;
/** One or two capitalised words after a name, then its end: a stop, a bracket, a line's end, a dash or a word in lower case ("Kestrel Freight Systems came back"). */
const WORDS_AFTER = oneByte(/^((?:[ \t]+\p{Lu}[\p{L}'’-]{1,30}){1,2})(?=$|[\n.,;:!?)(]|[ \t]+(?:\p{Ll}|\(|–|—|-|\|))/u);
/** Lower-case mail's one or two words after a name: "meridian mutual insurance would like". */
const SMALL_WORDS_AFTER = oneByte(/^((?:[ \t]+\p{Ll}[\p{Ll}'’-]{1,30}){1,2})/u);
/** A word shouted in capitals after a name: "Northfield Freight Systems LOVED your resume". */
const SHOUTED = /^\p{Lu}{3,}$/u;

const isWhatItIs = (word: string) => WHAT_IT_IS.test((word[0] ?? '').toUpperCase() + word.slice(1));

/** What the mail writes after a name that says what the company is: both words, or the first before a shouted or ordinary word. */
function whatItIsAfter(words: string[], lowerCase: boolean): string[] {
  if (isWhatItIs(words.at(-1) ?? '')) return words;
  return words.length === 2 && isWhatItIs(words[0] ?? '') && (lowerCase || SHOUTED.test(words[1] ?? '')) ? words.slice(0, 1) : [];
}

/** The words after each place `text` writes `name` as words of its own, read by `after`. */
function wordsAfterName(name: string, text: string, after: RegExp): string[][] {
  const found: string[][] = [];
  for (let at = text.indexOf(`${name} `); at >= 0 && found.length < 20; at = text.indexOf(`${name} `, at + name.length)) {
    if (at > 0 && /[\p{L}0-9]/u.test(text[at - 1] ?? '')) continue;
    const words = after.exec(text.slice(at + name.length, at + name.length + 64))?.[1];
    if (words) found.push(words.trim().split(/[ \t]+/));
  }
  return found;
}

/**
 * "Calyx" as the prose says it is the "Calyx Therapeutics" the mail writes in full elsewhere: the name with what
 * the company is. Mail written all in small letters writes it so too: "meridian mutual insurance".
 */
export function inFull(name: string, text: string): string {
  buildPatterns();
  if (isWhatItIs(name.split(' ').at(-1) ?? '')) return name;
  for (const words of wordsAfterName(name, text, WORDS_AFTER)) {
    const what = whatItIsAfter(words, false);
    if (what.length > 0) return `${name} ${what.join(' ')}`;
  }
  if (text.includes(`${name} `)) return name;
  for (const words of wordsAfterName(name.toLowerCase(), text.toLowerCase(), SMALL_WORDS_AFTER)) {
    const what = whatItIsAfter(words, true);
    if (what.length > 0) return `${name} ${what.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join(' ')}`;
  }
  return name;
}

/** The words that lead up to an acronym in brackets: "the Lowmoor Regional Transit Board (LRTB)". */
const BEFORE_BRACKET = oneByte(/((?:\p{Lu}[\p{L}'’-]{0,30}[ \t]+(?:(?:of|for|and|the|de|für|&)[ \t]+)?){2,8})\($/u);
const SMALL_WORD = /^(?:of|for|and|the|de|für|&)$/;

/** A run of capitalised words and the small words between them: "Sentosa Heritage Development Agency". */
const CAPITALISED_RUN = oneByte(/\p{Lu}\p{Ll}[\p{L}'’-]{0,30}(?:[ \t]+(?:(?:of|for|and|the|de|für|&)[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]{0,30}){2,7}/gu);

/** "CSD" for "Central School District": the initials of a name's words, its small joining words left out. */
export const initialsOf = (words: string[]): string =>
  words
    .filter((w) => !/^(?:of|for|and|&|the|de|la|für|und)$/i.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();

/** The run of `words` whose initials are `acronym` (ending with them when `toEnd`), or null. */
function spellingIn(words: string[], acronym: string, toEnd: boolean): string | null {
  for (let start = 0; start < words.length - 1; start++) {
    if (SMALL_WORD.test(words[start] ?? '')) continue;
    for (let end = words.length; end > (toEnd ? words.length - 1 : start + 1); end--) {
      const name = words.slice(start, end);
      if (!SMALL_WORD.test(name.at(-1) ?? '') && initialsOf(name) === acronym) return name.join(' ');
    }
  }
  return null;
}

/**
 * "LRTB" is the "Lowmoor Regional Transit Board" the mail spells out before it in brackets, or, for an acronym
 * of three letters or more, a name of the mail whose words' initials it is ("SHDA" for the "Sentosa Heritage
 * Development Agency" a signature writes); otherwise the acronym stays.
 */
export function spelledOut(acronym: string, text: string): string {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return acronym;
  buildPatterns();
  for (let at = text.indexOf(`(${acronym})`); at >= 0; at = text.indexOf(`(${acronym})`, at + 1)) {
    const words = BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 160), at + 1))?.[1]?.trim().split(/[ \t]+/) ?? [];
    const name = spellingIn(words, acronym, true);
    if (name) return name;
  }
  if (acronym.length < 3) return acronym;
  for (const m of text.slice(0, 20_000).matchAll(CAPITALISED_RUN)) {
    const name = spellingIn(m[0].split(/[ \t]+/), acronym, false);
    if (name) return name;
  }
  return acronym;
}
