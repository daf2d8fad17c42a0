// Drafts: checking one for the classic mistakes, and keeping the user's edits.
import { lintDraft } from '../core/drafts';
import { arr, nullable, obj, recordId, str } from '../core/shape';
import { newId } from '../store/ids';
import { readSettings } from '../store/queries';
import { draftKindShape, personShape } from '../store/shapes';
import { ANY_CALLER, command } from './command';
import { requireApplication, requireDossier } from './records';

export const draftCommands = {
  'draft/lint': command({
    shape: obj({ applicationId: recordId, draft: obj({ kind: draftKindShape, subject: str, body: str, to: arr(str, 50) }), recipient: nullable(personShape) }),
    callers: ANY_CALLER,
    handle: async ({ applicationId, draft, recipient }, { db, now, speller: loadSpeller }) => {
      const dossier = await requireDossier(db, applicationId);
      const [settings, events, drafts, speller] = await Promise.all([
        readSettings(db),
        db.contactEvents.where('applicationId').equals(applicationId).toArray(),
        db.drafts.where('applicationId').equals(applicationId).toArray(),
        loadSpeller(),
      ]);
      const otherDrafts = drafts.filter((d) => d.body !== draft.body).map((d) => ({ kind: d.kind, body: d.body }));
      return lintDraft(draft, { dossier, settings, recipient, events, otherDrafts, now: now().toISOString() }, speller);
    },
  }),
  'draft/save': command({
    shape: obj({ applicationId: recordId, kind: draftKindShape, checkInKey: nullable(str), subject: str, body: str, to: arr(str, 50) }),
    callers: ANY_CALLER,
    handle: async ({ applicationId, kind, checkInKey, subject, body, to }, { db, now, write }) =>
      write(async () => {
        await requireApplication(db, applicationId);
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
  }),
};
