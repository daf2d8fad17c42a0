// A logistic model as `npm run train` writes it to JSON (relevance-weights.json, interviewer-weights.json):
// a bias and one weight per named feature, read here into the order the features are computed in.
export interface LogisticWeights {
  version: number;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

export interface LogisticModel {
  threshold: number;
  /** Each feature's contribution to the log-odds, in the order of the names the model was built with. */
  contributions: (x: readonly number[]) => number[];
  probability: (x: readonly number[]) => number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function logisticModel(trained: LogisticWeights, features: readonly string[]): LogisticModel {
  const weights = features.map((name) => trained.weights[name] ?? 0);
  const contributions = (x: readonly number[]) => x.map((v, i) => v * (weights[i] ?? 0));
  return {
    threshold: trained.threshold,
    contributions,
    probability: (x) => sigmoid(trained.bias + contributions(x).reduce((sum, c) => sum + c, 0)),
  };
}
