// L2-regularised logistic regression, fitted by Newton's method: small dense problems (hundreds of
// examples, tens of features) converge in a few exact steps, and the same data always gives the same fit.
import { foldsByGroup } from './model-evaluation';

export interface Example {
  x: readonly number[];
  y: 0 | 1;
  /** How much the example counts in the loss. */
  weight: number;
}

export interface LogisticFit {
  bias: number;
  weights: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(fit: LogisticFit, x: readonly number[]): number {
  return sigmoid(x.reduce((z, v, i) => z + v * (fit.weights[i] ?? 0), fit.bias));
}

/** The weighted log loss of `fit` over examples (the quantity cross-validation compares between fits). */
function logLoss(examples: readonly Example[], fit: LogisticFit): number {
  return examples.reduce((sum, e) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, predict(fit, e.x)));
    return sum - e.weight * (e.y === 1 ? Math.log(q) : Math.log(1 - q));
  }, 0);
}

/** Solves a·s = b for a symmetric positive-definite a, by Cholesky. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const li = l[i] as number[];
    for (let j = 0; j <= i; j++) {
      const lj = l[j] as number[];
      let sum = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) sum -= (li[k] as number) * (lj[k] as number);
      li[j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (lj[j] as number);
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= ((l[i] as number[])[k] as number) * (y[k] as number);
    y[i] = sum / ((l[i] as number[])[i] as number);
  }
  const s = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let k = i + 1; k < n; k++) sum -= ((l[k] as number[])[i] as number) * (s[k] as number);
    s[i] = sum / ((l[i] as number[])[i] as number);
  }
  return s;
}

/**
 * Minimises Σ weight·logloss + λ/2·|w|² (the bias is not penalised). The bias is parameter 0 of the
 * Newton system, the feature weights follow.
 */
function newton(examples: readonly Example[], lambda: number, iterations: number): LogisticFit {
  const n = (examples[0]?.x.length ?? 0) + 1;
  let theta = new Array<number>(n).fill(0);
  const row = (e: Example) => [1, ...e.x];
  for (let step = 0; step < iterations; step++) {
    const gradient = theta.map((t, j) => (j === 0 ? 0 : lambda * t));
    const hessian = theta.map((_, i) => theta.map((__, j) => (i === j && i > 0 ? lambda : 0)));
    for (const e of examples) {
      const x = row(e);
      const p = sigmoid(x.reduce((z, v, j) => z + v * (theta[j] as number), 0));
      const g = e.weight * (p - e.y);
      const h = e.weight * Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < n; i++) {
        const xi = x[i] as number;
        if (xi === 0) continue;
        gradient[i] = (gradient[i] as number) + g * xi;
        const hi = hessian[i] as number[];
        for (let j = 0; j < n; j++) hi[j] = (hi[j] as number) + h * xi * (x[j] as number);
      }
    }
    // Without a penalty a separable feature would run off: a small ridge keeps the bias finite too.
    (hessian[0] as number[])[0] = ((hessian[0] as number[])[0] as number) + 1e-6;
    const delta = solve(hessian, gradient);
    theta = theta.map((t, j) => t - (delta[j] as number));
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  return { bias: theta[0] as number, weights: theta.slice(1) };
}

/**
 * The fit, with each feature's weight kept to the side its meaning gives it (`signs`, by index: -1 may
 * only count against, +1 only for, 0 either way): a feature whose weight would come out on the wrong side
 * (because it overlaps a stronger one) is left out and the rest refitted.
 */
export function fitLogistic(examples: readonly Example[], lambda: number, signs: readonly number[] = [], iterations = 50): LogisticFit {
  const excluded = new Set<number>();
  for (;;) {
    const masked = excluded.size === 0 ? examples : examples.map((e) => ({ ...e, x: e.x.map((v, i) => (excluded.has(i) ? 0 : v)) }));
    const fit = newton(masked, lambda, iterations);
    const wrong = signs.flatMap((sign, i) => (!excluded.has(i) && sign * (fit.weights[i] ?? 0) < 0 ? [i] : []));
    if (wrong.length === 0) return fit;
    for (const i of wrong) excluded.add(i);
  }
}

/**
 * The λ of `lambdas` with the least log loss over folds by group: each fold's examples scored by the fit on the
 * other groups'. `units` are what the folds group (threads, or the examples themselves).
 */
export function chooseLambda<T extends { group: string }>(
  units: readonly T[],
  examplesOf: (units: readonly T[]) => Example[],
  { lambdas, folds, seed, signs }: { lambdas: readonly number[]; folds: number; seed: number; signs: readonly number[] },
): number {
  const tests = foldsByGroup(units, folds, seed);
  let best = { lambda: lambdas[0] ?? 1, loss: Infinity };
  for (const lambda of lambdas) {
    const loss = tests.reduce((sum, test) => {
      const fit = fitLogistic(examplesOf(units.filter((u) => !test.has(u.group))), lambda, signs);
      return sum + logLoss(examplesOf(units.filter((u) => test.has(u.group))), fit);
    }, 0);
    if (loss < best.loss) best = { lambda, loss };
  }
  return best.lambda;
}
