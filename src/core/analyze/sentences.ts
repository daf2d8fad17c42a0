// A message's own text as sentences, each short enough for any pattern to read in bounded time.
import { capPieces, MAX_SENTENCE_CHARS } from '../bounded-text';
import { builtOnFirstUse } from '../caseless';
import { oneByte } from '../one-byte';

export interface Sentence {
  text: string;
  /** Ends with a question mark: it asks, it does not assert. */
  question: boolean;
}

/** Abbreviations whose full stop does not end a sentence ("Mr. Castillo", "10 a.m. Thursday"). */
const ABBREVIATION_END = /(?:\b(?:mr|mrs|ms|dr|prof|st|no|approx|inc|ltd|co|corp|jr|sr|vs|etc|e\.g|i\.e|a\.m|p\.m)|\b[A-Z])\.$/i;

/** Where one sentence ends inside a line: after . ! or ? and a blank. */
const SENTENCE_END = /(?<=[.!?])[ \t]+/;

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  for (const piece of line.split(SENTENCE_END)) {
    const last = pieces.length - 1;
    const previous = pieces[last];
    if (previous !== undefined && ABBREVIATION_END.test(previous)) pieces[last] = `${previous} ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

const LIST_MARK = oneByte(/^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+/);
const ASKS = oneByte(/\?[)"”'’]?$/);

const buildPatterns = builtOnFirstUse(() => [ABBREVIATION_END, SENTENCE_END]);

/** A line broken mid-sentence ("we have decided not to move forward with" / "your application."): it runs on in lower case. */
const RUNS_ON = /[a-z,]$/;
const CONTINUES = /^[ \t]*[a-z]/;

/** The body's lines, with a sentence hard-wrapped over several lines joined back into one. */
function unwrappedLines(body: string): string[] {
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    const last = lines.length - 1;
    const previous = lines[last];
    if (previous !== undefined && RUNS_ON.test(previous) && CONTINUES.test(line) && !LIST_MARK.test(line)) lines[last] = `${previous} ${line.trim()}`;
    else lines.push(line);
  }
  return lines;
}

/** `body` (a message's new text, without quotes or signature) as its sentences, in order. */
export function sentencesOf(body: string): Sentence[] {
  buildPatterns();
  const sentences: Sentence[] = [];
  for (const rawLine of unwrappedLines(body)) {
    const line = rawLine.replace(LIST_MARK, '').trim();
    if (!line) continue;
    for (const piece of splitLine(line)) {
      for (const text of capPieces(piece.trim(), MAX_SENTENCE_CHARS)) {
        if (text) sentences.push({ text, question: ASKS.test(text) });
      }
    }
  }
  return sentences;
}
