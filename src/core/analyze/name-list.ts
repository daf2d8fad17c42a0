// Lists of people as mail writes them: "Priya Natarajan (Engineering Manager), Tom Becker, our Staff
// Engineer, and Ana López". One regular expression for the whole list backtracks exponentially in its
// length (a title may hold a name, a name may end a title), so the list is read one item at a time,
// each item matched once where it stands and never revisited: the cost is linear in the list.
import { PERSON_NAME } from './names';

/** A name where the list starts. */
const FIRST_ITEM = new RegExp(PERSON_NAME, 'y');
/** A separator and the next name. */
const NEXT_ITEM = new RegExp(String.raw`(?:,|,?\s+and|\s*&)\s+${PERSON_NAME}`, 'y');
/** What may follow a name: "(Engineering Manager)" or ", our Staff Engineer," up to the next separator. */
const TITLE_AFTER = /\s*\([^)]{1,60}\)|,\s*(?:(?:our|the|a|an)\s+)?[A-Za-z ]{2,40}?(?=,|\s+and\b|\s*&|[.;:!?]|$)/y;

function endOf(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : null;
}

/** Where the item that starts at `at` ends, with its title: null when no name starts there. */
function itemEnd(text: string, at: number, item: RegExp): number | null {
  const nameEnd = endOf(item, text, at);
  if (nameEnd === null) return null;
  return endOf(TITLE_AFTER, text, nameEnd) ?? nameEnd;
}

/** The ends of the list's items in turn, for a list whose first name starts at `start`. */
function itemEnds(text: string, start: number): number[] {
  const ends: number[] = [];
  let end = itemEnd(text, start, FIRST_ITEM);
  while (end !== null) {
    ends.push(end);
    end = itemEnd(text, end, NEXT_ITEM);
  }
  return ends;
}

/** The list of names that starts at `start` (empty when none does). */
export function listAt(text: string, start: number): string {
  const ends = itemEnds(text, start);
  return text.slice(start, ends.at(-1) ?? start);
}

/** Where a name can start: a capital letter. */
const CAPITAL = /[A-Z]/g;

/**
 * The leftmost list of names in `text` between `from` and `to` that ends exactly at `to` ("Priya
 * Natarajan and Tom Becker" before " will interview you"). Lists that start at different capitals
 * run into the same items, so whether an item's end leads to `to` is worked out once per end.
 */
export function listEndingAt(text: string, from: number, to: number): string {
  const window = text.slice(from, to);
  const leadsToEnd = new Map<number, boolean>();
  const leads = (end: number): boolean => {
    let known = leadsToEnd.get(end);
    if (known === undefined) {
      const next = itemEnd(window, end, NEXT_ITEM);
      known = end === window.length || (next !== null && leads(next));
      leadsToEnd.set(end, known);
    }
    return known;
  };
  for (const m of window.matchAll(CAPITAL)) {
    const end = itemEnd(window, m.index, FIRST_ITEM);
    if (end !== null && leads(end)) return window.slice(m.index);
  }
  return '';
}
