// A thread opened again unchanged is answered from its kept analysis (protocol/threads.ts): the same
// answer, no second tracking, only the sighting noted; anything the analysis is made from changing reads it again.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MailThread } from '../../src/core/model';
import type { Payload, RequestType, Response } from '../../src/messaging';
import { memoryAnalysisCache, type AnalysisCache, type CachedAnalysis } from '../../src/protocol/command';
import { openDb, type AfterviewDb } from '../../src/store/db';
import { loadCorpus } from './analyze-corpus';
import { requester, routerFor } from './support/router';

const thread = loadCorpus().find((c) => c.id === 'post-interview-window')?.thread as MailThread;
const url = `https://mail.google.com/mail/u/0/#inbox/${thread.id}`;

let db: AfterviewDb;
let clock: Date;
let request: <K extends RequestType>(type: K, payload: Payload<K>) => Promise<Response<K>>;
let served: number;
let kept: number;

beforeEach(async () => {
  db = openDb(`kept-analysis-test-${Math.random()}`);
  clock = new Date('2026-11-25T15:00:00.000Z');
  const memory = memoryAnalysisCache();
  served = 0;
  kept = 0;
  // Counts what the cache served and what it was given.
  const analyses: AnalysisCache = {
    get: async (key) => {
      const found = await memory.get(key);
      if (found) served++;
      return found;
    },
    set: async (key, value: CachedAnalysis) => {
      kept++;
      await memory.set(key, value);
    },
    clear: () => memory.clear(),
  };
  request = requester(routerFor(db, { now: () => clock, analyses }));
  await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' } });
});
afterEach(async () => {
  await db.delete();
});

describe('a thread opened again', () => {
  it('unchanged, answers the same from the kept analysis, tracks nothing again and notes the sighting', async () => {
    const first = await request('thread/open', { thread, url });
    const applicationBefore = await db.applications.get(first.state.dossier?.application.id ?? '');
    clock = new Date('2026-11-25T16:00:00.000Z');
    const again = await request('thread/open', { thread, url });
    expect(again).toEqual(first);
    expect(kept).toBe(1);
    expect(await db.applications.get(first.state.dossier?.application.id ?? '')).toEqual(applicationBefore);
    expect((await db.threads.get(`gmail:${thread.id}`))?.lastSeenAt).toBe('2026-11-25T16:00:00.000Z');
  });

  it('with a new message, or other settings, is read again', async () => {
    await request('thread/open', { thread, url });
    const longer: MailThread = { ...thread, messages: [...thread.messages, { ...(thread.messages.at(-1) as MailThread['messages'][number]), text: 'Thanks again, talk soon.' }] };
    await request('thread/open', { thread: longer, url });
    expect(kept).toBe(2);
    await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' } });
    await request('thread/open', { thread: longer, url });
    expect(kept).toBe(3);
    await request('thread/open', { thread: longer, url });
    expect(kept).toBe(3);
  });

  it('after delete-everything, is read again: nothing kept outlives it', async () => {
    await request('thread/open', { thread, url });
    await request('data/deleteAll', { confirm: 'delete everything' });
    await request('thread/open', { thread, url });
    expect(served).toBe(0);
    expect(kept).toBe(2);
  });

  it('after its application was deleted, is tracked again, as a first opening would', async () => {
    const first = await request('thread/open', { thread, url });
    await request('application/delete', { id: first.state.dossier?.application.id ?? '' });
    const again = await request('thread/open', { thread, url });
    expect(served).toBeGreaterThan(0);
    expect(again.state.dossier).not.toBeNull();
  });
});
