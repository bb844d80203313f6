import { sumDecimals } from '../numbers/decimal';
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
  for (const f of figures) {
    // Rows are only read, so a year given once is kept as given; a year given twice is merged.
    const earlier = index.get(f.year);
    index.set(f.year, earlier ? { ...earlier, ...f } : f);
  }
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
  const value = criterionNumber(rule, index, listYear);
  if (value === null) {
    const missingYears = years.filter((y) => yearlyCriterionValue(rule, index, y) === null);
    const what = MISSING_WHAT[rule.measure.kind];
    return {
      value: null,
      missing: `mangler ${what ? `${what} ` : ''}tal for ${missingYears.join(' og ')}`,
      years,
    };
  }
  return { value, missing: null, years };
}

/** The criterion's value for the list year (the mean over the rule's years), or null if a year is missing. */
function criterionNumber(rule: CriterionRule, index: FigureIndex, listYear: number): number | null {
  const current = yearlyCriterionValue(rule, index, listYear);
  if (current === null) return null;
  if (rule.averageYears !== 2) return current;
  const before = yearlyCriterionValue(rule, index, listYear - 1);
  // Exact in decimals (46.8 + 47 is 93.8, not 93.80000000000001), so a mean of shares given in
  // tenths comes out in hundredths (decision 018); ratios keep their full precision.
  return before === null ? null : sumDecimals([before, current]) / 2;
}

/** Whether the criterion is met in the list year, without the explanation (earlier years). */
function criterionMet(rule: CriterionRule, index: FigureIndex, listYear: number): TriState {
  const value = criterionNumber(rule, index, listYear);
  return value === null ? null : compare(value, rule.comparison, rule.threshold);
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

/** A rule's threshold as text ("40 %", "2×"), formatted once per rule. */
const limitText = new WeakMap<CriterionRule, string>();

export function evaluateCriterion(
  rule: CriterionRule,
  index: FigureIndex,
  listYear: number,
): CriterionResult {
  const unit: CriterionUnit = rule.measure.kind === 'ratioToNational' ? 'ratio' : 'percent';
  const { value, missing, years } = criterionValue(rule, index, listYear);
  let limit = limitText.get(rule);
  if (limit === undefined) {
    limit = fmt(rule.threshold, unit);
    limitText.set(rule, limit);
  }
  const populationKey = rule.measure.kind === 'percentOfRegion' ? null : POPULATION[rule.id];
  let met: TriState = null;
  let margin: number | null = null;
  let explanation: string;
  if (value === null) {
    explanation = `Ukendt: ${missing} (grænse ${SYMBOL[rule.comparison]} ${limit})`;
  } else {
    met = compare(value, rule.comparison, rule.threshold);
    margin = Math.round((value - rule.threshold) * 1e10) / 1e10;
    const distance = `${pct.format(Math.abs(margin))}${unit === 'percent' ? ' point' : '×'}`;
    const side = margin > 0 ? 'over' : 'under';
    explanation = `${fmt(value, unit)} ${met ? SYMBOL[rule.comparison] : NEGATION[rule.comparison]} ${limit}: ${
      met ? 'opfyldt' : 'ikke opfyldt'
    }${margin === 0 ? ', præcis på grænsen' : `, ${distance} ${side}`}`;
  }
  // One object literal in the response schema's key order (no spreads: this runs for every criterion).
  return {
    id: rule.id,
    label: rule.label,
    comparison: rule.comparison,
    threshold: rule.threshold,
    unit,
    value,
    met,
    margin,
    missing: value === null ? missing : null,
    explanation,
    years,
    figurePerUnit: figurePerUnit(rule, index, listYear),
    figureUnit: rule.measure.kind === 'percentOfRegion' ? 'kroner' : 'points',
    population: populationKey ? figureOf(index, listYear, populationKey) : null,
    source: rule.source,
  };
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

/** A category's state from its criteria's states, before exclusions and the residents' minimum. */
interface CategoryState {
  metCount: number;
  status: TriState;
  /** Years in a row, for a category built on them. */
  consecutiveYears: number | null;
}

/**
 * The one decision of a category's state, shared by the explained verdict of the list year and
 * the bare states of earlier years (so both always agree).
 */
function categoryState(
  rule: CategoryRule,
  met: readonly TriState[],
  alsoMet: TriState | undefined,
  listYear: number,
  previous: Previous,
): CategoryState {
  let metCount = 0;
  let unknownCount = 0;
  for (const m of met) {
    if (m === true) metCount++;
    else if (m === null) unknownCount++;
  }
  let criteriaState: TriState =
    metCount >= rule.minimumMet ? true : metCount + unknownCount < rule.minimumMet ? false : null;
  if (alsoMet === false) criteriaState = false;
  else if (alsoMet === null && criteriaState !== false) criteriaState = null;
  if (!rule.consecutiveYears) return { metCount, status: criteriaState, consecutiveYears: null };
  const { category, years } = rule.consecutiveYears;
  const { run, unknownBefore } = runLength(criteriaState, category, listYear, previous, years);
  const status = criteriaState === false ? false : run >= years ? true : unknownBefore ? null : false;
  return { metCount, status, consecutiveYears: run };
}

/** What overrides a category's own state, in the order it is applied (and explained). */
type Override =
  | { kind: 'excluded'; by: AreaCategory[] }
  | { kind: 'tooFewResidents' }
  | { kind: 'residentsMissing' };

/**
 * Applies the exclusions (udsat before forebyggelse) and the residents' minimum to the states of
 * a rule set's categories, in the rule set's order; returns the overrides applied to each.
 */
function settle(ruleSet: RuleSet, status: TriState[], eligible: TriState): Override[][] {
  const overrides: Override[][] = ruleSet.categories.map(() => []);
  const isMet = (c: AreaCategory) => {
    const i = ruleSet.categories.findIndex((r) => r.category === c);
    return i >= 0 && status[i] === true;
  };
  ruleSet.categories.forEach((rule, i) => {
    const excluding = rule.excludedBy?.filter(isMet) ?? [];
    const notes = overrides[i] as Override[];
    if (status[i] === true && excluding.length > 0) {
      status[i] = false;
      notes.push({ kind: 'excluded', by: excluding });
    }
    if (eligible === false && status[i] !== false) {
      status[i] = false;
      notes.push({ kind: 'tooFewResidents' });
    }
    if (eligible === null && status[i] === true) {
      status[i] = null;
      notes.push({ kind: 'residentsMissing' });
    }
  });
  return overrides;
}

const eligibility = (index: FigureIndex, listYear: number, ruleSet: RuleSet): TriState => {
  const residents = figureOf(index, listYear, 'residents');
  return residents === null ? null : residents >= ruleSet.minimumResidents;
};

/** An earlier list year as "years in a row" and "last year" read it: only each category's state. */
interface YearStates {
  states: ReadonlyMap<AreaCategory, TriState>;
}

type StateMemo = Map<number, YearStates | null>;

/** The states of a list year's categories from the figures, with no explanations. */
function yearStates(
  area: AreaInput,
  index: FigureIndex,
  listYear: number,
  ruleSet: RuleSet,
  memo: StateMemo,
): YearStates {
  const previous = previousOf(area, index, memo);
  const status = ruleSet.categories.map(
    (rule) =>
      categoryState(
        rule,
        rule.criteria.map((c) => criterionMet(c, index, listYear)),
        rule.alsoRequires ? criterionMet(rule.alsoRequires, index, listYear) : undefined,
        listYear,
        previous,
      ).status,
  );
  settle(ruleSet, status, eligibility(index, listYear, ruleSet));
  return { states: new Map(ruleSet.categories.map((r, i) => [r.category, status[i] ?? null])) };
}

/**
 * An area's state in a category in an earlier list year: from the official lists where given,
 * else from the figures under that year's rule set (computed once per year and kept in `memo`).
 */
function previousOf(area: AreaInput, index: FigureIndex, memo: StateMemo): Previous {
  return (category, year) => {
    const listing = area.officialListings?.find((l) => l.listYear === year && l.category === category);
    if (listing) return listing.listed;
    const official = area.officialHistory?.find((h) => h.listYear === year);
    if (official) return official.categories.includes(category);
    if (!memo.has(year)) {
      const earlierRules = ruleSetForYear(year);
      memo.set(
        year,
        earlierRules && index.has(year) ? yearStates(area, index, year, earlierRules, memo) : null,
      );
    }
    const earlier = memo.get(year);
    if (!earlier) return null;
    // A category the earlier rule set did not have (forebyggelse before 2021) was simply not given.
    return earlier.states.has(category) ? (earlier.states.get(category) ?? null) : false;
  };
}

/** Years back that "years in a row" looks (no rule needs more than five). */
const HISTORY_DEPTH = 15;

/**
 * The verdict for one area and list year, with every criterion explained, years in a row on each
 * list and the change since last year. Earlier years come from the official lists where given,
 * else are computed from the figures under the rule set of that year (their states only).
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
 * Verdicts of several list years for one area, sharing the earlier years' states (what "years
 * in a row" needs), so a whole history costs one classification per year.
 */
export function classifyYears(area: AreaInput, listYears: readonly number[]): Verdict[] {
  const index = indexFigures(area.figures);
  const memo: StateMemo = new Map();
  const verdicts = new Map<number, Verdict>();
  return [...listYears]
    .sort((a, b) => a - b)
    .map((year) => {
      const ruleSet = ruleSetForYear(year);
      if (!ruleSet) throw new RangeError(`Ingen regelsæt for listeåret ${year}`);
      const cached = verdicts.get(year);
      if (cached) return cached;
      const verdict = classifyWith(area, index, year, ruleSet, memo);
      verdicts.set(year, verdict);
      return verdict;
    });
}

function classifyWith(
  area: AreaInput,
  index: FigureIndex,
  listYear: number,
  ruleSet: RuleSet,
  memo: StateMemo,
): Verdict {
  const previous = previousOf(area, index, memo);
  const residents = figureOf(index, listYear, 'residents');
  const eligible = eligibility(index, listYear, ruleSet);
  const evaluated = ruleSet.categories.map((rule) => {
    const criteria = rule.criteria.map((c) => evaluateCriterion(c, index, listYear));
    const alsoRequired = rule.alsoRequires ? evaluateCriterion(rule.alsoRequires, index, listYear) : null;
    const state = categoryState(
      rule,
      criteria.map((c) => c.met),
      alsoRequired?.met,
      listYear,
      previous,
    );
    return { rule, criteria, alsoRequired, state };
  });
  const status = evaluated.map((e) => e.state.status);
  const overrides = settle(ruleSet, status, eligible);
  const details = evaluated.map(({ rule, criteria, alsoRequired, state }, i): CategoryVerdict => {
    let reason = `${state.metCount} af ${rule.criteria.length} kriterier opfyldt (kræver ${rule.minimumMet})`;
    if (alsoRequired) reason += `; ${alsoRequired.explanation}`;
    if (rule.consecutiveYears)
      reason += `; opfyldt ${state.consecutiveYears} år i træk (kræver ${rule.consecutiveYears.years})`;
    for (const o of overrides[i] ?? []) {
      if (o.kind === 'excluded') {
        const labels = o.by.map(
          (e) => ruleSet.categories.find((x) => x.category === e)?.name.da.toLowerCase() ?? e,
        );
        reason += `; udpeges ikke, da området allerede er ${labels.join('/')}`;
      } else if (o.kind === 'tooFewResidents') {
        reason = `Under ${ruleSet.minimumResidents} beboere: ikke et boligområde efter § 61 a, stk. 3`;
      } else {
        reason += '; beboertal mangler';
      }
    }
    const s = status[i] ?? null;
    return {
      category: rule.category,
      label: rule.name.da,
      name: rule.name,
      basedOn: rule.consecutiveYears?.category ?? null,
      status: s === true ? 'met' : s === false ? 'notMet' : 'undetermined',
      metCount: state.metCount,
      minimumMet: rule.minimumMet,
      criteria,
      alsoRequired,
      consecutiveYears: state.consecutiveYears,
      requiredYears: rule.consecutiveYears?.years ?? null,
      excludedBy: [...(rule.excludedBy ?? [])],
      reason,
      source: rule.source,
    };
  });
  // The list year's own states, for a later year of the same run (classifyYears); as from yearStates.
  if (!memo.has(listYear) && index.has(listYear))
    memo.set(listYear, {
      states: new Map(ruleSet.categories.map((r, i) => [r.category, status[i] ?? null])),
    });
  const history = details.map((d, i): CategoryHistory => {
    const now = status[i] ?? null;
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
  return {
    area: area.name,
    listYear,
    ruleSetId: ruleSet.id,
    eligible,
    residents,
    minimumResidents: ruleSet.minimumResidents,
    categories: details.filter((d) => d.status === 'met').map((d) => d.category),
    undetermined: details.filter((d) => d.status === 'undetermined').map((d) => d.category),
    details,
    history,
  };
}

/** Categories in the fixed order of the law (for stable output). */
export const sortCategories = (cs: Iterable<AreaCategory>): AreaCategory[] =>
  AREA_CATEGORIES.filter((c) => [...cs].includes(c));
