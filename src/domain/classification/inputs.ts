import type { StatisticIndicator } from '../statistics/indicators';
import type { FigureKey, YearFigures } from './classify';

/** Which stored indicator feeds which input of the classification (facts.md §3.1). */
export const INDICATOR_FIGURE: Partial<Record<StatisticIndicator, FigureKey>> = {
  residents: 'residents',
  shareNonWesternImmigrantsDescendants: 'nonWestern',
  shareOutsideWorkOrEducation18to64: 'outsideWorkOrEducation',
  shareConvicted18plus: 'convictedShare',
  shareOnlyPrimarySchool30to59: 'onlyPrimarySchool',
  shareOnlyPrimarySchoolOrUnknown30to59: 'onlyPrimarySchoolInclUnknown',
  averageIncome15to64: 'averageIncome',
  population18to64: 'population18to64',
  population30to59: 'population30to59',
  population18plus: 'population18plus',
  shareConvicted18plusNational: 'nationalConvictedShare',
  averageIncome15to64Region: 'regionAverageIncome',
};

export const CLASSIFICATION_INDICATORS = Object.keys(INDICATOR_FIGURE) as StatisticIndicator[];

export interface StoredFigure {
  indicator: StatisticIndicator;
  year: number;
  value: number;
  /** A figure given as a range cannot decide a threshold: it counts as missing. */
  valueMax?: number | null;
}

/**
 * The yearly inputs of one area from its stored figures, with the yardsticks of the same period:
 * the national share of convicted residents 18+ and the region's average income. A yardstick
 * stored with the area's own figures (as the source gave it) wins over the country/region figure.
 */
export function yearFiguresFrom(
  own: readonly StoredFigure[],
  nationalConvicted: ReadonlyMap<number, number>,
  regionIncome: ReadonlyMap<number, number>,
): YearFigures[] {
  const byYear = new Map<number, YearFigures>();
  const yearOf = (year: number) => {
    let f = byYear.get(year);
    if (!f) {
      f = {
        year,
        nationalConvictedShare: nationalConvicted.get(year) ?? null,
        regionAverageIncome: regionIncome.get(year) ?? null,
      };
      byYear.set(year, f);
    }
    return f;
  };
  for (const s of own) {
    const key = INDICATOR_FIGURE[s.indicator];
    if (!key) continue;
    const f = yearOf(s.year);
    f[key] = s.valueMax != null && s.valueMax !== s.value ? null : s.value;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
