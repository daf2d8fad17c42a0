import { describe, expect, it } from 'vitest';
import { corpusSplit, loadBatch } from './blind-corpus';
import { loadPhrases, phraseSplit } from './blind-windows';

const split = corpusSplit();
const batches = [...split.dev, ...split.heldOut];

describe('the blind corpus', () => {
  it('puts every batch in exactly one of dev and held-out', () => {
    expect(new Set(batches).size).toBe(batches.length);
  });

  it.each(batches)('%s: every thread is well formed, labelled, and its messages are in order', (batch) => {
    const threads = loadBatch(batch);
    expect(threads.length).toBeGreaterThan(0);
    expect(new Set(threads.map((t) => t.id)).size).toBe(threads.length);
    for (const { id, thread, expect: want } of threads) {
      const times = thread.messages.map((m) => Date.parse(m.sentAt));
      expect({ id, parses: times.every((t) => !Number.isNaN(t)), ordered: times.every((t, i) => i === 0 || t >= (times[i - 1] ?? t)) }).toEqual({ id, parses: true, ordered: true });
      expect(typeof want.relevant).toBe('boolean');
      if (!want.relevant) expect(want.stage).toBeUndefined();
      if (want.decisionLatest !== undefined) expect(want.decisionLatest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (want.interviewAt !== undefined) expect(Number.isNaN(Date.parse(want.interviewAt))).toBe(false);
    }
  });
});

const phraseBatches = [...phraseSplit().dev, ...phraseSplit().heldOut];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('the blind decision-window phrases', () => {
  it('puts every batch in exactly one of dev and held-out', () => {
    expect(new Set(phraseBatches).size).toBe(phraseBatches.length);
  });

  it.each(phraseBatches)('%s: every phrase has a text, a reference date and a window or null', (batch) => {
    const phrases = loadPhrases(batch);
    expect(phrases.length).toBeGreaterThan(0);
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
    for (const { id, text, reference, expect: want } of phrases) {
      expect({ id, text: typeof text === 'string' && text.length > 0, reference: DAY.test(reference) }).toEqual({ id, text: true, reference: true });
      if (want !== null) expect({ id, ordered: DAY.test(want.earliest) && DAY.test(want.latest) && want.earliest <= want.latest }).toEqual({ id, ordered: true });
    }
  });
});
