// The user's answer to an offer or a rejection that a thread which joined on its own proposed (store/threads.ts).
import type { AfterviewDb } from './db';
import { replan } from './plan';

/** Applies the proposed stage or drops it, so nothing is pending after, and re-plans the application. */
export async function settlePendingStage(db: AfterviewDb, applicationId: string, accept: boolean, now: Date): Promise<void> {
  const application = await db.applications.get(applicationId);
  if (!application) throw new Error('That application no longer exists.');
  const proposal = application.pendingStage;
  if (!proposal) return;
  const answered = accept ? { stage: proposal.stage, delayedSince: null } : {};
  await db.applications.put({ ...application, ...answered, pendingStage: null, updatedAt: now.toISOString() });
  await replan(db, applicationId, now);
}
