// The follow-up rules of docs/analysis.md as a pure function: what to do for one application, and
// when, given what was sent and received so far. Keys are stable across re-planning so the user's
// snoozes and completions (stored by key) survive it.
import type { ApplicationDossier, ContactEvent, Interview, PlannedCheckIn, Settings } from '../model';
import { askByTime, askedAt } from '../offer/ask-by';
import { addBusinessDays, nextBusinessDay } from '../timeline/calendar';
import { atHour, DAY, dayLabel, dayOfInstant, HOUR, instant, iso, knownZone } from './clock';

const WORK_START = 9;
const WORK_END = 17;
/** The spec's "never two emails to the same application in one 7-day span". */
const MIN_EMAIL_GAP = 7 * DAY;
/** After this many unanswered follow-ups, more would read as pressure: the plan stops suggesting them. */
const MAX_UNANSWERED_FOLLOW_UPS = 3;
/** Thank-yous for rounds older than this are no longer worth suggesting. */
const THANK_YOU_HORIZON = 14 * DAY;
const PHONE_AFTER_SILENCE = 14 * DAY;

interface Context {
  dossier: ApplicationDossier;
  settings: Settings;
  now: number;
  zone: string | null;
  holidays: string[];
  sent: ContactEvent[];
  received: ContactEvent[];
  calls: ContactEvent[];
}

const interviewEnd = (interview: Interview) => instant(interview.at ?? '') + Math.max(0, interview.durationMinutes) * 60_000;
const isThankYou = (event: ContactEvent) => event.checkInKey?.startsWith('thank-you:') ?? false;
const isReferenceBrief = (event: ContactEvent) => event.checkInKey?.startsWith('reference-update:') ?? false;
const answered = (ctx: Context, key: string) => ctx.sent.some((e) => e.checkInKey === key) || ctx.calls.some((e) => e.checkInKey === key);

function plan(ctx: Context, partial: Omit<PlannedCheckIn, 'applicationId' | 'notBefore' | 'dueAt'> & { notBefore: number; dueAt: number }): PlannedCheckIn {
  const dueAt = Math.max(partial.dueAt, partial.notBefore);
  return { ...partial, applicationId: ctx.dossier.application.id, notBefore: iso(partial.notBefore), dueAt: iso(dueAt) };
}

/**
 * Follow-ups to the employer: everything sent but thank-you notes and reference briefings. Those two
 * stay out of the 7-day rule: rule 1 wants one thank-you per interviewer on the same day, and a
 * briefing goes to the user's reference, not to the employer.
 */
function followUpsSent(ctx: Context): ContactEvent[] {
  return ctx.sent.filter((e) => !isThankYou(e) && !isReferenceBrief(e));
}

/** Rule 5's "never two emails in 7 days": moves a window so it opens a week after the last email. */
function respectGap(ctx: Context, notBefore: number, dueAt: number): [number, number] {
  const last = followUpsSent(ctx).at(-1);
  // Counted in the user's calendar days: a week after Tuesday's email is next Tuesday morning.
  const earliest = last ? atHour(dayOfInstant(instant(last.at) + MIN_EMAIL_GAP, ctx.zone), WORK_START, ctx.zone) : 0;
  if (earliest <= notBefore) return [notBefore, dueAt];
  return [earliest, earliest + (dueAt - notBefore)];
}

/**
 * A follow-up email to the employer: none when it was already answered, and moved so it never comes
 * within seven days of the last one. `reason` gets the moment it opens.
 */
function followUpEmail(
  ctx: Context,
  key: string,
  kind: 'status-check' | 'check-in' | 'extended-delay',
  window: [number, number],
  reason: (notBefore: number) => string,
): PlannedCheckIn[] {
  if (answered(ctx, key)) return [];
  const [notBefore, dueAt] = respectGap(ctx, window[0], window[1]);
  return [plan(ctx, { key, kind, channel: 'email', notBefore, dueAt, contactName: null, interviewId: null, reason: reason(notBefore) })];
}

/** Rule 1: a personal thank-you to every interviewer, due within 24 hours of the interview's end. */
function thankYous(ctx: Context): PlannedCheckIn[] {
  const out: PlannedCheckIn[] = [];
  for (const interview of ctx.dossier.interviews) {
    if (!interview.at) continue;
    const end = interviewEnd(interview);
    if (ctx.now - end > THANK_YOU_HORIZON) continue;
    const people = interview.interviewers.length > 0 ? interview.interviewers : [null];
    for (const person of people) {
      const key = `thank-you:${interview.id}:${person ?? 'interviewer'}`;
      if (answered(ctx, key)) continue;
      out.push(
        plan(ctx, {
          key,
          kind: 'thank-you',
          channel: 'email',
          notBefore: end,
          dueAt: end + 24 * HOUR,
          contactName: person,
          interviewId: interview.id,
          reason: `Thank ${person ?? 'your interviewer'} within 24 hours of the interview on ${dayLabel(end, ctx.zone)}.`,
        }),
      );
    }
  }
  return out;
}

/** The moment the candidate starts waiting: the end of the last interview that took place. */
function waitingSince(ctx: Context): number | null {
  const ends = ctx.dossier.interviews.filter((i) => i.at).map(interviewEnd).filter((end) => end <= ctx.now);
  return ends.length > 0 ? Math.max(...ends) : null;
}

function cadenceDays(ctx: Context): { min: number; max: number } {
  if (ctx.settings.cadence === 'standard') return { min: 7, max: 10 };
  const window = ctx.dossier.application.decisionWindow;
  // "Patient" waits three weeks, unless the employer's own timeline is shorter.
  const timeline = window ? Math.round((instant(`${window.latest}T00:00:00Z`) - instant(`${window.statedOn}T00:00:00Z`)) / DAY) : 21;
  const span = Math.max(7, Math.min(21, timeline));
  return { min: span, max: span + 3 };
}

/**
 * Rules 2–4: the first follow-up after the wait began — the status check the business day after a
 * stated window, or a check-in two weeks on when no window stands.
 */
function firstFollowUp(ctx: Context, waitStart: number, heardFrom: ContactEvent | undefined, n: number): PlannedCheckIn[] {
  const app = ctx.dossier.application;
  const window = app.decisionWindow;
  const startDay = dayOfInstant(waitStart, ctx.zone);
  // A window stands until the employer writes on a later day than the message that stated it.
  const windowStands = window !== null && window.latest >= startDay && (!heardFrom || dayOfInstant(instant(heardFrom.at), ctx.zone) <= window.statedOn);
  if (window && windowStands) {
    const day = nextBusinessDay(window.latest, ctx.holidays);
    return followUpEmail(
      ctx,
      `status-check:${app.id}:${window.latest}`,
      'status-check',
      [atHour(day, WORK_START, ctx.zone), atHour(day, WORK_END, ctx.zone)],
      () => `They said “${window.quote}”. That window closes on ${dayLabel(atHour(window.latest, 12, ctx.zone), ctx.zone)}: a short status check is due the next business day.`,
    );
  }
  const mark = dayOfInstant(waitStart + 14 * DAY, ctx.zone);
  return followUpEmail(
    ctx,
    `check-in:${app.id}:${n}`,
    'check-in',
    [atHour(mark, WORK_START, ctx.zone), atHour(addBusinessDays(mark, 2, ctx.holidays), WORK_END, ctx.zone)],
    (notBefore) =>
      heardFrom
        ? `Their message of ${dayLabel(instant(heardFrom.at), ctx.zone)} gave no new timeline: a polite check-in is due two weeks on, around ${dayLabel(notBefore, ctx.zone)}.`
        : `They gave no timeline: a polite check-in is due two weeks after the interview, around ${dayLabel(notBefore, ctx.zone)}.`,
  );
}

/**
 * Rules 2–6: silence while the window is open, the status check after it, then check-ins and calls.
 * The employer's latest message restarts the wait (the process moved): what was pending before it
 * is dropped, and the follow-ups count again from it.
 */
function statusChecks(ctx: Context, interviewEnd: number): PlannedCheckIn[] {
  const app = ctx.dossier.application;
  const out: PlannedCheckIn[] = [];
  const followUps = followUpsSent(ctx).filter((e) => instant(e.at) >= interviewEnd);
  const heardFrom = ctx.received.filter((e) => instant(e.at) > interviewEnd).at(-1);
  const waitStart = heardFrom ? instant(heardFrom.at) : interviewEnd;
  const unanswered = followUps.filter((e) => instant(e.at) > waitStart);
  // Numbered over every follow-up since the interview, so a key once sent is never planned again.
  const n = followUps.length + 1;
  const lastSent = unanswered.at(-1);
  if (!lastSent) return firstFollowUp(ctx, waitStart, heardFrom, n);

  const sentAt = instant(lastSent.at);
  const callsSince = ctx.calls.filter((c) => instant(c.at) >= sentAt);
  const lastContact = Math.max(sentAt, ...callsSince.map((c) => instant(c.at)));
  if (app.employerStyle === 'traditional' && callsSince.length === 0) {
    const callDay = dayOfInstant(sentAt + PHONE_AFTER_SILENCE, ctx.zone);
    out.push(
      plan(ctx, {
        key: `phone-call:${app.id}:${dayOfInstant(sentAt, ctx.zone)}`,
        kind: 'phone-call',
        channel: 'phone',
        notBefore: atHour(callDay, WORK_START, ctx.zone),
        dueAt: atHour(addBusinessDays(callDay, 2, ctx.holidays), WORK_END, ctx.zone),
        contactName: null,
        interviewId: null,
        reason: `No reply to your email of ${dayLabel(sentAt, ctx.zone)}: traditional employers expect a short phone call two weeks on.`,
      }),
    );
  }
  if (unanswered.length > MAX_UNANSWERED_FOLLOW_UPS) return out;
  const { min, max } = cadenceDays(ctx);
  out.push(
    ...followUpEmail(
      ctx,
      `check-in:${app.id}:${n}`,
      'check-in',
      [atHour(dayOfInstant(lastContact + min * DAY, ctx.zone), WORK_START, ctx.zone), atHour(dayOfInstant(lastContact + max * DAY, ctx.zone), WORK_END, ctx.zone)],
      () => `No answer since ${dayLabel(lastContact, ctx.zone)}: a brief, friendly check-in ${min}–${max} days on keeps you in mind without pressure.`,
    ),
  );
  return out;
}

/**
 * Rule 7: an open-ended pause gets the extended-delay message, on the user's cadence counted from the
 * latest email either way (their answer to the last one restarts the count of unanswered ones).
 */
function extendedDelay(ctx: Context): PlannedCheckIn[] {
  const app = ctx.dossier.application;
  const since = instant(app.delayedSince ?? app.updatedAt);
  const sentAfter = followUpsSent(ctx).filter((e) => instant(e.at) >= since);
  const heardAt = Math.max(since, ...ctx.received.map((e) => instant(e.at)));
  if (sentAfter.filter((e) => instant(e.at) > heardAt).length > MAX_UNANSWERED_FOLLOW_UPS) return [];
  const last = Math.max(heardAt, ...sentAfter.map((e) => instant(e.at)));
  const { min, max } = cadenceDays(ctx);
  return followUpEmail(
    ctx,
    `extended-delay:${app.id}:${dayOfInstant(since, ctx.zone)}:${sentAfter.length + 1}`,
    'extended-delay',
    [atHour(dayOfInstant(last + min * DAY, ctx.zone), WORK_START, ctx.zone), atHour(dayOfInstant(last + max * DAY, ctx.zone), WORK_END, ctx.zone)],
    () => `The process is on hold since ${dayLabel(since, ctx.zone)}: acknowledge it, ask for a revised timeline and offer anything they need.`,
  );
}

/** The competing offer that still shapes the plan: recorded, and its deadline ahead. */
function activeCompetingOffer(ctx: Context): { company: string; deadline: number; noted: number } | null {
  const offer = ctx.dossier.application.competingOffer;
  if (!offer) return null;
  const deadline = instant(offer.deadline);
  if (deadline <= ctx.now) return null;
  return { company: offer.company, deadline, noted: askedAt(offer.notedAt, iso(ctx.now)) };
}

/** The key of rule 8's note to an application about a competing offer with this deadline: one note per offer. */
export const competingOfferKey = (applicationId: string, deadline: string) => `competing-offer:${applicationId}:${deadline}`;

/** Rule 8: a competing offer with a deadline — ask the preferred employer now for a decision within 48–72 h. */
function competingOffer(ctx: Context): PlannedCheckIn[] {
  const offer = activeCompetingOffer(ctx);
  const recorded = ctx.dossier.application.competingOffer;
  if (!offer || !recorded) return [];
  const key = competingOfferKey(ctx.dossier.application.id, recorded.deadline);
  if (answered(ctx, key)) return [];
  const askBy = askByTime(offer.noted, offer.deadline) ?? offer.deadline;
  return [
    plan(ctx, {
      key,
      kind: 'competing-offer',
      channel: 'email',
      // Due the moment the offer is recorded: the toolbar counts it at once.
      notBefore: offer.noted,
      dueAt: offer.noted,
      contactName: null,
      interviewId: null,
      reason: `${offer.company} needs an answer by ${dayLabel(offer.deadline, ctx.zone)}: tell them now, truthfully, and ask whether they can decide within 48–72 hours (by ${dayLabel(askBy, ctx.zone)}), never later than that deadline. No ultimatum.`,
    }),
  ];
}

/** What waits for the offer's deadline: every other note about timing to the employer (status checks, check-ins, calls, delay notes). */
const HELD_FOR_OFFER = new Set<PlannedCheckIn['kind']>(['status-check', 'check-in', 'phone-call', 'extended-delay']);

/**
 * Rule 8's other half: while the competing offer's deadline is ahead, the note about it is the one
 * message about timing, so the others open only once the deadline has passed. Thank-yous (owed within a
 * day of a round) and reference briefings (to the user's references) keep their time.
 */
function holdForOffer(ctx: Context, planned: PlannedCheckIn[]): PlannedCheckIn[] {
  const offer = activeCompetingOffer(ctx);
  if (!offer) return planned;
  return planned.map((checkIn) => {
    if (!HELD_FOR_OFFER.has(checkIn.kind) || instant(checkIn.dueAt) >= offer.deadline) return checkIn;
    const notBefore = Math.max(instant(checkIn.notBefore), offer.deadline);
    const dueAt = notBefore + Math.max(0, instant(checkIn.dueAt) - instant(checkIn.notBefore));
    return { ...checkIn, notBefore: iso(notBefore), dueAt: iso(dueAt), reason: `${checkIn.reason} Held until your other offer’s deadline (${dayLabel(offer.deadline, ctx.zone)}) has passed.` };
  });
}

/** Rule 9: at the final stage, brief every reference not briefed since the last interview. */
function referenceUpdates(ctx: Context): PlannedCheckIn[] {
  const app = ctx.dossier.application;
  if (!app.finalStage) return [];
  const anchor = waitingSince(ctx) ?? instant(app.updatedAt);
  return app.references
    .filter((ref) => !ref.lastBriefedAt || instant(ref.lastBriefedAt) < anchor)
    .filter((ref) => !answered(ctx, `reference-update:${app.id}:${ref.id}`))
    .map((ref) =>
      plan(ctx, {
        key: `reference-update:${app.id}:${ref.id}`,
        kind: 'reference-update',
        channel: 'email',
        notBefore: anchor,
        dueAt: anchor + 2 * DAY,
        contactName: ref.name,
        interviewId: null,
        reason: `References are likely to be called now: brief ${ref.name} on the ${app.role} role and what to stress.`,
      }),
    );
}

/** docs/analysis.md's follow-up rules for one application. Pure and deterministic given `now`. */
export function planFollowUps(dossier: ApplicationDossier, events: ContactEvent[], settings: Settings, now: string): PlannedCheckIn[] {
  const app = dossier.application;
  if (app.stage === 'rejected') return [];
  const own = [...events].filter((e) => e.applicationId === app.id).sort((a, b) => instant(a.at) - instant(b.at) || a.id.localeCompare(b.id));
  const ctx: Context = {
    dossier,
    settings,
    now: instant(now),
    zone: knownZone(settings.timeZone),
    holidays: settings.holidays,
    sent: own.filter((e) => e.direction === 'sent' && e.kind === 'email'),
    received: own.filter((e) => e.direction === 'received'),
    calls: own.filter((e) => e.direction === 'sent' && e.kind !== 'email'),
  };
  // An offer ends the follow-ups to the employer, but offers are often made subject to reference
  // checks: briefings still owed at the final stage stay in the plan.
  if (app.stage === 'offer') return inOrder(referenceUpdates(ctx));
  const out = [...thankYous(ctx), ...competingOffer(ctx), ...referenceUpdates(ctx)];
  if (app.stage === 'delayed') return inOrder(holdForOffer(ctx, [...out, ...extendedDelay(ctx)]));
  const since = waitingSince(ctx);
  const anotherRoundAhead = dossier.interviews.some((i) => i.at && instant(i.at) > ctx.now);
  if (since !== null && app.stage !== 'scheduling' && !anotherRoundAhead) out.push(...statusChecks(ctx, since));
  return inOrder(holdForOffer(ctx, out));
}

const inOrder = (plan: PlannedCheckIn[]) => plan.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));

/**
 * The first moment after `now` at which planFollowUps can answer differently with the data unchanged:
 * a round starts or ends, a thank-you passes its horizon, a competing offer's deadline passes. Until
 * then the plan made at `now` stands, so re-planning can wait for it; null when no such moment lies ahead.
 * Every comparison planFollowUps makes with `now` must have its moment here (the unit tests check it).
 */
export function planExpiresAt(dossier: ApplicationDossier, now: string): string | null {
  const at = instant(now);
  const moments: number[] = [];
  for (const interview of dossier.interviews) {
    if (!interview.at) continue;
    const end = interviewEnd(interview);
    // A thank-you goes when `now - end > THANK_YOU_HORIZON`: one millisecond past the horizon.
    moments.push(instant(interview.at), end, end + THANK_YOU_HORIZON + 1);
  }
  const offer = dossier.application.competingOffer;
  if (offer) moments.push(instant(offer.deadline), instant(offer.notedAt));
  const ahead = moments.filter((moment) => moment > at);
  return ahead.length > 0 ? iso(Math.min(...ahead)) : null;
}
