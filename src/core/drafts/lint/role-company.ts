// wrong-role and wrong-company: a job title or company written otherwise than the application writes
// it ("Data Engineer" for "Senior Data Engineer", "Northwnd Labs"), or one of the user's other
// applications named by mistake. The fix is the application's value. A longer title than the
// application's ("Senior Data Engineer II") and a shortened company ("Northwind") are left alone.
import type { DraftContext, DraftToLint, Finding } from '../types';
import { editDistance } from './distance';
import { fixFinding, fold, pieces } from './fact-text';

interface Word {
  text: string;
  /** The word as `normal` writes it. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}&][\p{L}\p{M}\p{N}&]{0,40}/gu;
/** Words a title ends just before: "the Data Engineer role". */
const TITLE_BEFORE = /\b(?:role|position|job|opening|opportunity|post|vacancy)\b/gi;
/** Words a title starts just after: "join you as a Data Engineer". */
const TITLE_AFTER = /\b(?:as an?|position of|role of|title of)[ \t]{1,3}/gi;
const JOINS_TITLE = /^[ \t]{1,2}$|^,[ \t]{1,2}$|^[ \t]{0,2}[/&-][ \t]{0,2}$/;
const JOINS_NAME = /^[ \t]{1,2}$|^\.?[ \t]{1,2}$|^[ \t]{0,2}[&'’-][ \t]{0,2}$/;
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'in']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'your', 'my', 'our', 'his', 'her', 'their', 'its', 'i']);
// A Map, not an object: a word such as "constructor" must not find Object.prototype's.
const ABBREVIATIONS = new Map(Object.entries({ sr: 'senior', jr: 'junior', mgr: 'manager', eng: 'engineer', engr: 'engineer', dev: 'developer', asst: 'assistant', assoc: 'associate' }));
const MAX_OTHERS = 50;

/** Letters and digits only, folded, single-spaced, abbreviations spelt out: how two titles compare. */
function normal(text: string): string {
  return fold(text)
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    .join(' ');
}

function wordsOf(text: string): Word[] {
  // A word holds only letters, marks, digits and "&", so its normal form is its folded form, spelt out.
  return [...text.matchAll(WORD)].map((m) => {
    const folded = fold(m[0]);
    return { text: m[0], norm: ABBREVIATIONS.get(folded) ?? folded, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  });
}

const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);

/** The title the draft writes next to an anchor: title-case words or words of known titles, up to eight. */
function titleNear(text: string, words: Word[], from: number, step: 1 | -1, titleWords: Set<string>): Word[] {
  const out: Word[] = [];
  for (let i = from; i >= 0 && i < words.length && out.length < 8; i += step) {
    const word = words[i];
    const neighbour = out.at(-1);
    if (!word) break;
    if (neighbour && !JOINS_TITLE.test(step === -1 ? text.slice(word.end, neighbour.start) : text.slice(neighbour.end, word.start))) break;
    const lower = fold(word.text);
    if (DETERMINERS.has(lower)) break;
    if (!(capitalised(word.text) || titleWords.has(lower) || CONNECTORS.has(lower))) break;
    out.push(word);
  }
  if (step === -1) out.reverse();
  while (out.length && CONNECTORS.has(fold(out[0]?.text ?? ''))) out.shift();
  while (out.length && CONNECTORS.has(fold(out.at(-1)?.text ?? ''))) out.pop();
  return out;
}

function roleFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  const app = ctx.dossier.application;
  const role = String(app.role ?? '').trim();
  const wanted = normal(role);
  if (!wanted) return [];
  const company = normal(String(app.company ?? ''));
  const otherRoles = new Map((ctx.otherApplications ?? []).slice(0, MAX_OTHERS).map((a) => [normal(String(a.role ?? '')), a] as const));
  otherRoles.delete(wanted);
  otherRoles.delete('');
  const titleWords = new Set([wanted, ...otherRoles.keys()].join(' ').split(' '));
  const wantedWords = new Set(wanted.split(' '));
  const out: Finding[] = [];
  for (const { text, offset } of pieces(draft.body)) {
    const words = wordsOf(text);
    const mentions: Word[][] = [];
    for (const m of text.matchAll(TITLE_BEFORE)) {
      const at = m.index ?? 0;
      if (` ${normal(text.slice(Math.max(0, at - 200), at))}`.endsWith(` ${wanted}`)) continue;
      const last = words.findLastIndex((w) => w.end <= at);
      if (last >= 0 && /^[ \t]{1,3}$/.test(text.slice(words[last]?.end ?? 0, at))) mentions.push(titleNear(text, words, last, -1, titleWords));
    }
    for (const m of text.matchAll(TITLE_AFTER)) {
      const at = (m.index ?? 0) + m[0].length;
      if (`${normal(text.slice(at, at + 200))} `.startsWith(`${wanted} `)) continue;
      mentions.push(titleNear(text, words, words.findIndex((w) => w.start >= at), 1, titleWords));
    }
    for (let mention of mentions) {
      // "the Northwind Labs Data Engineer role": the company is not part of the title.
      const leading = mention.findIndex((_, i) => normal(mention.slice(0, i + 1).map((w) => w.text).join(' ')) === company);
      if (leading >= 0) mention = mention.slice(leading + 1);
      const first = mention[0];
      const end = mention.at(-1);
      if (!first || !end || out.length >= 5) continue;
      const written = text.slice(first.start, end.end);
      const said = normal(written);
      if (said === wanted) continue;
      const other = otherRoles.get(said);
      const saidWords = said.split(' ');
      const shorter = saidWords.length < wantedWords.size && saidWords.every((w) => wantedWords.has(w));
      const misspelt = editDistance(said, wanted, Math.max(1, Math.floor(wanted.length / 8))) <= Math.max(1, Math.floor(wanted.length / 8));
      if (!other && !shorter && !misspelt) continue;
      const message = other
        ? `“${written}” is the role of another of your applications (${other.company}): this one is “${role}”.`
        : `The application’s role is “${role}”, not “${written}”.`;
      out.push(fixFinding('wrong-role', other ? 'error' : 'warning', message, offset + first.start, written, role));
    }
  }
  return out;
}

/**
 * Runs of `size` words joined like a name ("Harbor & Pine", "St. Luke's"), starting with a capital, whose
 * normal form is within `slack` letters of `target`'s length: no run further off could be within `slack` edits.
 */
function* runs(text: string, words: Word[], size: number, target: string, slack: number): Generator<{ from: number; to: number; written: string; said: string }> {
  for (let i = 0; i + size <= words.length; i++) {
    const first = words[i];
    const last = words[i + size - 1];
    if (!first || !last || !capitalised(first.text)) continue;
    let length = size - 1;
    for (let j = i; j < i + size; j++) length += words[j]?.norm.length ?? 0;
    if (Math.abs(length - target.length) > slack) continue;
    let joined = true;
    for (let j = i + 1; j < i + size && joined; j++) joined = JOINS_NAME.test(text.slice(words[j - 1]?.end ?? 0, words[j]?.start ?? 0));
    if (joined) yield { from: first.start, to: last.end, written: text.slice(first.start, last.end), said: words.slice(i, i + size).map((w) => w.norm).join(' ') };
  }
}

function companyFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  const app = ctx.dossier.application;
  const name = String(app.company ?? '').trim();
  const wanted = normal(name);
  if (!wanted) return [];
  const size = wanted.split(' ').length;
  const offerFrom = normal(String(app.competingOffer?.company ?? ''));
  const others = [...new Map((ctx.otherApplications ?? []).slice(0, MAX_OTHERS).map((a) => [normal(String(a.company ?? '')), String(a.company ?? '')] as const))].filter(
    ([other]) => other.length >= 3 && other !== offerFrom && !` ${wanted} `.includes(` ${other} `) && !` ${other} `.includes(` ${wanted} `),
  );
  const slack = wanted.length >= 16 ? Math.floor(wanted.length / 8) : wanted.length >= 5 ? 1 : 0;
  const out: Finding[] = [];
  for (const { text, offset } of pieces(draft.body)) {
    const words = wordsOf(text);
    const taken: [number, number][] = [];
    const free = (from: number, to: number) => !taken.some(([a, b]) => from < b && to > a);
    const report = (from: number, written: string, severity: Finding['severity'], message: string) => {
      taken.push([from, from + written.length]);
      if (out.length < 5) out.push(fixFinding('wrong-company', severity, message, offset + from, written, name));
    };
    for (const [other, otherName] of others) {
      for (const run of runs(text, words, other.split(' ').length, other, 0)) {
        if (run.said !== other || !free(run.from, run.to)) continue;
        // Telling one employer about another's offer is the user's choice, not a slip.
        const sentence = text.slice(Math.max(0, run.from - 120), run.to + 120);
        if (/\boffers?\b/i.test(sentence)) continue;
        report(run.from, run.written, 'error', `“${run.written}” is another of your applications${normal(otherName) === normal(run.written) && otherName !== run.written ? ` (${otherName})` : ''}: this draft is for ${name}.`);
      }
    }
    for (const length of [size, size + 1, size - 1]) {
      if (length < 1) continue;
      for (const run of runs(text, words, length, wanted, slack)) {
        const said = run.said;
        if (!free(run.from, run.to)) continue;
        if (said === wanted) {
          taken.push([run.from, run.to]);
          // Same letters in other capitals: "Northwind labs", "Github" for "GitHub".
          const caseOnly = run.written.replace(/\s+/g, ' ') !== name.replace(/\s+/g, ' ') && name !== name.toUpperCase() && name !== name.toLowerCase();
          if (caseOnly && fold(run.written) === fold(name)) report(run.from, run.written, 'warning', `The company writes its name “${name}”, not “${run.written}”.`);
          continue;
        }
        if (slack === 0 || ` ${said} `.includes(` ${wanted} `)) continue;
        if (editDistance(said, wanted, slack) <= slack) report(run.from, run.written, 'warning', `“${run.written}” looks like a misspelling of ${name}.`);
      }
    }
  }
  return out;
}

export function roleAndCompanyFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  return [...roleFindings(draft, ctx), ...companyFindings(draft, ctx)];
}
