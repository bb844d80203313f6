import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsOfPeriod, splitByPeriodMonths, splitByPeriodYears } from './split';

const kr = (n: number) => n * 100;
const sum = (xs: readonly { amountOre: number }[]) => xs.reduce((s, x) => s + x.amountOre, 0);

describe('splitByPeriodYears', () => {
  it.each<[string, number, string, string, [number, number, number][]]>([
    [
      'Køge 10,8 mio. kr. over 1.9.2021–31.8.2025',
      kr(10_800_000),
      '2021-09-01',
      '2025-08-31',
      [
        [2021, 4, kr(900_000)],
        [2022, 12, kr(2_700_000)],
        [2023, 12, kr(2_700_000)],
        [2024, 12, kr(2_700_000)],
        [2025, 8, kr(1_800_000)],
      ],
    ],
    [
      'Holbæk 22.069.000 kr. over four calendar years',
      kr(22_069_000),
      '2024-01-01',
      '2027-12-31',
      [
        [2024, 12, kr(5_517_250)],
        [2025, 12, kr(5_517_250)],
        [2026, 12, kr(5_517_250)],
        [2027, 12, kr(5_517_250)],
      ],
    ],
    // 100 øre over 4 + 8 months: 33,33… + 66,66… → the larger remainder (66,67) gets the øre
    [
      'a remainder goes to the largest remainder',
      100,
      '2021-09-01',
      '2022-08-31',
      [
        [2021, 4, 33],
        [2022, 8, 67],
      ],
    ],
    // 1 øre over 6 + 6 months: equal remainders → the earlier year
    [
      'a tie goes to the earlier year',
      1,
      '2021-07-01',
      '2022-06-30',
      [
        [2021, 6, 1],
        [2022, 6, 0],
      ],
    ],
    ['a period inside one month', kr(1000), '2023-02-10', '2023-02-20', [[2023, 1, kr(1000)]]],
    [
      'a month touched counts whole',
      300,
      '2021-12-31',
      '2022-01-01',
      [
        [2021, 1, 150],
        [2022, 1, 150],
      ],
    ],
  ])('%s', (_, total, start, end, expected) => {
    const parts = splitByPeriodYears(total, start, end);
    expect(parts.map((p) => [p.year, p.months, p.amountOre])).toEqual(expected);
    expect(sum(parts)).toBe(total);
  });

  it('refuses a period that ends before it starts, or a malformed date', () => {
    expect(() => splitByPeriodYears(100, '2025-01-01', '2024-12-31')).toThrow(RangeError);
    expect(() => splitByPeriodYears(100, '2025-1-1', '2025-12-31')).toThrow(RangeError);
  });

  it('property: the parts sum to the whole and follow the months to within one øre', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 120 }),
        (total, year, month, extra) => {
          const start = `${year}-${String(month).padStart(2, '0')}-01`;
          const endMonth = (month - 1 + extra) % 12;
          const endYear = year + Math.floor((month - 1 + extra) / 12);
          const end = `${endYear}-${String(endMonth + 1).padStart(2, '0')}-28`;
          const parts = splitByPeriodYears(total, start, end);
          expect(sum(parts)).toBe(total);
          const months = parts.reduce((n, p) => n + p.months, 0);
          expect(months).toBe(extra + 1);
          for (const p of parts) expect(Math.abs(p.amountOre - (total * p.months) / months)).toBeLessThan(1);
        },
      ),
    );
  });
});

describe('splitByPeriodMonths', () => {
  it('splits Køge’s 10,8 mio. kr. into 48 months of 225.000 kr.', () => {
    const months = splitByPeriodMonths(kr(10_800_000), '2021-09-01', '2025-08-31');
    expect(months).toHaveLength(48);
    expect(months[0]).toEqual({ month: '2021-09', amountOre: kr(225_000) });
    expect(months[47]).toEqual({ month: '2025-08', amountOre: kr(225_000) });
    expect(sum(months)).toBe(kr(10_800_000));
  });
  it('gives leftover øre to the earliest months', () => {
    expect(splitByPeriodMonths(5, '2021-11-01', '2022-01-31').map((m) => m.amountOre)).toEqual([2, 2, 1]);
  });
  it('lists the months a period touches', () => {
    expect(monthsOfPeriod('2021-11-15', '2022-02-01')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  });
});
