import { describe, expect, it } from 'vitest';
import { type SummaryFigure, summariseDepartments } from './department-summary';

const fig = (value: number, valueMax: number | null = null, year = 2020): SummaryFigure => ({
  indicator: 'shareOnlyPrimarySchool30to59',
  year,
  value,
  valueMax,
  isApproximate: false,
  source: 'S',
});

describe('a summary range covers every afdeling', () => {
  it('spans all afdelinger with a figure, ranges included (Køge: 57–64 % and Hastrupparken 68,4 %)', () => {
    const [s] = summariseDepartments([
      { name: 'Ellemarken', figures: [fig(57, 64)] },
      { name: 'Hastrupparken', figures: [fig(68.4)] },
      { name: 'Karlemoseparken', figures: [fig(57, 64)] },
      { name: 'Søparken', figures: [fig(57, 64)] },
    ]);
    expect(s).toMatchObject({ min: 57, max: 68.4, withFigure: 4, withoutFigure: 0, missing: [] });
  });

  it('widens a range given for the areas together, and names who lacks a figure', () => {
    const [s] = summariseDepartments(
      [
        { name: 'A', figures: [fig(68.4)] },
        { name: 'B', figures: [] },
        { name: 'C', figures: [fig(50, null, 2019)] },
      ],
      [fig(57, 64)],
    );
    expect(s).toMatchObject({
      year: 2020,
      min: 57,
      max: 68.4,
      withFigure: 1,
      withoutFigure: 2,
      missing: ['B', 'C'],
    });
  });

  it('leaves a single figure the source gives for the areas together as it is', () => {
    const departments = [
      { name: 'A', figures: [fig(40)] },
      { name: 'B', figures: [fig(51)] },
    ];
    expect(summariseDepartments(departments, [fig(42.85)])).toEqual([]);
  });

  it('gives no summary for one afdeling’s figure alone, nor for counts', () => {
    expect(
      summariseDepartments([
        { name: 'A', figures: [fig(40)] },
        { name: 'B', figures: [] },
      ]),
    ).toEqual([]);
    const residents = { ...fig(1000), indicator: 'residents' as const };
    expect(
      summariseDepartments([
        { name: 'A', figures: [residents] },
        { name: 'B', figures: [residents] },
      ]),
    ).toEqual([]);
  });
});
