// How the training scripts score a decision rule: folds by group, precision, recall, F1 and calibration
// (expected calibration error and a reliability table over ten bins of confidence).
import { expectedCalibrationError, reliability } from './calibration';

export interface Decision {
  relevant: boolean;
  /** How likely the decision is right. */
  confidence: number;
}

/** A 32-bit seeded generator (mulberry32): the same seed gives the same folds on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The groups split into k folds of about equal size, in a shuffled but seeded order. */
export function foldsByGroup(items: readonly { group: string }[], k: number, seed: number): Set<string>[] {
  const sizes = new Map<string, number>();
  for (const item of items) sizes.set(item.group, (sizes.get(item.group) ?? 0) + 1);
  const next = random(seed);
  const groups = [...sizes.keys()].sort().map((group) => ({ group, key: next() })).sort((a, b) => a.key - b.key);
  const folds = Array.from({ length: Math.min(k, groups.length) }, () => ({ groups: new Set<string>(), size: 0 }));
  for (const { group } of groups) {
    const smallest = folds.reduce((min, fold) => (fold.size < min.size ? fold : min));
    smallest.groups.add(group);
    smallest.size += sizes.get(group) ?? 0;
  }
  return folds.map((fold) => fold.groups);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  ece: number;
  bins: ReturnType<typeof reliability>;
}

export function scoreDecisions(ids: readonly string[], decisions: ReadonlyMap<string, Decision>, truth: ReadonlyMap<string, boolean>): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const pairs: { confidence: number; right: boolean }[] = [];
  for (const id of ids) {
    const decision = decisions.get(id);
    const relevant = truth.get(id);
    if (!decision || relevant === undefined) continue;
    if (decision.relevant && relevant) tp++;
    else if (decision.relevant) fp++;
    else if (relevant) fn++;
    pairs.push({ confidence: decision.confidence, right: decision.relevant === relevant });
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const accuracy = pairs.filter((p) => p.right).length / Math.max(1, pairs.length);
  return { precision, recall, f1, accuracy, ece: expectedCalibrationError(pairs), bins: reliability(pairs) };
}

const fixed = (x: number) => x.toFixed(3);

export function printScores(name: string, scores: Scores): void {
  console.log(`\n${name}`);
  console.log(`  precision ${fixed(scores.precision)}  recall ${fixed(scores.recall)}  F1 ${fixed(scores.f1)}  accuracy ${fixed(scores.accuracy)}  ECE ${fixed(scores.ece)}`);
  console.log(`  reliability: ${scores.bins.map((b) => `[${b.from.toFixed(1)}-${(b.from + 0.1).toFixed(1)}) n=${b.n} conf ${fixed(b.confidence)} right ${fixed(b.rate)}`).join('; ')}`);
}
