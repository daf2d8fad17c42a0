// Tracking a mail thread: the analysis of what the user has open becomes (or joins) an application.
import type { Application, Contact, Interview, MailHostName, MailThread, Person, Settings, Stage, ThreadAnalysis } from '../core/model';
import { isNoReplyAddress } from '../core/mail-identity';
import { applicationForThread, type JoinedBy } from '../core/threads/join';
import { applicationIdForThread, interviewIdFor } from '../core/sync/stable-id';
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
  /** Lower-case addresses of those who wrote to the user and those the user wrote to: a cc is not one. */
  correspondents: string[];
  messageCount: number;
  /** ISO instant of the employer's latest message, when known. */
  latestEmployerMessageAt: string | null;
  analysis: ThreadAnalysis;
  /** The answer deadline the offer mail states (core/offer/deadline.ts), when the thread is at the offer stage. */
  offerDeadline?: string | null;
}

/** The mailbox owner as far as known: an address, and a name for pages (Outlook) that show people without theirs. */
export interface OwnerIdentity {
  email: string | undefined;
  name: string;
}

/** What the store keeps of a thread: the employer's side and the analysis, never the message bodies. */
export function sightingOf(thread: MailThread, analysis: ThreadAnalysis, url: string, owner: OwnerIdentity): ThreadSighting {
  const ownName = owner.name.trim().toLowerCase();
  const mine = (p: Person) => (owner.email !== undefined && p.email.toLowerCase() === owner.email.toLowerCase()) || (ownName !== '' && p.name.trim().toLowerCase() === ownName);
  const participants = new Map<string, Person>();
  for (const m of thread.messages) for (const p of [m.from, ...m.to, ...m.cc]) if (p.email && !mine(p)) participants.set(p.email.toLowerCase(), p);
  const correspondents = new Set<string>();
  for (const m of thread.messages) {
    for (const p of mine(m.from) ? [...m.to, ...m.cc] : [m.from]) if (p.email && !mine(p)) correspondents.add(p.email.toLowerCase());
  }
  const fromEmployer = thread.messages.filter((m) => !mine(m.from) && !Number.isNaN(Date.parse(m.sentAt)));
  const latest = fromEmployer.at(-1)?.sentAt;
  return {
    host: thread.host,
    hostThreadId: thread.id,
    subject: thread.subject.slice(0, 300),
    url,
    participants: [...participants.values()].slice(0, 200),
    correspondents: [...correspondents].slice(0, 200),
    messageCount: thread.messages.length,
    latestEmployerMessageAt: latest ? new Date(latest).toISOString() : null,
    analysis,
  };
}

export const threadKey = (host: MailHostName, hostThreadId: string) => `${host}:${hostThreadId}`;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The application the thread belongs to (core's rule), and how it came there; none when it starts its own. */
async function joinOf(db: AfterviewDb, sighting: ThreadSighting, link: ThreadLink | undefined, chosenApplicationId: string | null, settings: Settings): Promise<{ found: Application | undefined; joinedBy: JoinedBy }> {
  const chosen = chosenApplicationId ? await db.applications.get(chosenApplicationId) : undefined;
  if (chosenApplicationId && !chosen) throw new Error('That application no longer exists.');
  const linked = link?.applicationId ? await db.applications.get(link.applicationId) : undefined;
  // Core's rule takes a chosen or a linked application before any contact: then every contact need not be read,
  // which spares each opening of a tracked thread a scan of the whole table.
  const settled = chosen !== undefined || linked !== undefined;
  const [applications, contacts] = settled ? [[], []] : await Promise.all([db.applications.orderBy('updatedAt').reverse().primaryKeys(), db.contacts.toArray()]);
  // Most recently updated first, so a draw between applications goes to the one in use.
  const recency = new Map(applications.map((id, rank) => [id, rank]));
  contacts.sort((a, b) => (recency.get(a.applicationId) ?? Infinity) - (recency.get(b.applicationId) ?? Infinity));
  const decision = applicationForThread({
    chosenApplicationId: chosen?.id ?? null,
    linkedApplicationId: linked?.id ?? null,
    correspondents: sighting.correspondents,
    ownAddresses: settings.profile.emails,
    contacts,
  });
  if (decision.kind === 'new') return { found: undefined, joinedBy: 'new' };
  const found = await db.applications.get(decision.applicationId);
  if (!found) return { found: undefined, joinedBy: 'new' };
  // A link kept from before this was recorded may have joined by company name: it proposes, like a thread that joined on its own.
  return { found, joinedBy: decision.kind === 'linked' ? (link?.joinedBy ?? 'known-contact') : decision.kind };
}

/** An offer or a rejection is the user's to accept when the thread joined on its own: a known domain is not a known person. */
function stageFrom(app: Application, sighting: ThreadSighting, joinedBy: JoinedBy, key: string, now: string): Pick<Application, 'stage' | 'pendingStage'> {
  const told = sighting.analysis.stage;
  const pendingStage = app.pendingStage ?? null;
  if (joinedBy !== 'known-contact' || (told !== 'offer' && told !== 'rejected') || told === app.stage) return { stage: told ?? app.stage, pendingStage };
  const latest = sighting.latestEmployerMessageAt;
  // Only a newer message proposes, so a proposal the user turned down does not come back when the thread is opened again.
  const newer = latest === null || app.lastEmployerMessageAt === null || latest > app.lastEmployerMessageAt;
  return { stage: app.stage, pendingStage: newer ? { stage: told, threadKey: key, at: latest ?? now } : pendingStage };
}

/**
 * A stage the user corrected holds until the employer writes again: a newer message is news the
 * correction did not know. Every other corrected field is the user's for good.
 */
function correctedStage(app: Application, sighting: ThreadSighting, told: Pick<Application, 'stage' | 'pendingStage'>): Pick<Application, 'stage' | 'pendingStage' | 'corrected'> {
  const corrected = app.corrected ?? [];
  if (!corrected.includes('stage')) return told;
  const latest = sighting.latestEmployerMessageAt;
  const newer = latest !== null && (app.lastEmployerMessageAt === null || latest > app.lastEmployerMessageAt);
  if (!newer) return { stage: app.stage, pendingStage: app.pendingStage ?? null };
  return { ...told, corrected: corrected.filter((f) => f !== 'stage') };
}

/** The offer's deadline as the mail states it; a deadline the user typed is theirs, and an answered offer keeps its terms. */
function offerFrom(app: Application, sighting: ThreadSighting, now: string): Application['offer'] {
  const stated = sighting.offerDeadline ?? null;
  const current = app.offer ?? null;
  if (!stated || current?.source === 'user' || current?.decision) return current;
  if (current?.deadline === stated) return current;
  return { deadline: stated, source: 'detected', notedAt: now, decision: null };
}

function applyAnalysis(app: Application, sighting: ThreadSighting, now: string, timeZone: string | null, told: Pick<Application, 'stage' | 'pendingStage'>): Application {
  const { analysis } = sighting;
  const stage = correctedStage(app, sighting, told);
  const window = app.corrected?.includes('decisionWindow') ? null : analysis.decisionWindow;
  const keepWindow = app.decisionWindow && window && app.decisionWindow.latest === window.latest && app.decisionWindow.earliest === window.earliest;
  const statedOn = sighting.latestEmployerMessageAt ? localDate(sighting.latestEmployerMessageAt, timeZone) : localDate(now, timeZone);
  return {
    ...app,
    company: app.company || analysis.company || '',
    role: app.role || analysis.role || '',
    ...stage,
    decisionWindow: window ? (keepWindow ? app.decisionWindow : { ...window, statedOn }) : app.decisionWindow,
    delayedSince: stage.stage === 'delayed' ? (app.delayedSince ?? sighting.latestEmployerMessageAt ?? now) : null,
    lastEmployerMessageAt: sighting.latestEmployerMessageAt ?? app.lastEmployerMessageAt,
    offer: offerFrom(app, sighting, now),
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

/** The analysis's round merged into the stored ones; what the user corrected of the rounds stays as they left it. */
async function upsertInterview(db: AfterviewDb, app: Application, analysis: ThreadAnalysis): Promise<void> {
  const corrected = app.corrected ?? [];
  const keepTime = corrected.includes('interviewAt');
  const keepPeople = corrected.includes('interviewers');
  if (!analysis.interviewAt && analysis.interviewers.length === 0) return;
  const rounds = await db.interviews.where('applicationId').equals(app.id).sortBy('round');
  const match = rounds.find((r) => analysis.interviewAt !== null && r.at === analysis.interviewAt) ?? (analysis.interviewAt ? rounds.find((r) => r.at === null) : rounds.at(-1));
  if (match) {
    const interviewers = keepPeople ? match.interviewers : [...new Set([...match.interviewers, ...analysis.interviewers])];
    await db.interviews.put({ ...match, at: keepTime ? match.at : (match.at ?? analysis.interviewAt), interviewers });
    return;
  }
  // A round the user's corrected round does not match would bring back what they took away.
  if ((keepTime || keepPeople) && rounds.length > 0) return;
  const applicationId = app.id;
  const round = rounds.length + 1;
  const interview: Interview = {
    id: await freeId(db.interviews, interviewIdFor(applicationId, round)),
    applicationId,
    round,
    at: analysis.interviewAt,
    durationMinutes: 60,
    interviewers: analysis.interviewers,
    notes: {},
    notesByInterviewer: {},
  };
  await db.interviews.add(interview);
}

/**
 * The id every device makes alike for an interview round (docs/sync.md), or a random one when a record
 * already holds it here (a round removed and read again): never overwrite one.
 */
async function freeId(table: { get(id: string): Promise<unknown> }, stable: string): Promise<string> {
  return (await table.get(stable)) === undefined ? stable : newId();
}

/**
 * Tracks a thread (analysis → application, contacts, interview round, link); returns the application's id.
 * `chosenApplicationId` is the application the user put the thread in, if they chose one.
 */
export async function trackThread(db: AfterviewDb, sighting: ThreadSighting, now: Date, chosenApplicationId: string | null = null): Promise<string> {
  const at = now.toISOString();
  const key = threadKey(sighting.host, sighting.hostThreadId);
  const link = await db.threads.get(key);
  const settings = await readSettings(db);
  const { found, joinedBy } = await joinOf(db, sighting, link, chosenApplicationId, settings);
  // The application another device made from this thread (synced here before this device read it), or
  // one this device made from it before: the thread's own, so it joins it rather than making a second.
  const ownId = applicationIdForThread(key);
  const own = found ? undefined : await db.applications.get(ownId);
  const base = found ?? own ?? newApplication({ company: '', role: '', stage: sighting.analysis.stage ?? 'scheduling', source: 'detected' }, settings, at, ownId);
  const application = applyAnalysis(base, sighting, at, settings.timeZone, stageFrom(base, sighting, joinedBy, key, at));
  await db.applications.put(application);
  await upsertContacts(db, application.id, sighting);
  await upsertInterview(db, application, sighting.analysis);
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
    joinedBy,
  });
  return application.id;
}

export interface ManualThread {
  host: MailHostName;
  hostThreadId: string;
  subject: string;
  url: string;
  company: string;
  role: string;
  interviewAt: string | null;
}

/** An interview the user dates in the past already happened: the decision is what they wait for. */
const manualStage = (interviewAt: string | null, now: string): Stage => (interviewAt === null ? 'scheduling' : Date.parse(interviewAt) < Date.parse(now) ? 'awaiting-decision' : 'scheduled');

/** Tracks a thread from what the user typed, when its page could not be read: a new application, linked to the thread. */
export async function trackManually(db: AfterviewDb, fields: ManualThread, now: Date): Promise<string> {
  const at = now.toISOString();
  const settings = await readSettings(db);
  const subject = fields.subject.slice(0, 300);
  const application = newApplication({ company: fields.company.trim().slice(0, 200), role: fields.role.trim().slice(0, 200), stage: manualStage(fields.interviewAt, at), source: 'manual' }, settings, at);
  await db.applications.add(application);
  if (fields.interviewAt) await db.interviews.add({ id: newId(), applicationId: application.id, round: 1, at: fields.interviewAt, durationMinutes: 60, interviewers: [], notes: {}, notesByInterviewer: {} });
  const key = threadKey(fields.host, fields.hostThreadId);
  await db.threads.put({ key, host: fields.host, hostThreadId: fields.hostThreadId, applicationId: application.id, dismissed: false, subject, url: fields.url, lastSeenAt: at, messageCount: 0, joinedBy: 'chosen' });
  return application.id;
}
