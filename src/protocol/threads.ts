// The thread the user has open in a mail tab: read it, track it, or set it aside. The content script's commands.
import { analyzeThread } from '../core/analyze';
import { applyLearned, threadKeyOf } from '../core/corrections/apply';
import { withCandidates } from '../core/corrections/candidates';
import { senderDomains } from '../core/corrections/domains';
import { mailUrl } from '../core/mail-hosts';
import { offerDeadline } from '../core/offer';
import { mailboxOwner } from '../core/mail-identity';
import { trackedThreadOfRow } from '../core/threads/reply-row';
import type { ApplicationDossier, CheckIn, Draft, MailHostName, MailThread, Settings, ThreadAnalysis } from '../core/model';
import { arr, bool, isoInstant, literal, nullable, obj, optional, recordId, str, type Checked } from '../core/shape';
import type { AfterviewDb, ThreadLink } from '../store/db';
import { newId } from '../store/ids';
import { dossierOf, replan } from '../store/plan';
import { learnedFor, learnRelevance } from '../store/corrections';
import type { LearnedRule } from '../core/corrections/learned';
import { readSettings } from '../store/queries';
import { personShape } from '../store/shapes';
import { sightingOf, threadKey, trackManually, trackThread } from '../store/threads';
import { ANY_CALLER, command, type CommandContext } from './command';
import { mark } from '../core/trace';
import { byDue } from './records';

/**
 * What the sidebar shows for a thread: whether the user set it aside, its application, the plan and the
 * user's saved drafts. A view, not the stored rows: the thread's link (its URLs and bookkeeping) stays in
 * the background.
 */
export interface ThreadState {
  dismissed: boolean;
  dossier: ApplicationDossier | null;
  checkIns: CheckIn[];
  drafts: Pick<Draft, 'kind' | 'checkInKey' | 'subject' | 'body'>[];
}

const mailMessageShape = obj({ from: personShape, to: arr(personShape, 500), cc: arr(personShape, 500), sentAt: str, text: str });
const mailThreadShape = obj({
  host: literal('gmail', 'outlook'),
  id: str,
  subject: str,
  messages: arr(mailMessageShape, 2_000),
  userEmail: optional(str),
});
/** Who the mail page says is signed in (src/mail/types.ts account()): the address may be empty. */
const ownerShape = optional(personShape);
type PageOwner = Checked<typeof ownerShape>;
const hostShape = literal('gmail', 'outlook');
const threadRef = { host: hostShape, hostThreadId: str };

const manualThreadShape = obj({ ...threadRef, subject: str, url: mailUrl, company: str, role: str, interviewAt: nullable(isoInstant) });

const linkOf = async (db: AfterviewDb, host: MailHostName, hostThreadId: string) => (await db.threads.get(threadKey(host, hostThreadId))) ?? null;

async function stateOf(db: AfterviewDb, host: MailHostName, hostThreadId: string): Promise<ThreadState> {
  const link = await linkOf(db, host, hostThreadId);
  return stateOfApplication(db, link?.applicationId ?? null, link);
}

export async function stateOfApplication(db: AfterviewDb, applicationId: string | null, link: ThreadLink | null): Promise<ThreadState> {
  const dismissed = link?.dismissed ?? false;
  if (!applicationId) return { dismissed, dossier: null, checkIns: [], drafts: [] };
  const [dossier, checkIns, drafts] = await Promise.all([
    dossierOf(db, applicationId),
    db.checkIns.where('applicationId').equals(applicationId).toArray().then(byDue),
    db.drafts.where('applicationId').equals(applicationId).toArray(),
  ]);
  return { dismissed, dossier, checkIns, drafts: drafts.map(({ kind, checkInKey, subject, body }) => ({ kind, checkInKey, subject, body })) };
}

/** Who reads a thread, worked out once per request: the settings, the mailbox owner, and the employer's own domains. */
interface Reading {
  settings: Settings;
  ownerEmail: string | undefined;
  /** The page's account first (it is the mailbox shown), else the profile's name. */
  ownerName: string;
  domains: string[];
}

async function readingOf(db: AfterviewDb, thread: MailThread, owner: PageOwner): Promise<Reading> {
  const settings = await readSettings(db);
  const ownerEmail = mailboxOwner(thread, settings.profile.emails);
  return { settings, ownerEmail, ownerName: owner?.name.trim() || settings.profile.name, domains: senderDomains(thread, ownerEmail) };
}

const timeZoneOf = (settings: Settings) => settings.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The engine's analysis with what the user's corrections taught applied as an input, and answers to offer where it abstained. */
async function analyze(db: AfterviewDb, thread: MailThread, reading: Reading, learned?: LearnedRule[]): Promise<ThreadAnalysis> {
  const { settings, ownerEmail, ownerName, domains } = reading;
  const analysis = analyzeThread(thread, { timeZone: timeZoneOf(settings), ownerName });
  mark('open:engine');
  const applied = applyLearned(analysis, thread, domains, learned ?? (await learnedFor(db, threadKeyOf(thread), domains)));
  return withCandidates(applied, thread, ownerEmail, settings.profile);
}

/** Bumped when what the digest covers changes; the background also forgets every analysis when Afterview is updated. */
const DIGEST_VERSION = 1;

/**
 * A digest of everything a thread's analysis is made from: the mail as read, the page's owner and address,
 * the settings and zone, and the rules learned for it. The same digest means the same analysis.
 */
async function digestOf(thread: MailThread, owner: PageOwner, url: string, settings: Settings, learned: readonly LearnedRule[]): Promise<string> {
  // The system's zone by its offsets this year, not by name: naming it makes the first Intl.DateTimeFormat
  // of a fresh worker (about 17 ms). Two zones with the same offsets on the same days read mail alike.
  const year = new Date().getFullYear();
  const zone = settings.timeZone ?? [0, 3, 6, 9].map((month) => new Date(year, month, 1).getTimezoneOffset()).join();
  const text = JSON.stringify([DIGEST_VERSION, thread, owner ?? null, url, settings, zone, learned]);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function track(context: CommandContext, thread: MailThread, reading: Reading, analysis: ThreadAnalysis, url: string, chosenApplicationId: string | null = null): Promise<ThreadState> {
  const { db, now, write } = context;
  const deadline = analysis.stage === 'offer' ? offerDeadline(thread, timeZoneOf(reading.settings), reading.ownerEmail, reading.settings.holidays) : null;
  const sighting = { ...sightingOf(thread, analysis, url, { email: reading.ownerEmail, name: reading.ownerName }), offerDeadline: deadline };
  await write(async () => {
    const id = await trackThread(db, sighting, now(), chosenApplicationId);
    await replan(db, id, now());
  });
  mark('open:written');
  return stateOf(db, thread.host, thread.id);
}

const seenRowShape = obj({ threadId: nullable(str), subject: str, senders: arr(str, 20), unread: bool });

async function answerUnreadRows({ db, now, write }: CommandContext, host: MailHostName, rows: Checked<typeof seenRowShape>[]): Promise<{ answered: string[] }> {
  return write(async () => {
    // An unread row of a tracked thread in the inbox means the employer wrote since: that answers
    // the pending status check, without the user opening the thread (and without any mail API).
    const answered: string[] = [];
    const [links, contacts] = await Promise.all([db.threads.filter((t) => t.host === host).toArray(), db.contacts.toArray()]);
    for (const row of rows.filter((r) => r.unread)) {
      const link = trackedThreadOfRow(row, links, contacts);
      if (!link?.applicationId || link.dismissed) continue;
      const at = now().toISOString();
      const since = await db.contactEvents.where('applicationId').equals(link.applicationId).filter((e) => e.direction === 'received' && e.at >= link.lastSeenAt).count();
      if (since > 0) continue;
      await db.contactEvents.add({ id: newId(), applicationId: link.applicationId, kind: 'email', direction: 'received', at, checkInKey: null, to: [] });
      await db.threads.put({ ...link, lastSeenAt: at });
      await replan(db, link.applicationId, now());
      answered.push(link.applicationId);
    }
    return { answered };
  });
}

export const threadCommands = {
  'thread/lookup': command({
    shape: obj(threadRef),
    callers: ANY_CALLER,
    handle: ({ host, hostThreadId }, { db }) => stateOf(db, host, hostThreadId),
  }),
  'thread/open': command({
    shape: obj({ thread: mailThreadShape, url: mailUrl, owner: ownerShape }),
    callers: ANY_CALLER,
    handle: async ({ thread, url, owner }, context) => {
      mark('open:start');
      const { db } = context;
      const key = threadKey(thread.host, thread.id);
      // What needs nothing else is asked at once, beside the settings the rest depends on.
      const keptAndLink = Promise.all([context.analyses.get(key), linkOf(db, thread.host, thread.id)]);
      // Awaited below; should the settings fail first, its own failure is not left unhandled.
      keptAndLink.catch(() => undefined);
      const reading = await readingOf(db, thread, owner);
      const learned = await learnedFor(db, threadKeyOf(thread), reading.domains);
      const [digest, [cached, link]] = await Promise.all([digestOf(thread, owner, url, reading.settings, learned), keptAndLink]);
      mark('open:read');
      // A thread read before from the same mail, settings and rules has the same analysis: the engine is not asked again.
      const known = cached?.digest === digest;
      const analysis = known ? cached.analysis : await analyze(db, thread, reading, learned);
      mark('open:analyzed');
      const tracked = link?.applicationId != null && !link.dismissed;
      let state: ThreadState;
      if (link?.dismissed || !(analysis.relevant || tracked)) state = await stateOfApplication(db, link?.applicationId ?? null, link);
      else if (known && link?.applicationId && cached.trackedInto === link.applicationId) {
        // This device tracked the thread into this application from this very analysis: tracking again
        // would write what is stored, so only the sighting is noted.
        const lastSeenAt = context.now().toISOString();
        await db.threads.update(key, { lastSeenAt });
        mark('open:written');
        state = await stateOfApplication(db, link.applicationId, { ...link, lastSeenAt });
      } else state = await track(context, thread, reading, analysis, url);
      mark('open:tracked');
      const trackedInto = link?.dismissed ? undefined : state.dossier?.application.id;
      if (!known || cached.trackedInto !== trackedInto) await context.analyses.set(key, { digest, analysis, ...(trackedInto ? { trackedInto } : {}) });
      return { analysis, state };
    },
  }),
  'thread/track': command({
    shape: obj({ thread: mailThreadShape, url: mailUrl, applicationId: optional(recordId), owner: ownerShape }),
    callers: ANY_CALLER,
    handle: async ({ thread, url, applicationId, owner }, context) => {
      const reading = await readingOf(context.db, thread, owner);
      const analysis = await analyze(context.db, thread, reading);
      await context.write(() => learnRelevance(context.db, reading.domains, 'interview', context.now()));
      return { analysis, state: await track(context, thread, reading, analysis, url, applicationId ?? null) };
    },
  }),
  // A thread the adapter could not read (the host changed its page): the user's own fields stand in for the analysis.
  'thread/trackManual': command({
    shape: manualThreadShape,
    callers: ANY_CALLER,
    handle: async ({ host, hostThreadId, ...fields }, { db, now, write }) => {
      await write(async () => {
        const id = await trackManually(db, { host, hostThreadId, ...fields }, now());
        await replan(db, id, now());
      });
      return stateOf(db, host, hostThreadId);
    },
  }),
  'threads/seen': command({
    shape: obj({ host: hostShape, rows: arr(seenRowShape, 500) }),
    callers: ANY_CALLER,
    handle: ({ host, rows }, context) => answerUnreadRows(context, host, rows),
  }),
  'thread/dismiss': command({
    shape: obj({ thread: mailThreadShape, url: mailUrl, owner: ownerShape }),
    callers: ANY_CALLER,
    handle: async ({ thread, url, owner }, { db, now, write }) => {
      const { host, id: hostThreadId } = thread;
      // Only what the user's answer is about: this thread's own employer senders, not every domain its
      // application's contacts write from, so one dismissed thread cannot silence another process.
      const { domains } = await readingOf(db, thread, owner);
      await write(async () => {
        await learnRelevance(db, domains, 'not-interview', now());
        await db.threads.put({ key: threadKey(host, hostThreadId), host, hostThreadId, applicationId: null, dismissed: true, subject: thread.subject.slice(0, 300), url, lastSeenAt: now().toISOString(), messageCount: 0 });
      });
      return stateOf(db, host, hostThreadId);
    },
  }),
};
