// The store's bench scenario, one piece of code for Node (fake-indexeddb) and Chromium (real IndexedDB):
// 2,000 applications of every stage with 10,000 check-ins (the plan's pending ones plus done history),
// then re-planning as the worker does it (everything at install and update, at start-up and on each
// alarm what time changed) and the badge count.
import { DEFAULT_SETTINGS, type Application, type CheckIn, type ContactEvent, type Interview, type Stage } from '../src/core/model';
import { planFollowUps } from '../src/core/schedule';
import { openDb, type AfterviewDb } from '../src/store/db';
import { groupBy, replanAll, replanExpired } from '../src/store/plan';
import { overdueCheckIns, writeSettings } from '../src/store/queries';

const APPLICATIONS = 2_000;
const CHECK_INS = 10_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STAGES: Stage[] = ['awaiting-decision', 'awaiting-decision', 'awaiting-decision', 'awaiting-decision', 'scheduled', 'delayed', 'offer', 'scheduling'];

export interface Figure {
  label: string;
  ms: number;
  note?: string;
}

interface Seed {
  applications: Application[];
  interviews: Interview[];
  events: ContactEvent[];
}

function seedOf(now: Date): Seed {
  const applications: Application[] = [];
  const interviews: Interview[] = [];
  const events: ContactEvent[] = [];
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  for (let i = 0; i < APPLICATIONS; i++) {
    const id = `app-${i}`;
    const stage = STAGES[i % STAGES.length] ?? 'awaiting-decision';
    const interviewDaysAgo = 1 + (i % 40);
    const statedOn = ago(interviewDaysAgo).slice(0, 10);
    const latest = new Date(now.getTime() + ((i % 20) - interviewDaysAgo + 5) * DAY).toISOString().slice(0, 10);
    applications.push({
      id,
      company: `Company ${i}`,
      role: 'Engineer',
      stage,
      source: 'detected',
      employerStyle: i % 4 === 0 ? 'traditional' : 'tech',
      decisionWindow: i % 3 === 0 ? { earliest: statedOn, latest, quote: 'within two weeks', statedOn } : null,
      delayedSince: stage === 'delayed' ? ago(interviewDaysAgo - 1) : null,
      competingOffer: i % 50 === 0 ? { company: 'Rival', deadline: new Date(now.getTime() + 4 * DAY).toISOString(), notedAt: ago(1) } : null,
      finalStage: stage === 'offer' || i % 9 === 0,
      references: i % 9 === 0 ? [{ id: `ref-${i}`, name: 'Pat Reference', email: 'pat@example.com', relation: 'former manager', lastBriefedAt: null }] : [],
      lastEmployerMessageAt: null,
      createdAt: ago(60),
      updatedAt: ago(interviewDaysAgo),
    });
    interviews.push({ id: `${id}-r1`, applicationId: id, round: 1, at: ago(interviewDaysAgo), durationMinutes: 45, interviewers: ['Ana Ruiz', 'Ben Carter'], notes: {}, notesByInterviewer: {} });
    if (stage === 'scheduled') {
      interviews.push({ id: `${id}-r2`, applicationId: id, round: 2, at: new Date(now.getTime() + (1 + (i % 5)) * DAY).toISOString(), durationMinutes: 60, interviewers: ['Chen Wu'], notes: {}, notesByInterviewer: {} });
    }
    const event = (n: number, daysAgo: number, direction: ContactEvent['direction'], checkInKey: string | null): ContactEvent => ({ id: `${id}-e${n}`, applicationId: id, kind: 'email', direction, at: ago(daysAgo), checkInKey, to: [] });
    if (interviewDaysAgo > 2) events.push(event(0, interviewDaysAgo - 1, 'sent', `thank-you:${id}-r1:Ana Ruiz`), event(1, interviewDaysAgo - 1, 'sent', `thank-you:${id}-r1:Ben Carter`));
    if (i % 5 === 0 && interviewDaysAgo > 16) events.push(event(2, interviewDaysAgo - 15, 'sent', `check-in:${id}:1`));
    if (i % 7 === 0 && interviewDaysAgo > 3) events.push(event(3, interviewDaysAgo - 3, 'received', null));
  }
  return { applications, interviews, events };
}

/** Done check-ins of earlier rounds, so the table holds CHECK_INS rows the way a long-used one would. */
function history(applications: Application[], count: number, now: Date): CheckIn[] {
  return Array.from({ length: count }, (_, n) => {
    const applicationId = applications[n % applications.length]?.id ?? 'app-0';
    const at = new Date(now.getTime() - (30 + (n % 60)) * DAY).toISOString();
    return { id: `history-${n}`, key: `check-in:${applicationId}:old-${n}`, applicationId, kind: 'check-in', channel: 'email', notBefore: at, dueAt: at, contactName: null, interviewId: null, reason: 'An earlier check-in.', status: 'done', snoozedUntil: null, doneAt: at, notifiedAt: at };
  });
}

async function timed(label: string, run: () => Promise<unknown>, note?: (result: unknown) => string): Promise<Figure> {
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  return note ? { label, ms, note: note(result) } : { label, ms };
}

/** Runs the scenario on a fresh database named `name` and deletes it afterwards. */
export async function storeScenario(name: string): Promise<Figure[]> {
  const db: AfterviewDb = openDb(name);
  await db.delete();
  await db.open();
  const now = new Date('2026-11-24T15:00:00.000Z');
  const { applications, interviews, events } = seedOf(now);
  const figures: Figure[] = [];
  const replan = (at: Date) => () => db.transaction('rw', db.tables, () => replanAll(db, at));
  const expired = (at: Date) => () => db.transaction('rw', db.tables, () => replanExpired(db, at));
  try {
    await db.transaction('rw', db.tables, async () => {
      await db.applications.bulkAdd(applications);
      await db.interviews.bulkAdd(interviews);
      await db.contactEvents.bulkAdd(events);
    });
    const interviewsOf = groupBy(interviews);
    const eventsOf = groupBy(events);
    figures.push(
      await timed('planFollowUps alone, no IndexedDB', async () => {
        for (const application of applications) {
          planFollowUps({ application, contacts: [], interviews: interviewsOf.get(application.id) ?? [] }, eventsOf.get(application.id) ?? [], DEFAULT_SETTINGS, now.toISOString());
        }
      }),
    );
    figures.push(await timed('first plan of every application (every check-in new)', replan(now)));
    const pending = await db.checkIns.count();
    await db.checkIns.bulkAdd(history(applications, CHECK_INS - pending, now));
    const total = await db.checkIns.count();
    figures.push(await timed(`badge count over ${total} check-ins`, () => overdueCheckIns(db, now), (r) => `${(r as CheckIn[]).length} overdue`));
    figures.push(await timed('full re-plan (install, update), nothing changed', replan(now)));
    figures.push(await timed('start-up: re-plan what time changed', expired(new Date(now.getTime() + 60_000)), (n) => `${String(n)} applications`));
    figures.push(await timed('alarm an hour later: re-plan what time changed', expired(new Date(now.getTime() + HOUR)), (n) => `${String(n)} applications`));
    figures.push(await timed('alarm the next morning: re-plan what time changed', expired(new Date(now.getTime() + 18 * HOUR)), (n) => `${String(n)} applications`));
    figures.push(await timed('alarm a week later: re-plan what time changed', expired(new Date(now.getTime() + 7 * 24 * HOUR)), (n) => `${String(n)} applications`));
    figures.push(
      await timed('settings change that moves every date (time zone): full re-plan', () =>
        db.transaction('rw', db.tables, async () => {
          await writeSettings(db, { ...DEFAULT_SETTINGS, timeZone: 'Pacific/Auckland' });
          await replanAll(db, new Date(now.getTime() + 7 * 24 * HOUR));
        }),
      ),
    );
    figures.push(await timed(`badge count after re-planning`, () => overdueCheckIns(db, now), (r) => `${(r as CheckIn[]).length} overdue of ${total} check-ins`));
  } finally {
    db.close();
    await db.delete();
  }
  return figures;
}

export function report(where: string, figures: Figure[]): void {
  console.log(`${where}, ${APPLICATIONS} applications, ${CHECK_INS} check-ins (target < 100 ms for a re-plan and for the badge count):`);
  for (const f of figures) console.log(`  ${f.label}: ${f.ms.toFixed(1)} ms${f.note ? ` (${f.note})` : ''}`);
}
