import {
  type AreaInput,
  classify,
  compare,
  type FigureIndex,
  indexFigures,
  yearlyCriterionValue,
} from './classify';
import type { AreaCategory, Comparison, CriterionId, CriterionRule, LocalizedText } from './rule-sets';
import { ruleSetForYear } from './rule-sets';
import { criterionLines, linearTrend } from './series';
import { whatWouldChange } from './what-would-change';

/**
 * Early warning: areas within a configurable distance of a threshold, or whose trend (a straight
 * line through the last years' own figures) crosses it within the horizon at the current pace.
 */
export interface WatchOptions {
  /** Distance that counts as "close", per unit of the criterion. */
  distance: { percentPoints: number; ratio: number };
  /** Years ahead the trend is followed. */
  horizonYears: number;
  /** Years of figures the trend is drawn through (the list year and those before it). */
  trendYears: number;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = {
  distance: { percentPoints: 2, ratio: 0.25 },
  horizonYears: 2,
  trendYears: 5,
};

export interface WatchEntry {
  area: string;
  listYear: number;
  category: AreaCategory;
  categoryLabel: string;
  categoryName: LocalizedText;
  criterion: CriterionId;
  criterionLabel: string;
  unit: 'percent' | 'ratio';
  comparison: Comparison;
  threshold: number;
  value: number;
  margin: number;
  met: boolean;
  /** Close to the threshold now, and/or the trend crosses it within the horizon. */
  reasons: ('near' | 'trend')[];
  /** Change per year of the year's own figure, from the trend line. */
  slopePerYear: number | null;
  /** First list year the trend crosses the threshold, if within the horizon. */
  crossingYear: number | null;
  /** Would this criterion alone move the area in or out of the category? */
  decisive: boolean;
  /** The area is moving towards the category (or it is in it and may leave). */
  direction: 'towardsIn' | 'towardsOut';
  text: string;
}

const num = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** The rule's list value in a future year, from actual figures where known and the trend after. */
function projectedValue(
  rule: CriterionRule,
  actual: (year: number) => number | null,
  trend: { slope: number; intercept: number },
  year: number,
): number {
  const yearly = (y: number) => actual(y) ?? trend.slope * y + trend.intercept;
  const years = rule.averageYears === 2 ? [year - 1, year] : [year];
  return years.reduce((a, y) => a + yearly(y), 0) / years.length;
}

function entriesForArea(
  area: AreaInput,
  index: FigureIndex,
  listYear: number,
  options: WatchOptions,
): WatchEntry[] {
  const ruleSet = ruleSetForYear(listYear);
  if (!ruleSet) return [];
  const verdict = classify(area, listYear, ruleSet);
  if (verdict.eligible === false) return [];
  const outlook = whatWouldChange(verdict);
  const entries: WatchEntry[] = [];
  for (const line of criterionLines(ruleSet)) {
    for (const t of line.thresholds) {
      const detail = verdict.details.find((d) => d.category === t.category);
      const result = [...(detail?.criteria ?? []), detail?.alsoRequired].find(
        (c) => c?.id === line.id && c.threshold === t.threshold,
      );
      if (!result || result.value === null || result.met === null || result.margin === null) continue;
      const reasons: WatchEntry['reasons'] = [];
      const distance = result.unit === 'ratio' ? options.distance.ratio : options.distance.percentPoints;
      if (Math.abs(result.margin) <= distance) reasons.push('near');

      const actual = (y: number) => (y <= listYear ? yearlyCriterionValue(t.rule, index, y) : null);
      const points: { x: number; y: number }[] = [];
      for (let y = listYear - options.trendYears + 1; y <= listYear; y++) {
        const v = actual(y);
        if (v !== null) points.push({ x: y, y: v });
      }
      const trend = points.length >= 3 ? linearTrend(points) : null;
      let crossingYear: number | null = null;
      if (trend) {
        for (let k = 1; k <= options.horizonYears; k++) {
          const projected = projectedValue(t.rule, actual, trend, listYear + k);
          if (compare(projected, t.rule.comparison, t.threshold) !== result.met) {
            crossingYear = listYear + k;
            break;
          }
        }
      }
      if (crossingYear !== null) reasons.push('trend');
      if (reasons.length === 0) continue;
      const decisive =
        outlook.find((o) => o.category === t.category)?.changes.some((c) => c.criterion === line.id) ?? false;
      const unit = result.unit === 'ratio' ? '×' : ' point';
      const parts = [
        `${result.label}: ${num.format(result.value)}${result.unit === 'ratio' ? '×' : ' %'} mod grænsen ${num.format(t.threshold)}${result.unit === 'ratio' ? '×' : ' %'} (${num.format(Math.abs(result.margin))}${unit} ${result.margin > 0 ? 'over' : result.margin < 0 ? 'under' : 'på grænsen'})`,
      ];
      if (crossingYear !== null) parts.push(`med den nuværende udvikling krydses grænsen i ${crossingYear}`);
      entries.push({
        area: area.name,
        listYear,
        category: t.category,
        categoryLabel: t.categoryLabel,
        categoryName: t.categoryName,
        criterion: line.id,
        criterionLabel: result.label,
        unit: result.unit,
        comparison: t.rule.comparison,
        threshold: t.threshold,
        value: result.value,
        margin: result.margin,
        met: result.met,
        reasons,
        slopePerYear: trend?.slope ?? null,
        crossingYear,
        decisive,
        direction: result.met ? 'towardsOut' : 'towardsIn',
        text: parts.join('; '),
      });
    }
  }
  return entries;
}

/** The watch list for a list year over many areas: decisive entries first, then the closest. */
export function watchList(
  areas: readonly AreaInput[],
  listYear: number,
  options: WatchOptions = DEFAULT_WATCH_OPTIONS,
): WatchEntry[] {
  const entries = areas.flatMap((a) => entriesForArea(a, indexFigures(a.figures), listYear, options));
  const relative = (e: WatchEntry) =>
    e.threshold === 0 ? Math.abs(e.margin) : Math.abs(e.margin) / e.threshold;
  return entries.sort(
    (a, b) =>
      Number(b.decisive) - Number(a.decisive) ||
      relative(a) - relative(b) ||
      a.area.localeCompare(b.area, 'da') ||
      a.criterion.localeCompare(b.criterion),
  );
}
