import { boundedBlocks } from '../bounded-text';
import { titleCase } from './names';
import { acceptable, roleQualifier } from './role-qualifier';
import type { Person } from '../model';
import { strongestKind, type Ranked, type RoleKind } from './field-evidence';
import { builtOnFirstUse } from '../caseless';
import { domainAbbreviates } from './company-domain';
import { oneByte } from '../one-byte';

const JOB_NOUNS = String.raw`(?:Engineer|Developer|Programmer|Architect|Manager|Director|Designer|Analyst|Scientist|Specialist|Coordinator|Consultant|Associate|Administrator|Officer|Accountant|Controller|Representative|Rep|Nurse|Teacher|Intern|Recruiter|Writer|Editor|Producer|Strategist|Technician|Assistant|Counsel|Attorney|Paralegal|Planner|Marketer|Researcher|Advocate|Lead|Partner|Executive|Agent|Advisor|Adviser|Pharmacist|Therapist|Physiotherapist|Physician|Chemist|Economist|Actuary|Auditor|Buyer|Operator|Supervisor|Superintendent|Instructor|Librarian|Copywriter|Chef|Cook|Baker|Server|Bartender|Barista|Driver|Mechanic|Electrician|Apprentice|Carpenter|Plumber|Welder|Cashier|Clerk|Receptionist|Tutor|Counselor|Coach|Trainer|Pilot|Dentist|Hygienist|Veterinarian|Technologist|Inspector|Estimator|Foreman|Curator|Archivist|Generalist|Trainee|Fellow|Resident|Attendant|Caregiver|Aide|Worker|Handler|Machinist|Dispatcher|Underwriter|Banker|Teller|Broker|Translator|Illustrator|Animator|Photographer|Journalist|Reporter|Professor|Lecturer|Lawyer|Solicitor|Defender|Educator|Leader|Biostatistician|Statistician|Surveyor|Examiner|Adjuster|Appraiser|Assessor|Investigator|Installer|Assembler|Fitter|Agronomist|Horticulturist|Geologist|Biologist|Ecologist|Psychologist|Dietitian|Nutritionist|Radiographer|Sonographer|Phlebotomist|Paramedic|Midwife|Surgeon|Optometrist|Hairdresser|Stylist|Housekeeper|Custodian|Porter|Concierge|Sommelier|Butcher|Merchandiser|Scheduler|Drafter|Draughtsperson|Modeller|Modeler|Tester|Principal|Headteacher|Registrar|Professorship|Dean|Provost|Chaplain|Mentor|Facilitator|Clinician|Practitioner|Psychiatrist|Pathologist|Radiologist|Epidemiologist|Microbiologist|Toxicologist|Pharmacologist|Audiologist|Podiatrist|Optician|Orthodontist|Anaesthetist|Physicist|Mathematician|Meteorologist|Hydrologist|Geoscientist|Firefighter|Landscaper|Gardener|Groundskeeper|Painter|Roofer|Joiner|Bricklayer|Glazier|Plasterer|Labourer|Laborer|Operative|Packer|Picker|Storekeeper|Courier|Deckhand|Treasurer|Bookkeeper|Comptroller|Secretary|Sourcer|Negotiator|Forecaster|Conveyancer|Barrister|Litigator|Mediator|Presenter|Correspondent|Columnist|Videographer|Carer|Officer|Vice President|SRE|DevOps|Head of [A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)?|VP of [A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)?|Vice President of [A-Z][\w&-]*)`;
const JOB_NOUN = new RegExp(String.raw`^${JOB_NOUNS}$`, 'i');
// Bounded word length: an unbounded one backtracks quadratically on long runs like "1/1/1/…".
const LEAD_WORD = String.raw`(?:[A-Z0-9À-Þ][\wÀ-ÿ/+&.-]{0,30}|of|and|&)`;
/** "Teacher of Computing", "Lecturer in Construction Management": the field a title names. */
const OF_FIELD = String.raw`(?:[ \t]+(?:of|in)[ \t]+[A-Z][\w-]{0,30}(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w-]{0,30}){0,3})?`;

/** A job title in title case, on one line: up to five leading words, a job noun, a field, a level. */
const TITLE = new RegExp(String.raw`\b((?:${LEAD_WORD}[ \t]+){0,5}${JOB_NOUNS}${OF_FIELD}(?:[ \t]+(?:I{1,3}|IV|[1-3]))?)\b`, 'g');
const LOWER_WORDS = oneByte(String.raw`[a-z][\w/+&'’–-]{0,30}(?:[ \t]+(?:[a-z][\w/+&'’–-]{0,30}|&)){0,4}`);
/** What lower-case prose writes after a title to say which one it is: " – tenant rights", ", private client", " (ks3–ks4)". */
const LOWER_QUALIFIER = oneByte(String.raw`[ \t]+[–—-][ \t]+${LOWER_WORDS}|,[ \t]+${LOWER_WORDS}|[ \t]*\([a-z][^()\n]{0,40}\)`);
/** "the yard & counter assistant job", "the staff attorney – tenant rights position", "the education program specialist (curriculum & assessment), posting". */
const LOWER_TITLE = new RegExp(
  String.raw`\bthe[ \t]+((?:(?!(?:the|a|an|for|to|with|at|in|on|as|our|your)[ \t])(?:[a-z][\w/+&-]{0,30}|[A-Z]{2,5}|&)[ \t]+){0,4}(?:${JOB_NOUNS.toLowerCase()}))(${LOWER_QUALIFIER})?(?:[ \t]+(?:role|position|opening|job|post|vacancy)\b|(?<=\))[ \t]*,)`,
  'g',
);
// Every title names a job noun: text without one is not scanned. Finding the noun alone is cheap; TITLE tries its leading words at every word.
const HAS_JOB_NOUN = new RegExp(JOB_NOUNS);
const HAS_LOWER_JOB_NOUN = new RegExp(JOB_NOUNS.toLowerCase());
/** What every LOWER_TITLE match ends with, a word for the post or a bracket's close before a comma: cheaper to find than any of its nouns. */
const LOWER_TITLE_END = /[ \t](?:role|position|opening|job|post|vacancy)\b|\)[ \t]*,/;

const CONTEXT = /\b(?:role|position|opening|opportunity|req|requisition|job|post)\b|\b(?:for|as)\s+(?:the|a|an|our)(?:\s+(?:next|new|open|future))?\s*$|\b(?:hiring|join\s+us\s+as)\s+(?:a|an|our)?\s*$|interview\b/i;

// The last alternative: "an interview with the Head of Supporter Insight", "you'll meet our Engineering Manager" name whom the candidate meets.
const PERSON_TITLE_BEFORE = oneByte(/(?:\b(?:with|meet|meeting|met|by|from)[ \t]+(?:the|our|your|their)[ \t]+|(?:^|\n)[ \t]*[A-Z][a-z'’-]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’-]+[ \t]*\n[ \t]*|[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s*(?:(?:our|the|a|an|who is)\s+)?|\(\s*|[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s+[–—-]\s+|\b(?:I am|I'm|I’m|my name is [A-Z][a-z]+,?)\s+(?:a|an|the)?\s*)$/);

/** A person's name right after a title, with or without a middle initial: " Imani Brooks", " Harold J. Stensland". */
const NAME_AFTER = oneByte(/^[ \t]+[A-Z][a-z'’-]{1,30}(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z'’-]{1,30}\b/);

/** A post at one of many sites: what follows "Store Manager" or "Branch Manager" (", Bondi Junction", "(Paramus)") names the site, not the post. */
const SITE_BOUND = /(?:^|[ \t])(?:Store|Branch|Restaurant|Shop|Outlet|Showroom)[ \t]/i;

/** "the kingston store", "our Parramatta office": a word the mail writes before a site of the employer names that site, never which post it is. */
const SITE_BEFORE = /\b(?:the|our|at|in|your)[ \t]+((?:[\w'-]{2,30}[ \t]+)?[\w'-]{2,30})[ \t]+(?:store|branch|office|clinic|campus|site|depot|warehouse|outlet|showroom|plant|shop|restaurant|location)\b/gi;

/** The sites the thread names by a word before their kind, in lower case. */
function sitesOf(bodies: string[]): Set<string> {
  const sites = new Set<string>();
  for (const body of bodies) {
    for (const match of body.slice(0, 20000).matchAll(SITE_BEFORE)) {
      const words = (match[1] ?? '').toLowerCase().split(/[ \t]+/);
      sites.add(words.join(' '));
      sites.add(words.at(-1) ?? '');
    }
  }
  return sites;
}

/** "Agricultural Science Teacher / FFA Advisor": a second title joined to the first names the same post. */
const JOINT_TITLE = new RegExp(String.raw`^[ \t]+/[ \t]+((?:${LEAD_WORD}[ \t]+){0,3}${JOB_NOUNS})\b`);
/** The slash JOINT_TITLE starts with: few titles have one after them, and JOINT_TITLE costs V8 milliseconds to build. */
const JOINT_START = /^[ \t]+\//;

/** A field of a notice that names the post: "Position: ", "Role: ", "Job title: ". */
const FIELD_LABEL = /(?:^|\n)[ \t]*(?:Position|Role|Job(?:[ \t]+[Tt]itle)?|Vacancy|Post)[ \t]*:[ \t]*$/;

/** A salutation's opening: "Dear ", "Hi ". */
const SALUTATION = /^(?:Dear|Hi|Hello|Hey)[ \t]/;
const LEADING_NOISE = /^(?:(?:of|and|&|The|A|An|Our|Your|Re|Fwd|About|Regarding|Concerning|Interview|Invitation|Application|Bewerbung|Candidature|Ref\.?|Update|Next|Steps|For|With|At|Position|Role|Req\.?|Requisition|Job|Posting|Competition|Vacancy|No\.|#[\w-]{1,30}|(?=[\w-]{0,30}\d)(?=[\w-]{0,30}-)[\w-]{1,30}|[A-Za-z]{0,10}-?\d{3,12})[ \t]+){1,4}/;

function clean(title: string): string {
  return title.replace(LEADING_NOISE, '').trim();
}

interface Mention {
  /** The title up to its job noun, field and level: "Senior Backend Engineer". */
  core: string;
  /** The same with the qualifier the text writes after it, when there is one: "Senior Backend Engineer (Payments)". */
  full: string;
  inSubject: boolean;
  /** The text right after the title, for a qualifier the reader could not cut out of prose. */
  after: string;
}

interface Scored {
  title: string;
  score: number;
  /** What each kind of mention added to the score. */
  kinds: Map<RoleKind, number>;
}

function rankedOf(entry: Scored, title: string, weak: boolean): Ranked<string, RoleKind> {
  const kind = strongestKind<RoleKind>(entry.kinds, 'weak');
  return { value: title, kind: weak ? 'weak' : kind, corroborated: entry.kinds.has('subject') && entry.kinds.size >= 2 };
}

/**
 * What is never a title nor the qualifier after one: the employer's name, the name of someone on the thread
 * ("Interview – Practice Nurse (Shona MacAllister)"), or a name an address's domain abbreviates
 * ("– Mercycrest Community Credit Union" from kvollmer@mercycrestcu.org), or its first word when the domain is little more.
 */
export function notOfTheTitle(company: string | null, people: Person[]): (text: string) => boolean {
  const names = new Set(people.map((p) => (p.name ?? '').trim().toLowerCase()).filter((n) => n.includes(' ')));
  const labels = people.map((p) => ((p.email ?? '').toLowerCase().split('@')[1] ?? '').split('.')[0]?.replace(/-/g, '') ?? '').filter(Boolean);
  // A "company" that reads as a job title ("Site Superintendent", taken from a subject) is the extractor's slip: it bars no title.
  const employer = company && !JOB_NOUN.test(company.trim().split(/\s+/).at(-1) ?? '') ? company.toLowerCase() : undefined;
  // "Sandstone" of Sandstone Hotels & Resorts: "Front Office Manager – Sandstone Circular Quay" names one of its sites.
  const first = employer?.includes(' ') ? employer.split(/\s+/)[0] : undefined;
  const employerFirst = first && !GENERIC_FIRST_WORD.test(first) ? first : undefined;
  return (text) => {
    const key = text.trim().toLowerCase();
    if (key === employer || names.has(key)) return true;
    if (key === employerFirst && /^[a-z]{4,30}$/.test(key) && !JOB_NOUN.test(key)) return true;
    // "Mercycrest" of mercycrestcu.org, not "Grid Connections" of gridtransition.nsw.gov.au.
    if (/^[a-z]{4,30}$/.test(key)) return !JOB_NOUN.test(key) && labels.some((label) => label.startsWith(key) && label.length - key.length <= 3);
    return key.includes(' ') && labels.some((label) => domainAbbreviates(label, text));
  };
}

/** An employer's first word that names no one employer ("Local Government Reform Alliance", "National Grid"). */
const GENERIC_FIRST_WORD = /^(?:local|national|global|international|united|american|british|european|first|new|north|south|east|west|northern|southern|eastern|western|central|pacific|atlantic|city|state|county|general|community|public|royal|metro|greater|regional|federal|advanced|applied|integrated|modern|premier|superior|standard)$/;

/** The job title the thread is about, or null when no title scores enough. */
export function extractRole(subject: string, bodies: string[], excluded: (title: string) => boolean): string | null {
  const [top] = rankRoles(subject, bodies, excluded);
  return top && top.kind !== 'weak' ? top.value : null;
}

const buildPatterns = builtOnFirstUse(() => [JOB_NOUN, HAS_JOB_NOUN, LOWER_TITLE_END, HAS_LOWER_JOB_NOUN, SITE_BOUND, SITE_BEFORE, TITLE, JOINT_START, LOWER_TITLE, CONTEXT, PERSON_TITLE_BEFORE, LEADING_NOISE, TEAM_AFTER, REPLY_PREFIX, SUBJECT_SEGMENT, SUBJECT_JOINT, ALWAYS_CAPITALISED, FIELD_LABEL, SALUTATION]);

/**
 * The job titles the thread names, best first: scored by how often and in what company each appears, the
 * best written in full ("Senior Backend Engineer (Payments)") when the thread agrees on one qualifier for it.
 */
export function rankRoles(subject: string, bodies: string[], excluded: (title: string) => boolean): Ranked<string, RoleKind>[] {
  buildPatterns();
  const scores = new Map<string, Scored>();
  const mentions: Mention[] = [];
  const add = (raw: string, weight: number, written: string | null, kind: RoleKind, inSubject: boolean, after: string) => {
    const title = withoutEmployer(clean(raw), excluded);
    // Nine words: "Assistant Professor of Supply Chain and Logistics Management".
    if (!title || title.split(/\s+/).length > 9 || excluded(title)) return;
    const qualifier = SITE_BOUND.test(title) ? null : written;
    const key = title.toLowerCase();
    const entry = scores.get(key) ?? { title, score: 0, kinds: new Map() };
    entry.score += weight;
    entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + weight);
    scores.set(key, entry);
    mentions.push({ core: title, full: qualifier ? `${title}${qualifier}` : title, inSubject, after });
  };
  const scan = (text: string, base: number, isSubject: boolean) => {
    // Where the last title joined to another ends: that other title is part of it.
    let joinedUntil = -1;
    for (const match of HAS_JOB_NOUN.test(text) ? text.matchAll(TITLE) : []) {
      const at = match.index ?? 0;
      if (at < joinedUntil) continue;
      // "Dear Professor Okafor", "Dear Hiring Manager": a salutation addresses the reader by a title, it names no post.
      if (SALUTATION.test(match[1] ?? '')) continue;
      // "Priya Natarajan, Engineering Manager" names a person's title, not the role applied for.
      const before = text.slice(Math.max(0, at - 40), at);
      if (base < 3 && PERSON_TITLE_BEFORE.test(before)) continue;
      const end = at + match[0].length;
      // "Dean Constance Adeyemi", "Professor Imani Brooks": a title right before a name addresses that person.
      if (base < 3 && NAME_AFTER.test(text.slice(end, end + 80))) continue;
      const around = text.slice(Math.max(0, at - 24), end + 24);
      // CONTEXT's "for the", "as a" and "hiring a" end where the title starts.
      const context = CONTEXT.test(around) || CONTEXT.test(before.slice(-24));
      // "Position: Warehouse Operations Supervisor - 2nd Shift": a field line's value is the title as written, to the line's end.
      const field = !isSubject && FIELD_LABEL.test(text.slice(Math.max(0, at - 30), at));
      const after = field ? (text.slice(end, end + 80).split('\n')[0] ?? '') : text.slice(end, end + 80);
      const joint = JOINT_START.test(after) ? JOINT_TITLE.exec(after) : null;
      if (joint?.[1] && !excluded(joint[1])) {
        joinedUntil = end + joint[0].length;
        const joined = `${match[1] ?? ''} / ${joint[1]}`;
        const rest = text.slice(joinedUntil, joinedUntil + 80);
        add(joined, base + (CONTEXT.test(text.slice(Math.max(0, at - 24), joinedUntil + 24)) ? 2 : 0), roleQualifier(rest, isSubject || field, excluded, field), isSubject ? 'subject' : context ? 'body-context' : 'body', isSubject, rest);
        continue;
      }
      add(match[1] ?? '', base + (context ? 2 : 0), roleQualifier(after, isSubject || field, excluded, field), isSubject ? 'subject' : context ? 'body-context' : 'body', isSubject, after);
    }
    for (const match of LOWER_TITLE_END.test(text) && HAS_LOWER_JOB_NOUN.test(text) ? text.matchAll(LOWER_TITLE) : []) {
      const qualifier = match[2] && acceptable(qualifierWords(match[2]), excluded) ? titleCase(match[2]) : null;
      add(titleCase(match[1] ?? ''), base + 1, qualifier, isSubject ? 'subject' : 'body-context', isSubject, '');
    }
  };
  scan(readableSubject(subject), 3, true);
  for (const block of bodies.flatMap(boundedBlocks)) scan(block, 1, false);
  spelledOut(scores);
  // Stable: among equal scores and lengths the first named stays first, as the extractor has always chosen.
  const ranked = proseForm([...scores.values()].sort((a, b) => b.score - a.score || b.title.length - a.title.length));
  const best = ranked[0];
  if (!best) return [];
  const weak = best.score < 2;
  return [rankedOf(best, writtenInFull(best.title, mentions, sitesOf(bodies)), weak), ...ranked.slice(1).map((entry) => rankedOf(entry, entry.title, weak))];
}

/** "fernbrook ops lead": the employer's name written before the title is not part of it. */
function withoutEmployer(title: string, excluded: (text: string) => boolean): string {
  const words = title.split(/\s+/);
  for (let i = Math.min(3, words.length - 1); i >= 1; i--) {
    if (excluded(words.slice(0, i).join(' '))) return words.slice(i).join(' ');
  }
  return title;
}

/** "ops" of "operations", "mgr" of "manager", "sr" of "senior": the same first letter, then the rest in order. */
function abbreviates(short: string, long: string): boolean {
  if (short === long) return true;
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A title the subject abbreviates ("Ops Analyst") is the one the mail spells out ("Operations Analyst"): its score goes there. */
function spelledOut(scores: Map<string, Scored>): void {
  for (const [key, short] of scores) {
    if (!short.kinds.has('subject')) continue;
    const words = key.split(/\s+/);
    const full = [...scores.entries()].find(([other, entry]) => other !== key && !entry.kinds.has('subject') && other.split(/\s+/).length === words.length && other.split(/\s+/).every((word, i) => abbreviates(words[i] ?? '', word)));
    if (!full) continue;
    full[1].score += short.score;
    for (const [kind, weight] of short.kinds) full[1].kinds.set(kind, (full[1].kinds.get(kind) ?? 0) + weight);
    scores.delete(key);
  }
}

const TEAM_AFTER = oneByte(/^(?:[ \t]+(?:role|position|post))?[ \t]+(?:in|on|with|for|within)[ \t]+(?:our|the)[ \t]+([A-Z][\w&'’ -]{0,60}?)[ \t]+(?:team|department|practice|group|unit|division)\b/);
const REPLY_PREFIX = /\b(?:re|fwd?|aw|wg|tr|sv):/gi;

/** Where a subject's segments meet: "Junior designer - chat?", "Offer | Store manager". */
const SUBJECT_SEGMENT = oneByte(/[ \t]+[|–—-][ \t]+|[:|][ \t]*/);
const SUBJECT_JOINT = new RegExp(`(${SUBJECT_SEGMENT.source})`);
/** Words sentence case capitalises too: days, months, "I". */
const ALWAYS_CAPITALISED = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|I)\b/g;

const withNumerals = (text: string) => text.replace(/\b(?:Iv|Iii|Ii)\b/g, (numeral) => numeral.toUpperCase());

/**
 * A subject written all in lower case ("interview tomorrow – community outreach coordinator"), capitalised as titles
 * are; in sentence case, each segment capitalised only at its start, the segments that end in a job noun
 * ("Re: Junior designer - chat?").
 */
function readableSubject(subject: string): string {
  const rest = subject.replace(REPLY_PREFIX, '');
  if (!/\p{Lu}/u.test(rest)) return withNumerals(titleCase(rest));
  // Each segment is judged on its own: "Assistant store manager – Kopi & Kraft" writes the title in sentence case beside a name.
  // Split at the segments' joints, kept (odd places): only the segments themselves are recapitalised.
  return rest
    .split(SUBJECT_JOINT)
    .map((part, i) => (i % 2 === 0 && inSentenceCase(part) && JOB_NOUN.test(part.trim().split(/\s+/).at(-1) ?? '') ? withNumerals(titleCase(part)) : part))
    .join('');
}

/** A segment capitalised at most at its start: "Senior carpenter", not "Senior Carpenter" nor "Kopi & Kraft". */
function inSentenceCase(segment: string): boolean {
  return !/\p{Lu}/u.test(segment.trim().slice(1).replace(ALWAYS_CAPITALISED, ''));
}

/**
 * The title with the one qualifier the thread writes after it. The mail's own prose decides how it is written
 * ("– Retail Management" over the subject's "(Retail Management)"), and a qualifier only the subject adds while
 * the prose names the title bare ("Service Manager, Alexandria" beside "the Service Manager role at Alexandria")
 * is a note on the post, not its name. Two different qualifiers ("(CSV)", "(Computer System Validation)") leave
 * only the title.
 */
function writtenInFull(title: string, mentions: Mention[], sites: Set<string>): string {
  const key = title.toLowerCase();
  const same = mentions.filter((m) => m.core.toLowerCase() === key);
  const qualified = same.filter((m) => m.full !== m.core);
  const words = [...new Set(qualified.map((m) => qualifierWords(m.full.slice(m.core.length))))];
  // The longest, when every other is its start ("Chassis Design" and "Chassis Design (Suspension)").
  const sole = words.reduce<string | undefined>((a, b) => (a === undefined || b.startsWith(a) ? b : a), undefined);
  if (sole === undefined || words.some((w) => !sole.startsWith(w)) || sites.has(sole)) return title;
  const fromProse = qualified.find((m) => !m.inSubject && qualifierWords(m.full.slice(m.core.length)) === sole);
  if (fromProse) return fromProse.full;
  const prose = same.filter((m) => !m.inSubject);
  if (prose.length > 0 && !prose.some((m) => confirms(m.after, sole))) return title;
  return qualified.find((m) => qualifierWords(m.full.slice(m.core.length)) === sole)?.full ?? title;
}

/** The prose after a title writes the subject's qualifier: ", Private Client", or the team it names ("in our Private Client team"). */
function confirms(after: string, words: string): boolean {
  if (qualifierWords(after).startsWith(words)) return true;
  const team = TEAM_AFTER.exec(after);
  return team?.[1]?.toLowerCase() === words;
}

const QUALIFIER_OPENING = oneByte(/^[\s,–—(-]+/);

/** A qualifier's words without its separator or brackets: "– Retail Management" and "(Retail Management)" agree. */
function qualifierWords(text: string): string {
  return text.replace(QUALIFIER_OPENING, '').replace(/\)$/, '').toLowerCase();
}

/** Words a title adds before another: "Senior", "Community Energy Project", in title case. */
const ADDED_WORDS = /^(?:[A-Z][a-z][\w-]{0,30}[ \t]){1,4}$/;

/** The longer title is the shorter with title-case words before it: "Senior Backend Engineer" and "Backend Engineer". */
function addsWordsBefore(long: string, short: string): boolean {
  return long.toLowerCase().endsWith(` ${short.toLowerCase()}`) && ADDED_WORDS.test(long.slice(0, long.length - short.length));
}

/**
 * The subject's title gives way to the form the prose writes beside "role" or "position" when one extends the other:
 * "re: backend engineer role" beside "the senior backend engineer role", "Community Energy Program Coordinator"
 * beside "the Program Coordinator role". When the prose writes both forms, the fuller one; a lone job noun
 * ("the Assistant role") or a site before it ("the Leeds Store Manager position") is never the prose's form.
 */
function proseForm(ranked: Scored[]): Scored[] {
  const best = ranked[0];
  if (!best?.kinds.has('subject')) return ranked;
  const proseWritesIt = best.kinds.has('body-context');
  const form = ranked.find(
    (entry) =>
      entry !== best &&
      entry.kinds.has('body-context') &&
      (addsWordsBefore(entry.title, best.title) ? !proseWritesIt || !SITE_BOUND.test(entry.title) : !proseWritesIt && entry.title.includes(' ') && addsWordsBefore(best.title, entry.title)),
  );
  return form ? [form, ...ranked.filter((entry) => entry !== form)] : ranked;
}
