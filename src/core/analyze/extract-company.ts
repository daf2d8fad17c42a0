import type { Person } from '../model';
import { boundedBlocks } from '../bounded-text';
import { ATS_NAMES, atsOf, domainOf, isSharedMailDomain } from './signals';
import { isTitleHead, isTitleWord, looksLikePerson, normalizeKey, NOT_A_COMPANY } from './names';
import { asWritten, COMPANY_TEAM_WORDS, DISTRICT_NUMBER, inFull, initialsOf, isSubsidiaryPlace, spelledOut, withoutLegalForm, withWrittenPlace } from './company-name';
import { isCredentials, signatureCompanies, signsOverTitle } from './company-signature';
import { domainAbbreviates, domainNameInLines } from './company-domain';
import { strongestKind, type CompanyKind, type Ranked } from './field-evidence';
import { builtOnFirstUse } from '../caseless';
import { onceEach } from '../once-each';
import { oneByte } from '../one-byte';
import { isKnownPlace } from './places';
import { writtenInLowerCase } from './name-list';

// Bounded word length: an unbounded one is tried from every capital of a long run like "A.A.A.…" and
// reads to the run's end each time, which is quadratic.
// A name never runs on into the writer: "On behalf of Open Type Collective I'd like…".
const NOT_I = oneByte(String.raw`(?!I(?:['’]\p{L}{1,2})?(?![\p{L}0-9]))`);
const NAME = oneByte(String.raw`[A-Z][\p{L}0-9&'’.+-]{0,40}(?:[ \t]+(?:&|of|of the|de|la|for)[ \t]+[A-Z][\p{L}0-9&'’.-]{0,40}|[ \t]+${NOT_I}[A-Z][\p{L}0-9&'’.+-]{0,40}){0,4}`);
const NAME_ANYWHERE = new RegExp(NAME, 'gu');

// The words after the name in the phrases that start with one. Such a pattern is tried from every
// capital of a block, so a block without the words (most of them) skips it: the test is the match's
// own tail, so nothing it would find is lost.
const TEAM_AFTER = String.raw`(?:team|hiring team|recruiting team|talent team|people team|family|interview)`;
const POSSESSIVE_AFTER = oneByte(String.raw`(?:'s|’s)\s+(?:hiring|recruiting|talent|people|engineering|interview|team|mission|offer|product)`);
const DEPARTMENT_AFTER = String.raw`(?:Recruiting|Talent(?: Acquisition)?|Careers|Hiring Team|People Team|HR)\b`;
const EXCITED_AFTER = String.raw`(?:is|are) (?:excited|pleased|delighted|happy|hiring|growing|extending|offering)`;
const LEGAL_STATEMENT_AFTER = String.raw`(?:is|are)[ \t]+(?:an equal|committed to|authori[sz]ed|regulated|a registered)`;
const WISH_AFTER = String.raw`(?:wants|would like|is keen|are keen|has asked|is looking)\b`;
/** "with X" names the company, but not after a meeting: "interviewing with Farah Iskandar", "a plant tour with Ines Alvarado", "off the phone with Tom Reyes" name a person. */
const WITH_NOT_MEETING = String.raw`(?<!\b(?:interview(?:s|ing|ed)?|meet(?:ing|s)?|met|speak(?:ing)?|spoke|talk(?:ing|ed)?|chat(?:ting)?|calls?|conversations?|sessions?|time|rounds?|tours?|phone|lunch|coffee|panel|screen|visit|debrief)[ \t])with`;
/** "a client in Columbus, Ostrander Foods,": where the client is, before its name. */
const CLIENT_PLACE = oneByte(String.raw`(?:[ \t]+(?:of (?:mine|ours)|(?:based )?in [A-Z][\p{L}.'’-]{1,30}(?:[ \t][A-Z][\p{L}.'’-]{1,30}){0,2}))?`);
const CLIENT_BEFORE = String.raw`\b(?:(?:(?:[Mm]y|[Oo]ur|[Aa]n?|[Tt]he)[ \t]+client|[Oo]ne of (?:my|our) clients)${CLIENT_PLACE},|(?:[Mm]y|[Oo]ur) client,?|[Oo]n assignment (?:for|with)|[Rr]ecruiting (?:for|on behalf of)|(?:I am|I'm|we are|we're|[Ww]e have been|I have been) retained by|[Cc]lient company,?)`;

/** Words every CLIENT match holds as written (past its first letter, the pattern is case-sensitive): the cheap test before it. */
const CLIENT_WORDS = /lient|n assignment|ecruiting|retained by/;

// "our client (Fernhollow Construction)" puts the name in brackets.
// "our client, the Office of Water Resources": a public body takes the article.
const CLIENT = new RegExp(String.raw`${CLIENT_BEFORE}(?:[ \t]+|[ \t]*\()(?:the[ \t]+)?(${NAME})`, 'gu');
/** An intermediary signs for the employer: "Public Service Commission, on behalf of Prairie Sky Public Media". */
const SIGNED_FOR = new RegExp(String.raw`,[ \t]+on behalf of[ \t]+(${NAME})[ \t]*$`, 'gmu');
/** A notice's field that names the employer: "Company: Fernhollow Construction", "Client: …". */
const EMPLOYER_FIELD = new RegExp(String.raw`(?:^|\n)[ \t]*(?:Company|Employer|Organi[sz]ation|Client|Hiring (?:company|organi[sz]ation))[ \t]*:[ \t]*(${NAME})[ \t]*(?=\n|$)`, 'gu');

/** "Straits Current Media has confirmed your interview": the employer, not a person, as the one who decides. */
const DECIDES_AFTER = String.raw`(?:has|have)[ \t]+(?:reviewed|confirmed|decided|selected|shortlisted|come back|asked)\b`;

/** Phrases where a company name stands, each with how much it says, and when given, words a block needs for a match. */
const PATTERNS: { pattern: RegExp; needs?: RegExp; weight: number; organisationOnly?: boolean }[] = [
  { pattern: new RegExp(String.raw`\b(?:[Hh]ere at|(?:[Ww]e|[Ee]veryone|[Aa]ll of us|(?:time|chat|speaking|talking) with us)(?: here)? at|[Jj]oin(?:ing)?|[Ii]nterest in(?: joining)?|[Aa]ppl(?:y|ying|ied) (?:to|at|with)|[Aa]pplication (?:to|at|with)|[Oo]n behalf of|(?:[Rr]ole|[Pp]osition|[Oo]pening|[Oo]pportunity|[Cc]areer|[Jj]ob|[Tt]eam|[Rr]oles?) (?:at|with)|[Ii]nterview(?:ing)? at|[Oo]ffer from|[Ww]elcome to|[Ww]ork(?:ing)? (?:at|for))\s+(${NAME})`, 'gu'), weight: 3 },
  // "with the Kansas Department of Transportation": a public body takes the article.
  { pattern: new RegExp(oneByte(String.raw`\b(?:[Aa]t|${WITH_NOT_MEETING}(?:[ \t]+the)?|from)\s+(${NAME})(?=[,.!:;]|[ \t]+(?:for|and|is|are|about|on|team|recruiting|talent|hiring|!|[-–—][ \t]))`), 'gu'), weight: 1 },
  { pattern: new RegExp(String.raw`\bthe[ \t]+(${NAME})[ \t]+${TEAM_AFTER}`, 'gu'), needs: new RegExp(String.raw`[ \t]${TEAM_AFTER}`, 'u'), weight: 3 },
  { pattern: new RegExp(String.raw`\b(${NAME})${POSSESSIVE_AFTER}`, 'gu'), needs: new RegExp(POSSESSIVE_AFTER, 'u'), weight: 3 },
  { pattern: new RegExp(String.raw`\b(${NAME})[ \t]+${DEPARTMENT_AFTER}`, 'gu'), needs: new RegExp(String.raw`[ \t]${DEPARTMENT_AFTER}`, 'u'), weight: 4 },
  { pattern: new RegExp(String.raw`\b(${NAME})[ \t]+${EXCITED_AFTER}`, 'gu'), needs: new RegExp(String.raw`[ \t]${EXCITED_AFTER}`, 'u'), weight: 2 },
  { pattern: new RegExp(String.raw`\b(${NAME})[ \t]+${LEGAL_STATEMENT_AFTER}`, 'gu'), needs: new RegExp(String.raw`[ \t]${LEGAL_STATEMENT_AFTER}`, 'u'), weight: 3 },
  { pattern: new RegExp(String.raw`\b(${NAME})[ \t]+${WISH_AFTER}`, 'gu'), needs: new RegExp(String.raw`[ \t]${WISH_AFTER}`, 'u'), weight: 2 },
  // People decide too ("Mark Feeney has reviewed"): only a name no person bears counts.
  { pattern: new RegExp(String.raw`\b(${NAME})[ \t]+${DECIDES_AFTER}`, 'gu'), needs: new RegExp(String.raw`[ \t]${DECIDES_AFTER}`, 'u'), weight: 2, organisationOnly: true },
  // An agency recruiter names the employer as its client: that, not the agency, is the hiring company.
  { pattern: CLIENT, needs: CLIENT_WORDS, weight: 12 },
  { pattern: EMPLOYER_FIELD, needs: /(?:Company|Employer|Organi[sz]ation|Client|Hiring (?:company|organi[sz]ation))[ \t]*:/u, weight: 6 },
];

/** "Harrow, Pike & Delacroix": two to four partners' names, the last after "&" or "and". */
const PARTNERS = oneByte(/\b\p{Lu}[\p{L}'’-]{0,30}(?:,[ \t]+\p{Lu}[\p{L}'’-]{0,30}){1,2},?[ \t]+(?:&|and)[ \t]+\p{Lu}[\p{L}'’-]{0,30}/gu);

/** The commas of partners' names, the cheap test before PARTNERS. */
const PARTNERS_COMMAS = oneByte(/,[ \t]+\p{Lu}[\p{L}'’-]{0,30}(?:,[ \t]+\p{Lu}[\p{L}'’-]{0,30})?,?[ \t]+(?:&|and)[ \t]/u);

/** A name no person bears: "Hudson Ridge Assurance", "Straits Current Media", not "Mark Feeney". */
const namesOrganisation = (name: string) => !looksLikePerson(name) || name.split(/[ \t]+/).length >= 3 || ORGANISATION.test(` ${name}`);

/** Each phrase's company names in a block, with the phrase's weight. */
function* namesInBlock(block: string): Generator<[string | undefined, number]> {
  for (const { pattern, needs, weight, organisationOnly } of PATTERNS) {
    if (needs && !needs.test(block)) continue;
    for (const m of block.matchAll(pattern)) if (!organisationOnly || namesOrganisation(m[1] ?? '')) yield [m[1], weight];
  }
}

const SUBJECT_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:[Ii]nterview|[Cc]all|[Cc]hat|[Cc]onversation|[Oo]nsite|[Oo]ffer|[Aa]pplication|[Uu]pdate|[Nn]ext steps)(?:[ \t]+(?:[Rr]equest|[Ii]nvitation))?\s+(?:with|at|from|to)\s+(${NAME})`, 'gu'),
];
/** A subject's first or last segment, or a parenthesis, often names the employer but as often the role or a person. */
const SUBJECT_SEGMENTS: RegExp[] = [
  new RegExp(oneByte(String.raw`^(?:(?:[Rr][Ee]|[Ff][Ww][Dd]?|AW|WG):\s*)*(${NAME})\s*(?:[-–—|:]|x)\s+`), 'gu'),
  new RegExp(oneByte(String.raw`\s(?:[-–—|@]|at)\s+(${NAME})\s*$`), 'gu'),
  new RegExp(String.raw`\((${NAME})\)`, 'g'),
];

/** Where a subject's segments meet. */
const SEGMENT_BREAK = oneByte(/[ \t][-–—|][ \t]/);
/** A subject's closing segment that says what the mail is about: " - update", " | next steps". */
const STATUS_SEGMENT = oneByte(/[ \t]+[-–—|][ \t]+(?:(?:an?|quick|brief|final|latest)[ \t]+)?(?:update|news|next steps|follow[- ]?up|feedback|decision|outcome|reminder|confirmation|confirmed|invitation|scheduling|offer)[ \t]*$/i);

const GREETING = oneByte(/^(?:Hi|Hello|Dear|Hey|Good (?:morning|afternoon))[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?([\p{Lu}][\p{L}'’-]{0,30})/gmu);

/** Display names of teams, not people: "Parcelly Recruiting", "Acme Careers". */
const TEAM_NAME = /\b(?:Recruiting|Recruitment|Talent|Careers|Hiring|HR|People|Team|Jobs)\b/i;

const SIGNATURE_LINE = new RegExp(oneByte(String.raw`^(?:.*?(?:\||,|\bat\b|@|–|—)\s*)?(${NAME})\s*$`), 'u');

/** The mail's business, never part of an employer's name: "Final-Round Interview Invitation". */
const NOT_A_NAME_WORD = /\b(?:interview|invitation|itinerary|agenda|offer|application|update|follow-up|confirm\w*|letter|visit|exercise|reminder|availability|schedul\w*|form)\b/i;
const JOB_TITLE_END = /\b(?:Engineer|Nurse|Teacher|Technician|Physiotherapist|Lawyer|Attorney|Paralegal|Accountant|Administrator|Representative|Editor|Writer|Producer|Planner|Chef|Supervisor|Advocate|Leader|Officer|Executive|Actuary|Professor|Developer|Manager|Designer|Analyst|Scientist|Specialist|Coordinator|Recruiter|Director|Lead|Intern|Associate|Architect|Consultant|Role|Position|Interview|Round|Screen)s?$/;
/** A practice named for its partners and what they are: "Dunmore Aske Lawyers", "Kettleyard Architects" (a title is singular). */
const PARTNERED_TRADE = /^\p{Lu}[\p{L}'-]{1,30}(?:[ \t]\p{Lu}[\p{L}'-]{1,30}){0,2}[ \t](?:&|and)[ \t]\p{Lu}\p{Ll}{2,20}s$/u;
const PRACTICE_END = /[ \t](?:Lawyers|Solicitors|Attorneys|Barristers|Architects|Accountants|Engineers|Surveyors|Designers)$/;
/** Who signs for a company without a person, after its name: "The Tallowmere Team", "Orchardline Hiring Team". */
const TEAM_TAIL = new RegExp(String.raw`[ \t]+${COMPANY_TEAM_WORDS}$`);
/** What follows an employer's name in a department's sender name: " Human Resources – Selection Unit", " | Recruitment". */
const UNIT_AFTER = oneByte(/(?:[ \t]+(?:Human[ \t]+Resources|HR)(?:[ \t]+(?:Division|Department))?)?[ \t]*[–—|][ \t]*(\p{L}{2,20}(?:[ \t](?:\p{L}{2,20}|&)){0,3})$/u);

/** A recruitment agency's name: it places candidates with the employer, it is not the employer. */
const AGENCY = /\b(?:Search|Staffing|Recruitment|Recruiting|Resourcing|Headhunters?|Personnel|Talent(?: Partners| Solutions| Group)?)\b/;

/**
 * A signature's names with their weights. Its own line and the name beside the title weigh alike, for
 * the rest of the mail to choose (a unit beside the title, or a city under it, is named nowhere else).
 * An agency's signature names its practice beside the title, never the employer: only its line counts.
 */
function signedNames(names: string[]): [string, number][] {
  const [first, second] = names;
  if (!first) return [];
  if (!second || AGENCY.test(first)) return [[first, 3]];
  return names.map((name) => [name, 2]);
}

/** A sender named for an organisation (an ATS writes the employer as the sender): its last word is what organisations are, never a surname. */
const ORGANISATION =
  /[ \t](?:Bank|Group|Division|Trust|Foundation|Schools?|University|College|Hospitals?|Health|Healthcare|Partners|Labs?|Studios?|Company|Insurance|Media|Systems|Solutions|Services|Software|Technologies|Therapeutics|Pharma|Biologics|Capital|Council|Authority|Agency|Institute|District|Hotels?|Lodge|Resorts?|Logistics|Industries|Holdings|Ventures|Consulting|Associates|Network|Society|Association|Academy|Clinic|Centre|Center|Castings|Manufacturing|Motors|Energy|Financial|Credit Union|Museum|Library|Trust|Cooperative|Co-op|Initiative|Alliance|Collective|Coalition|Fund|Commission|Forum|Federation|Partnership|Inc|Ltd|LLC|LLP|GmbH)\.?$/;

/** A person's name, whatever follows: "Professor Nathaniel Osei". */
const HONORIFIC = /^(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?[ \t]/;

/** The head of a job title or a pronoun, never the start of an employer's name: "Senior", "He". */
const NOT_A_NAME_START = /^(?:Senior|Junior|Sr|Jr|Lead|Principal|Staff|Chief|Head|He|She|They|It|His|Her|Their|Its|An)$/;

/** An agency's domain: "ironbridgesearch", "keystoneautotalent" (not "research"). */
const AGENCY_DOMAIN = /(?<!re)search|staffing|recruit|talent|headhunt|resourcing|personnel/;

/** An agency writes of the employer as its client and of itself as presenting or representing the candidate. */
/** Words every AGENCY_VOICE match holds: the cheap test before it. */
const AGENCY_VOICE_WORDS = /client|agency|present/i;
const AGENCY_VOICE = /\b(?:(?:our|my)[ \t]+client[ \t]*[,(]|(?:on behalf of|introduced to|arrangements with)[ \t]+(?:the|our|my)[ \t]+client\b(?!s)|(?:employment|recruitment|staffing)[ \t]+agency\b|present(?:ing)?[ \t]+your[ \t]+(?:profile|r[eé]sum[eé]|cv)\b|represents?[ \t]+you\b)/i;

/** Words that make a unit's or a staff group's name ("Corporate Talent", "Classified Staff", "Software Engineering"), never a whole employer's. */
const UNIT_WORD = /^(?:regional|corporate|global|national|internal|central|campus|staff|classified|certificated|faculty|software|engineering|clinical|nursing|technical|creative|editorial|commercial|retail|field|graduate|early|talent|people|culture|recruitment|recruiting|hr|human|resources|services|careers|hiring|jobs|team|office|staffing|selection|appointments|search|committee|unit|division|department)$/i;

/** An ATS vendor's own word, in whatever name it stands ("Oracle Taleo"); the vendors named by common words count only alone. */
const ATS_VENDOR_WORD = /\b(?:taleo|successfactors|icims|smartrecruiters|bamboohr|jobvite|workable|teamtailor|jazzhr|recruitee|hirevue|ziprecruiter|glassdoor)\b/i;
/** Job boards carry the employer's message ("X via Indeed"); as a name alone they are the board: "Indeed", "LinkedIn". */
const JOB_BOARDS = 'Indeed|LinkedIn|ZipRecruiter|Glassdoor|Monster|Seek|Reed|Totaljobs|StepStone|Handshake|Wellfound|Dice|Naukri';
const VIA_BOARD = new RegExp(String.raw`^(.{2,80}?)[ \t]+via[ \t]+(?:${JOB_BOARDS})$`, 'i');
const JOB_BOARD = new RegExp(`^(?:${JOB_BOARDS}|SEEK)$`);

/** Where a visitor is met, not who hires: "at Reception", "the Main Lobby", "Gate 2". */
const VENUE = /(?:^|[ \t])(?:Reception|Lobby|Front Desk|Entrance|Gate|Foyer|Atrium|Boardroom|Meeting Room|Car Park|Parking|Security Desk)$/;

/** A day or a season of the calendar, not a name: "Thanksgiving", "New Year". */
const CALENDAR_NAME = oneByte(/^(?:Thanksgiving|Christmas|Xmas|Easter|Diwali|Eid|Hanukkah|Ramadan|New Year(?:'s|’s)?(?: Eve| Day)?|Today|Tomorrow|Tonight|Yesterday|Weekend)$/);

/** A person's post, not an organisation: "Director of Workforce Programs", "Assistant Professor of Public Administration". */
const POST_OF = /^(?:\S+[ \t])?(?:Professor|Director|Head|Dean|Chair|Manager|Lecturer|Vice President|VP|Coordinator|Officer|Teacher)[ \t]+of\b/;

/** A heading or notice shouted in capitals ("NEW YORK CITY FAIR CHANCE ACT", "RECORDING AND AI TOOLS"); an acronym is one word. */
const isShoutedHeading = (words: string[]) =>
  words.length >= 2 && words.every((w) => !/\p{Ll}/u.test(w)) && (words.length >= 4 || words.some((w) => /^(?:AND|OF|THE|FOR|TO|IN)$/.test(w)));

/** Who a sentence means without naming them: "Client wants to decide within two weeks". */
const GENERIC_PARTY = /^(?:client|company|employer|firm|organi[sz]ation|agency|business|state|city|county|government|department|ministry|council)$/i;

/** A practice's name has a word of its own before the profession: "Software Engineers" is a team of them. */
function isPractice(name: string): boolean {
  // "Sahyadri Estates & Developers", "Hale & Associates": people of a trade joined to a name by "&" are a firm, never one person's title.
  if (PARTNERED_TRADE.test(name)) return true;
  // "Aravali Skyline Developers": a trade's people after words of a name, not of a title ("Senior Developers", "Software Engineers").
  const words = name.split(/\s+/);
  if (words.length >= 2 && /\p{Ll}s$/u.test(words.at(-1) ?? '') && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w) && !isTitleWord(w) && !NOT_A_COMPANY.has(w.toLowerCase()))) return true;
  if (!PRACTICE_END.test(name)) return false;
  const head = name.split(/\s+/).slice(0, -1);
  return !head.every((w) => NOT_A_COMPANY.has(w.toLowerCase()) || UNIT_WORD.test(w) || NOT_A_NAME_START.test(w));
}

/** Words a mail opens a sentence with ("Great news", "Good morning") that also open names of places and organisations. */
const PLACE_ADJECTIVE = /^(?:Great|Good|Next)$/;
/** "Great Lakes Commerce Bank", "Good Shepherd Hospital": such a word opens a name when at least two words of the name's own follow it. */
const isPlaceAdjectiveName = (words: string[]) =>
  PLACE_ADJECTIVE.test(words[0] ?? '') && words.slice(1).filter((w) => !NOT_A_COMPANY.has(w.toLowerCase()) && !UNIT_WORD.test(w) && !TIME_OF_DAY.test(w)).length >= 2;
const TIME_OF_DAY = /^(?:Morning|Afternoon|Evening|Day|Night|News|Luck)$/;

/** A legal form's stop, then a word that opens a sentence rather than goes on with a name ("KG", "Ltd" go on). */
const SENTENCE_AFTER_FORM = /(\b(?:Co|Inc|Corp)\.)[ \t]+(?!(?:Ltd|Limited|Inc|LLC|KG)\b)\p{Lu}\p{Ll}{1,20}\b.{0,200}$/u;
const NAME_TAIL = oneByte(/[.,;:!’'s]+$/u);
const POSSESSIVE_S = oneByte(/^(?:’s|'s)$/);

function cleanName(raw: string): string | null {
  // "on behalf of Northfield Grain & Milling Co. Replies to this address…": a legal form's stop may end the sentence too.
  const sentenceAfterForm = raw.replace(SENTENCE_AFTER_FORM, '$1');
  const name = withoutLegalForm((sentenceAfterForm.split(/(?<!\b(?:St|Dr|Mt|Ft|Jr|Sr|Co|Inc|Bros|No))\.(?=\s)/)[0] ?? '')
    .replace(NAME_TAIL, (tail) => (POSSESSIVE_S.test(tail) ? '' : tail.replace(/[.,;:!]+$/, '')))
    .replace(/^(?:The|Our|Your)\s+/, '')
    .trim());
  if (TEAM_TAIL.test(name)) return cleanName(name.replace(TEAM_TAIL, ''));
  // "Lowmoor Transit Human Resources – Selection Unit": a sender names the employer, then its department and unit.
  const unit = UNIT_AFTER.exec(name);
  if (unit?.[1]?.split(/[ \t]/).every((w) => UNIT_WORD.test(w) || /^(?:&|and)$/.test(w))) return cleanName(name.slice(0, unit.index));
  // "GIS Analyst II", "RA Manager CMC": a title with a grade or a specialty after it is still a title.
  const ungraded = name.replace(/(?:[ \t](?:[IVX]{1,4}|[A-Z]{2,4}|Sr\.?|Jr\.?)){1,2}$/, '');
  // "Site Superintendent", "Treasurer": a title's head word ends it, which no employer's name does ("Office of Regulatory Counsel" is a body's).
  const titled = isTitleHead(ungraded.split(/\s+/).at(-1) ?? '') && !/[ \t]of[ \t]/.test(ungraded);
  // "Field & Form": a partner's word after "&" is the name's own, whatever else it means.
  const business = NOT_A_NAME_WORD.test(name.replace(/[ \t](?:&|and)[ \t]+\p{Lu}\p{L}{0,30}/gu, ''));
  if (((JOB_TITLE_END.test(ungraded) || titled) && !isPractice(name)) || business) return null;
  if (!name || name.length < 2 || name.length > 60) return null;
  // A requisition or reference ("R-004217", "Ref VS-2026-118") is no name: a name has a word of letters.
  if (!/\p{L}{3}/u.test(name.replace(/\bRef\b\.?/gi, ''))) return null;
  // A registration or requisition number in it ("CRICOS Provider 00417K", "REQ-2026-0912 Engineer") makes it a code, not a name.
  if (/\d{3}/.test(name.replace(DISTRICT_NUMBER, ''))) return null;
  const words = name.split(/\s+/);
  if (words.every((w) => NOT_A_COMPANY.has(w.toLowerCase()) || UNIT_WORD.test(w))) return null;
  if ((NOT_A_COMPANY.has(words[0]?.toLowerCase() ?? '') && !isPlaceAdjectiveName(words)) || NOT_A_NAME_START.test(words[0] ?? '')) return null;
  // A name ends on a name word: "Lindenhof International School in", "Office of" read on too far or stop short.
  if (/^\p{Ll}/u.test(words.at(-1) ?? '')) return null;
  if ((ATS_NAMES.test(name) && words.length === 1) || ATS_VENDOR_WORD.test(name)) return null;
  // "Singapore" under a signer's title says where they sit: a place alone is no employer.
  if (isKnownPlace(name) || GENERIC_PARTY.test(name) || VENUE.test(name) || JOB_BOARD.test(name) || isCredentials(name) || CALENDAR_NAME.test(name) || POST_OF.test(name) || isShoutedHeading(words)) return null;
  // "Dr. Varga", "Ms Philippa Dunstan", "Superintendent Dr": someone's name or title.
  if (HONORIFIC.test(name) || /[ \t](?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(name)) return null;
  return name;
}

/** Whether an address is an ATS's: "candidates.workablemail.com", "acme.teamtailor-mail.com". */
const isAtsDomain = (domain: string) => ATS_NAMES.test(domain) || atsOf(`@${domain}`, '') !== null;

/** Calendars, meeting and signing services send for whoever uses them: "calendar-notification@google.com". */
const PLATFORM_DOMAIN =
  /(?:^|\.)(?:google\.com|microsoft\.com|office365\.com|zoom\.us|webex\.com|docusign\.net|docusign\.com|calendly\.com|linkedin\.com|indeed\.com|ziprecruiter\.com|glassdoor\.com|monster\.com|seek\.com\.au|reed\.co\.uk|totaljobs\.com|stepstone\.de|joinhandshake\.com|wellfound\.com|dice\.com|naukri\.com)$/;

/** An ATS's own subdomains, which name no tenant: "us.greenhouse-mail.io", "hire.lever.co". */
const ATS_HOST = /^(?:us|eu|uk|ca|au|de|app|apps|hire|jobs|careers|career|talent|mail|email|e|inbound|outbound|messages|notifications?|candidates?|recruiting|noreply|no-reply|www)$/;

/** "acme.teamtailor-mail.com" → "acme": the tenant an ATS writes for; null when the address names none. */
function atsTenantKey(domain: string): string | null {
  if (!isAtsDomain(domain)) return null;
  const [first = '', ...rest] = domain.split('.');
  // "keystoneprecision-icims.com": the tenant before the vendor's name.
  const hyphened = /^([a-z0-9-]{2,60}?)-(?:icims|taleo|workday)$/.exec(first)?.[1];
  if (hyphened) return hyphened;
  return rest.length >= 2 && !ATS_HOST.test(first) && !ATS_NAMES.test(first) ? first : null;
}

/** "acme-robotics.com" → "acmerobotics"; an ATS's tenant ("acme.icims.com" → "acme"); null for free mail and bare ATS domains. */
function orgDomainKey(email: string): string | null {
  const domain = domainOf(email);
  if (!domain) return null;
  if (isAtsDomain(domain)) return atsTenantKey(domain);
  if (isSharedMailDomain(domain) || PLATFORM_DOMAIN.test(domain)) return null;
  // "rvusd.k12.ca.us": a US locality domain writes the school or town before "k12" and the state.
  const parts = domain.replace(/(?:\.k12)?\.[a-z]{2}\.us$/, '.us').split('.');
  const label = parts.length >= 3 && /^(?:co|com|ac|org|edu|gov|net|nhs)$/.test(parts[parts.length - 2] ?? '') ? parts[parts.length - 3] : parts[parts.length - 2];
  return label ?? null;
}

/** "Kari Haugen – Nordlys Vind": an ATS writes the recruiter's name, then the employer's. */
const PERSON_THEN_PART = oneByte(/^(\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]\p{Lu}[\p{L}'’.-]{0,30}){1,2})[ \t]+[–—|-][ \t]+(.{2,80})$/u);
function employerAfterPerson(name: string): string | undefined {
  const [, person = '', employer] = PERSON_THEN_PART.exec(name.trim()) ?? [];
  return looksLikePerson(person) && !TEAM_NAME.test(person) ? employer : undefined;
}

/**
 * Whether a sender's domain names the company: the whole name ("fernwoodandco" for "Fernwood & Co", its "&"
 * spelt out), its first words, or an abbreviation of it ("spree-clt", hyphens dropped; "sfusd-ca", a place after a hyphen).
 */
function domainNames(domainKey: string, name: string): boolean {
  const key = normalizeKey(name.replace(/[ \t]&[ \t]/g, ' and '));
  const plain = domainKey.replace(/-/g, '');
  if (plain === key || normalizeKey(name) === plain || (key.length >= 4 && (plain.startsWith(key) || key.startsWith(plain))) || domainAbbreviates(plain, name)) return true;
  return domainKey.split('-').some((part) => part !== domainKey && part.length >= 3 && domainAbbreviates(part, name));
}

/**
 * "Kōyō Living Australia" signed from koyoliving.com.au is "Kōyō Living": the domain spells the name, the place
 * is its subsidiary's. So is a word after what the company is ("Orchid Bay Resorts Sentosa" from orchidbayresorts):
 * a resort's or a branch's place, unless it says what the company is too ("Kingsmoor University Hospital").
 */
function withoutPlaceBeyondDomain(name: string, domainKey: string): string {
  const words = name.split(' ');
  const key = domainKey.replace(/-/g, '');
  for (const n of [1, 2]) {
    const head = words.slice(0, -n);
    if (head.length === 0 || normalizeKey(head.join(' ')) !== key) continue;
    const tail = words.slice(-n);
    if (isSubsidiaryPlace(tail.join(' '))) return head.join(' ');
    if (n === 1 && ORGANISATION.test(` ${head.at(-1) ?? ''}`) && !ORGANISATION.test(` ${tail[0] ?? ''}`) && /^\p{Lu}\p{Ll}+$/u.test(tail[0] ?? '')) return head.join(' ');
  }
  return name;
}

/** How many of a body's last lines a sign-off takes: a name, a title, a letterhead, a note of the service that sent it. */
const SIGN_OFF_LINES = 4;
/** The small words a letterhead leaves in lower case: "Office of the Public Defender", "on behalf of". */
const LETTERHEAD_SMALL_WORD = /^(?:of|the|and|for|on|at|in|de|la|via|behalf|to|by)$/;
const LETTER_WORD = oneByte(/\p{L}[\p{L}'’-]{0,30}/gu);

/** A lower-case body's last lines, capitalised as a letterhead writes them: "Nadia Fernsby | People & Talent, Fieldnote Studio". */
function capitalisedSignOff(body: string): string {
  const lines = body.trimEnd().split('\n');
  const from = Math.max(0, lines.length - SIGN_OFF_LINES);
  const capitalised = lines.slice(from).map((line) => line.slice(0, 200).replace(LETTER_WORD, (word) => (LETTERHEAD_SMALL_WORD.test(word) ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`)));
  return [...lines.slice(0, from), ...capitalised].join('\n');
}

/** A forwarded mail's sender, from its header: "From: Northgate Broadcasting Group <northgate@myworkday.com>". */
const FORWARDED_FROM = /^[ \t]{0,4}(?:From|Von|De):[ \t]{0,4}"?([^"<@\n]{2,80}?)"?[ \t]{0,4}<([^>\s@]{1,64}@[^>\s]{3,120})>/gm;

/** The senders of the mail a body forwards: the employer's mail the candidate passes on is still the employer's. */
function forwardedSenders(body: string): Person[] {
  if (!body.includes('@')) return [];
  return [...body.matchAll(FORWARDED_FROM)].map((m) => ({ name: m[1] ?? '', email: m[2] ?? '' }));
}

/** An ATS's link names its tenant after the host ("jobs.lever.co/verdantstack/schedule") or before the vendor ("kelvara.teamtailor.com/meetings"). */
const ATS_PATH_TENANT = /\b(?:jobs\.lever\.co|(?:job-)?boards\.greenhouse\.io|jobs\.smartrecruiters\.com|apply\.workable\.com|jobs\.ashbyhq\.com)\/([A-Za-z0-9][A-Za-z0-9-]{1,60})/g;
const ATS_HOST_TENANT = /\b([a-z0-9][a-z0-9-]{1,60})\.(?:bamboohr\.com|recruitee\.com|teamtailor\.com|breezy\.hr|workable\.com|wd\d{1,2}\.myworkdayjobs\.com)\b/g;

/** The hosts of those links, one of which every match holds: the cheap test before them. */
const ATS_LINK_HOST = /lever\.co|greenhouse\.io|smartrecruiters\.com|workable\.com|ashbyhq\.com|bamboohr\.com|recruitee\.com|teamtailor\.com|breezy\.hr|myworkdayjobs\.com/;

/** The tenants of the ATS links a text writes: the employer's own name, as its domain would be. */
function atsLinkTenants(text: string): string[] {
  if (!ATS_LINK_HOST.test(text)) return [];
  const paths = [...text.matchAll(ATS_PATH_TENANT)].map((m) => (m[1] ?? '').toLowerCase());
  const hosts = [...text.matchAll(ATS_HOST_TENANT)].map((m) => m[1] ?? '').filter((host) => !ATS_HOST.test(host));
  return [...paths, ...hosts].slice(0, 6);
}

/** An address written in the mail. */
const WRITTEN_ADDRESS = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/g;

export interface CompanyEvidence {
  subject: string;
  employerBodies: string[];
  employerSignatures: string[];
  /** Everyone on the employer's side: senders of their mail and recipients of the candidate's. */
  employerSenders: Person[];
  ownerEmail: string | null;
  ownerSignatures: string[];
  /** What the candidate wrote: weaker evidence, but it names the company too ("the role at Acme"). */
  ownerBodies: string[];
}

interface Scored {
  name: string;
  score: number;
  /** What each kind of evidence added to the score. */
  kinds: Map<CompanyKind, number>;
}

/** The kind that added most to a candidate's score; corroborated when another kind also names it. */
function rankedOf(entry: Scored, weak: boolean): Ranked<string, CompanyKind> {
  const kind = strongestKind<CompanyKind>(entry.kinds, 'weak');
  return { value: entry.name, kind: weak ? 'weak' : kind, corroborated: entry.kinds.size >= 2 };
}

/** The hiring company as people write it: not the ATS vendor, not the owner's own employer. */
export function extractCompany(evidence: CompanyEvidence): string | null {
  const [top] = rankCompanies(evidence);
  return top && top.kind !== 'weak' ? top.value : null;
}

// A phrase's pattern runs only on a block that holds the words it needs; those tests run on every block.
const buildPatterns = builtOnFirstUse(() => [...PATTERNS.map(({ pattern, needs }) => needs ?? pattern), ATS_NAMES, ATS_VENDOR_WORD, VENUE, JOB_BOARD, CALENDAR_NAME, POST_OF, PRACTICE_END, NAME_ANYWHERE, CLIENT_WORDS, PARTNERS, GREETING, TEAM_NAME, SIGNATURE_LINE, NOT_A_NAME_WORD, JOB_TITLE_END, PARTNERED_TRADE, AGENCY, ORGANISATION, HONORIFIC, NOT_A_NAME_START, AGENCY_DOMAIN, AGENCY_VOICE_WORDS, LETTERHEAD_SMALL_WORD, LETTER_WORD, UNIT_WORD, GENERIC_PARTY, PLATFORM_DOMAIN, ATS_HOST, FORWARDED_FROM, ATS_LINK_HOST, TEAM_ALONE, SENTENCE_AFTER_FORM, WRITTEN_ADDRESS, SMALL_LEAD, SMALL_LAST, SMALL_BUSINESS_TAIL, SMALL_NEW_TIME, UNIT_AFTER, PERSON_THEN_PART, SIGNED_FOR, UMBRELLA, STATUS_SEGMENT, SEGMENT_BREAK, BODY_OF, SENT_THROUGH, ...SUBJECT_PATTERNS, ...SUBJECT_SEGMENTS, TEAM_DISPLAY_NAME, DEPARTMENT_FIRST, VIA_BOARD]);

/** Every name the mail gives the hiring company, best first, each with the kind of evidence behind it. */
export function rankCompanies(evidence: CompanyEvidence): Ranked<string, CompanyKind>[] {
  buildPatterns();
  const ranked = rankNames({ ...evidence, employerSenders: [...evidence.employerSenders, ...evidence.employerBodies.flatMap(forwardedSenders)] });
  const writing = [...evidence.employerBodies, ...evidence.employerSignatures, ...evidence.ownerBodies];
  const text = [evidence.subject, ...evidence.employerSenders.map((p) => p.name), ...writing].join('\n');
  const mailText = [evidence.subject, ...writing].join('\n');
  const written = ranked.map((r, i) => (i < 3 ? { ...r, value: asWritten(r.kind === 'weak' ? r.value : withWrittenPlace(inFull(spelledOut(r.value, text), text), mailText), text) } : r));
  // A name written in full may now be another candidate's name: it stands once, where it ranks highest.
  return written.filter((r, i) => written.findIndex((other) => other.value === r.value) === i);
}

/** The service a person's mail is sent through, after their name: "Lauren Kessler (via Google Calendar)", "Nadia Fernsby (via Lever)". */
const SENT_THROUGH = /[ \t]*\(via[ \t][^()\n]{1,40}\)$/i;

/** A sender named for the employer's recruiting team: "Northwind Talent Acquisition", "Acme – HR". */
// The hiring team in the languages the mail comes in: "Reclutamiento", "Recrutement", "Recursos Humanos".
const FOREIGN_TEAM = String.raw`Personalabteilung|Reclutamiento|Recrutement|Recrutamento|Reclutamento|Recursos Humanos|Ressources Humaines|Risorse Umane`;
const TEAM_DISPLAY_NAME = oneByte(new RegExp(String.raw`^(.+?)(?:[ \t]*(?:[–—|-][ \t]*)?(?:Recruiting|Recruitment|(?:People|Talent) (?:&|and) Culture|Talent(?: Acquisition| Team)?|Careers|Hiring(?: Team)?|HR|People|Human Resources|${FOREIGN_TEAM})){1,2}$`, 'i'));
/** A sender named for the team, then the employer: "Recruitment - Office of the Digital Registrar". */
const DEPARTMENT_FIRST = oneByte(new RegExp(String.raw`^(?:Recruiting|Recruitment|Talent(?: Acquisition| Team)?|Careers|Hiring(?: Team)?|HR|People(?: Team)?|Human Resources|${FOREIGN_TEAM})[ \t]*[–—|:-][ \t]*(.+)$`, 'i'));
/** A sender named only for a hiring team, in any of the mail's languages: "Reclutamiento", "Recrutement", "Human Resources". */
const TEAM_ALONE = new RegExp(String.raw`^(?:${FOREIGN_TEAM}|Recruiting|Recruitment|Talent Acquisition|Careers|Hiring Team|HR|Human Resources|People Team|Jobs)$`, 'i');
const LEADING_DASH = oneByte(/^[-–—][ \t]*/);

function rankNames(evidence: CompanyEvidence): Ranked<string, CompanyKind>[] {
  const scores = new Map<string, Scored>();
  const ownerKeys = new Set<string>();
  const ownerDomain = evidence.ownerEmail ? orgDomainKey(evidence.ownerEmail) : null;
  // Several tests below key each sender's domain, and a name the mail states several times is cleaned each time: each is done once.
  const senderDomainKey = onceEach(orgDomainKey);
  const cleanedOnce = onceEach(cleanName);
  if (ownerDomain) ownerKeys.add(ownerDomain);
  for (const signature of evidence.ownerSignatures) {
    for (const line of signature.split('\n').slice(1)) {
      const match = SIGNATURE_LINE.exec(line.trim());
      const name = match?.[1] ? cleanName(match[1]) : null;
      if (name) ownerKeys.add(normalizeKey(name));
    }
  }
  const greeted = new Set([...evidence.employerBodies, ...evidence.ownerBodies].flatMap((body) => [...body.slice(0, 200).matchAll(GREETING)].map((m) => normalizeKey(m[1] ?? ''))));
  // An ATS writes the employer as its sender's name; a person writing through it signs with their first name or is greeted by it.
  // Keying every line is costly and only a sender writing through an ATS needs it: built on that first need.
  let firstNames: Set<string> | undefined;
  const signsWith = (key: string) => {
    firstNames ??= new Set([...greeted, ...[...evidence.employerBodies, ...evidence.employerSignatures].flatMap((text) => text.split('\n').map((line) => normalizeKey(line.replace(LEADING_DASH, ''))))]);
    return firstNames.has(key);
  };
  // "Carla Mendes" over "Talent Acquisition" signs as a person, though an ATS sends for her.
  const signsAsPerson = (name: string) => looksLikePerson(name) && [...evidence.employerBodies, ...evidence.employerSignatures].some((text) => signsOverTitle(text, name));
  const writesForEmployer = (sender: Person) =>
    isAtsDomain(domainOf(sender.email)) && !/\bvia\b/i.test(sender.name) && !signsWith(normalizeKey(sender.name.trim().split(/\s+/)[0] ?? '')) && !signsAsPerson(sender.name.trim());
  // People are not companies: a sender's name (or first name, as signatures write it) never counts.
  const writtenAsLine = (name: string) => [...evidence.employerBodies, ...evidence.employerSignatures].some((text) => text.split('\n').some((line) => line.trim().startsWith(name)));
  // "Fernhollow Construction" <jobs@fernhollow.com>: a sender named for its own domain is the organisation, not a person.
  const namedForDomain = (sender: Person) => {
    const key = senderDomainKey(sender.email);
    return key !== null && key.length >= 5 && normalizeKey(sender.name).startsWith(key.replace(/-/g, '')) && !signsWith(normalizeKey(sender.name.trim().split(/\s+/)[0] ?? ''));
  };
  const people = evidence.employerSenders.filter(
    (p) => looksLikePerson(p.name.trim()) && !TEAM_NAME.test(p.name) && !ORGANISATION.test(p.name.trim()) && !writesForEmployer(p) && !namedForDomain(p),
  );
  const personKeys = new Set(people.flatMap((p) => [normalizeKey(p.name), normalizeKey(p.name.trim().split(/\s+/)[0] ?? '')]).filter(Boolean));
  const addSigned = (name: string, weight: number) => add(withoutLegalForm(name), weight, 'signature');
  const add = (raw: string | undefined, weight: number, kind: CompanyKind) => {
    const name = raw ? cleanedOnce(raw) : null;
    if (!name) return;
    const key = normalizeKey(name);
    if (!key || ownerKeys.has(key)) return;
    const entry = scores.get(key) ?? { name, score: 0, kinds: new Map() };
    entry.score += weight;
    entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + weight);
    if (name.length > entry.name.length && normalizeKey(name) === key) entry.name = name;
    scores.set(key, entry);
  };

  for (const pattern of SUBJECT_PATTERNS) for (const m of evidence.subject.matchAll(pattern)) add(m[1], 3, 'subject');
  // A subject may name the candidate or the sender ("Interview: Programme Manager – Nurul Huda Rahim").
  const named = (segment: string) => personKeys.has(normalizeKey(segment)) || greeted.has(normalizeKey(segment.split(/\s+/)[0] ?? ''));
  // "GIS Analyst II – Lake Prairie County (Req #LPC-26-0033)": a reference after the last segment does not end it.
  const subject = evidence.subject.replace(/[ \t]*\([^()\n]{0,40}\d[^()\n]{0,40}\)[ \t]*$/, '');
  // "Director of Curriculum - Brightwater Academy - update": a closing word of the mail's business does not end it either.
  const unclosed = subject.replace(STATUS_SEGMENT, '');
  const segmented = unclosed !== subject && SEGMENT_BREAK.test(unclosed) ? [subject, unclosed] : [subject];
  const segments = new Set(SUBJECT_SEGMENTS.flatMap((pattern) => segmented.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''))));
  for (const segment of segments) if (!named(segment)) add(segment, 1, 'subject');
  for (const part of smallSubjectParts(subject, evidence.employerBodies)) add(part, 1, 'subject');
  for (const block of evidence.employerBodies.flatMap(boundedBlocks)) for (const [name, weight] of namesInBlock(block)) add(name, weight, 'stated');
  for (const block of evidence.ownerBodies.flatMap(boundedBlocks)) for (const [name, weight] of namesInBlock(block)) add(name, weight / 2, 'candidate-stated');
  // An agency recruiter's signature may say whom they recruit for: "On assignment for Catskill Grid Transmission".
  for (const block of evidence.employerSignatures.flatMap(boundedBlocks)) if (CLIENT_WORDS.test(block)) for (const m of block.matchAll(CLIENT)) add(m[1], 12, 'stated');
  // A signature the splitter left in the body still ends its lines there.
  for (const block of [...evidence.employerBodies, ...evidence.employerSignatures].flatMap(boundedBlocks)) {
    if (block.includes('on behalf of')) for (const m of block.matchAll(SIGNED_FOR)) add(m[1], 12, 'stated');
  }
  // Only now: a sender named like a person may be the company itself ("Harbourline Extrusions"), which prose confirms.
  for (const key of personKeys) ownerKeys.add(key);
  // "Mariana Olvera Campos" signs for the sender "Mariana Olvera".
  const fullNameKeys = people.map((p) => normalizeKey(p.name)).filter((key) => key.length >= 6);
  const isKnownSigner = (line: string) => {
    const lineKey = normalizeKey(line);
    return personKeys.has(lineKey) || fullNameKeys.some((key) => lineKey.startsWith(key));
  };
  // "Harbourside University, Sydney NSW 2007" is the letterhead, not its signer.
  const mayBeSigner = (line: string) => looksLikePerson(line) && line.split(/\s+/).length <= 3 && !ORGANISATION.test(` ${line}`);
  // A signature the message splitter did not find is still at the end of the body.
  evidence.employerBodies.forEach((body, i) =>
    signedNames(signatureCompanies(`${body}\n${evidence.employerSignatures[i] ?? ''}`, isKnownSigner, mayBeSigner)).forEach(([name, weight]) => addSigned(name, weight)),
  );
  const domainKeys = new Set<string>();
  for (const sender of evidence.employerSenders) {
    const display = TEAM_DISPLAY_NAME.exec(sender.name.trim());
    // "Recruitment - Office of the Digital Registrar": the department first, then the employer.
    const after = DEPARTMENT_FIRST.exec(sender.name.trim());
    // "Graduate & Lateral Recruitment" <recruitment@tanhalvorsen.com.sg>: a unit of the firm its own domain names.
    const ownDomain = senderDomainKey(sender.email);
    if (display?.[1]) add(display[1], ownDomain && !isAtsDomain(domainOf(sender.email)) && !domainNames(ownDomain, display[1]) ? 1 : 4, 'sender-name');
    else if (after?.[1]) add(after[1], 4, 'sender-name');
    const via = /\b(?:at|from|@)\s+(.+)$/i.exec(sender.name) ?? /\(((?!via\b).+)\)$/.exec(sender.name);
    // "Fernhollow Construction via Indeed": a job board sends for the employer, unless a person signs as the sender.
    const board = VIA_BOARD.exec(sender.name.trim())?.[1]?.trim();
    const employer = employerAfterPerson(sender.name);
    if (via?.[1]) add(via[1], 3, 'sender-name');
    else if (employer) add(employer, 3, 'sender-name');
    else if (board && !writtenAsLine(board)) add(board, 3, 'sender-name');
    else if (
      !display &&
      !after &&
      sender.name.trim() &&
      (!looksLikePerson(sender.name.trim()) || ORGANISATION.test(sender.name.trim()) || writesForEmployer(sender) || namedForDomain(sender)) &&
      !HONORIFIC.test(sender.name.trim()) &&
      !SENT_THROUGH.test(sender.name.trim()) &&
      !TEAM_ALONE.test(sender.name.trim())
    )
      add(sender.name, 2, 'sender-name');
    const key = senderDomainKey(sender.email);
    if (key && !ownerKeys.has(key)) domainKeys.add(key);
  }
  const senderKeys = new Set(domainKeys);
  // No sender writes from the employer's domain (a calendar's notification, an ATS, a forward without
  // headers): the addresses the mail or its signature writes out ("Organiser: k.reiss@quellwerk.de") still name it.
  if (domainKeys.size === 0) {
    for (const m of [...evidence.employerBodies, ...evidence.employerSignatures].join('\n').matchAll(WRITTEN_ADDRESS)) {
      const key = orgDomainKey(m[0]);
      if (key && !ownerKeys.has(key)) domainKeys.add(key);
      if (domainKeys.size >= 3) break;
    }
  }
  // An ATS's links name the employer's tenant ("jobs.lever.co/verdantstack/…") as its own domain would.
  for (const text of [...evidence.employerBodies, ...evidence.employerSignatures]) {
    for (const key of atsLinkTenants(text.slice(0, 20_000))) if (!ownerKeys.has(key)) domainKeys.add(key);
  }
  // "Harcourt Quill Lawyers" is a practice when its own domain says so ("harcourtquill"); "Immigration Attorneys" is a group of its staff.
  for (const [key, entry] of scores) {
    if (PRACTICE_END.test(entry.name) && ![...domainKeys].some((domainKey) => domainKey.length >= 4 && key.startsWith(domainKey.replace(/-/g, '')))) scores.delete(key);
  }
  // A firm named for its partners writes commas inside its name ("Harrow, Pike & Delacroix LLP"), which no
  // other pattern reads as one name: its domain says it is one ("harrowpike"), where a list of people has none.
  for (const block of [evidence.subject, ...evidence.employerBodies, ...evidence.employerSignatures].flatMap(boundedBlocks)) {
    if (!PARTNERS_COMMAS.test(block)) continue;
    for (const m of block.matchAll(PARTNERS)) {
      const key = normalizeKey(m[0]);
      if ([...domainKeys].some((domainKey) => domainKey.length >= 4 && key.startsWith(domainKey.replace(/-/g, '')))) add(m[0], 3, 'stated');
    }
  }
  // A name that matches the sender's own domain is very likely the employer.
  const matchedDomains = new Map<Scored, string[]>();
  for (const entry of scores.values()) {
    for (const domainKey of domainKeys) {
      if (domainNames(domainKey, entry.name)) {
        entry.score += 4;
        entry.kinds.set('domain-match', (entry.kinds.get('domain-match') ?? 0) + 4);
        matchedDomains.set(entry, [...(matchedDomains.get(entry) ?? []), domainKey]);
        // Prose that says the place with the name makes it the name.
        if (!entry.kinds.has('stated')) entry.name = withoutPlaceBeyondDomain(entry.name, domainKey);
        entry.name = spelledOnByDomain(entry.name, domainKey, evidence);
      }
    }
  }
  const entries = mergeVariants([...scores.values()]);
  // "Ashoka Mercantile" said in prose is the "Ashoka Mercantile Bank" the signature writes in full.
  for (const longer of entries) {
    for (const shorter of entries) {
      if (shorter !== longer && longer.name.toLowerCase().startsWith(`${shorter.name.toLowerCase()} `)) longer.score += shorter.score / 2;
    }
  }
  // An agency is the employer only when the mail names no other. Its domain is the agency's, and so is any
  // other name that domain matches ("Keystone" for Keystone Talent Partners); it says nothing of the employer.
  // Mail in an agency's voice comes from the agency, whatever its name: "Meridian People" speaks of "our client".
  const agencyVoiced = [...evidence.employerBodies, ...evidence.employerSignatures].some((text) => AGENCY_VOICE_WORDS.test(text) && AGENCY_VOICE.test(text.slice(0, 20_000)));
  const agencyDomains = new Set([
    ...[...domainKeys].filter((key) => AGENCY_DOMAIN.test(key) || (agencyVoiced && senderKeys.has(key))),
    ...[...matchedDomains].filter(([entry]) => entry.name.includes(' ') && AGENCY.test(entry.name)).flatMap(([, keys]) => keys),
  ]);
  const isAgency = (entry: Scored) => (entry.name.includes(' ') && AGENCY.test(entry.name)) || (matchedDomains.get(entry) ?? []).some((key) => agencyDomains.has(key));
  const employers = entries.some((entry) => !isAgency(entry) && entry.score >= 1) ? entries.filter((entry) => !isAgency(entry)) : entries;
  // Sorting is stable: among equal scores the first named stays first, as the extractor has always chosen.
  const ranked = [...employers].sort((a, b) => b.score - a.score);
  const others = entries.filter((entry) => !employers.includes(entry)).map((entry) => rankedOf(entry, true));
  const best = ranked[0];
  const employerDomains = [...domainKeys].filter((key) => !agencyDomains.has(key));
  if (best && (best.score >= 2 || (best.score >= 1 && employerDomains.length === 0))) return [rankedOf(best, false), ...ranked.slice(1).map((entry) => rankedOf(entry, false)), ...others];
  const weak = [...ranked.map((entry) => rankedOf(entry, true)), ...others];
  // The sender's domain, written the way the mail writes it ("vantagecloud" → "Vantage Cloud"): the
  // employer's before an agency's, and each in turn, as a confidant's mail provider ("bigpond") names nothing the mail writes.
  for (const domainKey of [...employerDomains, ...agencyDomains].slice(0, 3)) {
    const spelled = spelledInMail(domainKey.replace(/-/g, ''), evidence, !agencyDomains.has(domainKey));
    if (spelled) return spelledDomain(spelled, weak);
  }
  // Lower-case mail signs in lower case ("nadia fernsby | people & talent, fieldnote studio"): when nothing else names
  // the employer, its sign-off, capitalised as a letterhead writes it, is read as any signature is.
  const signedInLowerCase = evidence.employerBodies
    .flatMap((body, i) => (writtenInLowerCase(body) ? signedNames(signatureCompanies(capitalisedSignOff(`${body}\n${evidence.employerSignatures[i] ?? ''}`), isKnownSigner, mayBeSigner)) : []))
    .map(([name]) => cleanName(withoutLegalForm(name)))
    // A lone word there is the signer's first name ("teo" for Teodor) more often than a letterhead.
    .find((name): name is string => name !== null && /\s/.test(name) && !ownerKeys.has(normalizeKey(name)));
  if (signedInLowerCase) return [{ value: signedInLowerCase, kind: 'signature', corroborated: false }, ...weak];
  // A domain the mail never writes out is not yet a name: "kaverivalleyhospital" is no way to write it.
  return weak;
}

/**
 * "Ridgeline" said in the subject of mail from ridgelineframing.co is the "Ridgeline Framing" its signature
 * writes: when the domain runs on past a name, the name the mail's lines give the whole domain, if it starts with this one.
 */
function spelledOnByDomain(name: string, domainKey: string, evidence: CompanyEvidence): string {
  const key = normalizeKey(name.replace(/[ \t]&[ \t]/g, ' and '));
  // "redwoodcounty-hr": what a hyphen adds is a unit or a place, not more of the name.
  if (key.length < 4 || domainKey.includes('-') || domainKey.length <= key.length || !domainKey.startsWith(key)) return name;
  const lined = domainNameInLines(domainKey, employerLinesOf(evidence));
  const longer = lined ? cleanName(lined) : null;
  return longer && longer.toLowerCase().startsWith(`${name.toLowerCase()} `) ? longer : name;
}

const employerLinesOf = (evidence: CompanyEvidence): string[] => [...evidence.employerBodies, ...evidence.employerSignatures].flatMap((text) => text.split('\n').slice(0, 400));

/**
 * The name a domain abbreviates as the mail writes it: a letterhead's or signature's part, else a run of
 * capitalised words. An agency's letterhead is only the agency: its name stands in for the employer only
 * where prose writes it.
 */
function spelledInMail(key: string, evidence: CompanyEvidence, letterhead: boolean): string | null {
  if (letterhead) {
    const lined = domainNameInLines(key, employerLinesOf(evidence));
    if (lined) return cleanName(lined);
  }
  const blocks = [evidence.subject, ...evidence.employerBodies, ...evidence.employerSignatures, ...evidence.ownerBodies].flatMap(boundedBlocks);
  for (const m of blocks.flatMap((block) => [...block.matchAll(NAME_ANYWHERE)])) {
    const words = m[0].split(/[ \t]+/);
    for (let start = 0; start < words.length; start++) {
      for (let end = words.length; end > start; end--) {
        const candidate = words.slice(start, end).join(' ');
        if (/[\p{L}0-9]$/u.test(candidate) && domainAbbreviates(key, candidate)) return fullName(words.slice(start), end - start);
      }
    }
  }
  return null;
}

/** A government over the body that hires: "State of Kansas", "Government of Karnataka", "NSW Government". */
const UMBRELLA = oneByte(
  /^(?:(?:State|Government|Commonwealth|Province)[ \t]+of[ \t]+(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2})|(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2})[ \t]+(?:State[ \t]+)?Government)$/u,
);

/** A public body named without its place: "Department of Commerce", "Office of the Registrar". */
const BODY_OF = /^(?:Department|Office|Ministry|Bureau|Division)[ \t]+of[ \t]/;

/** Whether `variant` is `name` written otherwise: a subsidiary's place after it, or some of its words as initials ("Hudson Bend CSD", "NYS Office of Regulatory Counsel"). */
function isVariantOf(variant: string, name: string): boolean {
  // "State of Kansas" sends for the "Kansas Department of Transportation" that hires.
  const [, governed, governing] = UMBRELLA.exec(variant) ?? [];
  const umbrella = governed ?? governing;
  if (umbrella) return name !== variant && name.includes(umbrella) && !UMBRELLA.test(name);
  // "Department of Commerce" is the "Northland Department of Commerce" without its place.
  if (BODY_OF.test(variant)) return name.endsWith(` ${variant}`);
  const prefix = `${name.toLowerCase()} `;
  if (variant.toLowerCase().startsWith(prefix)) return isSubsidiaryPlace(variant.slice(prefix.length));
  const words = variant.split(' ');
  const at = words.findIndex((w) => /^[A-Z]{2,6}$/.test(w));
  if (at < 0) return false;
  const head = words.slice(0, at);
  const tail = words.slice(at + 1);
  const nameWords = name.split(' ');
  const middle = nameWords.slice(head.length, nameWords.length - tail.length);
  const same = (a: string[], b: string[]) => a.join(' ') === b.join(' ');
  return middle.length >= 2 && same(nameWords.slice(0, head.length), head) && same(nameWords.slice(nameWords.length - tail.length), tail) && initialsOf(middle) === words[at];
}

/** Each variant's evidence counts for the name it varies, which it then leaves: one company, written as the mail writes it in full. */
function mergeVariants(entries: Scored[]): Scored[] {
  const merged = new Set<Scored>();
  for (const variant of entries) {
    const name = entries.find((entry) => entry !== variant && !merged.has(entry) && isVariantOf(variant.name, entry.name));
    if (!name) continue;
    name.score += variant.score;
    for (const [kind, weight] of variant.kinds) name.kinds.set(kind, (name.kinds.get(kind) ?? 0) + weight);
    merged.add(variant);
  }
  return entries.filter((entry) => !merged.has(entry));
}

/** A lower-case subject's first part ("brightwell & co - feedback from your final") or last ("site lead - harrow fenning"). */
const SMALL_LEAD = oneByte(/^([a-z][a-z&'’. ]{2,40}?)[ \t]+[-–—|][ \t]/);
const SMALL_LAST = oneByte(/[ \t][-–—|][ \t]+([a-z][a-z&'’. ]{2,40})$/);
const SMALL_BUSINESS_TAIL = /[ \t]+(?:interview|call|chat|screen|onsite)s?$/;
const SMALL_NEW_TIME = /^(?:an?[ \t]+)?(?:new|updated|revised|changed?|moved)[ \t]+(?:time|date|day|slot)s?$/;

/**
 * Lower-case mail writes its employer as it writes everything, and its subject leads or ends with it as a
 * capitalised one does: a part counts when the employer's prose says it too, in whatever case.
 */
function smallSubjectParts(subject: string, bodies: string[]): string[] {
  const unprefixed = subject.replace(/^(?:(?:re|fwd?|aw|wg):[ \t]{0,3}){1,4}/i, '');
  if (/\p{Lu}/u.test(unprefixed)) return [];
  // "kestrel peak interview - new time": the employer before the mail's business, and the business, a new time, is no employer.
  const parts = [SMALL_LEAD.exec(unprefixed)?.[1], SMALL_LAST.exec(unprefixed)?.[1]]
    .flatMap((part) => (part ? [part.trim().replace(SMALL_BUSINESS_TAIL, '')] : []))
    .filter((part) => !SMALL_NEW_TIME.test(part));
  const lowered = bodies.map((body) => body.toLowerCase());
  return parts
    .filter((part) => lowered.some((body) => writesAsWords(body, part)))
    .map((part) => part.split(' ').map((w, i) => (i > 0 && /^(?:of|the|and|for|de|del|la|y)$/.test(w) ? w : (w[0] ?? '').toUpperCase() + w.slice(1))).join(' '));
}

/** Whether `text` writes `phrase` as words of their own: "(halvorsen drivetrain —", not "xhalvorsen". */
function writesAsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!/[\p{L}0-9]/u.test(text[at - 1] ?? ' ') && !/[\p{L}0-9]/u.test(text[at + phrase.length] ?? ' ')) return true;
  }
  return false;
}

/** A domain names a company by its first words ("cascabelaxle"): the mail writes on to its full name ("Cascabel Axle Works"). */
function fullName(words: string[], domainWords: number): string | null {
  for (let end = words.length; end > domainWords; end--) {
    const name = words.slice(0, end).join(' ');
    if (/[\p{L}0-9]$/u.test(name) && cleanName(name) === name) return name;
  }
  return cleanName(words.slice(0, domainWords).join(' '));
}

/** The domain as the mail spells it, first, before the names too weak to stand on their own. */
function spelledDomain(name: string | null, weak: Ranked<string, CompanyKind>[]): Ranked<string, CompanyKind>[] {
  if (!name) return weak;
  const key = normalizeKey(name);
  const named = weak.some((r) => normalizeKey(r.value) === key);
  return [{ value: name, kind: 'domain-spelled', corroborated: named }, ...weak.filter((r) => normalizeKey(r.value) !== key)];
}
