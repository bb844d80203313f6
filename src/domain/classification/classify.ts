import {
  type AreaCategory,
  type CategoryRule,
  type Comparison,
  type CriterionId,
  type CriterionRule,
  type RuleSet,
  ruleSetForYear,
} from './rule-sets';

/**
 * One list year's inputs for an area. Shares in percent (0–100), incomes in kroner. Every field
 * is optional: a missing figure is reported as missing, never guessed.
 */
export interface YearFigures {
  year: number;
  residents?: number | null;
  nonWestern?: number | null;
  outsideWorkOrEducation?: number | null;
  convictedShare?: number | null;
  nationalConvictedShare?: number | null;
  onlyPrimarySchool?: number | null;
  averageIncome?: number | null;
  regionAverageIncome?: number | null;
  /** Populations behind the shares, to express a change as a number of residents. */
  population18to64?: number | null;
  population30to59?: number | null;
  population18plus?: number | null;
}

export interface AreaInput {
  name: string;
  figures: readonly YearFigures[];
  /** Official categories of earlier lists, where known; used for "years in a row". */
  officialHistory?: readonly { listYear: number; categories: readonly AreaCategory[] }[];
}

export type TriState = true | false | null;

export interface CriterionResult {
  id: CriterionId;
  label: string;
  comparison: Comparison;
  threshold: number;
  unit: 'percent' | 'ratio';
  value: number | null;
  met: TriState;
  /** value − threshold (points or ×), null when the value is missing. */
  margin: number | null;
  /** Why the value is missing, e.g. "mangler tal for 2023". */
  missing: string | null;
  explanation: string;
}

export interface CategoryVerdict {
  category: AreaCategory;
  label: string;
  status: 'met' | 'notMet' | 'undetermined';
  metCount: number;
  minimumMet: number;
  criteria: CriterionResult[];
  alsoRequired: CriterionResult | null;
  consecutiveYears: number | null;
  reason: string;
}

export interface Verdict {
  area: string;
  listYear: number;
  ruleSetId: string;
  eligible: TriState;
  categories: AreaCategory[];
  undetermined: AreaCategory[];
  details: CategoryVerdict[];
}

const pct = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const fmt = (v: number, unit: 'percent' | 'ratio') =>
  unit === 'percent' ? `${pct.format(v)} %` : `${pct.format(v)}×`;
const SYMBOL: Record<Comparison, string> = { greaterThan: '>', atLeast: '≥', lessThan: '<' };
const NEGATION: Record<Comparison, string> = { greaterThan: '≤', atLeast: '<', lessThan: '≥' };

export function compare(value: number, comparison: Comparison, threshold: number): boolean {
  // Rounded to 10 decimals so 40.000000001 from averaging does not pass "overstiger 40".
  const v = Math.round(value * 1e10) / 1e10;
  switch (comparison) {
    case 'greaterThan':
      return v > threshold;
    case 'atLeast':
      return v >= threshold;
    case 'lessThan':
      return v < threshold;
  }
}

function figure(figures: readonly YearFigures[], year: number, key: keyof YearFigures): number | null {
  const value = figures.find((f) => f.year === year)?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The criterion's value for the list year: averaged over the rule's years, or null + why. */
function criterionValue(
  rule: CriterionRule,
  figures: readonly YearFigures[],
  listYear: number,
): { value: number | null; missing: string | null } {
  const years = rule.averageYears === 2 ? [listYear - 1, listYear] : [listYear];
  const valueFor = (year: number): number | null => {
    switch (rule.id) {
      case 'nonWestern':
        return figure(figures, year, 'nonWestern');
      case 'outsideWorkOrEducation':
        return figure(figures, year, 'outsideWorkOrEducation');
      case 'onlyPrimarySchool':
        return figure(figures, year, 'onlyPrimarySchool');
      case 'convictions': {
        const area = figure(figures, year, 'convictedShare');
        if (rule.measure.kind === 'share') return area;
        const national = figure(figures, year, 'nationalConvictedShare');
        return area === null || national === null || national === 0 ? null : area / national;
      }
      case 'income': {
        const area = figure(figures, year, 'averageIncome');
        const regionAvg = figure(figures, year, 'regionAverageIncome');
        return area === null || regionAvg === null || regionAvg === 0 ? null : (area / regionAvg) * 100;
      }
    }
  };
  const values = years.map(valueFor);
  const missingYears = years.filter((_, i) => values[i] === null);
  if (missingYears.length > 0)
    return { value: null, missing: `mangler tal for ${missingYears.join(' og ')}` };
  const sum = values.reduce<number>((a, b) => a + (b ?? 0), 0);
  return { value: sum / values.length, missing: null };
}

export function evaluateCriterion(
  rule: CriterionRule,
  figures: readonly YearFigures[],
  listYear: number,
): CriterionResult {
  const unit = rule.measure.kind === 'ratioToNational' ? 'ratio' : 'percent';
  const { value, missing } = criterionValue(rule, figures, listYear);
  const limit = fmt(rule.threshold, unit);
  if (value === null) {
    return {
      id: rule.id,
      label: rule.label,
      comparison: rule.comparison,
      threshold: rule.threshold,
      unit,
      value: null,
      met: null,
      margin: null,
      missing,
      explanation: `Ukendt: ${missing} (grænse ${SYMBOL[rule.comparison]} ${limit})`,
    };
  }
  const met = compare(value, rule.comparison, rule.threshold);
  const margin = value - rule.threshold;
  const distance = `${pct.format(Math.abs(margin))} ${unit === 'percent' ? 'point' : ''}`.trim();
  const side = margin > 0 ? 'over' : margin < 0 ? 'under' : 'på grænsen';
  const explanation = `${fmt(value, unit)} ${met ? SYMBOL[rule.comparison] : NEGATION[rule.comparison]} ${limit}: ${
    met ? 'opfyldt' : 'ikke opfyldt'
  }${margin === 0 ? ', præcis på grænsen' : `, ${distance} ${side}`}`;
  return {
    id: rule.id,
    label: rule.label,
    comparison: rule.comparison,
    threshold: rule.threshold,
    unit,
    value,
    met,
    margin,
    missing: null,
    explanation,
  };
}

function evaluateCategory(
  rule: CategoryRule,
  area: AreaInput,
  listYear: number,
  previous: (category: AreaCategory, year: number) => TriState,
): CategoryVerdict {
  const criteria = rule.criteria.map((c) => evaluateCriterion(c, area.figures, listYear));
  const metCount = criteria.filter((c) => c.met === true).length;
  const unknownCount = criteria.filter((c) => c.met === null).length;
  const alsoRequired = rule.alsoRequires
    ? evaluateCriterion(rule.alsoRequires, area.figures, listYear)
    : null;
  let criteriaState: TriState =
    metCount >= rule.minimumMet ? true : metCount + unknownCount < rule.minimumMet ? false : null;
  if (alsoRequired?.met === false) criteriaState = false;
  else if (alsoRequired?.met === null && criteriaState !== false) criteriaState = null;

  let consecutiveYears: number | null = null;
  let status: TriState = criteriaState;
  let reason = `${metCount} af ${rule.criteria.length} kriterier opfyldt (kræver ${rule.minimumMet})`;
  if (alsoRequired) reason += `; ${alsoRequired.explanation}`;
  if (rule.consecutiveYears && status !== false) {
    const { category, years } = rule.consecutiveYears;
    let run = 0;
    let unknown = false;
    for (let y = listYear; y > listYear - years; y--) {
      const state = y === listYear ? criteriaState : previous(category, y);
      if (state === true) run++;
      else {
        unknown = state === null;
        break;
      }
    }
    consecutiveYears = run;
    status = run >= years ? true : unknown ? null : false;
    reason += `; opfyldt ${run} år i træk (kræver ${years})`;
  }
  return {
    category: rule.category,
    label: rule.label,
    status: status === true ? 'met' : status === false ? 'notMet' : 'undetermined',
    metCount,
    minimumMet: rule.minimumMet,
    criteria,
    alsoRequired,
    consecutiveYears,
    reason,
  };
}

/**
 * The verdict for one area and list year, with every criterion explained. Earlier years (for
 * "years in a row") come from the official history where given, else are computed from figures.
 */
export function classify(
  area: AreaInput,
  listYear: number,
  ruleSet: RuleSet | undefined = ruleSetForYear(listYear),
): Verdict {
  if (!ruleSet) throw new RangeError(`Ingen regelsæt for listeåret ${listYear}`);
  const memo = new Map<string, TriState>();
  const previous = (category: AreaCategory, year: number): TriState => {
    const official = area.officialHistory?.find((h) => h.listYear === year);
    if (official) return official.categories.includes(category);
    const key = `${category}:${year}`;
    if (!memo.has(key)) {
      const earlierRules = ruleSetForYear(year);
      const hasFigures = area.figures.some((f) => f.year === year);
      if (!earlierRules || !hasFigures) memo.set(key, null);
      else {
        const v = classify(area, year, earlierRules);
        memo.set(
          key,
          v.categories.includes(category) ? true : v.undetermined.includes(category) ? null : false,
        );
      }
    }
    return memo.get(key) ?? null;
  };

  const residents = figure(area.figures, listYear, 'residents');
  const eligible: TriState = residents === null ? null : residents >= ruleSet.minimumResidents;
  const details = ruleSet.categories.map((rule) => evaluateCategory(rule, area, listYear, previous));
  const isMet = (c: AreaCategory) => details.find((d) => d.category === c)?.status === 'met';
  for (const d of details) {
    const rule = ruleSet.categories.find((r) => r.category === d.category);
    if (d.status === 'met' && rule?.excludedBy?.some(isMet)) {
      d.status = 'notMet';
      d.reason += `; udpeges ikke, da området allerede er ${rule.excludedBy.map((e) => e).join('/')}`;
    }
    if (eligible === false && d.status !== 'notMet') {
      d.status = 'notMet';
      d.reason = `Under ${ruleSet.minimumResidents} beboere: ikke et boligområde efter § 61 a, stk. 3`;
    }
    if (eligible === null && d.status === 'met') {
      d.status = 'undetermined';
      d.reason += '; beboertal mangler';
    }
  }
  return {
    area: area.name,
    listYear,
    ruleSetId: ruleSet.id,
    eligible,
    categories: details.filter((d) => d.status === 'met').map((d) => d.category),
    undetermined: details.filter((d) => d.status === 'undetermined').map((d) => d.category),
    details,
  };
}
