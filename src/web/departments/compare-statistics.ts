import { STATISTIC_INDICATORS, type StatisticIndicator } from '../../domain/statistics/indicators';
import type { Statistic } from '../../server/plans/plan-detail.schema';

export interface StatisticRow {
  statistic: Statistic;
  municipality: Statistic | null;
  country: Statistic | null;
}

function latest(list: Statistic[]): Statistic | null {
  return list.reduce<Statistic | null>((best, s) => (best === null || s.year > best.year ? s : best), null);
}

/**
 * The afdeling's figures in indicator order, newest year first, each beside the municipality's and
 * the country's figure for the same indicator. Same year when there is one; otherwise the newest
 * row of an indicator gets the newest comparison figure (its year is shown, so nothing is hidden).
 */
export function compareStatistics(statistics: Statistic[], comparisons: Statistic[]): StatisticRow[] {
  const order = (i: StatisticIndicator) => STATISTIC_INDICATORS.indexOf(i);
  const sorted = [...statistics].sort((a, b) => order(a.indicator) - order(b.indicator) || b.year - a.year);
  return sorted.map((statistic, index) => {
    const isNewest = index === 0 || sorted[index - 1]?.indicator !== statistic.indicator;
    const match = (scope: Statistic['scope']) => {
      const same = comparisons.filter((c) => c.scope === scope && c.indicator === statistic.indicator);
      return same.find((c) => c.year === statistic.year) ?? (isNewest ? latest(same) : null);
    };
    return { statistic, municipality: match('municipality'), country: match('country') };
  });
}

/** Indicators with no figure at all for the afdeling ("Ikke oplyst"). */
export function missingIndicators(
  statistics: Statistic[],
  known: Partial<Record<StatisticIndicator, boolean>> = {},
): StatisticIndicator[] {
  return STATISTIC_INDICATORS.filter((i) => !known[i] && !statistics.some((s) => s.indicator === i));
}
