// Check-ins and what the user did about them: done, snoozed, or a message sent or a call made.
import { arr, isoInstant, literal, nullable, obj, optional, recordId, str } from '../core/shape';
import { newId } from '../store/ids';
import { replan } from '../store/plan';
import { ANY_CALLER, command, EXTENSION_PAGES } from './command';
import { byDue, requireApplication } from './records';
import { stateOfApplication } from './threads';

export const checkInCommands = {
  'contact/log': command({
    shape: obj({
      applicationId: recordId,
      kind: literal('email', 'phone-call', 'voicemail'),
      direction: literal('sent', 'received'),
      at: optional(isoInstant),
      checkInKey: nullable(str),
      to: arr(str, 50),
    }),
    callers: ANY_CALLER,
    handle: async ({ applicationId, kind, direction, at, checkInKey, to }, { db, now, write }) => {
      await write(async () => {
        await requireApplication(db, applicationId);
        const when = at ?? now().toISOString();
        await db.contactEvents.add({ id: newId(), applicationId, kind, direction, at: when, checkInKey, to });
        if (checkInKey) await db.checkIns.where('key').equals(checkInKey).modify({ status: 'done', doneAt: when });
        await replan(db, applicationId, now());
      });
      const link = (await db.threads.where('applicationId').equals(applicationId).first()) ?? null;
      return stateOfApplication(db, applicationId, link);
    },
  }),
  'checkIn/complete': command({
    shape: obj({ id: recordId }),
    callers: EXTENSION_PAGES,
    handle: async ({ id }, { db, now, write }) =>
      write(async () => {
        const checkIn = await db.checkIns.get(id);
        if (!checkIn) throw new Error('That check-in no longer exists.');
        const done = { ...checkIn, status: 'done' as const, doneAt: now().toISOString() };
        await db.checkIns.put(done);
        return done;
      }),
  }),
  'checkIn/snooze': command({
    shape: obj({ id: recordId, until: isoInstant }),
    callers: ANY_CALLER,
    handle: async ({ id, until }, { db, now, write }) =>
      write(async () => {
        const checkIn = await db.checkIns.get(id);
        if (!checkIn) throw new Error('That check-in no longer exists.');
        if (Date.parse(until) <= now().getTime()) throw new Error('Snooze until a moment in the future.');
        const snoozed = { ...checkIn, status: 'snoozed' as const, snoozedUntil: until, notifiedAt: null };
        await db.checkIns.put(snoozed);
        return snoozed;
      }),
  }),
  'checkIns/list': command({
    shape: obj({}),
    callers: EXTENSION_PAGES,
    handle: async (_payload, { db }) => {
      const [checkIns, applications, threads] = await Promise.all([db.checkIns.toArray().then(byDue), db.applications.toArray(), db.threads.toArray()]);
      const apps = new Map(applications.map((a) => [a.id, a]));
      return checkIns.map((checkIn) => ({
        checkIn,
        company: apps.get(checkIn.applicationId)?.company ?? '',
        role: apps.get(checkIn.applicationId)?.role ?? '',
        /** The mail URL of the application's thread, to open it again. */
        url: threads.find((t) => t.applicationId === checkIn.applicationId)?.url ?? null,
      }));
    },
  }),
};

export type CheckInListItem = Awaited<ReturnType<(typeof checkInCommands)['checkIns/list']['handle']>>[number];
