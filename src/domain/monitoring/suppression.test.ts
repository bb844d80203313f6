import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressBreakdown, suppressCount, suppressYearly } from './suppression';

describe('small-number suppression', () => {
  it('hides a small cell and one more, so the total cannot reveal it', () => {
    const r = suppressBreakdown({ female: 14, male: 9, other: 2 });
    expect(r).toEqual({ cells: { female: 14, male: null, other: null }, total: 25, suppressed: true });
  });
  it('hides nothing when every cell is zero or at least the threshold', () => {
    expect(suppressBreakdown({ a: 5, b: 0, c: 12 })).toEqual({
      cells: { a: 5, b: 0, c: 12 },
      total: 17,
      suppressed: false,
    });
  });
  it('hides the whole group when its total is small', () => {
    expect(suppressBreakdown({ a: 3, b: 1 })).toEqual({
      cells: { a: null, b: null },
      total: null,
      suppressed: true,
    });
  });
  it('uses a configurable threshold', () => {
    expect(suppressBreakdown({ a: 9, b: 11 }, 10).cells.a).toBeNull();
    expect(suppressCount(4)).toBeNull();
    expect(suppressCount(0)).toBe(0);
    expect(suppressCount(5)).toBe(5);
  });
  it('never lets a hidden small cell be recovered from the total and the visible cells', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 6 }), (counts) => {
        const cells = Object.fromEntries(counts.map((n, i) => [`k${i}`, n]));
        const r = suppressBreakdown(cells);
        const hidden = Object.entries(r.cells).filter(([, v]) => v === null);
        for (const [k] of Object.entries(cells)) {
          if ((cells[k] ?? 0) > 0 && (cells[k] ?? 0) < 5) expect(r.cells[k]).toBeNull();
        }
        // With a visible total, never exactly one hidden cell.
        if (r.total !== null) expect(hidden.length === 1).toBe(false);
      }),
    );
  });
});

describe('complementary suppression of a breakdown', () => {
  it('hides one more cell when the hidden ones add up to less than the threshold', () => {
    expect(suppressBreakdown({ a: 2, b: 2, c: 20, d: 30 })).toEqual({
      cells: { a: null, b: null, c: null, d: 30 },
      total: 54,
      suppressed: true,
    });
  });
  it('hides the total when nothing else can cover a small cell', () => {
    expect(suppressBreakdown({ a: 3, b: 0, c: 0 })).toMatchObject({ total: null, suppressed: true });
    expect(suppressBreakdown({ a: 7, b: 0 })).toEqual({ cells: { a: 7, b: 0 }, total: 7, suppressed: false });
  });
  it('never shows a total beside hidden cells that add up to less than the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 10 }),
        (counts, threshold) => {
          const cells = Object.fromEntries(counts.map((n, i) => [`k${i}`, n]));
          const r = suppressBreakdown(cells, threshold);
          const hidden = counts.filter((_, i) => r.cells[`k${i}`] === null);
          for (const v of Object.values(r.cells))
            if (v !== null) expect(v === 0 || v >= threshold).toBe(true);
          if (r.total !== null && hidden.length > 0) {
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((s, v) => s + v, 0)).toBeGreaterThanOrEqual(threshold);
          }
        },
      ),
    );
  });
});

describe('suppression of yearly and cumulative figures', () => {
  const cumulate = (xs: number[]) => xs.map((_, i) => xs.slice(0, i + 1).reduce((s, v) => s + v, 0));

  it('does not let a cumulative figure give a hidden year away', () => {
    // Year 1 is 3: shown cumulatives 3 (year 1) or 13 next to year 2's 10 would reveal it.
    const r = suppressYearly({ actual: [3, 10, 12], cumulative: [3, 13, 25], additive: true });
    expect(r.actual).toEqual([null, null, 12]);
    expect(r.cumulative).toEqual([null, 13, 25]);
    expect(r.total).toBe(25);
  });
  it('hides a cumulative count of persons that grew by fewer than the threshold', () => {
    const r = suppressYearly({ actual: [12, 9, 20], cumulative: [12, 14, 30], additive: false });
    expect(r.actual).toEqual([12, 9, 20]);
    expect(r.cumulative).toEqual([12, null, 30]);
  });
  it('leaves figures at or above the threshold alone', () => {
    const r = suppressYearly({ actual: [5, 0, 7], cumulative: [5, 5, 12], additive: true });
    expect(r).toEqual({ actual: [5, 0, 7], cumulative: [5, 5, 12], total: 12, suppressed: false });
  });
  it('never reveals a hidden year by the difference of two shown cumulative figures', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 25 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 10 }),
        (actual, threshold) => {
          const cumulative = cumulate(actual);
          const r = suppressYearly({ actual, cumulative, additive: true }, threshold);
          const shown = [-1, ...r.cumulative.flatMap((v, i) => (v === null ? [] : [i]))];
          for (const v of [...r.actual, ...r.cumulative]) {
            if (v !== null) expect(v === 0 || v >= threshold).toBe(true);
          }
          for (let a = 0; a < shown.length; a++) {
            for (let b = a + 1; b < shown.length; b++) {
              const hidden = actual.filter(
                (_, i) => i > (shown[a] ?? -1) && i <= (shown[b] ?? -1) && r.actual[i] === null,
              );
              if (hidden.length > 0) {
                expect(hidden.length).toBeGreaterThanOrEqual(2);
                expect(hidden.reduce((s, v) => s + v, 0)).toBeGreaterThanOrEqual(threshold);
              }
            }
          }
        },
      ),
    );
  });
});
