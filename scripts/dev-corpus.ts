// The dev corpus as the training scripts read it: the hand-written threads (tests/fixtures/threads) and
// the dev batches of tests/fixtures/corpus/split.json, each with its labels and
// what the engine's models read in it.
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

export function loadDevThreads(): DevThread[] {
  const hand = loadCorpus().map((c) => ({
    id: c.id,
    group: HAND_WRITTEN,
    handWritten: true,
    relevant: c.expect.relevant,
    features: relevanceFeaturesOf(c.thread, { timeZone: c.timeZone }),
  }));
  const blind = corpusSplit()
    .dev.flatMap(loadBatch)
    .map((c) => ({ id: c.id, group: c.batch, handWritten: false, relevant: c.expect.relevant, features: relevanceFeaturesOf(c.thread, { timeZone: c.timeZone }) }));
  return [...hand, ...blind];
}
