// The offer orchestrator: one offer with a deadline, and every other open process it moves. Only
// Afterview's own pages (the popup, and the panel framed in the sidebar) see the other applications; the
// content script may only enter its own thread's deadline.
import { askBy, decisionTimeline, openOffer, otherOpenApplications, toldOf } from '../core/offer';
import { competingOfferKey } from '../core/schedule';
import type { ApplicationDossier, CheckIn, ReceivedOffer, Settings } from '../core/model';
import { arr, isoInstant, literal, nullable, obj, optional, recordId, str } from '../core/shape';
import type { AfterviewDb } from '../store/db';
import { askOthers, decideOffer, noteOfferDeadline } from '../store/offer';
import { dossierOf } from '../store/plan';
import { readSettings } from '../store/queries';
import { ANY_CALLER, command, EXTENSION_PAGES } from './command';
import { requireApplication } from './records';
import { stateOfApplication } from './threads';

export interface OfferOther {
  dossier: ApplicationDossier;
  /** The mail URL of the application's thread, to insert into; null when Afterview knows none (a compose link then). */
  url: string | null;
  /** When this employer was asked to answer by, once the user told them of the offer; else null. */
  askBy: string | null;
  /** The note about the offer the plan calls for, pending or done, once the user told them. */
  checkIn: CheckIn | null;
}

/** What the offer panel shows: the offer, the processes it moves in the order to write to them, and what drafts need. */
export interface OfferPanel {
  offer: { dossier: ApplicationDossier; terms: ReceivedOffer; url: string | null };
  others: OfferOther[];
  settings: Settings;
  /** A mail URL of the user's, so a compose link opens in the account they read mail in. */
  accountUrl: string | null;
}

/** The offer the panel is about: the one asked for, else the open offer whose deadline comes first. */
async function offerApplicationId(db: AfterviewDb, asked: string | undefined, now: Date): Promise<string | null> {
  if (asked) return asked;
  const open = (await db.applications.where('stage').equals('offer').toArray()).filter((a) => openOffer(a, now.toISOString()));
  open.sort((a, b) => (a.offer?.deadline ?? '').localeCompare(b.offer?.deadline ?? ''));
  return open[0]?.id ?? null;
}

async function panelOf(db: AfterviewDb, asked: string | undefined, now: Date): Promise<OfferPanel | null> {
  const id = await offerApplicationId(db, asked, now);
  const dossier = id ? await dossierOf(db, id) : null;
  const terms = dossier?.application.stage === 'offer' ? dossier.application.offer : null;
  if (!dossier || !terms) return null;
  const [ids, threads, checkIns, settings] = await Promise.all([
    db.applications.toCollection().primaryKeys() as Promise<string[]>,
    db.threads.toArray(),
    db.checkIns.filter((c) => c.kind === 'competing-offer').toArray(),
    readSettings(db),
  ]);
  const dossiers = (await Promise.all(ids.map((other) => dossierOf(db, other)))).filter((d): d is ApplicationDossier => d !== null);
  const urlOf = (applicationId: string) => threads.find((t) => t.applicationId === applicationId && !t.dismissed)?.url ?? null;
  const offer = { company: dossier.application.company, deadline: terms.deadline };
  const others = otherOpenApplications(dossier.application.id, dossiers).map((other): OfferOther => {
    const told = toldOf(other.application, offer) ? other.application.competingOffer : null;
    const key = competingOfferKey(other.application.id, terms.deadline);
    return {
      dossier: other,
      url: urlOf(other.application.id),
      askBy: told ? askBy(told.notedAt, told.deadline, told.notedAt) : null,
      checkIn: told ? (checkIns.find((c) => c.key === key) ?? null) : null,
    };
  });
  return { offer: { dossier, terms, url: urlOf(dossier.application.id) }, others, settings, accountUrl: urlOf(dossier.application.id) ?? threads.find((t) => t.url)?.url ?? null };
}

const draftShape = obj({ subject: str, body: str, to: arr(str, 50) });

export const offerCommands = {
  // The sidebar's one offer command: the deadline of its own thread's offer, as the user reads it.
  'offer/setDeadline': command({
    shape: obj({ applicationId: recordId, deadline: isoInstant }),
    callers: ANY_CALLER,
    handle: async ({ applicationId, deadline }, { db, now, write }) => {
      await write(() => noteOfferDeadline(db, applicationId, deadline, now()));
      const link = (await db.threads.where('applicationId').equals(applicationId).first()) ?? null;
      return stateOfApplication(db, applicationId, link);
    },
  }),
  'offer/panel': command({
    shape: obj({ applicationId: optional(recordId) }),
    callers: EXTENSION_PAGES,
    handle: ({ applicationId }, { db, now }) => panelOf(db, applicationId, now()),
  }),
  'offer/ask': command({
    shape: obj({ offerApplicationId: recordId, applicationIds: arr(recordId, 200) }),
    callers: EXTENSION_PAGES,
    handle: async ({ offerApplicationId, applicationIds }, { db, now, write }) => {
      await write(() => askOthers(db, offerApplicationId, applicationIds, now()));
      return panelOf(db, offerApplicationId, now());
    },
  }),
  // Into the application's own thread: its tab comes to the front (or opens), and the draft goes into the reply.
  'offer/insert': command({
    shape: obj({ applicationId: recordId, checkInKey: nullable(str), draft: draftShape }),
    callers: EXTENSION_PAGES,
    handle: async ({ applicationId, checkInKey, draft }, { db, insertIntoThread }) => {
      await requireApplication(db, applicationId);
      const link = await db.threads.where('applicationId').equals(applicationId).filter((t) => !t.dismissed).first();
      if (!link) throw new Error('Afterview knows no thread of this application: use “Write a new message” instead.');
      return { said: await insertIntoThread(link.url, { ...draft, applicationId, checkInKey }) };
    },
  }),
  'offer/timeline': command({
    shape: obj({ offerApplicationId: recordId }),
    callers: EXTENSION_PAGES,
    handle: async ({ offerApplicationId }, { db, now }) => {
      const panel = await panelOf(db, offerApplicationId, now());
      if (!panel) throw new Error('That application has no offer with a deadline.');
      const ics = decisionTimeline(
        { application: panel.offer.dossier.application, deadline: panel.offer.terms.deadline },
        panel.others.map((o) => ({ application: o.dossier.application, askBy: o.askBy })),
        now().toISOString(),
      );
      return { ics, fileName: 'afterview-decision-timeline.ics' };
    },
  }),
  'offer/decide': command({
    shape: obj({ applicationId: recordId, decision: literal('accepted', 'declined') }),
    callers: EXTENSION_PAGES,
    handle: async ({ applicationId, decision }, { db, now, write }) => {
      await write(() => decideOffer(db, applicationId, decision, now()));
      return panelOf(db, applicationId, now());
    },
  }),
};
