import {
  AREA_CATEGORIES,
  type AreaCategory,
  type CategoryRule,
  type Comparison,
  type CriterionId,
  type CriterionRule,
  type LocalizedText,
  type RuleSet,
  ruleSetForYear,
} from './rule-sets';

/**
 * One year's inputs for an area (the figures that feed that year's 1 December list). Shares in
 * percent (0–100), incomes in kroner. Every field is optional: a missing figure is reported as
 * missing, never guessed.
 */
export interface YearFigures {
  year: number;
  residents?: number | null;
  nonWestern?: number | null;
  outsideWorkOrEducation?: number | null;
  convictedShare?: number | null;
  /** The national share of convicted residents 18+ in the same period (the K2 yardstick). */
  nationalConvictedShare?: number | null;
  onlyPrimarySchool?: number | null;
  /** 2013–2017 rules: residents 30–59 with only grundskole, unknown education counted in. */
  onlyPrimarySchoolInclUnknown?: number | null;
  averageIncome?: number | null;
  /** The region's average for the same group and period (the K4 yardstick). */
  regionAverageIncome?: number | null;
  /** Populations behind the shares, to express a change as a number of residents. */
  population18to64?: number | null;
  population30to59?: number | null;
  population18plus?: number | null;
}

export type FigureKey = Exclude<keyof YearFigures, 'year'>;

/** An official list's word on one category in one year (overrides what the figures say). */
export interface OfficialListing {
  listYear: number;
  category: AreaCategory;
  listed: boolean;
  source?: string | null;
}

export interface AreaInput {
  name: string;
  figures: readonly YearFigures[];
  /** Official categories of whole earlier lists, where known; used for "years in a row". */
  officialHistory?: readonly { listYear: number; categories: readonly AreaCategory[] }[];
  /** Single official facts ("on the ghetto list 2019"), where the whole list is not known. */
  officialListings?: readonly OfficialListing[];
}

export type TriState = true | false | null;
export type CriterionUnit = 'percent' | 'ratio';

export interface CriterionResult {
  id: CriterionId;
  label: string;
  comparison: Comparison;
  threshold: number;
  unit: CriterionUnit;
  value: number | null;
  met: TriState;
  /** value − threshold (points or ×), null when the value is missing. */
  margin: number | null;
  /** Why the value is missing, e.g. "mangler tal for 2023". */
  missing: string | null;
  explanation: string;
  /** The years whose figures were averaged (one year when the law gives no average). */
  years: number[];
  /**
   * How much the list year's own figure moves per unit of the criterion value: 2 for a
   * two-year mean of a share, × the national share for a ratio, × region income / 100 for K4.
   */
  figurePerUnit: number | null;
  /** Unit of that figure: share points, or kroner for income. */
  figureUnit: 'points' | 'kroner';
  /** Residents behind the share (for "N beboere"), null when unknown or not a head count. */
  population: number | null;
  source: string;
}

export interface CategoryVerdict {
  category: AreaCategory;
  /** The Danish name of the category under the list year's rule set (= name.da). */
  label: string;
  /** The name under the list year's rule set, Danish and English. */
  name: LocalizedText;
  /** For a category built on years in a row: the category those years are counted in. */
  basedOn: AreaCategory | null;
  status: 'met' | 'notMet' | 'undetermined';
  metCount: number;
  minimumMet: number;
  criteria: CriterionResult[];
  alsoRequired: CriterionResult | null;
  consecutiveYears: number | null;
  /** For categories built on years in a row: how many the law requires. */
  requiredYears: number | null;
  /** Categories that, when met, keep the area out of this one (udsat before forebyggelse). */
  excludedBy: AreaCategory[];
  reason: string;
  source: string;
}

export type CategoryChange = 'entering' | 'leaving' | 'staying' | 'outside' | 'unknown';

export interface CategoryHistory {
  category: AreaCategory;
  /** This list year's status and last year's (from the official list where known). */
  now: TriState;
  lastYear: TriState;
  change: CategoryChange;
  /** Consecutive list years in the category up to and including this one. */
  yearsInARow: number;
  /** True when the run may be longer: an earlier year is unknown. */
  yearsInARowAtLeast: boolean;
}

export interface Verdict {
  area: string;
  listYear: number;
  ruleSetId: string;
  eligible: TriState;
  residents: number | null;
  minimumResidents: number;
  categories: AreaCategory[];
  undetermined: AreaCategory[];
  details: CategoryVerdict[];
  history: CategoryHistory[];
}

const pct = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const fmt = (v: number, unit: CriterionUnit) =>
  unit === 'percent' ? `${pct.format(v)} %` : `${pct.format(v)}×`;
export const SYMBOL: Record<Comparison, string> = { greaterThan: '>', atLeast: '≥', lessThan: '<' };
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

/** Index of an area's figures by year, so no lookup depends on the order they were given in. */
export type FigureIndex = ReadonlyMap<number, YearFigures>;

export function indexFigures(figures: readonly YearFigures[]): FigureIndex {
  const index = new Map<number, YearFigures>();
  for (const f of figures) index.set(f.year, { ...index.get(f.year), ...f });
  return index;
}

export function figureOf(index: FigureIndex, year: number, key: FigureKey): number | null {
  const value = index.get(year)?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Which population a criterion's share counts, to turn a change in points into residents. */
const POPULATION: Record<CriterionId, FigureKey | null> = {
  nonWestern: 'residents',
  outsideWorkOrEducation: 'population18to64',
  convictions: 'population18plus',
  onlyPrimarySchool: 'population30to59',
  income: null,
};

/** One year's value of a criterion as the rule measures it (before averaging), or null. */
export function yearlyCriterionValue(rule: CriterionRule, index: FigureIndex, year: number): number | null {
  switch (rule.measure.kind) {
    case 'share':
      return figureOf(index, year, rule.measure.figure);
    case 'ratioToNational': {
      const area = figureOf(index, year, 'convictedShare');
      const national = figureOf(index, year, 'nationalConvictedShare');
      return area === null || national === null || national === 0 ? null : area / national;
    }
    case 'percentOfRegion': {
      const area = figureOf(index, year, 'averageIncome');
      const region = figureOf(index, year, 'regionAverageIncome');
      return area === null || region === null || region === 0 ? null : (area / region) * 100;
    }
  }
}

const MISSING_WHAT: Record<string, string> = {
  ratioToNational: 'dømte eller landsgennemsnit',
  percentOfRegion: 'indkomst eller regionens gennemsnit',
};

/** The criterion's value for the list year: averaged over the rule's years, or null + why. */
export function criterionValue(
  rule: CriterionRule,
  index: FigureIndex,
  listYear: number,
): { value: number | null; missing: string | null; years: number[] } {
  const years = rule.averageYears === 2 ? [listYear - 1, listYear] : [listYear];
  const values = years.map((y) => yearlyCriterionValue(rule, index, y));
  const missingYears = years.filter((_, i) => values[i] === null);
  if (missingYears.length > 0) {
    const what = MISSING_WHAT[rule.measure.kind];
    return {
      value: null,
      missing: `mangler ${what ? `${what} ` : ''}tal for ${missingYears.join(' og ')}`,
      years,
    };
  }
  const sum = values.reduce<number>((a, b) => a + (b ?? 0), 0);
  return { value: sum / values.length, missing: null, years };
}

function figurePerUnit(rule: CriterionRule, index: FigureIndex, listYear: number): number | null {
  const n = rule.averageYears;
  switch (rule.measure.kind) {
    case 'share':
      return n;
    case 'ratioToNational': {
      const national = figureOf(index, listYear, 'nationalConvictedShare');
      return national === null ? null : n * national;
    }
    case 'percentOfRegion': {
      const region = figureOf(index, listYear, 'regionAverageIncome');
      return region === null ? null : (n * region) / 100;
    }
  }
}

export function evaluateCriterion(
  rule: CriterionRule,
  index: FigureIndex,
  listYear: number,
): CriterionResult {
  const unit: CriterionUnit = rule.measure.kind === 'ratioToNational' ? 'ratio' : 'percent';
  const { value, missing, years } = criterionValue(rule, index, listYear);
  const limit = fmt(rule.threshold, unit);
  const populationKey = rule.measure.kind === 'percentOfRegion' ? null : POPULATION[rule.id];
  const common = {
    id: rule.id,
    label: rule.label,
    comparison: rule.comparison,
    threshold: rule.threshold,
    unit,
    years,
    figurePerUnit: figurePerUnit(rule, index, listYear),
    figureUnit: rule.measure.kind === 'percentOfRegion' ? ('kroner' as const) : ('points' as const),
    population: populationKey ? figureOf(index, listYear, populationKey) : null,
    source: rule.source,
  };
  if (value === null) {
    return {
      ...common,
      value: null,
      met: null,
      margin: null,
      missing,
      explanation: `Ukendt: ${missing} (grænse ${SYMBOL[rule.comparison]} ${limit})`,
    };
  }
  const met = compare(value, rule.comparison, rule.threshold);
  const margin = Math.round((value - rule.threshold) * 1e10) / 1e10;
  const distance = `${pct.format(Math.abs(margin))}${unit === 'percent' ? ' point' : '×'}`;
  const side = margin > 0 ? 'over' : 'under';
  const explanation = `${fmt(value, unit)} ${met ? SYMBOL[rule.comparison] : NEGATION[rule.comparison]} ${limit}: ${
    met ? 'opfyldt' : 'ikke opfyldt'
  }${margin === 0 ? ', præcis på grænsen' : `, ${distance} ${side}`}`;
  return { ...common, value, met, margin, missing: null, explanation };
}

type Previous = (category: AreaCategory, year: number) => TriState;

/** Consecutive years in `category` ending with `listYear` (whose state is `now`). */
function runLength(
  now: TriState,
  category: AreaCategory,
  listYear: number,
  previous: Previous,
  limit: number,
): { run: number; unknownBefore: boolean } {
  if (now !== true) return { run: 0, unknownBefore: now === null };
  let run = 1;
  for (let y = listYear - 1; run < limit; y--) {
    const state = previous(category, y);
    if (state === true) run++;
    else return { run, unknownBefore: state === null };
  }
  return { run, unknownBefore: false };
}

function evaluateCategory(
  rule: CategoryRule,
  index: FigureIndex,
  listYear: number,
  previous: Previous,
): CategoryVerdict {
  const criteria = rule.criteria.map((c) => evaluateCriterion(c, index, listYear));
  const metCount = criteria.filter((c) => c.met === true).length;
  const unknownCount = criteria.filter((c) => c.met === null).length;
  const alsoRequired = rule.alsoRequires ? evaluateCriterion(rule.alsoRequires, index, listYear) : null;
  let criteriaState: TriState =
    metCount >= rule.minimumMet ? true : metCount + unknownCount < rule.minimumMet ? false : null;
  if (alsoRequired?.met === false) criteriaState = false;
  else if (alsoRequired?.met === null && criteriaState !== false) criteriaState = null;

  let consecutiveYears: number | null = null;
  let status: TriState = criteriaState;
  let reason = `${metCount} af ${rule.criteria.length} kriterier opfyldt (kræver ${rule.minimumMet})`;
  if (alsoRequired) reason += `; ${alsoRequired.explanation}`;
  if (rule.consecutiveYears) {
    const { category, years } = rule.consecutiveYears;
    const { run, unknownBefore } = runLength(criteriaState, category, listYear, previous, years);
    consecutiveYears = run;
    status = criteriaState === false ? false : run >= years ? true : unknownBefore ? null : false;
    reason += `; opfyldt ${run} år i træk (kræver ${years})`;
  }
  return {
    category: rule.category,
    label: rule.name.da,
    name: rule.name,
    basedOn: rule.consecutiveYears?.category ?? null,
    status: status === true ? 'met' : status === false ? 'notMet' : 'undetermined',
    metCount,
    minimumMet: rule.minimumMet,
    criteria,
    alsoRequired,
    consecutiveYears,
    requiredYears: rule.consecutiveYears?.years ?? null,
    excludedBy: [...(rule.excludedBy ?? [])],
    reason,
    source: rule.source,
  };
}

const stateOf = (v: Verdict, c: AreaCategory): TriState =>
  v.categories.includes(c) ? true : v.undetermined.includes(c) ? null : false;

/** Years back that "years in a row" looks (no rule needs more than five). */
const HISTORY_DEPTH = 15;

/**
 * The verdict for one area and list year, with every criterion explained, years in a row on each
 * list and the change since last year. Earlier years come from the official lists where given,
 * else are computed from the figures under the rule set of that year.
 */
export function classify(
  area: AreaInput,
  listYear: number,
  ruleSet: RuleSet | undefined = ruleSetForYear(listYear),
): Verdict {
  if (!ruleSet) throw new RangeError(`Ingen regelsæt for listeåret ${listYear}`);
  return classifyWith(area, indexFigures(area.figures), listYear, ruleSet, new Map());
}

/**
 * Verdicts of several list years for one area, sharing the earlier years' verdicts (what "years
 * in a row" needs), so a whole history costs one classification per year.
 */
export function classifyYears(area: AreaInput, listYears: readonly number[]): Verdict[] {
  const index = indexFigures(area.figures);
  const memo = new Map<number, Verdict | null>();
  return [...listYears]
    .sort((a, b) => a - b)
    .map((year) => {
      const ruleSet = ruleSetForYear(year);
      if (!ruleSet) throw new RangeError(`Ingen regelsæt for listeåret ${year}`);
      const cached = memo.get(year);
      if (cached) return cached;
      const verdict = classifyWith(area, index, year, ruleSet, memo);
      memo.set(year, verdict);
      return verdict;
    });
}

function classifyWith(
  area: AreaInput,
  index: FigureIndex,
  listYear: number,
  ruleSet: RuleSet,
  memo: Map<number, Verdict | null>,
): Verdict {
  const previous: Previous = (category, year) => {
    const listing = area.officialListings?.find((l) => l.listYear === year && l.category === category);
    if (listing) return listing.listed;
    const official = area.officialHistory?.find((h) => h.listYear === year);
    if (official) return official.categories.includes(category);
    if (!memo.has(year)) {
      const earlierRules = ruleSetForYear(year);
      memo.set(
        year,
        earlierRules && index.has(year) ? classifyWith(area, index, year, earlierRules, memo) : null,
      );
    }
    const earlier = memo.get(year);
    if (!earlier) return null;
    // A category the earlier rule set did not have (forebyggelse before 2021) was simply not given.
    if (!earlier.details.some((d) => d.category === category)) return false;
    return stateOf(earlier, category);
  };

  const residents = figureOf(index, listYear, 'residents');
  const eligible: TriState = residents === null ? null : residents >= ruleSet.minimumResidents;
  const details = ruleSet.categories.map((rule) => evaluateCategory(rule, index, listYear, previous));
  const isMet = (c: AreaCategory) => details.find((d) => d.category === c)?.status === 'met';
  for (const d of details) {
    const rule = ruleSet.categories.find((r) => r.category === d.category);
    const excluding = rule?.excludedBy?.filter(isMet) ?? [];
    if (d.status === 'met' && excluding.length > 0) {
      d.status = 'notMet';
      const labels = excluding.map((e) => details.find((x) => x.category === e)?.label.toLowerCase() ?? e);
      d.reason += `; udpeges ikke, da området allerede er ${labels.join('/')}`;
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
  const base = {
    area: area.name,
    listYear,
    ruleSetId: ruleSet.id,
    eligible,
    residents,
    minimumResidents: ruleSet.minimumResidents,
    categories: details.filter((d) => d.status === 'met').map((d) => d.category),
    undetermined: details.filter((d) => d.status === 'undetermined').map((d) => d.category),
    details,
  };
  const history = details.map((d): CategoryHistory => {
    const now = stateOf({ ...base, history: [] }, d.category);
    const lastYear = previous(d.category, listYear - 1);
    const { run, unknownBefore } = runLength(now, d.category, listYear, previous, HISTORY_DEPTH);
    const change: CategoryChange =
      now === null || lastYear === null
        ? 'unknown'
        : now && lastYear
          ? 'staying'
          : now
            ? 'entering'
            : lastYear
              ? 'leaving'
              : 'outside';
    return {
      category: d.category,
      now,
      lastYear,
      change,
      yearsInARow: run,
      yearsInARowAtLeast: unknownBefore,
    };
  });
  return { ...base, history };
}

/** Categories in the fixed order of the law (for stable output). */
export const sortCategories = (cs: Iterable<AreaCategory>): AreaCategory[] =>
  AREA_CATEGORIES.filter((c) => [...cs].includes(c));
