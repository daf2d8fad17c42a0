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

export function openDb(name = DB_NAME): AfterviewDb {
  const db = new Dexie(name) as AfterviewDb;
  db.version(1).stores(SCHEMA_V1);
  // v2: check-ins remember when they were notified, so each falls due with one notification.
  db.version(2)
    .stores({ ...SCHEMA_V1, checkIns: 'id, &key, applicationId, status, dueAt, [status+dueAt], [applicationId+status]' })
    .upgrade((tx) =>
      tx
        .table('checkIns')
        .toCollection()
        .modify((checkIn: Record<string, unknown>) => {
          if (!('notifiedAt' in checkIn)) checkIn.notifiedAt = null;
        }),
    );
  return db;
}
