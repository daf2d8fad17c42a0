// When to ask another employer to answer by, once an offer with a deadline is in hand: within 72 hours,
// and a day before the offer's deadline so the two dates read clearly apart; halfway there when the
// deadline is that close. The draft, the plan and the decision timeline all name this one moment.

const HOUR = 3_600_000;

/** The ask-by instant (ms) for a message written at `from`, for an offer due at `deadline`; null when the deadline is unknown or past. */
export function askByTime(from: number, deadline: number): number | null {
  if (Number.isNaN(from) || Number.isNaN(deadline) || deadline <= from) return null;
  const dayBefore = deadline - 24 * HOUR;
  return dayBefore >= from + 12 * HOUR ? Math.min(from + 72 * HOUR, dayBefore) : from + (deadline - from) / 2;
}

/** The moment the ask counts from: when the user noted the offer, or now if that is earlier or unknown. */
export function askedAt(notedAt: string, now: string): number {
  const noted = Date.parse(notedAt);
  const at = Date.parse(now);
  return Number.isNaN(noted) ? at : Math.min(noted, at);
}

/**
 * askByTime for ISO instants, counted from when the user noted the offer; from now when that moment has
 * already passed (a note written late asks for a date still ahead). Null when the deadline is unknown or past.
 */
export function askBy(notedAt: string, deadline: string, now: string): string | null {
  const due = Date.parse(deadline);
  const at = Date.parse(now);
  if (Number.isNaN(due) || Number.isNaN(at) || due <= at) return null;
  const fromNoted = askByTime(askedAt(notedAt, now), due);
  const by = fromNoted !== null && fromNoted > at ? fromNoted : askByTime(at, due);
  return by === null ? null : new Date(by).toISOString();
}
