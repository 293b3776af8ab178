/** The bench's order statistics: the median's confidence interval against published ranks. */
import { describe, expect, it } from 'vitest';
import { median, medianInterval, p95, spread } from '../../bench/stats';

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval (95 %, distribution-free)', () => {
  // Ranks from the binomial table for the median (e.g. Conover, Practical Nonparametric Statistics).
  it.each([
    [6, 1, 6],
    [10, 2, 9],
    [20, 6, 15],
    [40, 14, 27],
    [100, 40, 61],
  ])('n = %i: x(%i) … x(%i)', (n, low, high) => {
    expect(medianInterval(ranks(n))).toEqual([low, high]);
  });

  it('does not depend on the order of the values, and holds the median', () => {
    const values = [1.3, 0.9, 1.05, 1.2, 0.97, 1.01, 1.1, 0.88, 1.0, 1.04, 0.95, 1.15];
    const [low, high] = medianInterval(values);
    expect(medianInterval([...values].reverse())).toEqual([low, high]);
    expect(low).toBeLessThanOrEqual(median(values));
    expect(high).toBeGreaterThanOrEqual(median(values));
  });

  it('gives the whole range when there are too few values for the level, NaN for none', () => {
    expect(medianInterval([3, 1, 2])).toEqual([1, 3]);
    expect(medianInterval([])).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('p95 (nearest rank)', () => {
  it.each([
    [20, 19],
    [21, 20],
    [100, 95],
  ])('of 1…%i is %i', (n, expected) => {
    expect(p95(ranks(n))).toBe(expected);
  });
});

describe('spread (pairs over browser launches)', () => {
  it.each([
    [150, 6, [25, 25, 25, 25, 25, 25]],
    [40, 6, [7, 7, 7, 7, 6, 6]],
    [8, 3, [3, 3, 2]],
    [4, 6, [1, 1, 1, 1]], // never a launch without a pair
    [5, 1, [5]],
    [5, 0, [5]], // at least one launch
  ])('%i pairs over %i launches: %j', (total, parts, expected) => {
    const counts = spread(total, parts);
    expect(counts).toEqual(expected);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});
