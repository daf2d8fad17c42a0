// How far confidences are from the rates they claim, for every score the scripts print: relevance's
// confidence and each field's belief.
export interface Scored {
  confidence: number;
  right: boolean;
}

const BINS = 10;

/** Per confidence bin of width 0.1: how many, the mean confidence and the rate of right ones. */
export function reliability(scored: readonly Scored[]): { from: number; n: number; confidence: number; rate: number }[] {
  const bins = Array.from({ length: BINS }, (_, i) => ({ from: i / BINS, n: 0, sum: 0, right: 0 }));
  for (const s of scored) {
    const bin = bins[Math.min(BINS - 1, Math.floor(s.confidence * BINS))];
    if (!bin) continue;
    bin.n++;
    bin.sum += s.confidence;
    if (s.right) bin.right++;
  }
  return bins.filter((b) => b.n > 0).map((b) => ({ from: b.from, n: b.n, confidence: b.sum / b.n, rate: b.right / b.n }));
}

/** Expected calibration error: the bins' gaps between claimed confidence and observed rate, weighted by size. */
export function expectedCalibrationError(scored: readonly Scored[]): number {
  if (scored.length === 0) return 0;
  return reliability(scored).reduce((sum, bin) => sum + (bin.n / scored.length) * Math.abs(bin.confidence - bin.rate), 0);
}
