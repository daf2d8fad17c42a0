// planFollowUps over 2,000 applications with 10,000 contact events: the re-planning the worker does.
import { planFollowUps } from '../src/core/schedule';
import { DEFAULT_SETTINGS, type ApplicationDossier, type ContactEvent } from '../src/core/model';

const settings = { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' };
const base = Date.parse('2026-09-01T14:00:00Z');
const DAY = 86_400_000;
const stages = ['awaiting-decision', 'awaiting-decision', 'delayed', 'scheduled', 'scheduling'] as const;

const dossiers: ApplicationDossier[] = [];
const events = new Map<string, ContactEvent[]>();
for (let i = 0; i < 2_000; i++) {
  const id = `app-${i}`;
  const interviewAt = base + (i % 60) * DAY;
  dossiers.push({
    application: {
      id,
      company: `Company ${i}`,
      role: 'Data Engineer',
      stage: stages[i % stages.length] ?? 'awaiting-decision',
      source: 'detected',
      employerStyle: i % 3 === 0 ? 'traditional' : 'tech',
      decisionWindow: i % 2 === 0 ? { earliest: '2026-10-01', latest: '2026-10-14', quote: 'within two weeks', statedOn: '2026-09-30' } : null,
      delayedSince: new Date(interviewAt + 10 * DAY).toISOString(),
      competingOffer: null,
      finalStage: i % 5 === 0,
      references: [{ id: 'r', name: 'Ref', email: 'r@x.com', relation: 'manager', lastBriefedAt: null }],
      lastEmployerMessageAt: null,
      createdAt: new Date(base).toISOString(),
      updatedAt: new Date(base).toISOString(),
    },
    contacts: [],
    interviews: [{ id: `${id}-i`, applicationId: id, round: 1, at: new Date(interviewAt).toISOString(), durationMinutes: 45, interviewers: ['A B', 'C D'], notes: {}, notesByInterviewer: {} }],
  });
  events.set(
    id,
    Array.from({ length: 5 }, (_, k) => ({
      id: `${id}-e${k}`,
      applicationId: id,
      kind: 'email' as const,
      direction: k === 4 ? ('received' as const) : ('sent' as const),
      at: new Date(interviewAt + (k + 1) * 6 * DAY).toISOString(),
      checkInKey: null,
      to: [],
    })),
  );
}

const now = '2026-11-24T15:00:00.000Z';
const totalEvents = [...events.values()].reduce((sum, list) => sum + list.length, 0);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const runs: number[] = [];
const calls: number[] = [];
let planned = 0;
for (let r = 0; r < 12; r++) {
  const start = performance.now();
  planned = 0;
  for (const dossier of dossiers) {
    const t = performance.now();
    planned += planFollowUps(dossier, events.get(dossier.application.id) ?? [], settings, now).length;
    // The first two runs warm the JIT up; only later calls are counted.
    if (r >= 2) calls.push(performance.now() - t);
  }
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
calls.sort((a, b) => a - b);
console.log(
  `planFollowUps, ${dossiers.length} applications / ${totalEvents} events: full re-plan median ${quantile(runs, 0.5).toFixed(1)} ms, p99 ${quantile(runs, 0.99).toFixed(1)} ms (${planned} check-ins planned)`,
);
console.log(`one application: median ${(quantile(calls, 0.5) * 1000).toFixed(1)} µs, p99 ${(quantile(calls, 0.99) * 1000).toFixed(1)} µs over ${calls.length} calls`);
