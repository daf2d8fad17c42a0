// The dev corpus as the training scripts read it: the hand-written threads (tests/fixtures/threads) and
// the dev batches of tests/fixtures/corpus/split.json, each with its labels and
// what the engine's models read in it. Every trainer takes `--hold-out a,b`: those dev batches stay out of
// the fit, so that scripts/eval.ts's `--check` on them still scores mail no model was fitted on.
import { relevanceFeaturesOf } from '../src/core/analyze';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { corpusSplit, loadBatch } from '../tests/unit/blind-corpus';

export interface DevThread {
  id: string;
  /** The batch it came from: folds keep a batch together. */
  group: string;
  handWritten: boolean;
  relevant: boolean;
  /** What the relevance model weighs in it. */
  features: number[];
}

export const HAND_WRITTEN = 'hand-written';

/** The dev batches named after `--hold-out` on the command line. */
export function heldOutBatches(argv: readonly string[] = process.argv): Set<string> {
  const flag = argv.indexOf('--hold-out');
  const named = flag >= 0 ? (argv[flag + 1] ?? '').split(',').filter(Boolean) : [];
  const unknown = named.filter((batch) => !corpusSplit().dev.includes(batch));
  if (unknown.length > 0) throw new Error(`--hold-out names batches that are not in dev: ${unknown.join(', ')}`);
  return new Set(named);
}

/** The dev batches a trainer fits on: all of dev but the held-out ones. */
export const trainingBatches = (heldOut: ReadonlySet<string> = heldOutBatches()): string[] => corpusSplit().dev.filter((batch) => !heldOut.has(batch));

/** A note for a trainer's printout naming what it left out. */
export const heldOutNote = (heldOut: ReadonlySet<string> = heldOutBatches()): string => (heldOut.size > 0 ? ` (held out: ${[...heldOut].join(', ')})` : '');

export function loadDevThreads(): DevThread[] {
  const hand = loadCorpus().map((c) => ({
    id: c.id,
    group: HAND_WRITTEN,
    handWritten: true,
    relevant: c.expect.relevant,
    features: relevanceFeaturesOf(c.thread, { timeZone: c.timeZone }),
  }));
  const blind = trainingBatches()
    .flatMap(loadBatch)
    .map((c) => ({ id: c.id, group: c.batch, handWritten: false, relevant: c.expect.relevant, features: relevanceFeaturesOf(c.thread, { timeZone: c.timeZone }) }));
  return [...hand, ...blind];
}
