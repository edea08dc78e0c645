/** Summary statistics of timing samples, in milliseconds. */
export interface Summary {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Mean, median, 95th percentile and maximum of `samples`. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    count: sorted.length,
    mean: sorted.reduce((n, x) => n + x, 0) / sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1]!,
  };
}

/** One line: `label  mean 0.312 ms  p50 … p95 … max … (n=…)`. */
export function formatSummary(label: string, s: Summary): string {
  const ms = (x: number): string => `${x.toFixed(3)} ms`;
  return `${label.padEnd(48)} mean ${ms(s.mean)}  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  (n=${s.count})`;
}
