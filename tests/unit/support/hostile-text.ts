// Mail built to hurt the engine's patterns: the inputs of the security review of issue 12 and
// generators like them.
import fc from 'fast-check';
import type { MailThread } from '../../../src/core/model';

const FIRST = ['Priya', 'Tom', 'Ana', 'Kevin', 'Maria', 'John', 'Li', 'Sara', 'Omar', 'Eva'];
const LAST = ['Natarajan', 'Becker', 'Lopez', 'Doyle', 'Smith', 'Chen', 'Khan', 'Berg', 'Ray', 'Lee'];
const TITLES = ['Engineering Manager', 'our Staff Engineer', 'the VP of Product', 'a Recruiter', 'Head of Data'];

/** `count` distinct-looking full names. */
export function names(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[(i * 3 + 1) % LAST.length]}`);
}

/** "Priya Natarajan, Tom Becker, …": the review's comma-separated list. */
export const commaList = (count: number) => names(count).join(', ');

/** "Priya Natarajan, Engineering Manager, Tom Becker, our Staff Engineer, …": names and titles in turn. */
export const titledList = (count: number) => names(count).map((name, i) => `${name}, ${TITLES[i % TITLES.length]}`).join(', ');

/** The review's 497-character line: names with titles, no full stop. */
export const LONG_LINE = titledList(20).slice(0, 497);

/** "A." repeated to 100 KB. */
export const INITIALS = 'A.'.repeat(50_000);

/** A one-message thread from an employer whose body is `text`, about an interview so that every extractor runs. */
export function threadOf(text: string, subject = 'Interview for the Senior Engineer role at Acme'): MailThread {
  return {
    host: 'gmail',
    id: 'hostile',
    subject,
    userEmail: 'cand@gmail.com',
    messages: [
      {
        from: { name: 'Rita Recruiter', email: 'rita@acme.com' },
        to: [{ name: 'Cand Idate', email: 'cand@gmail.com' }],
        cc: [],
        sentAt: '2026-11-24T10:00:00-05:00',
        text: `Hi, we'd like to invite you to an interview for the Senior Engineer role. You'll meet with ${text}\n\nWe will decide within 5 business days.`,
      },
    ],
  };
}

const name = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([first, last]) => `${first} ${last}`);
const title = fc.constantFrom(...TITLES, '(Engineering Manager)', '(VP)');
const separator = fc.constantFrom(', ', ' and ', ', and ', ' & ', ',', ' ,  ');

/** Lists of 10–200 names, some with titles, with the separators mail uses. */
export const nameLists = fc
  .array(fc.tuple(name, fc.option(title), separator), { minLength: 10, maxLength: 200 })
  .map((items) => items.map(([n, t, sep]) => `${n}${t ? (t.startsWith('(') ? ` ${t}` : `, ${t}`) : ''}${sep}`).join(''));

/** A trap repeated to `size` characters, shown by its piece when a property fails (not by 100 KB of it). */
export interface Repeated {
  piece: string;
  text: string;
  [fc.toStringMethod]: () => string;
}

const repeatedTo =
  (size: number) =>
  (piece: string): Repeated => ({
    piece,
    text: piece.repeat(Math.ceil(size / Math.max(1, piece.length))).slice(0, size),
    [fc.toStringMethod]: () => `${JSON.stringify(piece.slice(0, 120))} repeated to ${size} characters`,
  });

/** Traps repeated to 100 KB: punctuation, initials, capitalised words, nested quotes, lists. */
export const hostileLines = fc
  .oneof(
    fc.stringMatching(/^[.,;:!?()'"’&-]{1,8}$/),
    fc.constantFrom('A.', 'A. ', 'A.B. ', 'Dr. ', '-- ', '\n', ' \n', 'On ', '"\'“', '((', '1/'),
    fc.array(fc.stringMatching(/^[A-Z][a-z]{0,12}$/), { minLength: 1, maxLength: 8 }).map((words) => `${words.join(' ')} `),
    fc.nat({ max: 6 }).map((depth) => `${'"“‘('.repeat(depth)}Priya Natarajan${'")”’'.repeat(depth)} `),
    nameLists,
  )
  .map(repeatedTo(100_000));

/** The fastest of a few runs of `run`, in ms: one slow run on a busy machine is noise, not the engine. */
export function fastestOf(runs: number, run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
