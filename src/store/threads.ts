// Tracking a mail thread: the analysis of what the user has open becomes (or joins) an application.
import type { Application, Contact, Interview, MailHostName, MailThread, Person, ThreadAnalysis } from '../core/model';
import { isNoReplyAddress } from '../core/mail-identity';
import { localDate } from '../core/timeline/calendar';
import type { AfterviewDb, ThreadLink } from './db';
import { newId } from './ids';
import { newApplication } from './new-application';
import { readSettings } from './queries';

export interface ThreadSighting {
  host: MailHostName;
  hostThreadId: string;
  subject: string;
  url: string;
  /** Everyone in the thread but the user: the employer's side. */
  participants: Person[];
  messageCount: number;
  /** ISO instant of the employer's latest message, when known. */
  latestEmployerMessageAt: string | null;
  analysis: ThreadAnalysis;
}

/** What the store keeps of a thread: the employer's side and the analysis, never the message bodies. */
export function sightingOf(thread: MailThread, analysis: ThreadAnalysis, url: string, owner: string | undefined): ThreadSighting {
  const mine = (email: string) => owner !== undefined && email.toLowerCase() === owner.toLowerCase();
  const participants = new Map<string, Person>();
  for (const m of thread.messages) for (const p of [m.from, ...m.to, ...m.cc]) if (p.email && !mine(p.email)) participants.set(p.email.toLowerCase(), p);
  const fromEmployer = thread.messages.filter((m) => !mine(m.from.email) && !Number.isNaN(Date.parse(m.sentAt)));
  const latest = fromEmployer.at(-1)?.sentAt;
  return {
    host: thread.host,
    hostThreadId: thread.id,
    subject: thread.subject.slice(0, 300),
    url,
    participants: [...participants.values()].slice(0, 200),
    messageCount: thread.messages.length,
    latestEmployerMessageAt: latest ? new Date(latest).toISOString() : null,
    analysis,
  };
}

export const threadKey = (host: MailHostName, hostThreadId: string) => `${host}:${hostThreadId}`;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The application this thread belongs to: linked before, or the same company and role, or the same people. */
async function findApplication(db: AfterviewDb, sighting: ThreadSighting, link: ThreadLink | undefined): Promise<Application | undefined> {
  if (link?.applicationId) {
    const linked = await db.applications.get(link.applicationId);
    if (linked) return linked;
  }
  const { company, role } = sighting.analysis;
  if (company) {
    const candidates = await db.applications.filter((a) => same(a.company, company) && (!role || !a.role || same(a.role, role))).toArray();
    if (candidates[0]) return candidates[0];
  }
  const emails = sighting.participants.map((p) => p.email.toLowerCase()).filter(Boolean);
  if (emails.length === 0) return undefined;
  const contact = await db.contacts.where('email').anyOf(emails).first();
  return contact ? db.applications.get(contact.applicationId) : undefined;
}

function applyAnalysis(app: Application, sighting: ThreadSighting, now: string, timeZone: string | null): Application {
  const { analysis } = sighting;
  const window = analysis.decisionWindow;
  const keepWindow = app.decisionWindow && window && app.decisionWindow.latest === window.latest && app.decisionWindow.earliest === window.earliest;
  const statedOn = sighting.latestEmployerMessageAt ? localDate(sighting.latestEmployerMessageAt, timeZone) : localDate(now, timeZone);
  const stage = analysis.stage ?? app.stage;
  return {
    ...app,
    company: app.company || analysis.company || '',
    role: app.role || analysis.role || '',
    stage,
    decisionWindow: window ? (keepWindow ? app.decisionWindow : { ...window, statedOn }) : app.decisionWindow,
    delayedSince: stage === 'delayed' ? (app.delayedSince ?? sighting.latestEmployerMessageAt ?? now) : null,
    lastEmployerMessageAt: sighting.latestEmployerMessageAt ?? app.lastEmployerMessageAt,
    updatedAt: now,
  };
}

async function upsertContacts(db: AfterviewDb, applicationId: string, sighting: ThreadSighting): Promise<void> {
  const existing = await db.contacts.where('applicationId').equals(applicationId).toArray();
  const fresh: Contact[] = [];
  for (const person of sighting.participants) {
    if (!person.email || isNoReplyAddress(person.email)) continue;
    if (existing.some((c) => same(c.email, person.email)) || fresh.some((c) => same(c.email, person.email))) continue;
    fresh.push({ id: newId(), applicationId, name: person.name, email: person.email, title: '', phone: '', involved: true });
  }
  await db.contacts.bulkAdd(fresh);
}

async function upsertInterview(db: AfterviewDb, applicationId: string, analysis: ThreadAnalysis): Promise<void> {
  if (!analysis.interviewAt && analysis.interviewers.length === 0) return;
  const rounds = await db.interviews.where('applicationId').equals(applicationId).sortBy('round');
  const match = rounds.find((r) => analysis.interviewAt !== null && r.at === analysis.interviewAt) ?? (analysis.interviewAt ? rounds.find((r) => r.at === null) : rounds.at(-1));
  if (match) {
    const interviewers = [...new Set([...match.interviewers, ...analysis.interviewers])];
    await db.interviews.put({ ...match, at: match.at ?? analysis.interviewAt, interviewers });
    return;
  }
  const interview: Interview = {
    id: newId(),
    applicationId,
    round: rounds.length + 1,
    at: analysis.interviewAt,
    durationMinutes: 60,
    interviewers: analysis.interviewers,
    notes: {},
    notesByInterviewer: {},
  };
  await db.interviews.add(interview);
}

/** Tracks a thread (analysis → application, contacts, interview round, link); returns the application's id. */
export async function trackThread(db: AfterviewDb, sighting: ThreadSighting, now: Date): Promise<string> {
  const at = now.toISOString();
  const key = threadKey(sighting.host, sighting.hostThreadId);
  const link = await db.threads.get(key);
  const settings = await readSettings(db);
  const found = await findApplication(db, sighting, link);
  const base = found ?? newApplication({ company: '', role: '', stage: sighting.analysis.stage ?? 'scheduling', source: 'detected' }, settings, at);
  const application = applyAnalysis(base, sighting, at, settings.timeZone);
  if (!application.company) application.company = sighting.subject.slice(0, 80) || 'Unknown company';
  await db.applications.put(application);
  await upsertContacts(db, application.id, sighting);
  await upsertInterview(db, application.id, sighting.analysis);
  if (found && link?.applicationId && sighting.latestEmployerMessageAt && (!found.lastEmployerMessageAt || sighting.latestEmployerMessageAt > found.lastEmployerMessageAt)) {
    // A newer employer message than the one we knew: the employer answered, which moves the plan.
    await db.contactEvents.add({ id: newId(), applicationId: application.id, kind: 'email', direction: 'received', at: sighting.latestEmployerMessageAt, checkInKey: null, to: [] });
  }
  await db.threads.put({
    key,
    host: sighting.host,
    hostThreadId: sighting.hostThreadId,
    applicationId: application.id,
    dismissed: false,
    subject: sighting.subject,
    url: sighting.url,
    lastSeenAt: at,
    messageCount: sighting.messageCount,
  });
  return application.id;
}
