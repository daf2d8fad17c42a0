// Words that look like names or companies in prose but are not.
import { builtOnFirstUse } from '../caseless';
import { isPlaceName } from './places';
import { oneByte } from '../one-byte';
import { keptAnswers } from './kept';

export const NOT_A_COMPANY = new Set(
  `thanks thank hi hello dear best regards sincerely cheers team hr the we i you our your this that it monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december zoom teams google meet microsoft teams linkedin calendly
  greenhouse lever workday ashby smartrecruiters icims jobvite workable bamboohr taleo goodtime hirevue gmail outlook re fwd fw subject interview
  interviews invitation confirmation update application candidate recruiting talent acquisition people careers hiring offer congratulations
  unfortunately please looking pst pt est et cst ct mst mt edt pdt cet cest gmt bst ist utc am pm next round phone screen onsite virtual video call
  engineering product design data sales marketing finance operations support following follow checking quick question thanks regarding congrats good great welcome hey dear
  organiser organizer guests guest attendees`
    .split(/\s+/)
    .filter(Boolean),
);

export const NOT_A_PERSON = new Set(
  `thanks thank hi hello dear best regards team hiring manager recruiting talent the our your zoom google microsoft teams meet monday tuesday wednesday thursday
  friday saturday sunday january february march april may june july august september october november december looking forward please senior staff
  principal lead engineering product design data sales interview onsite panel phone screen next steps round human resources people operations`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Priya Natarajan", "Tom O'Neil", "Ana María López": two or three capitalised words. */
export const PERSON_NAME = oneByte(String.raw`[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+)){1,2}`);

/** Words of job titles ("Chief Actuary", "Pricing Manager"), which look like names when capitalised. */
const TITLE_WORD = /^(?:manager|engineer|director|lead|actuary|recruiter|partner|officer|designer|analyst|scientist|architect|consultant|coordinator|specialist|president|founder|cofounder|co-founder|head|chief|vp|principal|staff|senior|junior|product|engineering|pricing|talent|acquisition|marketing|finance|operations|sales|people|hr|ceo|cto|cfo|coo|cmo|associate|assistant|counsel|attorney|paralegal|editor|writer|intern|administrator|executive|technician|nurse|teacher|professor|dean|supervisor|agent|advisor|adviser|controller|accountant|developer|researcher|strategist|owner|generalist|business|district|regional|store|account|customer|success|data|software|backend|frontend|platform|security|quality|qa|research|program|project|technical|hiring|team|foreman|forewoman|chair|chairperson|electrician|chef|councillor|councilor|vice-\w{3,20}|herr|frau|ops|superintendent|treasurer|trustee|dean|deputy|commissioner|producer|examiner|adjuster|modell?er|planner|liaison|representative|buyer|auditor|inspector|surveyor|estimator|dispatcher|operator|mechanic|machinist|welder|plumber|pharmacist|therapist|physician|surgeon|dentist|paramedic|cashier|receptionist|secretary|librarian|curator|lecturer|tutor|instructor|trainer|counsell?or|underwriter|investigator|bookkeeper|notary|hygienist|radiographer|midwife|custodian|registrar|provost|rector|bursar|programmer|tester|technologist|translator|interpreter|journalist|reporter|copywriter|photographer|illustrator|animator|\w{2,16}ologist|\w{2,16}ician|management|administration|informatics|analytics|logistics|procurement|compliance|payroll|facilities|maintenance|claims|underwriting|actuarial|audit|legal|risk|banking|corporate|treasury|lending|markets|trading|wealth|accounting|payments|assets?|portfolio|investments?|property|estates|planning|policy|strategy|communications|partnerships|programmes?|projects?|development|growth|revenue|distribution|supply|clinical|nursing|residential|commercial|retail|construction|infrastructure|production|manufacturing|safety|transport|learning|training|education|curriculum|admissions|fundraising|digital|in-?charge)s?$/i;

/** The word that ends a job title ("Director", "Foreman", not "Senior" or "Customer"), which may stand before a name ("Ops Director Martin Hale"). */
const TITLE_HEAD =
  /^(?:manager|engineer|director|actuary|recruiter|officer|designer|analyst|scientist|architect|consultant|coordinator|specialist|president|founder|cofounder|co-founder|ceo|cto|cfo|coo|cmo|counsel|attorney|editor|administrator|technician|nurse|teacher|professor|dean|supervisor|controller|accountant|developer|researcher|strategist|owner|generalist|foreman|forewoman|chair|chairperson|electrician|chef|councillor|councilor|vice-\w{3,20}|superintendent|treasurer|trustee|principal|commissioner|producer)$/i;
/** Words that make a capitalised run a building, a site or an organisation, not a person ("Transportation Yard", "Meridian Spree Hotel Berlin"); none is a common surname. */
const PREMISES_WORD =
  /^(?:yard|trailer|building|hotels?|inn|lounge|campus|centre|center|offices?|plant|suite|tower|station|depot|warehouse|avenue|street|road|boulevard|plaza|square|clinic|hospital|university|college|school|academy|institute|museum|library|caf[eé]|restaurant|gallery|theatre|theater|arena|stadium|terminal|airport|lobby|cafeteria|auditorium|annex|pavilion|headquarters|branch|directorate|bureau|ministry|floor|village|county|mall|parkway|ltd|llc|inc|gmbh|corp|plc)$/i;
// Built as native code on first use, as the readers' patterns are (../caseless.ts).
const buildPatterns = builtOnFirstUse(() => [TITLE_WORD, TITLE_HEAD, PREMISES_WORD]);

/** A capitalised run that names a building, a site or a place, which a person's name never does. */
export function namesPremisesOrPlace(run: string): boolean {
  buildPatterns();
  return run.split(/\s+/).some((w) => PREMISES_WORD.test(w)) || isPlaceName(run);
}

export const isTitleHead = (word: string) => {
  buildPatterns();
  return TITLE_HEAD.test(word);
};
export const isTitleWord = (word: string) => {
  buildPatterns();
  return TITLE_WORD.test(word);
};

/** A name in lower case, padded with a space each side, and its words (runs between its spaces) padded too. */
interface Writing {
  padded: string;
  words: string[];
}

const writingOf = keptAnswers((name: string): Writing => {
  const lowered = name.toLowerCase();
  return { padded: ` ${lowered} `, words: lowered.split(' ').map((w) => ` ${w} `) };
});

/** How many words `name` has: runs between its spaces. */
export const wordCount = (name: string) => writingOf(name).words.length;

/** Every word of `part` is a word of `whole`: "Ana Lucía" of "Ana Lucía Robles", "Park" of "Jun Park". */
export function partOf(part: string, whole: string): boolean {
  const { padded } = writingOf(whole);
  return writingOf(part).words.every((w) => padded.includes(w));
}

const NAME_PUNCTUATION = oneByte(/[.'’]/g);

/** Titles that are first names too: before a surname alone, the name's own ("Dean Kowalczyk"). */
export const TITLE_AND_FIRST_NAME = new Set(['dean']);

export function looksLikePerson(name: string): boolean {
  buildPatterns();
  const words = name.split(/\s+/);
  const firstNameToo = (w: string, i: number) => i === 0 && words.length === 2 && TITLE_AND_FIRST_NAME.has(w.toLowerCase());
  return words.length >= 2 && words.every((w, i) => !NOT_A_PERSON.has(w.toLowerCase().replace(NAME_PUNCTUATION, '')) && (!TITLE_WORD.test(w) || firstNameToo(w, i)));
}

export function titleCase(text: string): string {
  return text.replace(/\b([a-z])([a-z]*)/g, (_m, first: string, rest: string) => first.toUpperCase() + rest);
}

// eslint-disable-next-line no-control-regex -- the test is for ASCII
const ASCII = /^[\x00-\x7f]*$/;

export function normalizeKey(text: string): string {
  // ASCII decomposes to itself and holds no marks: the costly Unicode steps change nothing there.
  const plain = ASCII.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.toLowerCase().replace(/[^a-z0-9]/g, '');
}
