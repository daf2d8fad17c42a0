// Untrusted input at every door: arbitrary messages to the background, arbitrary backup files, and
// arbitrary or very large text to the analyzers. Nothing throws; bad input gets a clear refusal.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createHandlers } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import { requestShapes } from '../../src/background/request-shapes';
import { analyzeThread } from '../../src/core/analyze';
import { parseDecisionWindow } from '../../src/core/timeline';
import { BackupRefused, parseBackup } from '../../src/store/backup';
import { openDb, type AfterviewDb } from '../../src/store/db';

let db: AfterviewDb;
let route: ReturnType<typeof createRouter>;
beforeAll(() => {
  db = openDb('fuzz-test');
  route = createRouter(createHandlers(db, { now: () => new Date('2026-11-24T15:00:00.000Z') }));
});
afterAll(async () => {
  await db.delete();
});

const types = Object.keys(requestShapes).filter((t) => t !== 'data/deleteAll');

describe('message validation', () => {
  it('answers every arbitrary message without throwing, and refuses what does not fit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...types), payload: fc.anything() })), async (message) => {
        const reply = await route(message, {} as Runtime.MessageSender);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) expect(reply.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 400 },
    );
  });
});

describe('backup import', () => {
  it('refuses arbitrary files with a message that says nothing changed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify({ format: 'afterview-backup', version: 1, exportedAt: '2026-11-24T15:00:00.000Z', data: v }) ?? '')), (text) => {
        try {
          parseBackup(text);
        } catch (error) {
          expect(error).toBeInstanceOf(BackupRefused);
          expect((error as Error).message).toMatch(/^Nothing was changed: ./);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('large input', () => {
  const big = 'We will decide within 5 business days. Your interview is on Tuesday at 3pm ET. '.repeat(1_300);

  it('reads 100 KB of text without throwing', () => {
    expect(big.length).toBeGreaterThan(100_000);
    expect(parseDecisionWindow(big, '2026-11-24')).toEqual({ earliest: '2026-11-25', latest: '2026-12-01' });
    const thread = { host: 'gmail' as const, id: 't', subject: 'Interview', messages: [{ from: { name: 'A', email: 'a@x.com' }, to: [], cc: [], sentAt: '2026-11-24T10:00:00Z', text: big }] };
    expect(() => analyzeThread(thread)).not.toThrow();
  });
});
