// An offer and the processes it moves: the user's deadline entry, the ask sent to the others, and the
// user's answer to the offer (store/threads.ts records the deadline the offer mail states).
import type { Application, ReceivedOffer } from '../core/model';
import { toldOf } from '../core/offer/others';
import type { AfterviewDb } from './db';
import { replan } from './plan';

async function requireOffer(db: AfterviewDb, id: string): Promise<Application & { offer: ReceivedOffer }> {
  const app = await db.applications.get(id);
  if (!app) throw new Error('That application no longer exists.');
  if (app.stage !== 'offer' || !app.offer) throw new Error('That application has no offer with a deadline.');
  return { ...app, offer: app.offer };
}

/** The deadline the user typed: the application is at the offer stage, and the mail never overwrites this entry. */
export async function noteOfferDeadline(db: AfterviewDb, applicationId: string, deadline: string, now: Date): Promise<void> {
  const app = await db.applications.get(applicationId);
  if (!app) throw new Error('That application no longer exists.');
  if (Date.parse(deadline) <= now.getTime()) throw new Error('The deadline has to be in the future.');
  const at = now.toISOString();
  const corrected = app.corrected?.includes('stage') ? app.corrected : [...(app.corrected ?? []), 'stage' as const];
  await db.applications.put({ ...app, stage: 'offer', pendingStage: null, corrected, offer: { deadline, source: 'user', notedAt: at, decision: null }, updatedAt: at });
  await replan(db, applicationId, now);
}

/**
 * Records the offer as a competing offer on each application the user chose to tell: rule 8 of
 * core/schedule/plan.ts then makes the note to each due now and holds their other timing notes.
 */
export async function askOthers(db: AfterviewDb, offerApplicationId: string, applicationIds: readonly string[], now: Date): Promise<void> {
  const offer = await requireOffer(db, offerApplicationId);
  if (offer.offer.decision !== null) throw new Error('You have already answered this offer.');
  const at = now.toISOString();
  for (const id of new Set(applicationIds)) {
    if (id === offerApplicationId) continue;
    const app = await db.applications.get(id);
    if (!app) throw new Error('One of those applications no longer exists.');
    // Asked already for this deadline: the moment it was noted stays, so the note's ask-by date does not move.
    if (toldOf(app, { company: offer.company, deadline: offer.offer.deadline })) continue;
    await db.applications.put({ ...app, competingOffer: { company: offer.company, deadline: offer.offer.deadline, notedAt: at }, updatedAt: at });
    await replan(db, id, now);
  }
}

/**
 * The user's answer to the offer. Either way the offer no longer stands as leverage with the others: the
 * competing offer it put on them goes, and their plans go back to their own rules.
 */
export async function decideOffer(db: AfterviewDb, applicationId: string, decision: 'accepted' | 'declined', now: Date): Promise<void> {
  const offer = await requireOffer(db, applicationId);
  const at = now.toISOString();
  await db.applications.put({ ...offer, offer: { ...offer.offer, decision }, updatedAt: at });
  const asked = await db.applications.filter((a) => toldOf(a, { company: offer.company, deadline: offer.offer.deadline })).toArray();
  for (const app of asked) {
    await db.applications.put({ ...app, competingOffer: null, updatedAt: at });
    await replan(db, app.id, now);
  }
  await replan(db, applicationId, now);
}
