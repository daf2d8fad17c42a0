// Loads the blind corpus (tests/fixtures/corpus/*.jsonl): threads written from a brief and the spec alone, by
// writers who never saw the engine. split.json says which batches are dev (free to tune on) and which are held
// out (scored once per round, never tuned on). Labels are given only where the thread states the field, so a
// field without a label is not scored.
import { readFileSync } from 'node:fs';
import type { MailThread, Stage } from '../../src/core/model';

export interface BlindExpect {
  relevant: boolean;
  stage?: Stage;
  company?: string;
  role?: string;
  interviewers?: string[];
  interviewAt?: string;
  decisionLatest?: string;
}

export interface BlindThread {
  id: string;
  batch: string;
  timeZone: string;
  thread: MailThread;
  expect: BlindExpect;
}

interface BlindLine {
  id: string;
  brief: { zone: string };
  thread: MailThread;
  expect: BlindExpect;
}

const DIR = new URL('../fixtures/corpus/', import.meta.url);

export interface Split {
  dev: string[];
  heldOut: string[];
}

export const corpusSplit = (): Split => JSON.parse(readFileSync(new URL('split.json', DIR), 'utf8')) as Split;

function isZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The brief's zone, or for a brief that gave only an offset ("(UTC-06:00)"), the fixed zone of the latest message's offset. */
function zoneOf(line: BlindLine): string {
  if (isZone(line.brief.zone)) return line.brief.zone;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(line.thread.messages.at(-1)?.sentAt ?? '');
  if (!offset || offset[3] !== '00') return 'UTC';
  const hours = Number(offset[2]);
  // Etc/GMT zones count the other way round: UTC-06:00 is Etc/GMT+6.
  return hours === 0 ? 'UTC' : `Etc/GMT${offset[1] === '-' ? '+' : '-'}${hours}`;
}

export function loadBatch(batch: string): BlindThread[] {
  return readFileSync(new URL(`${batch}.jsonl`, DIR), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((text) => {
      const line = JSON.parse(text) as BlindLine;
      return { id: line.id, batch, timeZone: zoneOf(line), thread: line.thread, expect: line.expect };
    });
}
