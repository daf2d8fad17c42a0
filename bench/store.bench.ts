// Re-planning every application and counting the badge, for 2,000 applications with 10,000 check-ins.
// Runs in Node on fake-indexeddb: the figures show the code's own cost, not Chromium's IndexedDB.
import 'fake-indexeddb/auto';
import { openDb } from '../src/store/db';
import { replanAll } from '../src/store/plan';
import { overdueCheckIns } from '../src/store/queries';
import { DEFAULT_SETTINGS, type Application, type CheckIn, type Interview } from '../src/core/model';
import { planFollowUps } from '../src/core/schedule';

const db = openDb('store-bench');
const now = new Date('2026-11-24T15:00:00.000Z');
const DAY = 86_400_000;
const applications: Application[] = [];
const interviews: Interview[] = [];
const checkIns: CheckIn[] = [];
for (let i = 0; i < 2_000; i++) {
  const id = `app-${i}`;
  const at = new Date(now.getTime() - (i % 40) * DAY).toISOString();
  applications.push({ id, company: `Company ${i}`, role: 'Engineer', stage: 'awaiting-decision', source: 'detected', employerStyle: 'tech', decisionWindow: null, delayedSince: null, competingOffer: null, finalStage: false, references: [], lastEmployerMessageAt: null, createdAt: at, updatedAt: at });
  interviews.push({ id: `${id}-i`, applicationId: id, round: 1, at, durationMinutes: 60, interviewers: ['A B', 'C D'], notes: {}, notesByInterviewer: {} });
  for (let k = 0; k < 5; k++) {
    checkIns.push({ id: `${id}-c${k}`, key: `old:${id}:${k}`, applicationId: id, kind: 'check-in', channel: 'email', notBefore: at, dueAt: new Date(now.getTime() + (k - 2) * DAY).toISOString(), contactName: null, interviewId: null, reason: '', status: k === 0 ? 'done' : 'pending', snoozedUntil: null, doneAt: null, notifiedAt: null });
  }
}
await db.transaction('rw', db.tables, async () => {
  await db.applications.bulkAdd(applications);
  await db.interviews.bulkAdd(interviews);
  await db.checkIns.bulkAdd(checkIns);
});

const interviewsOf = new Map(interviews.map((i) => [i.applicationId, [i]]));
let start = performance.now();
for (const application of applications) {
  planFollowUps({ application, contacts: [], interviews: interviewsOf.get(application.id) ?? [] }, [], DEFAULT_SETTINGS, now.toISOString());
}
console.log(`planFollowUps alone for ${applications.length} applications (no IndexedDB): ${(performance.now() - start).toFixed(0)} ms`);
start = performance.now();
const overdue = await overdueCheckIns(db, now);
console.log(`badge count over ${checkIns.length} check-ins: ${(performance.now() - start).toFixed(1)} ms (${overdue.length} overdue; target < 100 ms)`);
start = performance.now();
await db.transaction('rw', db.tables, () => replanAll(db, now));
console.log(`re-planning ${applications.length} applications: ${(performance.now() - start).toFixed(0)} ms (fake-indexeddb; target < 100 ms)`);
start = performance.now();
await db.transaction('rw', db.tables, () => replanAll(db, new Date(now.getTime() + 3_600_000)));
console.log(`re-planning again an hour later, nothing changed (the alarm's case): ${(performance.now() - start).toFixed(0)} ms`);
start = performance.now();
await overdueCheckIns(db, now);
console.log(`badge count after re-planning (${await db.checkIns.count()} check-ins): ${(performance.now() - start).toFixed(1)} ms`);
await db.delete();
