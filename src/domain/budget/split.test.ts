import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountsOfShares, splitByWeights, splitEvenly, spreadRows } from './split';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('splitting øre exactly', () => {
  it('splits 100 kr. over three years as 33,34 + 33,33 + 33,33', () => {
    expect(splitEvenly(10_000, 3)).toEqual([3334, 3333, 3333]);
  });

  it('gives the leftover øre to the largest remainders', () => {
    // 1.000 øre by 1:1:1:3 → 166,67 166,67 166,67 500 → 167 167 166 500
    expect(splitByWeights(1000, [1, 1, 1, 3])).toEqual([167, 167, 166, 500]);
  });

  it('reproduces Holbæk’s 22.069.000 kr. over four years to the øre', () => {
    const years = splitEvenly(2_206_900_000, 4);
    expect(years).toEqual([551_725_000, 551_725_000, 551_725_000, 551_725_000]);
    expect(splitEvenly(2_206_900_001, 4)).toEqual([551_725_001, 551_725_000, 551_725_000, 551_725_000]);
  });

  it('turns shares into amounts rounded once: 12,5 % of 31 mio. = 10,6 % + 1,9 % exactly', () => {
    const [secondment, coordination] = amountsOfShares(3_100_000_000, [1060, 190]);
    expect(secondment).toBe(328_600_000);
    expect(coordination).toBe(58_900_000);
    expect(amountsOfShares(1, [5000, 5000])).toEqual([1, 0]);
    expect(() => amountsOfShares(100, [6000, 5000])).toThrow(/højst 100 %/);
  });

  it('property: parts always sum to the total and differ from the exact share by < 1 øre', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = splitByWeights(total, weights);
          expect(sum(parts)).toBe(total);
          const weightSum = sum(weights);
          for (const [i, part] of parts.entries()) {
            expect(part).toBeGreaterThanOrEqual(0);
            const exact =
              weightSum === 0 ? total / weights.length : (total * (weights[i] as number)) / weightSum;
            expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-6);
          }
        },
      ),
    );
  });

  it('property: shares never exceed the whole, and sum to the rounded covered amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2500 }), { minLength: 1, maxLength: 4 }),
        (whole, shares) => {
          const parts = amountsOfShares(whole, shares);
          expect(sum(parts)).toBe(Math.round((whole * sum(shares)) / 10_000));
          expect(sum(parts)).toBeLessThanOrEqual(whole);
        },
      ),
    );
  });

  it('property: a sources × years spread keeps every source total and the grand total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000_000_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (sources, years) => {
          const table = spreadRows(
            sources,
            Array.from({ length: years }, () => 1),
          );
          expect(table.map(sum)).toEqual(sources);
          const columns = Array.from({ length: years }, (_, y) => sum(table.map((row) => row[y] as number)));
          expect(sum(columns)).toBe(sum(sources));
        },
      ),
    );
  });
});
