import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressBreakdown, suppressCount } from './suppression';

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
