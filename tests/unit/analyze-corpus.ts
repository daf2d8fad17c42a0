// Loads the thread corpus (tests/fixtures/threads/*.json) into the spec's MailThread with its expectations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailThread, Person, Stage } from '../../src/core/model';

interface RawThread {
  id: string;
  host: 'gmail' | 'outlook';
  subject: string;
  user?: string;
  tz?: string;
  msgs: [string, string, string, string][];
  expect: {
    relevant: boolean;
    stage?: Stage | null;
    company?: string | null;
    role?: string | null;
    interviewers?: string[];
    interviewAt?: string | null;
    window?: [string, string] | null;
  };
}

export interface CorpusThread {
  id: string;
  file: string;
  timeZone: string;
  thread: MailThread;
  expect: RawThread['expect'];
}

const DIR = new URL('../fixtures/threads/', import.meta.url).pathname;

function person(text: string): Person {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(text);
  return match ? { name: match[1] ?? '', email: match[2] ?? '' } : { name: '', email: text.trim() };
}

const people = (text: string) => (text ? text.split(/;\s*/).map(person) : []);

export function loadCorpus(): CorpusThread[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as RawThread[]).map((raw) => ({
        id: raw.id,
        file,
        timeZone: raw.tz ?? 'America/New_York',
        expect: raw.expect,
        thread: {
          host: raw.host,
          id: raw.id,
          subject: raw.subject,
          ...(raw.user ? { userEmail: raw.user } : {}),
          messages: raw.msgs.map(([from, to, sentAt, text]) => ({ from: person(from), to: people(to), cc: [], sentAt, text })),
        },
      })),
    );
}
