// Untrusted input at every door: arbitrary messages to the background, arbitrary backup files, and
// arbitrary or very large text to the analyzers. Nothing throws; bad input gets a clear refusal.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/protocol';
import { parseDecisionWindow } from '../../src/core/timeline';
import { BackupRefused, parseBackup } from '../../src/store/backup';
import { openDb, type AfterviewDb } from '../../src/store/db';
import { routerFor } from './support/router';
import { SENDERS } from './support/senders';

let db: AfterviewDb;
let route: ReturnType<typeof routerFor>;
beforeAll(() => {
  db = openDb('fuzz-test');
  route = routerFor(db, { now: () => new Date('2026-11-24T15:00:00.000Z') });
});
afterAll(async () => {
  await db.delete();
});

const types = Object.keys(commands).filter((t) => t !== 'data/deleteAll');

describe('message validation', () => {
  it('answers every arbitrary message without throwing, and refuses what does not fit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...types), payload: fc.anything() })), fc.constantFrom(...Object.values(SENDERS)), async (message, sender) => {
        const reply = await route(message, sender);
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

// Large hostile input, with time bounds, is fuzzed in bounded-analysis.test.ts.
describe('large input', () => {
  it('reads 100 KB of text and still finds the window it states', () => {
    const big = 'We will decide within 5 business days. Your interview is on Tuesday at 3pm ET. '.repeat(1_300);
    expect(big.length).toBeGreaterThan(100_000);
    expect(parseDecisionWindow(big, '2026-11-24')).toEqual({ earliest: '2026-11-25', latest: '2026-12-01' });
  });
});
