import { addDays } from 'date-fns';
import { lintDraft, type Speller } from '../core/drafts';
import { analyzeThread, ownerOf } from '../core/analyze';
import type { Application, ApplicationDossier, CheckIn, MailThread, ThreadAnalysis } from '../core/model';
import type { ThreadState } from '../messaging';
import { exportBackup, importBackup } from '../store/backup';
import { calendarOf } from '../store/calendar';
import type { AfterviewDb } from '../store/db';
import { newId } from '../store/ids';
import { newApplication } from '../store/new-application';
import { dossierOf, replan, replanAll } from '../store/plan';
import { overdueCheckIns, readSettings, writeSettings } from '../store/queries';
import { sightingOf, threadKey, trackThread } from '../store/threads';
import type { Handlers } from './router';

export interface HandlerDeps {
  now?: () => Date;
  /** The spell checker, loaded on first use (the dictionary lives only in the background). */
  speller?: () => Promise<Speller | undefined>;
  /** Runs after every write: badge, alarms. */
  afterWrite?: () => Promise<void>;
}

/** Check-ins in the order they fall due; the key breaks ties so the order never flickers. */
const byDue = (checkIns: CheckIn[]) => checkIns.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));

const WRITE_TABLES = ['applications', 'contacts', 'interviews', 'checkIns', 'contactEvents', 'drafts', 'threads', 'settings', 'planExpiry'] as const;

export function createHandlers(db: AfterviewDb, deps: HandlerDeps = {}): Handlers {
  const now = deps.now ?? (() => new Date());
  const afterWrite = deps.afterWrite ?? (async () => undefined);
  const tables = WRITE_TABLES.map((t) => db.table(t));

  /** One read-write transaction for the change and the re-planning it causes, then the badge and alarms. */
  async function write<T>(change: () => Promise<T>): Promise<T> {
    const result = await db.transaction('rw', tables, change);
    await afterWrite();
    return result;
  }

  async function stateOf(host: 'gmail' | 'outlook', hostThreadId: string): Promise<ThreadState> {
    const link = (await db.threads.get(threadKey(host, hostThreadId))) ?? null;
    return stateOfApplication(link?.applicationId ?? null, link);
  }

  async function stateOfApplication(applicationId: string | null, link: ThreadState['link']): Promise<ThreadState> {
    if (!applicationId) return { link, dossier: null, checkIns: [], drafts: [] };
    const [dossier, checkIns, drafts] = await Promise.all([
      dossierOf(db, applicationId),
      db.checkIns.where('applicationId').equals(applicationId).toArray().then(byDue),
      db.drafts.where('applicationId').equals(applicationId).toArray(),
    ]);
    return { link, dossier, checkIns, drafts };
  }

  async function analyze(thread: MailThread): Promise<ThreadAnalysis> {
    const settings = await readSettings(db);
    return analyzeThread(thread, { timeZone: settings.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone });
  }

  async function track(thread: MailThread, analysis: ThreadAnalysis, url: string): Promise<ThreadState> {
    const settings = await readSettings(db);
    const owner = thread.userEmail ?? settings.profile.emails.find((e) => thread.messages.some((m) => m.from.email.toLowerCase() === e.toLowerCase())) ?? ownerOf(thread) ?? undefined;
    const sighting = sightingOf(thread, analysis, url, owner);
    await write(async () => {
      const id = await trackThread(db, sighting, now());
      await replan(db, id, now());
    });
    return stateOf(thread.host, thread.id);
  }

  async function requireApplication(id: string): Promise<Application> {
    const app = await db.applications.get(id);
    if (!app) throw new Error('That application no longer exists.');
    return app;
  }

  async function requireDossier(id: string): Promise<ApplicationDossier> {
    const dossier = await dossierOf(db, id);
    if (!dossier) throw new Error('That application no longer exists.');
    return dossier;
  }

  return {
    'overview/get': async () => {
      const at = now();
      const weekEnd = addDays(at, 7).toISOString();
      const [overdue, dueThisWeek, waiting, applications] = await Promise.all([
        overdueCheckIns(db, at),
        db.checkIns.where('[status+dueAt]').between(['pending', at.toISOString()], ['pending', weekEnd], true, false).count(),
        db.checkIns.where('[status+dueAt]').aboveOrEqual(['pending', weekEnd]).and((c) => c.status === 'pending').count(),
        db.applications.count(),
      ]);
      return { overdue: overdue.length, dueThisWeek, waiting, applications };
    },
    'settings/get': () => readSettings(db),
    'settings/save': async ({ settings }) => {
      await write(async () => {
        await writeSettings(db, settings);
        await replanAll(db, now());
      });
      return readSettings(db);
    },
    'thread/lookup': ({ host, hostThreadId }) => stateOf(host, hostThreadId),
    'thread/open': async ({ thread, url }) => {
      const analysis = await analyze(thread);
      const known = await stateOf(thread.host, thread.id);
      const tracked = known.link?.applicationId != null && !known.link.dismissed;
      if (known.link?.dismissed || !(analysis.relevant || tracked)) return { analysis, state: known };
      return { analysis, state: await track(thread, analysis, url) };
    },
    'thread/track': async ({ thread, url }) => {
      const analysis = await analyze(thread);
      return { analysis, state: await track(thread, analysis, url) };
    },
    'threads/seen': async ({ host, rows }) =>
      write(async () => {
        // An unread row of a tracked thread in the inbox means the employer wrote since: that answers
        // the pending status check, without the user opening the thread (and without any mail API).
        const answered: string[] = [];
        const links = await db.threads.filter((t) => t.host === host).toArray();
        const subjectKey = (subject: string) => subject.replace(/^(?:(?:re|fwd?|fw|aw|wg)\s*:\s*)+/i, '').trim().toLowerCase();
        for (const row of rows.filter((r) => r.unread)) {
          const link = links.find((l) => (row.threadId !== null && l.hostThreadId === row.threadId) || (row.threadId === null && subjectKey(l.subject) === subjectKey(row.subject)));
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
      }),
    'thread/dismiss': async ({ host, hostThreadId, subject, url }) => {
      await write(async () => {
        await db.threads.put({ key: threadKey(host, hostThreadId), host, hostThreadId, applicationId: null, dismissed: true, subject, url, lastSeenAt: now().toISOString(), messageCount: 0 });
      });
      return stateOf(host, hostThreadId);
    },
    'notes/save': async ({ interviewId, interviewer, notes }) => {
      const applicationId = await write(async () => {
        const interview = await db.interviews.get(interviewId);
        if (!interview) throw new Error('That interview no longer exists.');
        const next = interviewer
          ? { ...interview, notesByInterviewer: { ...interview.notesByInterviewer, [interviewer]: notes } }
          : { ...interview, notes };
        await db.interviews.put(next);
        return interview.applicationId;
      });
      const dossier = await dossierOf(db, applicationId);
      if (!dossier) throw new Error('That application no longer exists.');
      return dossier;
    },
    'contact/log': async ({ applicationId, kind, direction, at, checkInKey, to }) => {
      await write(async () => {
        await requireApplication(applicationId);
        const when = at ?? now().toISOString();
        await db.contactEvents.add({ id: newId(), applicationId, kind, direction, at: when, checkInKey, to });
        if (checkInKey) await db.checkIns.where('key').equals(checkInKey).modify({ status: 'done', doneAt: when });
        await replan(db, applicationId, now());
      });
      const link = (await db.threads.where('applicationId').equals(applicationId).first()) ?? null;
      return stateOfApplication(applicationId, link);
    },
    'checkIn/complete': async ({ id }) =>
      write(async () => {
        const checkIn = await db.checkIns.get(id);
        if (!checkIn) throw new Error('That check-in no longer exists.');
        const done = { ...checkIn, status: 'done' as const, doneAt: now().toISOString() };
        await db.checkIns.put(done);
        return done;
      }),
    'checkIn/snooze': async ({ id, until }) =>
      write(async () => {
        const checkIn = await db.checkIns.get(id);
        if (!checkIn) throw new Error('That check-in no longer exists.');
        if (Date.parse(until) <= now().getTime()) throw new Error('Snooze until a moment in the future.');
        const snoozed = { ...checkIn, status: 'snoozed' as const, snoozedUntil: until, notifiedAt: null };
        await db.checkIns.put(snoozed);
        return snoozed;
      }),
    'checkIns/list': async () => {
      const [checkIns, applications, threads] = await Promise.all([db.checkIns.toArray().then(byDue), db.applications.toArray(), db.threads.toArray()]);
      const apps = new Map(applications.map((a) => [a.id, a]));
      return checkIns.map((checkIn) => ({
        checkIn,
        company: apps.get(checkIn.applicationId)?.company ?? '',
        role: apps.get(checkIn.applicationId)?.role ?? '',
        url: threads.find((t) => t.applicationId === checkIn.applicationId)?.url ?? null,
      }));
    },
    'applications/list': async () => {
      const ids = (await db.applications.orderBy('updatedAt').reverse().primaryKeys()) as string[];
      const dossiers = await Promise.all(ids.map((id) => dossierOf(db, id)));
      return dossiers.filter((d): d is NonNullable<typeof d> => d !== null);
    },
    'application/add': async ({ company, role, stage, interviewAt, interviewers }) =>
      write(async () => {
        const at = now().toISOString();
        const settings = await readSettings(db);
        const application = {
          ...newApplication({ company: company.trim() || 'Unknown company', role: role.trim(), stage, source: 'manual' }, settings, at),
          delayedSince: stage === 'delayed' ? at : null,
        };
        await db.applications.add(application);
        if (interviewAt || interviewers.length > 0) {
          await db.interviews.add({ id: newId(), applicationId: application.id, round: 1, at: interviewAt, durationMinutes: 60, interviewers, notes: {}, notesByInterviewer: {} });
        }
        await replan(db, application.id, now(), settings);
        return application;
      }),
    // Editors send only what they changed: merged onto the stored record inside the transaction, so a
    // change the background made meanwhile (a new stage from the mail) survives the edit.
    'application/update': async ({ id, changes }) => {
      await write(async () => {
        const current = await requireApplication(id);
        await db.applications.put({ ...current, ...changes, updatedAt: now().toISOString() });
        await replan(db, id, now());
      });
      return requireDossier(id);
    },
    'application/delete': async ({ id }) =>
      write(async () => {
        await requireApplication(id);
        for (const table of [db.contacts, db.interviews, db.checkIns, db.contactEvents, db.drafts]) await table.where('applicationId').equals(id).delete();
        await db.threads.where('applicationId').equals(id).modify({ applicationId: null });
        await db.planExpiry.delete(id);
        await db.applications.delete(id);
        return { deleted: id };
      }),
    'contact/update': async ({ id, changes }) => {
      const applicationId = await write(async () => {
        const current = await db.contacts.get(id);
        if (!current) throw new Error('That person is no longer in Afterview.');
        await db.contacts.put({ ...current, ...changes });
        return current.applicationId;
      });
      return requireDossier(applicationId);
    },
    'interview/add': async ({ applicationId, at, durationMinutes, interviewers }) => {
      await write(async () => {
        await requireApplication(applicationId);
        const rounds = await db.interviews.where('applicationId').equals(applicationId).toArray();
        const round = rounds.reduce((max, r) => Math.max(max, r.round), 0) + 1;
        await db.interviews.add({ id: newId(), applicationId, round, at, durationMinutes: durationMinutes ?? 60, interviewers, notes: {}, notesByInterviewer: {} });
        await replan(db, applicationId, now());
      });
      return requireDossier(applicationId);
    },
    'interview/update': async ({ id, changes }) => {
      const applicationId = await write(async () => {
        const current = await db.interviews.get(id);
        if (!current) throw new Error('That interview no longer exists.');
        await db.interviews.put({ ...current, ...changes });
        await replan(db, current.applicationId, now());
        return current.applicationId;
      });
      return requireDossier(applicationId);
    },
    'draft/lint': async ({ applicationId, draft, recipient }) => {
      const dossier = await dossierOf(db, applicationId);
      if (!dossier) throw new Error('That application no longer exists.');
      const [settings, events, drafts, speller] = await Promise.all([
        readSettings(db),
        db.contactEvents.where('applicationId').equals(applicationId).toArray(),
        db.drafts.where('applicationId').equals(applicationId).toArray(),
        deps.speller?.(),
      ]);
      const otherDrafts = drafts.filter((d) => d.body !== draft.body).map((d) => ({ kind: d.kind, body: d.body }));
      return lintDraft(draft, { dossier, settings, recipient, events, otherDrafts, now: now().toISOString() }, speller);
    },
    'draft/save': async ({ applicationId, kind, checkInKey, subject, body, to }) =>
      write(async () => {
        await requireApplication(applicationId);
        // One draft per check-in (or per kind when it serves none), so edits replace rather than pile up.
        const existing = await db.drafts
          .where('applicationId')
          .equals(applicationId)
          .filter((d) => d.checkInKey === checkInKey && (checkInKey !== null || d.kind === kind))
          .first();
        const draft = { id: existing?.id ?? newId(), applicationId, kind, checkInKey, subject, body, to, updatedAt: now().toISOString() };
        await db.drafts.put(draft);
        return draft;
      }),
    'backup/export': async () => {
      const at = now();
      return { json: JSON.stringify(await exportBackup(db, at), null, 2), fileName: `afterview-backup-${at.toISOString().slice(0, 10)}.json` };
    },
    'backup/import': async ({ json }) =>
      // One transaction: the restored data and its plans for today stand together or not at all.
      write(() => importBackup(db, json, () => replanAll(db, now()))),
    'calendar/export': async () => {
      const at = now();
      const [checkIns, applications] = await Promise.all([db.checkIns.where('status').anyOf('pending', 'snoozed').toArray().then(byDue), db.applications.toArray()]);
      return { ics: calendarOf(checkIns, new Map(applications.map((a) => [a.id, a])), at), fileName: 'afterview-check-ins.ics' };
    },
    'data/deleteAll': async () =>
      write(async () => {
        for (const table of tables) await table.clear();
        return { deleted: true as const };
      }),
  };
}
