import { describe, expect, it } from 'vitest';
import { evaluateCriterion, indexFigures, type YearFigures } from './classify';
import { type CriterionRule, RULE_SETS } from './rule-sets';

/**
 * Every criterion of every rule set, at its threshold and just either side of it, from yearly
 * figures (two years where the law averages). "overstiger" and "under" exclude the threshold,
 * "mindst" includes it.
 */
const NATIONAL = 0.72;
const REGION = 400_000;
const LIST_YEAR: Record<string, number> = { '2013-2017': 2015, '2018-2020': 2019, '2021-': 2024 };

/** Figures that make the rule's list-year value exactly `value`. */
function figuresFor(rule: CriterionRule, value: number, listYear: number): YearFigures[] {
  const year = (y: number): YearFigures => {
    const f: YearFigures = { year: y, nationalConvictedShare: NATIONAL, regionAverageIncome: REGION };
    switch (rule.measure.kind) {
      case 'share':
        f[rule.measure.figure] = value;
        break;
      case 'ratioToNational':
        f.convictedShare = value * NATIONAL;
        break;
      case 'percentOfRegion':
        f.averageIncome = (value / 100) * REGION;
        break;
    }
    return f;
  };
  return rule.averageYears === 2 ? [year(listYear - 1), year(listYear)] : [year(listYear)];
}

const cases = RULE_SETS.flatMap((ruleSet) =>
  ruleSet.categories.flatMap((category) =>
    [...category.criteria, ...(category.alsoRequires ? [category.alsoRequires] : [])].map((rule) => ({
      name: `${ruleSet.id} ${category.name.da}: ${rule.id} ${rule.comparison} ${rule.threshold}`,
      rule,
      listYear: LIST_YEAR[ruleSet.id] as number,
    })),
  ),
);

describe('every threshold of every rule set', () => {
  it('covers all three rule sets', () => {
    expect(new Set(cases.map((c) => c.name.split(' ')[0]))).toEqual(
      new Set(['2013-2017', '2018-2020', '2021-']),
    );
    expect(cases.length).toBeGreaterThanOrEqual(5 + 14 + 19);
  });

  it.each(cases)('$name', ({ rule, listYear }) => {
    const at = (v: number) =>
      evaluateCriterion(rule, indexFigures(figuresFor(rule, v, listYear)), listYear).met;
    const step = rule.measure.kind === 'ratioToNational' ? 0.01 : 0.1;
    const exact = at(rule.threshold);
    switch (rule.comparison) {
      case 'greaterThan':
        expect([exact, at(rule.threshold + step), at(rule.threshold - step)]).toEqual([false, true, false]);
        break;
      case 'atLeast':
        expect([exact, at(rule.threshold + step), at(rule.threshold - step)]).toEqual([true, true, false]);
        break;
      case 'lessThan':
        expect([exact, at(rule.threshold + step), at(rule.threshold - step)]).toEqual([false, false, true]);
        break;
    }
  });

  it('reads exactly 40,0 % as not over 40 % and exactly 3,0× as at least 3×, even when averaged', () => {
    const udsat = RULE_SETS[2]?.categories[0];
    const k1 = udsat?.criteria.find((c) => c.id === 'outsideWorkOrEducation') as CriterionRule;
    const k2 = udsat?.criteria.find((c) => c.id === 'convictions') as CriterionRule;
    const averaged = indexFigures([
      { year: 2023, outsideWorkOrEducation: 40.1 },
      { year: 2024, outsideWorkOrEducation: 39.9 },
    ]);
    expect(evaluateCriterion(k1, averaged, 2024)).toMatchObject({ value: 40, met: false, margin: 0 });
    // 2,16 % against 0,72 % is 3,0× (floating point gives 2.9999999999999996).
    const ratio = indexFigures([
      { year: 2023, convictedShare: 2.16, nationalConvictedShare: 0.72 },
      { year: 2024, convictedShare: 2.16, nationalConvictedShare: 0.72 },
    ]);
    expect(evaluateCriterion(k2, ratio, 2024)).toMatchObject({ met: true, margin: 0 });
    expect(evaluateCriterion(k2, ratio, 2024).explanation).toBe('3× ≥ 3×: opfyldt, præcis på grænsen');
  });

  it('compares convictions with the national average and income with the region of the same year', () => {
    const udsat = RULE_SETS[2]?.categories[0];
    const k2 = udsat?.criteria.find((c) => c.id === 'convictions') as CriterionRule;
    const k4 = udsat?.criteria.find((c) => c.id === 'income') as CriterionRule;
    const f = indexFigures([
      { year: 2023, convictedShare: 2.4, nationalConvictedShare: 0.8 },
      { year: 2024, convictedShare: 2.4, nationalConvictedShare: 0.6 },
      { year: 2024, averageIncome: 220_000, regionAverageIncome: 400_000 },
    ]);
    // (2,4/0,8 + 2,4/0,6) / 2 = (3 + 4) / 2 = 3,5×: each year against its own national figure.
    expect(evaluateCriterion(k2, f, 2024).value).toBeCloseTo(3.5, 10);
    // 220.000 kr. of 400.000 kr. is exactly 55 %: not under 55 %.
    expect(evaluateCriterion(k4, f, 2024).value).toBeCloseTo(55, 10);
    expect(evaluateCriterion(k4, f, 2024)).toMatchObject({ met: false, margin: 0 });
    const noNational = indexFigures([
      { year: 2023, convictedShare: 2.4 },
      { year: 2024, convictedShare: 2.4, nationalConvictedShare: 0.6 },
    ]);
    expect(evaluateCriterion(k2, noNational, 2024)).toMatchObject({
      met: null,
      missing: 'mangler dømte eller landsgennemsnit tal for 2023',
    });
  });
});
