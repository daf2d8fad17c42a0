// The employer a signature names: the line after the sender's name and title ("Ilse Baumgartner /
// HR Coordinator / Brenntal Fördertechnik UK Ltd"), or the part of a line beside the title
// ("Talent Partner | Prairie Ledger Bank", "People Ops @ Brightwater Learning").

/** A job title or a department, not an employer: "Senior Recruiter", "People & Culture", "Talent Acquisition". */
const TITLE_OR_UNIT =
  /\b(?:recruiter|advisor|adviser|manager|coordinator|director|partner|specialist|officer|lead|head|generalist|assistant|associate|executive|chair|dean|owner|founder|co-founder|president|vp|sourcer|consultant|administrator|engineer|analyst|professor|supervisor|ceo|cto|coo|cfo|chro|hr|human resources|talent acquisition|talent team|people ops|people operations|people & culture|people and culture|recruitment|recruiting|careers|personalabteilung|college of|school of|department of|faculty of|division of|office of the|institute of [a-z]+ sciences)\b/i;
/** A signer's name line: words of letters only, so "Unit 4, 21 Sydenham Rd" is not one. */
const NAME_LINE = /^(?:(?:Dr|Prof)\.?[ \t]+)?[\p{Lu}][\p{L}'’.-]{0,30}(?:[ \t]+[\p{Lu}][\p{L}'’.-]{0,30}){1,3}$/u;
/** Lines that are contact details or legal notices, never the employer's name. */
const CONTACT = /@|https?:|www\.|\d{3}|\b(?:tel|phone|mobile|direct|fax|email|registered|authorised|authorized|regulated|confidential)\b/i;
/** Where a line's parts meet: "Title | Company", "Company – Tagline", "Title, Company". */
const PART_BREAK = /[ \t]+[|–—·•][ \t]+|[ \t]+-[ \t]+|,[ \t]+|[ \t]+@[ \t]+/;
const CAPITALISED = /^[\p{Lu}0-9][\p{L}0-9&'’.+-]*(?:[ \t]+(?:&|and|of|de|la|du|für|für|the|[\p{Lu}0-9][\p{L}0-9&'’.+-]*)){0,7}$/u;

/** A line that is the employer's name and nothing else but a tagline or place: "Mott Avenue Capital | A Community Development Loan Fund". */
function wholeLineCompany(line: string): string | null {
  if (CONTACT.test(line)) return null;
  const first = line.split(PART_BREAK)[0]?.trim() ?? '';
  return first && !TITLE_OR_UNIT.test(first) && CAPITALISED.test(first) ? first : null;
}

/** The employer beside a title: "Talent Partner | Prairie Ledger Bank", "Executive Director, Groundwork Commons". */
function besideTitle(line: string): string | null {
  if (CONTACT.test(line)) return null;
  const parts = line.split(PART_BREAK).map((part) => part.trim());
  if (!parts[0] || !TITLE_OR_UNIT.test(parts[0])) return null;
  const company = parts.slice(1).find((part) => part && !TITLE_OR_UNIT.test(part));
  return company && CAPITALISED.test(company) ? company : null;
}

/**
 * The employer a message's signature names: the first line after the signer's last name line (and any
 * title lines) that is neither a title, a department nor contact details; null when it names none.
 */
export function signatureCompany(message: string, isKnownSigner: (line: string) => boolean, mayBeSigner: (line: string) => boolean): string | null {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-14);
  const signerAt = (isSigner: (line: string) => boolean) =>
    lines.findLastIndex((line) => {
      const name = line.replace(/,.*$/, '');
      return NAME_LINE.test(name) && isSigner(name);
    });
  // A street ("Hebbal Ring Road, Mysuru") reads like a name too: the sender's own name, when written, marks the signer.
  const known = signerAt(isKnownSigner);
  const nameAt = known >= 0 ? known : signerAt(mayBeSigner);
  if (nameAt < 0) return null;
  const below = lines.slice(nameAt + 1, nameAt + 4);
  // "Nurse Manager, Cardiac Unit" names a unit when a line of its own names the employer.
  for (const line of below) {
    const company = wholeLineCompany(line);
    if (company) return company;
  }
  for (const line of below) {
    const company = besideTitle(line);
    if (company) return company;
  }
  return null;
}
