// Loads batches of decision-window phrases (tests/fixtures/windows/*.jsonl): sentences an employer might write,
// each with the local date of its message and the window docs/analysis.md's table gives it (or null). Blind
// batches are written by people who never saw the parser; dev-written ones beside it. split.json says which
// batches are dev and which are held out.
import { readFileSync } from 'node:fs';
import type { Split } from './blind-corpus';

export interface BlindPhrase {
  id: string;
  text: string;
  reference: string;
  expect: { earliest: string; latest: string } | null;
  row: string;
}

const DIR = new URL('../fixtures/windows/', import.meta.url);

export const phraseSplit = (): Split => JSON.parse(readFileSync(new URL('split.json', DIR), 'utf8')) as Split;

export function loadPhrases(batch: string): BlindPhrase[] {
  return readFileSync(new URL(`${batch}.jsonl`, DIR), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BlindPhrase);
}
