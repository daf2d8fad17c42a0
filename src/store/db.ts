import Dexie, { type EntityTable } from 'dexie';
import type {
  Application,
  CheckIn,
  Contact,
  ContactEvent,
  Draft,
  Interview,
  MailHostName,
  Settings,
} from '../core/model';
import type { LearnedRule } from '../core/corrections/learned';
import type { JoinedBy } from '../core/threads/join';
import type { SyncRecordRow } from './sync';

/** Links a host's thread to an application (or records that the user said it is not an interview). */
export interface ThreadLink {
  /** `${host}:${hostThreadId}` */
  key: string;
  host: MailHostName;
  hostThreadId: string;
  applicationId: string | null;
  dismissed: boolean;
  subject: string;
  /** The mail URL the thread was last seen at, to open it again. */
  url: string;
  lastSeenAt: string;
  /** How many messages the thread had when last read; more means the employer (or the user) wrote. */
  messageCount: number;
  /** How the thread came to its application; absent in links written before it was kept (store/threads.ts). */
  joinedBy?: JoinedBy;
}

/**
 * When an application's plan may change with time alone (core's planExpiresAt). Derived data, rebuilt by
 * every re-plan and never backed up: an alarm re-plans only the applications whose moment has come.
 * Null (not indexed) when nothing lies ahead.
 */
export interface PlanExpiry {
  applicationId: string;
  expiresAt: string | null;
}

export interface SettingsRow {
  id: 'settings';
  value: Settings;
}

export const DB_NAME = 'afterview';

export type AfterviewDb = Dexie & {
  applications: EntityTable<Application, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  interviews: EntityTable<Interview, 'id'>;
  checkIns: EntityTable<CheckIn, 'id'>;
  contactEvents: EntityTable<ContactEvent, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  threads: EntityTable<ThreadLink, 'key'>;
  settings: EntityTable<SettingsRow, 'id'>;
  planExpiry: EntityTable<PlanExpiry, 'applicationId'>;
  corrections: EntityTable<LearnedRule, 'key'>;
  syncRecords: EntityTable<SyncRecordRow, 'key'>;
};

/** Version 1's schema, kept verbatim: Dexie needs every version to upgrade databases written by it. */
export const SCHEMA_V1 = {
  applications: 'id, stage, company, updatedAt',
  contacts: 'id, applicationId, email',
  interviews: 'id, applicationId, at',
  checkIns: 'id, &key, applicationId, status, dueAt, [status+dueAt]',
  contactEvents: 'id, applicationId, at, [applicationId+at]',
  drafts: 'id, applicationId, checkInKey',
  threads: 'key, applicationId, hostThreadId',
  settings: 'id',
};

export const SCHEMA_V2 = { ...SCHEMA_V1, checkIns: 'id, &key, applicationId, status, dueAt, [status+dueAt], [applicationId+status]' };

export const SCHEMA_V3 = { ...SCHEMA_V2, planExpiry: 'applicationId, expiresAt' };

export function openDb(name = DB_NAME): AfterviewDb {
  const db = new Dexie(name) as AfterviewDb;
  db.version(1).stores(SCHEMA_V1);
  // v2: check-ins remember when they were notified, so each falls due with one notification.
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table('checkIns')
        .toCollection()
        .modify((checkIn: Record<string, unknown>) => {
          if (!('notifiedAt' in checkIn)) checkIn.notifiedAt = null;
        }),
    );
  // v3: when each plan expires, so an alarm re-plans only what time changed. Starts empty: the
  // update's onInstalled re-plans everything, and an application without a row is re-planned then.
  db.version(3).stores(SCHEMA_V3);
  // v4: what the user's corrections taught, looked up by the domain or thread it applies to.
  db.version(4).stores({ ...SCHEMA_V3, corrections: 'key, target, learnedAt' });
  // v5: the synced records this device knows (docs/sync.md), merged state with stamps. Starts empty: the
  // first command stamps every fact the device holds, and storage.sync fills in the rest. Not backed up:
  // a restored backup is the device's own edit and is stamped as one.
  db.version(5).stores({ ...SCHEMA_V3, corrections: 'key, target, learnedAt', syncRecords: 'key' });
  return db;
}
