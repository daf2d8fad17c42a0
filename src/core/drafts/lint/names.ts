// wrong-name: a person of this application written otherwise than the application writes them
// ("Benn", "Jose" for "José", "Tom Carter" for Ben Carter, "Hi Lucy," in a note to Ben). The fix is the
// application's spelling. A short form ("Kate" for "Katherine") is shown, never fixed: people go by them.
// Adding accents the application lacks is left alone, since mail headers often drop them.
import type { DraftContext, DraftToLint, Finding, Speller } from '../types';
import { editDistance } from './distance';
import { fixFinding, fold, matchCase, MONTHS, pieces, WEEKDAYS } from './fact-text';
import { isShortForm } from './nicknames';

interface Person {
  full: string;
  first: string;
  last: string | null;
}

const NAME_WORD = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}]{0,40}(?![\p{L}\p{M}])/gu;
const PARENTHESES = /\([^()]{0,80}\)/g;
const TOKEN_EDGE = /^[^\p{L}]{1,10}|[^\p{L}]{1,10}$/gu;
const HONORIFIC = /^(?:mr|ms|mrs|mx|dr|prof|sir|madam)$/;
const GREETING_BEFORE = /^\s{0,10}(?:hi|hello|dear|hey|good (?:morning|afternoon|evening))[ \t,]{1,3}(?:(?:mr|ms|mrs|mx|dr|prof)\.?[ \t]{1,3})?$/i;
const HONORIFIC_BEFORE = /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]{1,3}$/;
const SENTENCE_START = /(?:^|[.!?:;]["'”’)]?)\s{0,10}$/;
/** Capitalised words that start sentences and greetings, never given names before a surname. */
const NOT_A_NAME = new Set('hi hello dear hey thanks thank with and but best regards kind warm cheers sincerely also again please team all everyone good'.split(' '));
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const MAX_PEOPLE = 60;

function peopleOf(ctx: DraftContext): Person[] {
  const names = [
    ...(ctx.recipient?.name ? [ctx.recipient.name] : []),
    ...(ctx.dossier?.interviews ?? []).flatMap((i) => i.interviewers ?? []),
    ...(ctx.dossier?.contacts ?? []).map((c) => c.name),
    ...(ctx.dossier?.application?.references ?? []).map((r) => r.name),
  ];
  const out = new Map<string, Person>();
  for (const full of names.slice(0, MAX_PEOPLE)) {
    // "Ruth Ellingsen (Google Calendar)": what a calendar adds in brackets is not part of the name.
    const tokens = String(full)
      .replace(PARENTHESES, ' ')
      .split(/[\s-]+/)
      .map((t) => t.replace(TOKEN_EDGE, ''))
      .filter((t) => t.length >= 2 && !HONORIFIC.test(t.toLowerCase()));
    const first = tokens[0];
    if (first && !out.has(full)) out.set(full, { full, first, last: tokens.length > 1 ? (tokens.at(-1) ?? null) : null });
  }
  return [...out.values()];
}

/** Words the draft may use as written: the user's own, the company's, the role's, the notes'. */
function vocabulary(ctx: DraftContext): Set<string> {
  const app = ctx.dossier?.application;
  const notes = [...(ctx.dossier?.interviews ?? []), ...(ctx.interview ? [ctx.interview] : [])].flatMap((i) => [
    ...Object.values(i.notes ?? {}),
    ...Object.values(i.notesByInterviewer ?? {}).flatMap((n) => Object.values(n ?? {})),
  ]);
  const texts = [
    app?.company,
    app?.role,
    app?.competingOffer?.company,
    ctx.settings?.profile?.name,
    ctx.settings?.profile?.signature,
    ctx.share?.article,
    ctx.share?.idea,
    ...notes,
    ...(ctx.otherApplications ?? []).flatMap((a) => [a.company, a.role]),
  ];
  const words = texts.map((t) => (typeof t === 'string' ? t : '')).join(' ').slice(0, 20_000);
  return new Set([...fold(words).split(/[^\p{L}]+/u), ...CALENDAR]);
}

const hasMoreAccents = (a: string, b: string) => a.normalize('NFD').length > b.normalize('NFD').length;

export function nameFindings(draft: DraftToLint, ctx: DraftContext, speller?: Speller): Finding[] {
  const people = peopleOf(ctx);
  if (people.length === 0) return [];
  const tokens = new Map<string, { token: string; people: Person[] }>();
  for (const p of people) {
    for (const token of [p.first, ...(p.last ? [p.last] : [])]) {
      const key = fold(token);
      const entry = tokens.get(key) ?? { token, people: [] };
      entry.people.push(p);
      tokens.set(key, entry);
    }
  }
  const surnames = new Set(people.flatMap((p) => (p.last ? [p.last] : [])));
  const recipient = people.find((p) => p.full === ctx.recipient?.name) ?? null;
  const allowed = vocabulary(ctx);
  const firstLine = draft.body.search(/\S/);
  const out: Finding[] = [];

  for (const { text, offset } of pieces(draft.body)) {
    const words = [...text.matchAll(NAME_WORD)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
    words.forEach(({ word, at }, i) => {
      if (out.length >= 10 || (word.length > 1 && word === word.toUpperCase())) return;
      const before = text.slice(Math.max(0, at - 40), at);
      const next = words[i + 1];
      const nextWord = next && text.slice(at + word.length, next.at) === ' ' ? next.word : null;
      const previous = words[i - 1];
      const pairedBefore = previous && text.slice(previous.at + previous.word.length, at) === ' ' && tokens.has(fold(previous.word));
      const greeting = offset <= firstLine && firstLine < offset + text.length && GREETING_BEFORE.test(text.slice(0, at));
      const key = fold(word);
      const report = (severity: Finding['severity'], message: string, replacement: string | null) =>
        out.push(fixFinding('wrong-name', severity, message, offset + at, word, replacement === null ? null : matchCase(replacement, word)));

      // The right name of the wrong person in the greeting: the classic copied thank-you.
      const others = tokens.get(key)?.people.filter((p) => p !== recipient) ?? [];
      if (greeting && recipient && key !== fold(recipient.first) && key !== fold(recipient.last ?? '') && !isShortForm(key, fold(recipient.first)) && others.length > 0) {
        const surname = others.some((p) => p.last === word) && recipient.last;
        report('error', `This draft is to ${recipient.full}, but greets “${word}”.`, surname || recipient.first);
        return;
      }
      // A different given name before a surname of the application: "Tom Carter" for Ben Carter.
      const owners = nextWord && surnames.has(nextWord) ? people.filter((p) => p.last === nextWord) : [];
      if (owners.length > 0 && !owners.some((p) => p.full.split(/[\s-]+/).includes(word)) && !NOT_A_NAME.has(key) && !allowed.has(key)) {
        if (SENTENCE_START.test(before) && speller?.correct(word)) return;
        const short = owners.find((p) => isShortForm(key, fold(p.first)));
        if (short) {
          report('info', `“${word} ${nextWord}”: the application writes “${short.full}”. Use the short name only if they sign with it.`, null);
          return;
        }
        const only = owners.length === 1 && !tokens.has(key) ? owners[0] : undefined;
        report('warning', `“${word} ${nextWord}” is not in this application: it knows ${owners.map((p) => p.full).join(' and ')}.`, only ? only.first : null);
        return;
      }
      if (tokens.has(key) && tokens.get(key)?.token === word) return;
      const exact = tokens.get(key);
      if (exact) {
        // Same letters, other accents or capitals: "Jose" for "José", "Mcdonald" for "McDonald".
        if (!hasMoreAccents(word, exact.token)) report('warning', `“${word}” is written “${exact.token}” in this application (${exact.people[0]?.full}).`, exact.token);
        return;
      }
      if (allowed.has(key)) return;
      const placed = greeting || HONORIFIC_BEFORE.test(before) || pairedBefore || (nextWord !== null && tokens.has(fold(nextWord))) || !SENTENCE_START.test(before);
      if (!placed) return;
      if (greeting && recipient && isShortForm(key, fold(recipient.first))) {
        report('info', `“${word}”: the application writes “${recipient.first}”. Use the short name only if they sign with it.`, null);
        return;
      }
      if (key.length < (greeting ? 3 : 4)) return;
      const max = key.length >= 7 ? 2 : 1;
      let best: { token: string; full: string; distance: number } | null = null;
      let tie = false;
      for (const [other, entry] of tokens) {
        if (other.length < 3) continue;
        const distance = editDistance(key, other, max);
        if (distance > max) continue;
        if (best && distance === best.distance && entry.token !== best.token) tie = true;
        if (!best || distance < best.distance) {
          best = { token: entry.token, full: entry.people[0]?.full ?? entry.token, distance };
          tie = false;
        }
      }
      if (best && !tie) report('warning', `“${word}” looks like a misspelling of ${best.full}: the application writes “${best.token}”.`, best.token);
    });
  }
  return out;
}
