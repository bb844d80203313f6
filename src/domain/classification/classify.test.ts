import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AreaInput, classify, classifyYears, compare, type YearFigures } from './classify';
import { ruleSetForYear } from './rule-sets';

/** A worked example area: figures chosen to sit around the 2021+ thresholds. */
const base = (year: number, over: Partial<YearFigures> = {}): YearFigures => ({
  year,
  residents: 2133,
  nonWestern: 40,
  outsideWorkOrEducation: 35,
  convictedShare: 1.5,
  nationalConvictedShare: 0.72,
  onlyPrimarySchool: 50,
  averageIncome: 200_000,
  regionAverageIncome: 330_000,
  ...over,
});
const area = (figures: YearFigures[], history?: AreaInput['officialHistory']): AreaInput => ({
  name: 'Testparken',
  figures,
  officialHistory: history,
});

describe('rule sets by list year', () => {
  it('chooses the rule set in force, and none before 2013', () => {
    expect(ruleSetForYear(2013)?.id).toBe('2013-2017');
    expect(ruleSetForYear(2018)?.id).toBe('2018-2020');
    expect(ruleSetForYear(2024)?.id).toBe('2021-');
    expect(ruleSetForYear(2012)).toBeUndefined();
    expect(() => classify(area([base(2012)]), 2012)).toThrow(/Ingen regelsæt/);
  });
});

describe('boundaries follow the law’s words', () => {
  it('"overstiger" is strict, "mindst" is inclusive, "under" is strict', () => {
    expect(compare(40, 'greaterThan', 40)).toBe(false);
    expect(compare(40.0001, 'greaterThan', 40)).toBe(true);
    expect(compare(3, 'atLeast', 3)).toBe(true);
    expect(compare(2.9999, 'atLeast', 3)).toBe(false);
    expect(compare(55, 'lessThan', 55)).toBe(false);
    // Averaging noise does not push exactly-40 over the line.
    expect(compare((40.1 + 39.9) / 2, 'greaterThan', 40)).toBe(false);
  });

  it('exactly 40,0 % outside work (two-year mean) is not over 40 %', () => {
    const v = classify(
      area([base(2023, { outsideWorkOrEducation: 40 }), base(2024, { outsideWorkOrEducation: 40 })]),
      2024,
    );
    const k1 = v.details
      .find((d) => d.category === 'vulnerable')
      ?.criteria.find((c) => c.id === 'outsideWorkOrEducation');
    expect(k1).toMatchObject({ value: 40, met: false, margin: 0 });
    expect(k1?.explanation).toBe('40 % ≤ 40 %: ikke opfyldt, præcis på grænsen');
  });

  it('exactly 3,0× the national conviction rate is at least 3×', () => {
    const f = { convictedShare: 2.16, nationalConvictedShare: 0.72 };
    const v = classify(area([base(2023, f), base(2024, f)]), 2024);
    const k2 = v.details
      .find((d) => d.category === 'vulnerable')
      ?.criteria.find((c) => c.id === 'convictions');
    expect(k2?.met).toBe(true);
    expect(k2?.value).toBeCloseTo(3, 10);
  });
});

describe('worked examples, 2021 onward', () => {
  it('explains a criterion with value, threshold and margin', () => {
    const v = classify(
      area([base(2023, { outsideWorkOrEducation: 41.3 }), base(2024, { outsideWorkOrEducation: 41.3 })]),
      2024,
    );
    const k1 = v.details[0]?.criteria.find((c) => c.id === 'outsideWorkOrEducation');
    expect(k1?.explanation).toBe('41,3 % > 40 %: opfyldt, 1,3 point over');
  });

  it('makes a forebyggelsesområde of an area over the lower thresholds', () => {
    // K1 35 % (> 30), K2 2.08× (≥ 2), income 60.6 % (< 65), non-western 40 % (> 30).
    const v = classify(area([base(2023), base(2024)]), 2024);
    expect(v.categories).toEqual(['prevention']);
    expect(v.eligible).toBe(true);
  });

  it('makes a parallelsamfund, and an omdannelsesområde after five years in a row', () => {
    const heavy = { nonWestern: 55, outsideWorkOrEducation: 45, averageIncome: 150_000 };
    // Light until 2018, heavy from 2019: on the list from 2020 (two-year mean of K1 first > 40 %).
    const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) =>
      base(y, y >= 2019 ? heavy : {}),
    );
    const v2022 = classify(area(years), 2022);
    expect(v2022.categories).toEqual(['vulnerable', 'parallelSociety']);
    const v2024 = classify(area(years), 2024);
    expect(v2024.categories).toEqual(['vulnerable', 'parallelSociety', 'transformation']);
    expect(v2024.details.find((d) => d.category === 'transformation')?.consecutiveYears).toBe(5);
  });

  it('uses the official history for earlier years when given', () => {
    const heavy = { nonWestern: 55, outsideWorkOrEducation: 45, averageIncome: 150_000 };
    const history = [2020, 2021, 2022, 2023].map((listYear) => ({
      listYear,
      categories: listYear === 2021 ? [] : (['vulnerable', 'parallelSociety'] as const),
    }));
    const v = classify(area([base(2023, heavy), base(2024, heavy)], history), 2024);
    expect(v.categories).toEqual(['vulnerable', 'parallelSociety']);
    expect(v.details.find((d) => d.category === 'transformation')?.consecutiveYears).toBe(3);
  });

  it('says a verdict is undetermined when it depends on a missing figure', () => {
    const v = classify(area([base(2024, { outsideWorkOrEducation: 45 })]), 2024);
    const k1 = v.details[0]?.criteria.find((c) => c.id === 'outsideWorkOrEducation');
    expect(k1).toMatchObject({ met: null, missing: 'mangler tal for 2023' });
    expect(v.undetermined).toContain('prevention');
  });

  it('does not classify an area under 1,000 residents', () => {
    const heavy = { residents: 999, nonWestern: 55, outsideWorkOrEducation: 45, averageIncome: 150_000 };
    const v = classify(area([base(2023, heavy), base(2024, heavy)]), 2024);
    expect(v.eligible).toBe(false);
    expect(v.categories).toEqual([]);
  });
});

describe('worked example, 2013–2017 (3 of 5, fixed conviction share)', () => {
  it('counts five criteria and puts an area on the ghetto list with three', () => {
    const f = {
      nonWestern: 52,
      outsideWorkOrEducation: 42,
      convictedShare: 2.7,
      onlyPrimarySchoolInclUnknown: 50.5,
    };
    const v = classify(area([base(2014, f), base(2015, f)]), 2015);
    const d = v.details[0];
    expect(d?.label).toBe('Ghettoområde');
    // convictions exactly 2.7 % is not over 2.7 %: three met (non-western, K1, education).
    expect(d?.metCount).toBe(3);
    expect(v.categories).toEqual(['parallelSociety']);
  });
});

const figuresArb = fc.record({
  residents: fc.integer({ min: 1000, max: 6000 }),
  nonWestern: fc.double({ min: 0, max: 100, noNaN: true }),
  outsideWorkOrEducation: fc.double({ min: 0, max: 100, noNaN: true }),
  convictedShare: fc.double({ min: 0, max: 10, noNaN: true }),
  onlyPrimarySchool: fc.double({ min: 0, max: 100, noNaN: true }),
  averageIncome: fc.integer({ min: 50_000, max: 500_000 }),
});

describe('properties', () => {
  it('a verdict does not depend on the order of the inputs', () => {
    fc.assert(
      fc.property(fc.array(figuresArb, { minLength: 6, maxLength: 6 }), (rows) => {
        const figures = rows.map((r, i) => base(2019 + i, r));
        const forward = classify(area(figures), 2024);
        const backward = classify(area([...figures].reverse()), 2024);
        expect(backward).toEqual(forward);
      }),
      { numRuns: 150 },
    );
  });

  it('worsening a criterion never removes a category (prevention only gives way to udsat)', () => {
    const worsen = fc.constantFrom(
      'nonWestern',
      'outsideWorkOrEducation',
      'convictedShare',
      'onlyPrimarySchool',
      'averageIncome',
    );
    fc.assert(
      fc.property(figuresArb, worsen, fc.double({ min: 0.01, max: 30, noNaN: true }), (f, key, delta) => {
        const before = classify(area([base(2023, f), base(2024, f)]), 2024);
        const worse = {
          ...f,
          [key]:
            key === 'averageIncome' ? f.averageIncome * (1 - delta / 100) : Math.min(100, f[key] + delta),
        };
        const after = classify(area([base(2023, worse), base(2024, worse)]), 2024);
        for (const c of before.categories) {
          if (c === 'prevention' && after.categories.includes('vulnerable')) continue;
          expect(after.categories).toContain(c);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('earlier years as "last year" and "years in a row" read them agree with their own verdicts', () => {
    // Years 2014–2024 with holes, residents sometimes missing or under the minimum: the bare
    // states computed for earlier years must be the states of those years' explained verdicts.
    const yearArb = fc.option(
      fc.record({ f: figuresArb, residents: fc.constantFrom<number | null>(2000, 999, null) }),
      { nil: undefined, freq: 5 },
    );
    fc.assert(
      fc.property(fc.array(yearArb, { minLength: 11, maxLength: 11 }), (rows) => {
        const figures = rows.flatMap((r, i) =>
          r
            ? [
                base(2014 + i, {
                  ...r.f,
                  residents: r.residents,
                  onlyPrimarySchoolInclUnknown: r.f.onlyPrimarySchool,
                }),
              ]
            : [],
        );
        const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
        const each = years.map((y) => classify(area(figures), y));
        expect(classifyYears(area(figures), [...years].reverse())).toEqual(each);
        for (let i = 1; i < each.length; i++) {
          const before = each[i - 1] as (typeof each)[number];
          const hasFigures = figures.some((f) => f.year === before.listYear);
          for (const h of each[i]?.history ?? []) {
            const expected = !hasFigures
              ? null
              : !before.details.some((d) => d.category === h.category)
                ? false
                : before.categories.includes(h.category)
                  ? true
                  : before.undetermined.includes(h.category)
                    ? null
                    : false;
            expect(h.lastYear, `${h.category} ${before.listYear}`).toBe(expected);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
