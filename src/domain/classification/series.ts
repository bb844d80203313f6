import { criterionValue, type FigureIndex, yearlyCriterionValue } from './classify';
import {
  type AreaCategory,
  CRITERIA,
  type CriterionId,
  type CriterionRule,
  type LocalizedText,
  type RuleSet,
} from './rule-sets';

/** A criterion as one rule set measures it, with every category threshold it takes part in. */
export interface CriterionLine {
  id: CriterionId;
  rule: CriterionRule;
  thresholds: {
    category: AreaCategory;
    categoryLabel: string;
    categoryName: LocalizedText;
    threshold: number;
    rule: CriterionRule;
  }[];
}

/** The criteria of a rule set, each once, with the thresholds of every category that uses it. */
export function criterionLines(ruleSet: RuleSet): CriterionLine[] {
  const lines = new Map<CriterionId, CriterionLine>();
  for (const cat of ruleSet.categories) {
    if (cat.consecutiveYears) continue;
    const rules = cat.alsoRequires ? [...cat.criteria, cat.alsoRequires] : cat.criteria;
    for (const rule of rules) {
      const line = lines.get(rule.id) ?? { id: rule.id, rule, thresholds: [] };
      if (!line.thresholds.some((t) => t.threshold === rule.threshold)) {
        line.thresholds.push({
          category: cat.category,
          categoryLabel: cat.name.da,
          categoryName: cat.name,
          threshold: rule.threshold,
          rule,
        });
      }
      lines.set(rule.id, line);
    }
  }
  return CRITERIA.filter((id) => lines.has(id)).map((id) => lines.get(id) as CriterionLine);
}

export interface SeriesPoint {
  year: number;
  /** The year's own figure as the rule measures it (share, ratio or % of region). */
  yearly: number | null;
  /** The criterion value as the list uses it (the two-year mean where the law averages). */
  value: number | null;
}

/** A criterion over the years, measured the same way every year (the given rule), for charts. */
export function criterionSeries(
  rule: CriterionRule,
  index: FigureIndex,
  years: readonly number[],
): SeriesPoint[] {
  return years.map((year) => ({
    year,
    yearly: yearlyCriterionValue(rule, index, year),
    value: criterionValue(rule, index, year).value,
  }));
}

/** Least-squares line through the known points; null with fewer than two. */
export function linearTrend(
  points: readonly { x: number; y: number }[],
): { slope: number; intercept: number } | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
