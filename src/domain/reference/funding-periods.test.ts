import { describe, expect, it } from 'vitest';
import { FUNDING_PERIODS, fundingPeriodForYear } from './funding-periods';

describe('funding periods', () => {
  it('has the four mandatory focus areas of 2019-26 and the earlier sets', () => {
    const sizes = Object.fromEntries(FUNDING_PERIODS.map((p) => [p.id, p.focusAreas.length]));
    expect(sizes).toEqual({ '2011-14': 7, '2015-18': 4, '2019-26': 4 });
    expect(fundingPeriodForYear(2024)?.focusAreas.map((f) => f.name)).toEqual([
      'Uddannelse og livschancer',
      'Beskæftigelse',
      'Kriminalitetsforebyggelse',
      'Sammenhængskraft og medborgerskab',
    ]);
  });
  it('finds the period for a start year, and none outside all periods', () => {
    expect(fundingPeriodForYear(2017)?.id).toBe('2015-18');
    expect(fundingPeriodForYear(2011)?.id).toBe('2011-14');
    expect(fundingPeriodForYear(2010)).toBeUndefined();
  });
  it('has unique focus-area codes within each period', () => {
    for (const p of FUNDING_PERIODS) {
      expect(new Set(p.focusAreas.map((f) => f.code)).size).toBe(p.focusAreas.length);
    }
  });
});
