// The employer a signature names: the line after the sender's name and title ("Ilse Baumgartner /
// HR Coordinator / Brenntal Fördertechnik UK Ltd"), or the part of a line beside the title
// ("Talent Partner | Prairie Ledger Bank", "People Ops @ Brightwater Learning").
import { COMPANY_TEAM_WORDS, DISTRICT_NUMBER, withoutLegalForm } from './company-name';
import { builtOnFirstUse } from '../caseless';
import { isTitleHead } from './names';
import { oneByte } from '../one-byte';
import { capitalised } from './company-domain';

/** A job title or a department, not an employer: "Senior Recruiter", "People & Culture", "Talent Acquisition". */
const TITLE_OR_UNIT =
  /\b(?:inhaber(?:in)?|geschäftsführer(?:in)?|geschäftsführung|personal\p{L}*|leiter(?:in)?|referent(?:in)?|gerente|directora?|jefe|responsable|recursos humanos|reclutamiento|recruiter|advisor|adviser|manager|coordinator|director|partner|specialist|officer|lead|head|generalist|technician|assistant|associate|executive|chair|dean|owner|proprietor|proprietress|founder|co-founder|president|secretary|clerk|organi[sz]er|guests?|attendees?|vp|sourcer|consultant|administrator|engineer|analyst|professor|supervisor|ceo|cto|coo|cfo|chro|hr|human resources|talent acquisition|talent team|people team|personnel|people ops|people operations|people & culture|people and culture|talent & culture|talent and culture|people & talent|people and talent|recruitment|recruiting|careers|personalabteilung|unit|ward|college of|school of|department of|faculty of|division of|office of the|institute of [a-z]+ sciences)\b/iu;
/** Whether `name` signs the text as a person does, over a title: "Carla Mendes / Talent Acquisition". */
export function signsOverTitle(text: string, name: string): boolean {
  const lines = text.split('\n').map((line) => line.trim());
  return lines.some((line, i) => line === name && TITLE_OR_UNIT.test(lines[i + 1] ?? '') && TEAM_LINE.test(lines[i + 1] ?? ''));
}

/** A signer's name line: words of letters only, so "Unit 4, 21 Sydenham Rd" is not one. */
const NAME_LINE = oneByte(/^(?:(?:Dr|Prof|Professor)\.?[ \t]+)?[\p{Lu}][\p{L}'’.-]{0,30}(?:[ \t]+(?:(?:van|von|de|del|da|di|la|le|bin|binti|al)[ \t](?:(?:der|den|la)[ \t])?)?[\p{Lu}][\p{L}'’.-]{0,30}){1,3}$/u);
/** A signer's first name on its own line. */
const FIRST_NAME_LINE = oneByte(/^\p{Lu}[\p{L}'’-]{1,30}$/u);
/** An honorific before a signer's name. */
const HONORIFIC = /^(?:Dr|Prof|Professor)\.?[ \t]+/;
/** Letters after a name, never an employer: "PMP", "RN", "SHRM-SCP". */
const CREDENTIAL = /^(?:MBA|PMP|CSM|RN|BSN|MSN|DNP|FNP|NP|PA-C|PhD|Ph\.D|MD|DO|JD|Esq|CPA|CFA|CMA|PE|PEng|CEng|SHRM-CP|SHRM-SCP|PHR|SPHR|CIPD|MCIPD|CHRP|CHRL|LCSW|LPC|CCRN|MEd|EdD|MA|MS|MSc|BA|BS|BSc|BEng|MEng|ACCA|CIMA|FCA|ACA|MRICS|FRICS|RA|AIA)\.?$/;

/** A line of credentials only: "PMP, CSM", "RN, BSN". */
export const isCredentials = (line: string): boolean => {
  buildPatterns();
  const words = line.trim().split(/,?[ \t]+/);
  return words.length <= 6 && words.every((word) => CREDENTIAL.test(word.replace(/,$/, '')));
};

/** Lines that are contact details, legal notices or a mailer's note ("sent via lever"), never the employer's name. */
const CONTACT = /@|https?:|www\.|\d{2,4}\)?[ .-]\d{3}|\b(?:tel|phone|mobile|direct|fax|email|registered|authorised|authorized|regulated|confidential|sent (?:via|from|with|using))\b/i;
const UNIT_OF = /\b(?:college|school|department|faculty|division|office|institute) of\b/i;
/** A line of a few words and no sentence: a team's or a title's. */
const TEAM_LINE = /^[\p{L}&/ \t-]{2,60}$/u;
/** A registration written beside a name: " | Registered charity no. 1094412", " · Company No. 04417210". */
const REGISTRATION_BESIDE = oneByte(/[ \t]+[|–—·•][ \t]+(?:Registered|Reg\.|Charity|Company)[ \t][^|\n]{0,80}$/i);
/** A street or unit, not a name: "Unit 7, Cable Street Studios", "2 The Square". */
const ADDRESS = /(?:^|[ \t])\d+[a-z]?\b/;

/** Where a line's parts meet: "Title | Company", "Company – Tagline", "Title, Company". */
const SIGNER_BAR = oneByte(/[ \t]+[|–—][ \t]+/);
const PART_BREAK = oneByte(/[ \t]+[|–—·•][ \t]+|[ \t]+-[ \t]+|,[ \t]+|[ \t]+@[ \t]+/);
const PART_BREAK_AT = new RegExp(String.raw`${PART_BREAK.source}|[ \t]+at[ \t]+`);
const CAPITALISED = oneByte(/^[\p{Lu}0-9][\p{L}0-9&'’.+-]*(?:[ \t]+(?:\p{Ll}-\p{Lu}[\p{L}-]*|&|and|of|for|de|del|la|las|los|du|di|da|van|von|der|den|y|für|the|[\p{Lu}0-9][\p{L}0-9&'’.+-]*)){0,7}$/u);

/** A place's own department or college, which is an employer: "Kansas Department of Transportation", "Lakemont County Office of Budget". */
const NAMED_UNIT_OF = oneByte(/^((?:\p{Lu}[\p{L}'’.-]{0,30}[ \t]+){1,4})(?:College|School|Department|Faculty|Division|Office|Institute)[ \t]+of(?=[ \t])/u);
/** A title or a unit ("Department of Chemistry"), or a line a title's head word ends ("Superintendent", "Site Foreman"). */
const isTitle = (line: string): boolean => TITLE_OR_UNIT.test(line.replace(NAMED_UNIT_OF, '$1')) || (isTitleHead(line.split(/[ \t]+/).at(-1) ?? '') && !/[ \t]of[ \t]/.test(line));

/** A line that is the employer's name and nothing else but a tagline or place: "Mott Avenue Capital | A Community Development Loan Fund". */
function wholeLineCompany(line: string): string | null {
  // "Wildmoor Trust | Registered charity no. 1094412": a registration beside the name leaves it the name.
  const named = line.replace(REGISTRATION_BESIDE, '');
  if (CONTACT.test(named) || isCredentials(named)) return null;
  // "Hessische Förderbank für Wohnungsbau (HFW)": the name before its short form or gloss.
  const first = (named.replace(/[ \t]+\([^()\n]{1,60}\)$/, '').split(PART_BREAK)[0] ?? '').trim();
  // "Klinikum Spreewald-Lausitz gGmbH", "Cottonwood Valley School District No. 14": a legal form or a district's number is no address.
  const core = withoutLegalForm(first).replace(DISTRICT_NUMBER, '');
  return core && !isTitle(core) && !ADDRESS.test(core) && CAPITALISED.test(core) ? first : null;
}

/**
 * The employer beside a title: "Talent Partner | Prairie Ledger Bank", "Executive Director, Groundwork Commons".
 * "VP, Commercial Lending, Pacific Harbor Bank" writes a unit between them: both parts stand, for the rest of the mail to choose.
 */
function besideTitle(line: string): string[] {
  if (CONTACT.test(line)) return [];
  // A bar parts more than a comma: "Engineering Manager, Quality | Driftpoint Software" is title and unit, then the employer.
  const sections = line.split(/[ \t]+\|[ \t]+/);
  // "Talent Acquisition Partner at Fernhollow Construction" writes the employer after "at".
  const parts = (sections.length === 2 ? sections : line.split(PART_BREAK_AT)).map((part) => part.trim());
  if (!parts[0] || !TITLE_OR_UNIT.test(parts[0])) return [];
  // "Department of Tourism, Hospitality and Events": the unit's name runs on past the comma.
  const named = parts.slice(1).filter((part, i) => part && !isTitle(part) && !(UNIT_OF.test(parts[i] ?? '') && /[ \t](?:and|&)[ \t]/.test(part)));
  const [company, after] = named;
  if (!company || ADDRESS.test(company) || !CAPITALISED.test(company)) return [];
  return after && named.length === 2 && !ADDRESS.test(after) && CAPITALISED.test(after) ? [company, after] : [company];
}

/** The company's team as the signer: "The Orchardline Hiring Team", "Ledgerline Talent Acquisition". */
const COMPANY_TEAM = new RegExp(
  oneByte(String.raw`^(?:The[ \t]+)?(\p{Lu}[\p{L}0-9&'’.+-]{0,40}(?:[ \t]+[\p{Lu}&][\p{L}0-9&'’.+-]{0,40}){0,4}?)[ \t]+(?:${COMPANY_TEAM_WORDS}|Talent Acquisition|Recruiting|Recruitment|Human Resources|Careers)$`),
  'u',
);

/**
 * The employer on the signer's own line: "Dana Whitt | Talent Acquisition | Fernhollow Construction". Only a
 * bar parts it so, or commas around a title ("Kelsey Moran, HR, Colorado Parks and Wildlife"): after a dash a
 * signer writes a title, a team or a tagline as often as the employer.
 */
function besideSigner(line: string, isKnownSigner: (line: string) => boolean): string | null {
  if (!line.includes('|') && !line.includes(',')) return null;
  const barred = line.split(/[ \t]+\|[ \t]+/).map((part) => part.trim());
  if (barred.length >= 2 && isKnownSigner((barred[0] ?? '').replace(/,.*$/, ''))) {
    return barred.slice(1).map((part) => (TITLE_OR_UNIT.test(part) ? null : wholeLineCompany(part))).find(Boolean) ?? null;
  }
  const [signer = '', title = '', employer, ...rest] = line.split(/,[ \t]+/).map((part) => part.trim());
  return employer && rest.length === 0 && isKnownSigner(signer) && isTitle(title) && !isTitle(employer) ? wholeLineCompany(employer) : null;
}

/** A recruitment agency's name on a line of its own: words of its own, then what it does ("Meridian Life Science Recruitment"). */
const AGENCY_LINE = oneByte(/^\p{Lu}[\p{L}'’&-]{1,30}(?:[ \t]+[\p{Lu}&][\p{L}'’&-]{0,30}){0,4}[ \t]+(?:Recruitment|Recruiting|Search|Staffing|Resourcing|Headhunters|Talent(?=[ \t]+(?:Partners|Group|Solutions)))(?:[ \t]+(?:Partners|Group|Solutions|Ltd|Limited|Inc|LLC|LLP)){0,2}$/u);
/** A team's line: "Human Resources", "Talent Acquisition", not "Northland Department of Commerce". */
const isTeam = (part: string) => isTitle(part) && TEAM_LINE.test(part);
const BAR_OR_DASH = oneByte(/[ \t]+[|–—-][ \t]+/);
/** The department that hires, or its unit: "Human Resources", "Recruitment", "Talent Acquisition Office". */
const HIRING_DEPARTMENT =
  /^(?:Human[ \t]+Resources|HR|Recruitment|Recruiting|(?:People|Talent)[ \t]+(?:&|and)[ \t]+Culture|Talent(?:[ \t]+Acquisition)?|Careers|People(?:[ \t]+Operations)?|Personnel|Staffing|Hiring|Selection)(?:[ \t]+(?:Department|Office|Team|Unit|Division|Services|Section))?$/i;
/** A team and its employer on one line: "Talent Acquisition | Kestrel Drive Systems", "Kansas Department of Transportation - Human Resources". */
function teamBesideEmployer(line: string): string | null {
  const [team = '', employer, ...rest] = line.split(/[ \t]+\|[ \t]+/);
  if (employer && rest.length === 0 && isTeam(team)) return wholeLineCompany(employer);
  // "Northland Department of Commerce | Human Resources – Recruitment": the employer, then its department and
  // unit; a person's title after a dash ("Rodrigo Aguilar - Maintenance Superintendent") is no department.
  const [name = '', ...units] = line.split(BAR_OR_DASH);
  return units.length >= 1 && units.length <= 2 && units.every((unit) => HIRING_DEPARTMENT.test(unit)) && !isTitle(name) ? wholeLineCompany(name) : null;
}

/** What `read` finds in the last line it finds anything in, reading from the end: no line before that one is read. */
function lastFound(lines: string[], read: (line: string) => string | null): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const found = read(lines[i] ?? '');
    if (found) return found;
  }
  return null;
}

/** A team signs without a person: "Sincerely, / Human Resources - Talent Acquisition / Pine Bluff Independent School District", "The Orchardline Hiring Team". */
function teamSigned(lines: string[]): string[] {
  const teamAt = lines.findLastIndex((line) => TITLE_OR_UNIT.test(line) && TEAM_LINE.test(line));
  const company = teamAt >= 0 ? (teamBesideEmployer(lines[teamAt] ?? '') ?? wholeLineCompany(lines[teamAt + 1] ?? '')) : null;
  if (company) return [company];
  const beside = lastFound(lines, teamBesideEmployer);
  if (beside) return [beside];
  const team = lastFound(lines, (line) => COMPANY_TEAM.exec(line)?.[1] ?? null);
  return team && !TITLE_OR_UNIT.test(team) ? [team] : [];
}

const buildPatterns = builtOnFirstUse(() => [TITLE_OR_UNIT, NAME_LINE, CONTACT, UNIT_OF, TEAM_LINE, ADDRESS, PART_BREAK, CAPITALISED, CREDENTIAL, COMPANY_TEAM, NAMED_UNIT_OF, HONORIFIC, REGISTRATION_BESIDE, FIRST_NAME_LINE, BAR_OR_DASH, HIRING_DEPARTMENT, AGENCY_LINE, SHORT_LINE]);

/** A line of words, not a sentence: a signature's name, title or letterhead. */
const SHORT_LINE = /^[^?!:]{2,80}$/;

/**
 * A signature written all in small letters ("nadia fernsby | people & talent, fieldnote studio") is read with
 * its names' capitals, as mail in any case writes them; a sentence in it stays as written.
 */
function writtenAsNames(lines: string[]): string[] {
  if (lines.some((line) => /\p{Lu}/u.test(line))) return lines;
  return lines.map((line) => (SHORT_LINE.test(line) && line.split(' ').length <= 10 ? capitalised(line.split(' ')) : line));
}

/** The last `count` lines of `text` that hold more than blanks, trimmed: a long body is never split whole for its sign-off. */
function lastLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (let end = text.length; end > 0 && lines.length < count; ) {
    const start = text.lastIndexOf('\n', end - 1);
    const line = text.slice(start + 1, end).trim();
    if (line) lines.push(line);
    end = start;
  }
  return lines.reverse();
}

/** The name a line may sign with, and that name without an honorific; null for a line no signer writes. */
function signerNames(line: string): [string, string] | null {
  // "Jana Röder | Talent Acquisition" is a signer and a title; "Pinecrest Mutual | Boise" is no signer.
  const [beforeBar = '', title] = line.split(SIGNER_BAR, 2);
  // "Hannah Lindqvist (she/her)", "Dr. Ana Ruiz, PhD": the name before the pronouns or credentials.
  const name = beforeBar.replace(/(?:,|[ \t]*\().*$/, '');
  // "One Raffles Quay, North Tower, #28-01" starts like a name, but a signer's line holds no number.
  if (!NAME_LINE.test(name) || /\d/.test(line) || (title !== undefined && !TITLE_OR_UNIT.test(title))) return null;
  // "Professor Helen Achterberg" signs as the sender "Helen Achterberg".
  return [name, name.replace(HONORIFIC, '')];
}

/**
 * The employer a message's signature names: the first line after the signer's last name line (and any
 * title lines) that is neither a title, a department nor contact details, then a name beside a title; the
 * stronger first, none when it names none.
 */
export function signatureCompanies(message: string, isKnownSigner: (line: string) => boolean, mayBeSigner: (line: string) => boolean): string[] {
  buildPatterns();
  const lines = writtenAsNames(lastLines(message, 14));
  const signers = lines.map(signerNames);
  const signerAt = (isSigner: (line: string) => boolean) => signers.findLastIndex((names) => names !== null && (isSigner(names[0]) || isSigner(names[1])));
  // A street ("Hebbal Ring Road, Mysuru") reads like a name too: the sender's own name, when written, marks the signer.
  // "Noor / Founder, Field & Form": the sender signs by first name alone.
  const byFullName = signerAt(isKnownSigner);
  const likely = byFullName >= 0 ? -1 : signerAt(mayBeSigner);
  const byFirstName = byFullName < 0 && likely < 0 ? lines.findLastIndex((line) => FIRST_NAME_LINE.test(line) && isKnownSigner(line)) : -1;
  const known = byFullName >= 0 ? byFullName : byFirstName;
  const nameAt = known >= 0 ? known : likely;
  // Read only when needed: most signatures name the employer on a line of its own.
  const onSignerLine = () => lastFound(lines, (line) => besideSigner(line, isKnownSigner));
  if (nameAt < 0) {
    const beside = onSignerLine();
    return beside ? [beside] : teamSigned(lines);
  }
  // Under a title the line is the employer, though the mail's sender is named so: "People & Talent Partner / Ceiba Insurance Group".
  // A sentence above the name ("Could you meet my co-founder?") is prose, and a line of a schedule ("2:00 HR wrap-up - Lisa Brandt") an agenda, not a title.
  const above = lines[nameAt - 1] ?? '';
  const underTitle = known >= 0 && nameAt > 0 && TITLE_OR_UNIT.test(above) && !CONTACT.test(above) && !/[.?!]$|\d/.test(above) ? wholeLineCompany(lines[nameAt] ?? '') : null;
  if (underTitle) return [underTitle];
  const below = lines.slice(nameAt + 1, nameAt + 4);
  // "Nurse Manager, Cardiac Unit" names a unit when a line of its own names the employer, but "Talent
  // Partner, Haathi Home Stores" over "Kolkata" names it beside the title: both stand, the line first.
  const owns = below.map(wholeLineCompany);
  const ownAt = owns.findIndex(Boolean);
  const own = owns[ownAt] ?? null;
  // "Digital Products | Fernhollow Construction": a unit and its employer, which the rest of the mail tells apart.
  const barred = ownAt >= 0 ? (below[ownAt] ?? '').split(/[ \t]+\|[ \t]+/) : [];
  const second = barred.length === 2 && own === barred[0]?.trim() ? wholeLineCompany(barred[1]?.trim() ?? '') : null;
  // "Nadia Fernsby | People & Talent, Fieldnote Studio": the title, and the employer beside it, on the signer's own line.
  const signerTitle = (lines[nameAt] ?? '').split(SIGNER_BAR).slice(1, 2);
  const beside = [...signerTitle, ...below].map(besideTitle).find((names) => names.length > 0) ?? [];
  // "Principal Consultant - Life Sciences" over "Meridian Life Science Recruitment": an agency's practice beside the title, the agency on its own line.
  // "Arreola Talent Partners · Guadalajara": the agency's name before its place.
  const agency = own ? null : below.map((line) => (line.split(PART_BREAK)[0] ?? '').trim()).find((name) => AGENCY_LINE.test(name) && !CONTACT.test(name));
  if (agency) return [agency];
  return [own ?? onSignerLine(), ...(second ? [second] : beside)].filter((name): name is string => Boolean(name));
}
