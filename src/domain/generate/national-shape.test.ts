import { describe, expect, it } from 'vitest';
import { classifyYears } from '../classification/classify';
import { AREA_CATEGORIES } from '../classification/rule-sets';
import { apportion, FULL_SIZE, LIST_YEARS, nationalShape } from './national-shape';

describe('the national shape', () => {
  const shape = nationalShape({ seed: 1, scale: 1 });

  it('has the sizes of issue #13 at full scale: 98 municipalities, ~500 areas, ~7,500 afdelinger, 100 plans', () => {
    expect(shape.municipalities).toHaveLength(98);
    expect(new Set(shape.municipalities.map((m) => m.region)).size).toBe(5);
    expect(shape.areas).toHaveLength(FULL_SIZE.areas);
    expect(shape.counts.departments).toBe(FULL_SIZE.departments);
    expect(shape.plans).toHaveLength(FULL_SIZE.plans);
    expect(shape.plans.reduce((a, p) => a + p.participants, 0)).toBe(FULL_SIZE.participants);
    expect(Math.abs(shape.counts.attendances - FULL_SIZE.attendances)).toBeLessThan(
      FULL_SIZE.attendances * 0.01,
    );
    expect(new Set(shape.areas.map((a) => a.municipality)).size).toBe(98);
  });

  it('is the same for the same seed and differs for another', () => {
    const again = nationalShape({ seed: 1, scale: 1 });
    expect(again.areas[17]?.figures).toEqual(shape.areas[17]?.figures);
    expect(nationalShape({ seed: 2, scale: 1 }).areas[17]?.figures).not.toEqual(shape.areas[17]?.figures);
  });

  it('gives each list year tens of areas per category, not hundreds (facts.md §3.2)', () => {
    const counts = new Map<number, Record<string, number>>();
    for (const area of shape.areas) {
      const region = shape.municipalities[area.municipality]?.region ?? '';
      const figures = area.figures.map((f) => ({
        ...f,
        nationalConvictedShare: shape.nationalConvicted.get(f.year),
        regionAverageIncome: shape.regionIncome.get(region)?.get(f.year),
      }));
      for (const v of classifyYears({ name: area.name, figures }, LIST_YEARS)) {
        const c = counts.get(v.listYear) ?? {};
        for (const k of v.categories) c[k] = (c[k] ?? 0) + 1;
        counts.set(v.listYear, c);
      }
    }
    for (const year of LIST_YEARS) {
      const c = counts.get(year) ?? {};
      const inUse =
        year < 2018 ? ['parallelSociety'] : year < 2021 ? AREA_CATEGORIES.slice(0, 3) : AREA_CATEGORIES;
      for (const category of inUse) {
        expect(c[category], `${category} ${year}`).toBeGreaterThanOrEqual(8);
        expect(c[category], `${category} ${year}`).toBeLessThanOrEqual(70);
      }
    }
    // Fewer udsatte areas at the end than at the start of the 2018 rules, as on the real lists.
    expect(counts.get(2024)?.vulnerable ?? 0).toBeLessThan(counts.get(2018)?.vulnerable ?? 0);
  });

  it('scales down to a single plan and area', () => {
    const small = nationalShape({ seed: 1, scale: 0.002 });
    expect(small.areas).toHaveLength(1);
    expect(small.plans).toHaveLength(1);
    expect(() => nationalShape({ seed: 1, scale: 1.5 })).toThrow(RangeError);
  });

  it('apportions a total by weights exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(10, [1, 3], 2).reduce((a, b) => a + b, 0)).toBe(10);
  });
});
