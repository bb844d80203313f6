import { describe, expect, it } from 'vitest';
import type { Statistic } from '../../server/plans/plan-detail.schema';
import { compareStatistics, missingIndicators } from './compare-statistics';

let n = 0;
function stat(p: Pick<Statistic, 'scope' | 'indicator' | 'year' | 'value'>): Statistic {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    valueMax: null,
    isApproximate: false,
    referencePeriod: null,
    note: null,
    source: 'test',
    citation: { text: 'test', note: 'test', documents: [] },
    ...p,
  };
}

describe('compareStatistics', () => {
  const own = [
    stat({ scope: 'department', indicator: 'householdIncomePerPerson', year: 2018, value: 170000 }),
    stat({ scope: 'department', indicator: 'shareOutsideWorkOrEducation18to64', year: 2017, value: 46 }),
    stat({ scope: 'department', indicator: 'shareOutsideWorkOrEducation18to64', year: 2019, value: 44.1 }),
  ];
  const comparisons = [
    stat({ scope: 'municipality', indicator: 'householdIncomePerPerson', year: 2018, value: 328000 }),
    stat({ scope: 'country', indicator: 'shareOutsideWorkOrEducation18to64', year: 2020, value: 20 }),
  ];

  it('orders by indicator, newest year first', () => {
    const rows = compareStatistics(own, comparisons);
    expect(rows.map((r) => [r.statistic.indicator, r.statistic.year])).toEqual([
      ['shareOutsideWorkOrEducation18to64', 2019],
      ['shareOutsideWorkOrEducation18to64', 2017],
      ['householdIncomePerPerson', 2018],
    ]);
  });

  it('pairs the same year, or the newest comparison on the newest row only', () => {
    const rows = compareStatistics(own, comparisons);
    expect(rows[0]?.country?.year).toBe(2020);
    expect(rows[1]?.country).toBeNull();
    expect(rows[2]?.municipality?.value).toBe(328000);
    expect(rows[2]?.country).toBeNull();
  });

  it('lists indicators without figures, leaving out those known otherwise', () => {
    const missing = missingIndicators(own, { units: true });
    expect(missing).toContain('residents');
    expect(missing).not.toContain('units');
    expect(missing).not.toContain('householdIncomePerPerson');
  });
});
