import { describe, expect, it } from 'vitest';
import { forecastSpending } from './forecast';

describe('forecastSpending', () => {
  const budgetByYear = new Map([
    [2024, 1_200_000],
    [2025, 1_200_000],
  ]);

  it('carries the run rate over the months left, exactly in øre', () => {
    // 6 months of 100.000 øre spent by 30 June 2024 → 100.000 a month for the 18 months left.
    const spending = Array.from({ length: 6 }, (_, i) => ({ date: `2024-0${i + 1}-15`, amountOre: 100_000 }));
    const f = forecastSpending({
      firstYear: 2024,
      lastYear: 2025,
      budgetByYear,
      spending,
      asOf: '2024-06-30',
    });
    expect(f.monthsElapsed).toBe(6);
    expect(f.runRatePerMonthOre).toBe(100_000);
    expect(f.actualTotalOre).toBe(600_000);
    expect(f.forecastTotalOre).toBe(2_400_000);
    expect(f.years).toEqual([
      { year: 2024, budgetOre: 1_200_000, actualOre: 600_000, forecastOre: 1_200_000, varianceOre: 0 },
      { year: 2025, budgetOre: 1_200_000, actualOre: 0, forecastOre: 1_200_000, varianceOre: 0 },
    ]);
    expect(f.months).toHaveLength(24);
    expect(f.months[5]).toEqual({
      month: '2024-06',
      budgetCumulativeOre: 600_000,
      actualCumulativeOre: 600_000,
      forecastCumulativeOre: 600_000,
    });
    expect(f.months[23]?.forecastCumulativeOre).toBe(2_400_000);
    expect(f.months[23]?.actualCumulativeOre).toBeNull();
  });

  it('shows overspending as a positive variance, and spreads whole-period budget over the years', () => {
    const f = forecastSpending({
      firstYear: 2024,
      lastYear: 2025,
      budgetByYear: new Map(),
      budgetWholePeriodOre: 2_400_001,
      spending: [{ date: '2024-01-31', amountOre: 200_000 }],
      asOf: '2024-01-31',
    });
    expect(f.years.map((y) => y.budgetOre)).toEqual([1_200_001, 1_200_000]);
    expect(f.forecastTotalOre).toBe(4_800_000);
    expect(f.years.reduce((n, y) => n + y.forecastOre, 0)).toBe(f.forecastTotalOre);
    expect(f.years[0]?.varianceOre).toBeGreaterThan(0);
  });

  it('has no run rate before the period starts', () => {
    const f = forecastSpending({
      firstYear: 2030,
      lastYear: 2030,
      budgetByYear,
      spending: [],
      asOf: '2026-11-25',
    });
    expect(f.runRatePerMonthOre).toBeNull();
    expect(f.forecastTotalOre).toBe(0);
  });
});

describe('forecastSpending over a plan period that does not follow calendar years', () => {
  it('splits Køge’s whole-period 10,8 mio. kr. by the months of 1.9.2021–31.8.2025', () => {
    const f = forecastSpending({
      firstYear: 2021,
      lastYear: 2025,
      budgetByYear: new Map(),
      budgetWholePeriodOre: 1_080_000_000,
      periodStart: '2021-09-01',
      periodEnd: '2025-08-31',
      spending: [{ date: '2021-09-30', amountOre: 22_500_000 }],
      asOf: '2021-09-30',
    });
    expect(f.years.map((y) => [y.year, y.budgetOre])).toEqual([
      [2021, 90_000_000],
      [2022, 270_000_000],
      [2023, 270_000_000],
      [2024, 270_000_000],
      [2025, 180_000_000],
    ]);
    expect(f.budgetTotalOre).toBe(1_080_000_000);
    expect(f.months).toHaveLength(48);
    expect(f.months[0]).toMatchObject({ month: '2021-09', budgetCumulativeOre: 22_500_000 });
    expect(f.months[47]).toMatchObject({ month: '2025-08', budgetCumulativeOre: 1_080_000_000 });
    // One month elapsed of 48: the run rate is that month's spending, not a twelfth of 2021's.
    expect(f.monthsElapsed).toBe(1);
    expect(f.runRatePerMonthOre).toBe(22_500_000);
    expect(f.forecastTotalOre).toBe(1_080_000_000);
  });
});
