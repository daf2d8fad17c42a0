import { boundedBlocks } from '../bounded-text';
import { titleCase } from './names';

const JOB_NOUNS = String.raw`(?:Engineer|Developer|Programmer|Architect|Manager|Director|Designer|Analyst|Scientist|Specialist|Coordinator|Consultant|Associate|Administrator|Officer|Accountant|Controller|Representative|Rep|Nurse|Teacher|Intern|Recruiter|Writer|Editor|Producer|Strategist|Technician|Assistant|Counsel|Attorney|Paralegal|Planner|Marketer|Researcher|Advocate|Lead|Partner|Executive|Agent|Advisor|Adviser|Pharmacist|Therapist|Physician|Chemist|Economist|Actuary|Auditor|Buyer|Operator|Supervisor|Superintendent|Instructor|Librarian|Copywriter|Chef|Cook|Baker|Server|Bartender|Barista|Driver|Mechanic|Electrician|Apprentice|Carpenter|Plumber|Welder|Cashier|Clerk|Receptionist|Tutor|Counselor|Coach|Trainer|Pilot|Dentist|Hygienist|Veterinarian|Technologist|Inspector|Estimator|Foreman|Curator|Archivist|Generalist|Trainee|Fellow|Resident|Actuary|Attendant|Caregiver|Aide|Worker|Handler|Machinist|Dispatcher|Underwriter|Banker|Teller|Broker|Translator|Illustrator|Animator|Photographer|Journalist|Reporter|Manager|SRE|DevOps|Head of [A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?|VP of [A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?|Vice President of [A-Z][\w&-]*)`;
// Bounded word length: an unbounded one backtracks quadratically on long runs like "1/1/1/…".
const LEAD_WORD = String.raw`(?:[A-Z0-9][\w/+&.-]{0,30}|of|and|&)`;

/** A job title in title case: up to five leading words and a job noun, with a level or a ", Team" tail. */
const TITLE = new RegExp(String.raw`\b((?:${LEAD_WORD}\s+){0,5}${JOB_NOUNS}(?:\s+(?:I{1,3}|IV|[1-3]))?)\b(?:,\s+([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?)(?=\s+(?:role|position|opening|team)))?`, 'g');
const LOWER_TITLE = new RegExp(String.raw`\bthe\s+((?:[a-z][\w/+&-]*\s+){0,4}(?:${JOB_NOUNS.toLowerCase()}))\s+(?:role|position|opening|job)\b`, 'g');

const CONTEXT = /\b(?:role|position|opening|opportunity|req|requisition|job)\b|\b(?:for|as)\s+(?:the|a|an|our)\s*$|interview\b/i;

const PERSON_TITLE_BEFORE = /(?:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s*(?:(?:our|the|a|an|who is)\s+)?|\(\s*|[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s+[–—-]\s+|\b(?:I am|I'm|I’m|my name is [A-Z][a-z]+,?)\s+(?:a|an|the)?\s*)$/;

function clean(title: string): string {
  return title
    .replace(/^(?:of|and|&|The|A|An|Our|Your|Re|Fwd|Interview|Invitation|Application|Update|Next|Steps|For|With|At|Position|Role)\s+/g, '')
    .replace(/^(?:of|and|&|The|A|An|Our|Your|Re|Fwd|Interview|Invitation|Application|Update|Next|Steps|For|With|At|Position|Role)\s+/g, '')
    .trim();
}

/** The job title the thread is about, scored by how often and in what company it appears. */
export function extractRole(subject: string, bodies: string[], excluded: (title: string) => boolean): string | null {
  const scores = new Map<string, { title: string; score: number }>();
  const add = (raw: string, weight: number) => {
    const title = clean(raw);
    if (title.split(/\s+/).length > 7 || excluded(title)) return;
    const key = title.toLowerCase();
    const entry = scores.get(key) ?? { title, score: 0 };
    entry.score += weight;
    scores.set(key, entry);
  };
  const scan = (text: string, base: number) => {
    for (const match of text.matchAll(TITLE)) {
      // "Priya Natarajan, Engineering Manager" names a person's title, not the role applied for.
      const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
      if (base < 3 && PERSON_TITLE_BEFORE.test(before)) continue;
      const full = match[2] ? `${match[1]}, ${match[2]}` : (match[1] ?? '');
      const around = text.slice(Math.max(0, (match.index ?? 0) - 24), (match.index ?? 0) + match[0].length + 24);
      add(full, base + (CONTEXT.test(around) ? 2 : 0));
    }
    for (const match of text.matchAll(LOWER_TITLE)) add(titleCase(match[1] ?? ''), base + 1);
  };
  scan(subject, 3);
  for (const block of bodies.flatMap(boundedBlocks)) scan(block, 1);
  // "Product Manager, Payments" is the same role as "Product Manager", said more precisely.
  const entries = [...scores.values()];
  for (const longer of entries) {
    for (const shorter of entries) {
      if (shorter !== longer && longer.title.toLowerCase().startsWith(`${shorter.title.toLowerCase()},`)) longer.score += shorter.score;
    }
  }
  let best: { title: string; score: number } | null = null;
  for (const entry of entries) if (!best || entry.score > best.score || (entry.score === best.score && entry.title.length > best.title.length)) best = entry;
  return best && best.score >= 2 ? best.title : null;
}
