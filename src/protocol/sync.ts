// The options page's view of sync through the browser account (docs/sync.md): the switch, what the quota
// keeps on this computer, and a problem with the synced copy in words. Extension pages only: a mail page
// has no business turning sync off or learning what is synced.
import { bool, obj } from '../core/shape';
import { companyLabel } from '../core/application-label';
import { command, EXTENSION_PAGES } from './command';

/** What the background knows of sync; it keeps this in storage.local, beyond the database. */
export interface SyncControl {
  status(): Promise<{ enabled: boolean; problem: 'newer-version' | 'incomplete' | 'corrupt' | 'refused' | null; detail: string | null; leftOut: { applicationId: string; reason: 'closed' | 'open'; lastChange: number }[] }>;
  setEnabled(on: boolean): Promise<void>;
}

const PROBLEMS = {
  'newer-version': 'Another computer runs a newer Afterview, which writes a format this one cannot read. Update Afterview here; until then nothing syncs, and nothing on this computer is lost or written over.',
  incomplete: 'Your browser is still delivering the synced copy from another computer. Afterview will read it once it has all arrived; nothing on this computer has changed.',
  corrupt: 'The synced copy in your browser account is damaged, so Afterview cannot read it. Nothing on this computer was changed, and Afterview does not write over the copy.',
  refused: 'Your browser refused the last write to its sync storage (too much, or too often). Afterview will try again later; nothing is lost on this computer.',
} as const;

export interface SyncView {
  enabled: boolean;
  problem: string | null;
  /** Applications kept on this computer because the browser's sync storage is full, oldest first. */
  leftOut: { company: string; reason: 'closed' | 'open'; lastChange: string }[];
}

export const syncCommands = {
  'sync/status': command({
    shape: obj({}),
    callers: EXTENSION_PAGES,
    handle: async (_payload, { db, sync }): Promise<SyncView> => {
      const status = await sync.status();
      const apps = await db.applications.bulkGet(status.leftOut.map((l) => l.applicationId));
      return {
        enabled: status.enabled,
        problem: status.problem ? `${PROBLEMS[status.problem]}${status.detail ? ` (${status.detail})` : ''}` : null,
        leftOut: status.leftOut.map((l, i) => ({ company: companyLabel(apps[i]?.company ?? ''), reason: l.reason, lastChange: new Date(l.lastChange).toISOString() })),
      };
    },
  }),
  'sync/setEnabled': command({
    shape: obj({ enabled: bool }),
    callers: EXTENSION_PAGES,
    handle: async ({ enabled }, { sync }) => {
      await sync.setEnabled(enabled);
      return { enabled };
    },
  }),
};
