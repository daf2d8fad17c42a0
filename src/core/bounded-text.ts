// Mail is untrusted input: every pattern reads it in pieces of bounded length, so a pattern's cost
// on one piece is bounded by a constant and the engine's cost grows linearly with the text.

/** The most of one message the engine reads; what a person writes in one message is far shorter. */
export const MAX_MESSAGE_CHARS = 20_000;
/** The most of one thread the engine reads, over all its messages. */
export const MAX_THREAD_CHARS = 200_000;
/** The longest line a pattern sees: longer lines are cut, at a sentence end or a space when there is one. */
export const MAX_LINE_CHARS = 600;
/** The longest sentence a pattern sees. */
export const MAX_SENTENCE_CHARS = 400;

/** Where to cut `text` so that the first piece is at most `max` long: the last sentence end, else the last space. */
function cutPoint(text: string, max: number): number {
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > max / 2) return sentenceEnd + 1;
  const space = head.lastIndexOf(' ');
  return space > max / 2 ? space : max;
}

/** `line` cut into pieces of at most `max` characters. */
export function capPieces(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

// Most mail has no line too long: those lines are kept as they are, with no pieces built.
function hasLongLine(text: string): boolean {
  if (text.length <= MAX_LINE_CHARS) return false;
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    if (end - start > MAX_LINE_CHARS) return true;
    start = end + 1;
  }
  return text.length - start > MAX_LINE_CHARS;
}

const cappedLines = (text: string): string[] => {
  const lines = text.split('\n');
  return hasLongLine(text) ? lines.flatMap((line) => capPieces(line, MAX_LINE_CHARS)) : lines;
};

/** The text with no line longer than MAX_LINE_CHARS: a long line becomes several. */
export function capLines(text: string): string {
  if (!hasLongLine(text)) return text;
  return text
    .split('\n')
    .flatMap((line) => capPieces(line, MAX_LINE_CHARS))
    .join('\n');
}

/**
 * `text` as blocks of whole lines, each at most MAX_LINE_CHARS long, for the patterns that may span
 * a line break ("meet with\nPriya Natarajan"); a short message is one block.
 */
export function boundedBlocks(text: string): string[] {
  if (text.length <= MAX_LINE_CHARS) return [text];
  const blocks: string[] = [];
  let current: string | null = null;
  for (const line of cappedLines(text)) {
    if (current !== null && current.length + 1 + line.length <= MAX_LINE_CHARS) current = `${current}\n${line}`;
    else {
      if (current !== null) blocks.push(current);
      current = line;
    }
  }
  if (current !== null) blocks.push(current);
  return blocks;
}
