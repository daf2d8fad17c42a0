// Reads several command families share.
import type { Application, ApplicationDossier, CheckIn } from '../core/model';
import type { AfterviewDb } from '../store/db';
import { dossierOf } from '../store/plan';

/** Check-ins in the order they fall due; the key breaks ties so the order never flickers. */
export const byDue = (checkIns: CheckIn[]) => checkIns.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));

export async function requireApplication(db: AfterviewDb, id: string): Promise<Application> {
  const app = await db.applications.get(id);
  if (!app) throw new Error('That application no longer exists.');
  return app;
}

export async function requireDossier(db: AfterviewDb, id: string): Promise<ApplicationDossier> {
  const dossier = await dossierOf(db, id);
  if (!dossier) throw new Error('That application no longer exists.');
  return dossier;
}
