// Learns the relevance model's weights from the dev corpus (tests/fixtures/threads and the dev batches of
// tests/fixtures/corpus/split.json) and writes src/core/analyze/relevance-weights.json.
//
// The regularisation is chosen by 5-fold cross-validation with folds by batch (a new batch is what the
// model meets next); the figures printed are nested: each outer fold's model never saw that fold, not even
// to choose its regularisation. The hand rules the model replaced are scored on the same folds, as the
// baseline it must match. `--hold-out a,b` leaves those dev batches out (scripts/dev-corpus.ts). `--dry-run`
// prints the figures without writing the weights.
import { writeFileSync } from 'node:fs';
import { RELEVANCE_FEATURES } from '../src/core/analyze/relevance-features';
import { HAND_WRITTEN, heldOutNote, loadDevThreads } from './dev-corpus';
import { chooseLambda as chooseLambdaBy, fitLogistic, predict, type Example } from './logistic-regression';
import { foldsByGroup, scoreDecisions, printScores, type Decision } from './model-evaluation';

const WEIGHTS_FILE = new URL('../src/core/analyze/relevance-weights.json', import.meta.url);
const FOLDS = 5;
const SEED = 20261201;
const LAMBDAS = [0.03, 0.1, 0.3, 1, 3, 10];
const THRESHOLD = 0.5;
// The hand-written threads are the spec's own examples and must all pass (tests/unit/analyze.test.ts).
const HAND_WRITTEN_WEIGHT = 3;
const VERSION = 1;

interface Item extends Example {
  id: string;
  group: string;
}

/** Evidence that the interview is not the owner's as a candidate: it may only count against relevance. */
const AGAINST = ['tips', 'digest', 'press', 'research', 'exit', 'admission', 'careerEvent', 'ownerAsInterviewer', 'webinar', 'sales', 'conditionalInterview']
  .map((name) => `signal.${name}`)
  .concat(['subject.conditionalInterview', 'act.thirdParty', 'act.ownerThirdParty', 'thirdParty', 'internalOnly', 'applicationReceivedWithoutInterview', 'rejectedBeforeInterview']);
/** Evidence of an interview process of the owner's: it may only count for. */
const FOR = ['invite', 'askAvailability', 'confirm', 'describeInterview', 'reschedule', 'thankInterview', 'interviewHeld', 'interviewForYou', 'offer', 'ownerThanks', 'ownerInterview', 'ownerCommits', 'ownerAccepts']
  .map((name) => `act.${name}`)
  .concat(['interview', 'hiring', 'scheduling', 'oneWayVideo', 'confirmed', 'afterInterview', 'offer'].map((name) => `signal.${name}`))
  .concat(['subject.interview', 'subject.hiring', 'processActKinds', 'ats', 'hiring', 'involved', 'involvedInHiring', 'recruiterSignature', 'roleNamed', 'ownerReplied', 'heldThenDecided']);
const SIGNS = RELEVANCE_FEATURES.map((name) => (AGAINST.includes(name) ? -1 : FOR.includes(name) ? 1 : 0));

const feature = (x: readonly number[], name: string) => x[RELEVANCE_FEATURES.indexOf(name)] ?? 0;

const RULE_NEGATIVES: Record<string, number> = { digest: 4, tips: 2, press: 5, research: 5, exit: 6, admission: 8, careerEvent: 6, ownerAsInterviewer: 6, webinar: 3, sales: 6 };

/** The hand-set rules the model replaced (src/core/analyze/index.ts before it), over the same features. */
function handRules(x: readonly number[]): Decision {
  const positive = 3 * feature(x, 'involved') + Math.min(9, 1.5 * feature(x, 'processActKinds')) + 2 * feature(x, 'ats') + feature(x, 'hiring') + feature(x, 'ownerReplied');
  const thirdParty = feature(x, 'thirdParty');
  const negative =
    Object.entries(RULE_NEGATIVES).reduce((sum, [name, w]) => sum + w * feature(x, `signal.${name}`), 0) +
    6 * feature(x, 'applicationReceivedWithoutInterview') +
    (thirdParty > 0 ? 4 + 2 * thirdParty : 0) +
    6 * feature(x, 'internalOnly');
  const margin = positive - negative;
  const relevant = feature(x, 'involvedInHiring') === 1 && margin >= 4;
  const p = Math.min(1, Math.max(0, 0.5 + margin / 16));
  return { relevant, confidence: relevant ? p : 1 - p };
}

const modelDecision = (p: number): Decision => ({ relevant: p >= THRESHOLD, confidence: p >= THRESHOLD ? p : 1 - p });

function loadItems(): Item[] {
  return loadDevThreads().map((t) => ({ id: t.id, group: t.group, y: t.relevant ? 1 : 0, weight: t.handWritten ? HAND_WRITTEN_WEIGHT : 1, x: t.features }));
}

/** The λ with the least cross-validated log loss over these items' own folds. */
const chooseLambda = (items: readonly Item[]) => chooseLambdaBy(items, (some) => [...some], { lambdas: LAMBDAS, folds: FOLDS, seed: SEED, signs: SIGNS });

function crossValidate(items: readonly Item[]): { model: Map<string, Decision>; rules: Map<string, Decision>; lambdas: number[] } {
  const model = new Map<string, Decision>();
  const rules = new Map<string, Decision>();
  const lambdas: number[] = [];
  for (const test of foldsByGroup(items, FOLDS, SEED)) {
    const train = items.filter((item) => !test.has(item.group));
    const lambda = chooseLambda(train);
    lambdas.push(lambda);
    const fit = fitLogistic(train, lambda, SIGNS);
    for (const item of items.filter((i) => test.has(i.group))) {
      model.set(item.id, modelDecision(predict(fit, item.x)));
      rules.set(item.id, handRules(item.x));
    }
  }
  return { model, rules, lambdas };
}

const round = (w: number) => Number(w.toFixed(3));

function main(): void {
  const items = loadItems();
  const truth = new Map(items.map((item) => [item.id, item.y === 1]));
  const { model, rules, lambdas } = crossValidate(items);
  console.log(`relevance: ${items.length} dev threads${heldOutNote()}, ${FOLDS} folds by batch (seed ${SEED}), λ chosen per outer fold by inner CV: ${lambdas.join(', ')}`);
  const sets: [string, (item: Item) => boolean][] = [
    ['all dev', () => true],
    ['blind batches', (item) => item.group !== HAND_WRITTEN],
    ['hand-written', (item) => item.group === HAND_WRITTEN],
  ];
  for (const [name, keep] of sets) {
    const ids = items.filter(keep).map((item) => item.id);
    printScores(`cross-validated, ${name}: hand rules`, scoreDecisions(ids, rules, truth));
    printScores(`cross-validated, ${name}: learned model`, scoreDecisions(ids, model, truth));
  }

  const lambda = chooseLambda(items);
  const fit = fitLogistic(items, lambda, SIGNS);
  const weights = Object.fromEntries(RELEVANCE_FEATURES.map((name, i) => [name, round(fit.weights[i] ?? 0)]));
  const written = { version: VERSION, threshold: THRESHOLD, bias: round(fit.bias), weights };
  const trained = { bias: written.bias, weights: RELEVANCE_FEATURES.map((name) => weights[name] ?? 0) };
  const fitted = new Map(items.map((item) => [item.id, modelDecision(predict(trained, item.x))]));
  console.log(`\nfinal model: λ ${lambda}, fitted on all ${items.length} threads`);
  printScores('fitted (not cross-validated), hand-written', scoreDecisions(items.filter((i) => i.group === HAND_WRITTEN).map((i) => i.id), fitted, truth));
  const wrongHand = items.filter((i) => i.group === HAND_WRITTEN && fitted.get(i.id)?.relevant !== (i.y === 1)).map((i) => i.id);
  if (wrongHand.length > 0) console.log(`  hand-written threads the fitted model gets wrong: ${wrongHand.join(', ')}`);
  const strongest = RELEVANCE_FEATURES.map((name) => [name, weights[name] ?? 0] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`  bias ${written.bias}; strongest weights: ${strongest.slice(0, 12).map(([n, w]) => `${n} ${w}`).join(', ')}`);
  if (process.argv.includes('--dry-run')) return;
  writeFileSync(WEIGHTS_FILE, `${JSON.stringify(written, null, 2)}\n`);
  console.log(`wrote ${WEIGHTS_FILE.pathname}`);
}

main();
