// The review's takeover (issue 12, finding 8): a thread joins a tracked application only through the
// people in it, and a thread that joined on its own never decides an offer or a rejection.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MailThread } from '../../src/core/model';
import type { Payload, RequestType, Response, ThreadState } from '../../src/messaging';
import { openDb, type AfterviewDb } from '../../src/store/db';
import { loadCorpus } from './analyze-corpus';
import { requester, routerFor } from './support/router';

const threads = JSON.parse(readFileSync(new URL('../fixtures/joining/threads.json', import.meta.url), 'utf8')) as Record<'lookalikeRejection' | 'colleagueUpdate' | 'recruiterRejection', MailThread>;
const tracked = loadCorpus().find((c) => c.id === 'post-interview-window')?.thread as MailThread;

let db: AfterviewDb;
let request: <K extends RequestType>(type: K, payload: Payload<K>) => Promise<Response<K>>;

beforeEach(async () => {
  db = openDb(`thread-join-test-${Math.random()}`);
  const clock = new Date('2026-11-25T15:00:00.000Z');
  const route = routerFor(db, { now: () => clock });
  request = requester(route);
  await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' } });
});
afterEach(async () => {
  await db.delete();
});

const urlOf = (thread: MailThread) => `https://mail.google.com/mail/u/0/#inbox/${thread.id}`;
const open = async (thread: MailThread) => (await request('thread/open', { thread, url: urlOf(thread) })).state;
const pendingKeys = (state: ThreadState) => state.checkIns.filter((c) => c.status === 'pending').map((c) => c.key);

describe('joining a thread to a tracked application', () => {
  it('keeps a look-alike domain’s rejection out of the tracked application', async () => {
    const before = await open(tracked);
    const stranger = await open(threads.lookalikeRejection);
    const after = await request('thread/lookup', { host: 'gmail', hostThreadId: tracked.id });
    expect(stranger.dossier?.application.id).not.toBe(before.dossier?.application.id);
    expect(after.dossier?.application.stage).toBe('awaiting-decision');
    expect(after.dossier?.application.pendingStage ?? null).toBeNull();
    expect(pendingKeys(after)).toEqual(pendingKeys(before));
    expect(after.dossier?.contacts.map((c) => c.email)).toEqual(['maya.ortiz@northwindlabs.com']);
  });

  it('joins a thread from another person at the employer’s own domain', async () => {
    const before = await open(tracked);
    const colleague = await open(threads.colleagueUpdate);
    expect(colleague.dossier?.application.id).toBe(before.dossier?.application.id);
    expect(colleague.dossier?.contacts.map((c) => c.email).sort()).toEqual(['ben.carter@northwindlabs.com', 'maya.ortiz@northwindlabs.com']);
  });

  it('does not join by company name alone', async () => {
    const invite = await open(loadCorpus().find((c) => c.id === 'greenhouse-invite')?.thread as MailThread);
    const interview = await open(tracked);
    expect(interview.dossier?.application.id).not.toBe(invite.dossier?.application.id);
  });

  it('joins the application the user chose, even from an unknown sender', async () => {
    const before = await open(tracked);
    const applicationId = before.dossier?.application.id ?? '';
    const chosen = await request('thread/track', { thread: threads.lookalikeRejection, url: urlOf(threads.lookalikeRejection), applicationId });
    expect(chosen.state.dossier?.application).toMatchObject({ id: applicationId, stage: 'rejected' });
  });
});

describe('an offer or a rejection from a thread that joined on its own', () => {
  it('waits for the user as a pending stage, then applies it when confirmed', async () => {
    const before = await open(tracked);
    const applicationId = before.dossier?.application.id ?? '';
    const rejection = await open(threads.recruiterRejection);
    expect(rejection.dossier?.application).toMatchObject({ id: applicationId, stage: 'awaiting-decision', pendingStage: { stage: 'rejected', threadKey: `gmail:${threads.recruiterRejection.id}` } });
    expect(pendingKeys(rejection)).toEqual(pendingKeys(before));
    const confirmed = await request('application/confirmStage', { applicationId, accept: true });
    expect(confirmed.application).toMatchObject({ stage: 'rejected', pendingStage: null });
    expect((await request('thread/lookup', { host: 'gmail', hostThreadId: tracked.id })).checkIns.filter((c) => c.status === 'pending')).toEqual([]);
  });

  it('is dropped when the user says no, and not proposed again by the same message', async () => {
    const before = await open(tracked);
    const applicationId = before.dossier?.application.id ?? '';
    await open(threads.recruiterRejection);
    const declined = await request('application/confirmStage', { applicationId, accept: false });
    expect(declined.application).toMatchObject({ stage: 'awaiting-decision', pendingStage: null });
    const reopened = await open(threads.recruiterRejection);
    expect(reopened.dossier?.application).toMatchObject({ stage: 'awaiting-decision', pendingStage: null });
    expect(pendingKeys(reopened)).toEqual(pendingKeys(before));
  });
});

describe('data written before threads remembered how they joined', () => {
  it('restores, and a link of unknown origin proposes an offer or a rejection instead of applying it', async () => {
    await open(tracked);
    const backup = JSON.parse((await request('backup/export', {})).json) as { data: { applications: Record<string, unknown>[]; threads: Record<string, unknown>[] } };
    for (const application of backup.data.applications) delete application.pendingStage;
    for (const link of backup.data.threads) delete link.joinedBy;
    await request('backup/import', { json: JSON.stringify(backup) });
    const rejection = threads.recruiterRejection.messages[0];
    if (!rejection) throw new Error('fixture');
    const reopened = await open({ ...tracked, messages: [...tracked.messages, rejection] });
    expect(reopened.dossier?.application).toMatchObject({ stage: 'awaiting-decision', pendingStage: { stage: 'rejected', threadKey: `gmail:${tracked.id}` } });
  });
});
