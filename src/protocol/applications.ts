// Applications and what belongs to them: contacts, interview rounds and the notes taken after each.
import { arr, bool, changesOf, isoInstant, nullable, num, obj, optional, recordId, str } from '../core/shape';
import { newId } from '../store/ids';
import { newApplication } from '../store/new-application';
import { deleteApplicationRows } from '../store/sync';
import { settlePendingStage } from '../store/pending-stage';
import { dossierOf, replan } from '../store/plan';
import { readSettings } from '../store/queries';
import { applicationEditable, contactEditable, interviewEditable, notesShape, stageShape } from '../store/shapes';
import { ANY_CALLER, command, EXTENSION_PAGES } from './command';
import { requireApplication, requireDossier } from './records';

export const applicationCommands = {
  'applications/list': command({
    shape: obj({}),
    callers: EXTENSION_PAGES,
    handle: async (_payload, { db }) => {
      const ids = (await db.applications.orderBy('updatedAt').reverse().primaryKeys()) as string[];
      const dossiers = await Promise.all(ids.map((id) => dossierOf(db, id)));
      return dossiers.filter((d): d is NonNullable<typeof d> => d !== null);
    },
  }),
  'application/add': command({
    shape: obj({ company: str, role: str, stage: stageShape, interviewAt: nullable(isoInstant), interviewers: arr(str, 20) }),
    callers: EXTENSION_PAGES,
    handle: async ({ company, role, stage, interviewAt, interviewers }, { db, now, write }) =>
      write(async () => {
        const at = now().toISOString();
        const settings = await readSettings(db);
        const application = {
          ...newApplication({ company: company.trim(), role: role.trim(), stage, source: 'manual' }, settings, at),
          delayedSince: stage === 'delayed' ? at : null,
        };
        await db.applications.add(application);
        if (interviewAt || interviewers.length > 0) {
          await db.interviews.add({ id: newId(), applicationId: application.id, round: 1, at: interviewAt, durationMinutes: 60, interviewers, notes: {}, notesByInterviewer: {} });
        }
        await replan(db, application.id, now(), settings);
        return application;
      }),
  }),
  // Editors send only what they changed: merged onto the stored record inside the transaction, so a
  // change the background made meanwhile (a new stage from the mail) survives the edit.
  'application/update': command({
    shape: obj({ id: recordId, changes: changesOf(applicationEditable) }),
    callers: EXTENSION_PAGES,
    handle: async ({ id, changes }, { db, now, write }) => {
      await write(async () => {
        const current = await requireApplication(db, id);
        await db.applications.put({ ...current, ...changes, updatedAt: now().toISOString() });
        await replan(db, id, now());
      });
      return requireDossier(db, id);
    },
  }),
  'application/delete': command({
    shape: obj({ id: recordId }),
    callers: EXTENSION_PAGES,
    handle: async ({ id }, { db, write }) =>
      write(async () => {
        await requireApplication(db, id);
        // The same removal a deletion synced from another device makes.
        await deleteApplicationRows(db, id);
        return { deleted: id };
      }),
  }),
  // The sidebar's answer to an offer or rejection that a thread joined on its own proposed.
  'application/confirmStage': command({
    shape: obj({ applicationId: recordId, accept: bool }),
    callers: ANY_CALLER,
    handle: async ({ applicationId, accept }, { db, now, write }) => {
      await write(() => settlePendingStage(db, applicationId, accept, now()));
      return requireDossier(db, applicationId);
    },
  }),
  'contact/update': command({
    shape: obj({ id: recordId, changes: changesOf(contactEditable) }),
    callers: EXTENSION_PAGES,
    handle: async ({ id, changes }, { db, write }) => {
      const applicationId = await write(async () => {
        const current = await db.contacts.get(id);
        if (!current) throw new Error('That person is no longer in Afterview.');
        await db.contacts.put({ ...current, ...changes });
        return current.applicationId;
      });
      return requireDossier(db, applicationId);
    },
  }),
  'interview/add': command({
    shape: obj({ applicationId: recordId, at: nullable(isoInstant), durationMinutes: optional(num), interviewers: arr(str, 20) }),
    callers: EXTENSION_PAGES,
    handle: async ({ applicationId, at, durationMinutes, interviewers }, { db, now, write }) => {
      await write(async () => {
        await requireApplication(db, applicationId);
        const rounds = await db.interviews.where('applicationId').equals(applicationId).toArray();
        const round = rounds.reduce((max, r) => Math.max(max, r.round), 0) + 1;
        await db.interviews.add({ id: newId(), applicationId, round, at, durationMinutes: durationMinutes ?? 60, interviewers, notes: {}, notesByInterviewer: {} });
        await replan(db, applicationId, now());
      });
      return requireDossier(db, applicationId);
    },
  }),
  'interview/update': command({
    shape: obj({ id: recordId, changes: changesOf(interviewEditable) }),
    callers: EXTENSION_PAGES,
    handle: async ({ id, changes }, { db, now, write }) => {
      const applicationId = await write(async () => {
        const current = await db.interviews.get(id);
        if (!current) throw new Error('That interview no longer exists.');
        await db.interviews.put({ ...current, ...changes });
        await replan(db, current.applicationId, now());
        return current.applicationId;
      });
      return requireDossier(db, applicationId);
    },
  }),
  'notes/save': command({
    shape: obj({ interviewId: recordId, interviewer: nullable(str), notes: notesShape }),
    callers: ANY_CALLER,
    handle: async ({ interviewId, interviewer, notes }, { db, write }) => {
      const applicationId = await write(async () => {
        const interview = await db.interviews.get(interviewId);
        if (!interview) throw new Error('That interview no longer exists.');
        const next = interviewer
          ? { ...interview, notesByInterviewer: { ...interview.notesByInterviewer, [interviewer]: notes } }
          : { ...interview, notes };
        await db.interviews.put(next);
        return interview.applicationId;
      });
      return requireDossier(db, applicationId);
    },
  }),
};
