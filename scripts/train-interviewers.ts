// Learns the interviewer model's weights (src/core/analyze/interviewer-model.ts) from the dev corpus and
// writes src/core/analyze/interviewer-weights.json. Each person a thread's mail names is an example: one
// the thread's label lists is a positive. `--hold-out a,b` leaves those dev batches out of the fit
// (scripts/dev-corpus.ts). The regularisation is chosen by
// 5-fold cross-validation with folds by batch; the figures printed are each thread's list right or wrong
// (the label's set exactly), by the phrase rules alone and by the model, out of fold. `--dry-run` writes nothing.
import { writeFileSync } from 'node:fs';
import { interviewerCandidatesOf } from '../src/core/analyze';
import { INTERVIEWER_FEATURES } from '../src/core/analyze/interviewer-model';
import { normalizeKey } from '../src/core/analyze/names';
import type { MailThread } from '../src/core/model';
import { loadCorpus } from '../tests/unit/analyze-corpus';
import { loadBatch } from '../tests/unit/blind-corpus';
import { HAND_WRITTEN, heldOutNote, trainingBatches } from './dev-corpus';
import { chooseLambda as chooseLambdaBy, fitLogistic, predict, type Example } from './logistic-regression';
import { foldsByGroup } from './model-evaluation';

const WEIGHTS_FILE = new URL('../src/core/analyze/interviewer-weights.json', import.meta.url);
const FOLDS = 5;
const SEED = 20261202;
const LAMBDAS = [0.1, 0.3, 1, 3, 10];
const THRESHOLD = 0.5;
const VERSION = 1;
// The hand-written threads are the spec's own examples and must all pass (tests/unit/analyze.test.ts).
const HAND_WRITTEN_WEIGHT = 3;

/** What a feature means, by name: -1 may only count against a person, +1 only for, 0 either way. */
const SIGNS = INTERVIEWER_FEATURES.map((name) => (name === 'staff' || name === 'staffOnly' || name === 'afterSignOffOnly' ? -1 : name === 'participant' || name === 'mentions' ? 0 : 1));

interface Person extends Example {
  name: string;
}

interface Thread {
  id: string;
  group: string;
  expected: Set<string>;
  people: Person[];
}

function threadOf(id: string, group: string, thread: MailThread, timeZone: string, expected: string[], weight: number): Thread {
  const keys = new Set(expected.map(normalizeKey));
  const people = interviewerCandidatesOf(thread, { timeZone }).map((p) => ({ name: p.name, x: p.features, y: keys.has(normalizeKey(p.name)) ? (1 as const) : (0 as const), weight }));
  return { id, group, expected: keys, people };
}

function loadThreads(): Thread[] {
  const hand = loadCorpus().flatMap((c) => (c.expect.relevant && c.expect.interviewers ? [threadOf(c.id, HAND_WRITTEN, c.thread, c.timeZone, c.expect.interviewers, HAND_WRITTEN_WEIGHT)] : []));
  const blind = trainingBatches()
    .flatMap(loadBatch)
    .flatMap((c) => (c.expect.relevant && c.expect.interviewers ? [threadOf(c.id, c.batch, c.thread, c.timeZone, c.expect.interviewers, 1)] : []));
  return [...hand, ...blind];
}

const examplesOf = (threads: readonly Thread[]) => threads.flatMap((t) => t.people);

const chooseLambda = (threads: readonly Thread[]) => chooseLambdaBy(threads, examplesOf, { lambdas: LAMBDAS, folds: FOLDS, seed: SEED, signs: SIGNS });

/** The thread's list is right when the people scored likely are exactly the label's. */
const listRight = (thread: Thread, meets: (p: Person) => boolean) => {
  const chosen = new Set(thread.people.filter(meets).map((p) => normalizeKey(p.name)));
  return chosen.size === thread.expected.size && [...chosen].every((k) => thread.expected.has(k));
};
const kept = (p: Person) => (p.x[INTERVIEWER_FEATURES.indexOf('kept')] ?? 0) === 1;

const round = (w: number) => Number(w.toFixed(3));

function main(): void {
  const threads = loadThreads();
  const blind = threads.filter((t) => t.group !== HAND_WRITTEN);
  let rulesRight = 0;
  let modelRight = 0;
  for (const test of foldsByGroup(threads, FOLDS, SEED)) {
    const train = threads.filter((t) => !test.has(t.group));
    const fit = fitLogistic(examplesOf(train), chooseLambda(train), SIGNS);
    for (const thread of blind.filter((t) => test.has(t.group))) {
      if (listRight(thread, kept)) rulesRight++;
      if (listRight(thread, (p) => predict(fit, p.x) >= THRESHOLD)) modelRight++;
    }
  }
  console.log(`interviewers: ${threads.length} labelled threads, ${examplesOf(threads).length} people${heldOutNote()}`);
  console.log(`  cross-validated lists right on the blind batches: phrase rules ${rulesRight}/${blind.length}, model ${modelRight}/${blind.length}`);

  const lambda = chooseLambda(threads);
  const fit = fitLogistic(examplesOf(threads), lambda, SIGNS);
  const weights = Object.fromEntries(INTERVIEWER_FEATURES.map((name, i) => [name, round(fit.weights[i] ?? 0)]));
  const written = { version: VERSION, threshold: THRESHOLD, bias: round(fit.bias), weights };
  const hand = threads.filter((t) => t.group === HAND_WRITTEN);
  const wrongHand = hand.filter((t) => !listRight(t, (p) => predict(fit, p.x) >= THRESHOLD)).map((t) => t.id);
  console.log(`  final model: λ ${lambda}; bias ${written.bias}; weights ${INTERVIEWER_FEATURES.map((n) => `${n} ${weights[n]}`).join(', ')}`);
  if (wrongHand.length > 0) console.log(`  hand-written threads the fitted model gets wrong: ${wrongHand.join(', ')}`);
  if (process.argv.includes('--dry-run')) return;
  writeFileSync(WEIGHTS_FILE, `${JSON.stringify(written, null, 2)}\n`);
  console.log(`wrote ${WEIGHTS_FILE.pathname}`);
}

main();
