// Draft contexts built from the facts of each corpus thread, so the fact checks can be held to the
// drafts Afterview itself writes for real-looking applications: every kind, to every person, at several
// moments after the interview.
import { inferOwner } from '../../src/core/analyze/owner';
import type { DraftContext } from '../../src/core/drafts';
import { DEFAULT_SETTINGS, type ApplicationDossier, type MailThread } from '../../src/core/model';

export interface ThreadFacts {
  id: string;
  timeZone: string;
  thread: MailThread;
  company: string;
  role: string;
  interviewers: string[];
  interviewAt: string | null;
  window: [string, string] | null;
}

const DAY = 86_400_000;
const NOTES = { topics: 'the roadmap for next year', mission: 'the team’s focus on its customers', achievement: 'I led a migration that cut costs by 20%' };

/** The application the thread's facts make, with its people as contacts. */
export function dossierOf(facts: ThreadFacts): ApplicationDossier {
  const owner = inferOwner(facts.thread)?.email?.toLowerCase() ?? facts.thread.userEmail?.toLowerCase() ?? '';
  const people = new Map<string, { name: string; email: string }>();
  for (const m of facts.thread.messages) {
    for (const p of [m.from, ...m.to, ...m.cc]) if (p.name.trim() && p.email.toLowerCase() !== owner) people.set(p.name, p);
  }
  for (const name of facts.interviewers) if (!people.has(name)) people.set(name, { name, email: '' });
  const latest = facts.thread.messages.at(-1)?.sentAt.slice(0, 10) ?? '2026-11-01';
  return {
    application: {
      id: `app-${facts.id}`,
      company: facts.company,
      role: facts.role,
      stage: 'awaiting-decision',
      source: 'detected',
      employerStyle: 'tech',
      decisionWindow: facts.window ? { earliest: facts.window[0], latest: facts.window[1], quote: 'We will decide soon.', statedOn: latest } : null,
      delayedSince: null,
      competingOffer: null,
      finalStage: true,
      references: [{ id: 'r1', name: 'Ada Byron', email: 'ada@example.com', relation: 'former manager', lastBriefedAt: null }],
      lastEmployerMessageAt: null,
      createdAt: '2026-10-01T12:00:00.000Z',
      updatedAt: '2026-10-01T12:00:00.000Z',
    },
    contacts: [...people.values()].map((p, i) => ({ id: `c${i}`, applicationId: `app-${facts.id}`, name: p.name, email: p.email, title: '', phone: '', involved: true })),
    interviews: [
      {
        id: `int-${facts.id}`,
        applicationId: `app-${facts.id}`,
        round: 1,
        at: facts.interviewAt,
        durationMinutes: 45,
        interviewers: facts.interviewers,
        notes: facts.id.length % 2 === 0 ? NOTES : {},
        notesByInterviewer: {},
      },
    ],
  };
}

/** Contexts for every person the draft could go to, and moments from the interview day to two weeks on. */
export function contextsOf(facts: ThreadFacts, others: { company: string; role: string }[]): DraftContext[] {
  const dossier = dossierOf(facts);
  const start = Date.parse(facts.interviewAt ?? facts.thread.messages.at(-1)?.sentAt ?? '2026-11-20T15:00:00Z');
  const moments = [3 * 3_600_000, DAY, 3 * DAY, 15 * DAY].map((after) => new Date(start + after).toISOString());
  const recipients = [null, ...dossier.contacts.map((c) => ({ name: c.name, email: c.email }))];
  const settings = { ...DEFAULT_SETTINGS, timeZone: facts.timeZone, profile: { name: 'Dana Whitfield', emails: [], phone: '+1 555 0100', signature: 'Dana Whitfield\n+1 555 0100' } };
  const competingOffer = { company: 'Elsewhere Inc', deadline: new Date(start + 6 * DAY).toISOString(), notedAt: new Date(start + DAY).toISOString() };
  return moments.flatMap((now, i) =>
    recipients.map((recipient) => ({
      dossier: i === 1 ? { ...dossier, application: { ...dossier.application, competingOffer } } : dossier,
      settings,
      recipient,
      events: [],
      otherApplications: others.filter((o) => o.company !== facts.company),
      now,
    })),
  );
}
