/** Small order statistics for the bench. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least q of the observations at or below it.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/**
 * A distribution-free confidence interval for the median: the order statistics x(j) and
 * x(n+1-j), j the largest rank with P(Binomial(n, ½) < j) ≤ (1 − level) / 2. Per-pair ratios
 * here scatter widely, so the median alone says too little about a 5 % budget.
 */
export function medianInterval(values: readonly number[], level = 0.95): [number, number] {
  const n = values.length;
  if (n === 0) return [Number.NaN, Number.NaN];
  const sorted = [...values].sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  let below = 0; // P(Binomial(n, ½) < j), grown one rank at a time
  let choose = 1; // C(n, j − 1)
  let j = 0;
  while (j < n) {
    const next = below + choose / 2 ** n;
    if (next > tail) break;
    below = next;
    choose = (choose * (n - j)) / (j + 1);
    j++;
  }
  const rank = Math.max(1, j); // too few values for the level: the whole range
  return [sorted[rank - 1] as number, sorted[n - rank] as number];
}

/** Splits `total` pairs over `parts` launches as evenly as possible (8 over 3: 3, 3, 2). */
export function spread(total: number, parts: number): number[] {
  const n = Math.max(1, Math.min(parts, total));
  return Array.from({ length: n }, (_, k) => Math.floor(total / n) + (k < total % n ? 1 : 0));
}
