import { type CategoryVerdict, type CriterionResult, compare, type Verdict } from './classify';
import type { AreaCategory, Comparison, CriterionId } from './rule-sets';

/**
 * "What would change the verdict": for each category, the smallest change in ONE criterion that
 * moves the area in (when it is outside) or out (when it is in). Expressed on the criterion's own
 * scale, on the list year's own figure (a two-year mean moves half as fast as this year's
 * figure) and, where the population behind a share is known, as a number of residents.
 */
export interface VerdictChange {
  category: AreaCategory;
  categoryLabel: string;
  /** Into the category, or out of it. */
  direction: 'in' | 'out';
  criterion: CriterionId;
  criterionLabel: string;
  unit: 'percent' | 'ratio';
  value: number;
  threshold: number;
  comparison: Comparison;
  /** Signed change of the criterion value needed (points or ×). */
  change: number;
  /** True when the change must be strictly larger than `change` ("overstiger"/"under"). */
  strictlyMore: boolean;
  /** Signed change of this year's own figure (points, or kroner per person for income). */
  figureChange: number | null;
  figureUnit: 'points' | 'kroner';
  /** Residents who would have to move across the line in this year's figure, where known. */
  residents: number | null;
  /** |change| relative to the threshold: used to rank the candidates. */
  relativeSize: number;
  /** The smallest of the candidates for this category. */
  smallest: boolean;
  text: string;
}

export interface CategoryOutlook {
  category: AreaCategory;
  categoryLabel: string;
  status: CategoryVerdict['status'];
  changes: VerdictChange[];
  /** Why no single change moves the area, when none does. */
  note: string | null;
}

const num = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const int = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** The change that flips one criterion, or null when its value is unknown. */
function flip(
  c: CriterionResult,
): Omit<VerdictChange, 'category' | 'categoryLabel' | 'direction' | 'smallest' | 'text'> | null {
  if (c.value === null || c.met === null) return null;
  const gap = c.threshold - c.value;
  // Which way, and whether the law's word makes the boundary itself count.
  let strictlyMore: boolean;
  if (c.comparison === 'greaterThan')
    strictlyMore = !c.met; // to exceed: more than; to stop: reach ≤
  else if (c.comparison === 'atLeast')
    strictlyMore = c.met; // to reach: at least; to fall: below
  else strictlyMore = !c.met; // "under": to get under: more than; to leave: reach ≥
  const change = gap;
  const figureChange = c.figurePerUnit === null ? null : change * c.figurePerUnit;
  let residents: number | null = null;
  if (figureChange !== null && c.figureUnit === 'points' && c.population !== null && c.population > 0) {
    const exact = (Math.abs(figureChange) / 100) * c.population;
    const rounded = Math.round(exact * 1e9) / 1e9;
    residents = strictlyMore ? Math.floor(rounded) + 1 : Math.ceil(rounded);
  }
  return {
    criterion: c.id,
    criterionLabel: c.label,
    unit: c.unit,
    value: c.value,
    threshold: c.threshold,
    comparison: c.comparison,
    change,
    strictlyMore,
    figureChange,
    figureUnit: c.figureUnit,
    residents,
    relativeSize: c.threshold === 0 ? Math.abs(change) : Math.abs(change) / c.threshold,
  };
}

function describe(ch: Omit<VerdictChange, 'smallest' | 'text'>, listYear: number): string {
  const up = ch.change > 0;
  const amount =
    ch.unit === 'percent'
      ? `${num.format(Math.abs(ch.change))} point`
      : `${num.format(Math.abs(ch.change))}×`;
  const more = ch.strictlyMore ? 'mere end ' : '';
  let text = `${ch.criterionLabel} skal ${up ? 'stige' : 'falde'} ${more}${amount}`;
  if (ch.figureChange !== null && ch.figureUnit === 'kroner') {
    text += ` (${int.format(Math.abs(ch.figureChange))} kr. ${up ? 'mere' : 'mindre'} i gennemsnit i ${listYear})`;
  } else if (ch.residents !== null) {
    text += ` (${int.format(ch.residents)} beboere ${up ? 'flere' : 'færre'} i ${listYear}-tallet)`;
  } else if (ch.figureChange !== null && ch.figureChange !== ch.change) {
    text += ` (${num.format(Math.abs(ch.figureChange))} point i ${listYear}-tallet)`;
  }
  return `${text} for at området ${ch.direction === 'in' ? 'bliver' : 'ikke længere er'} ${ch.categoryLabel.toLowerCase()}`;
}

/**
 * Would moving this criterion past `d`'s threshold also complete a category that keeps the area
 * out of `d` (udsat before forebyggelse)? Then the change lands the area there instead.
 */
function landsInExcluding(d: CategoryVerdict, c: CriterionResult, all: readonly CategoryVerdict[]): boolean {
  if (c.value === null) return false;
  const beyond = c.value + (c.threshold - c.value) * (1 + 1e-9) + Math.sign(c.threshold - c.value) * 1e-9;
  return all.some((e) => {
    if (!d.excludedBy.includes(e.category) || e.status !== 'notMet') return false;
    if (e.alsoRequired && e.alsoRequired.met !== true) return false;
    const same = e.criteria.find((x) => x.id === c.id);
    return (
      e.metCount === e.minimumMet - 1 &&
      same?.met === false &&
      compare(beyond, same.comparison, same.threshold)
    );
  });
}

function outlookFor(d: CategoryVerdict, listYear: number, all: readonly CategoryVerdict[]): CategoryOutlook {
  const base = { category: d.category, categoryLabel: d.label, status: d.status };
  if (d.requiredYears !== null) {
    return {
      ...base,
      changes: [],
      note: `Følger af år i træk (kræver ${d.requiredYears}); se ${(
        all.find((x) => x.category === d.basedOn)?.label ?? d.basedOn ?? ''
      ).toLowerCase()}.`,
    };
  }
  if (d.status === 'undetermined') return { ...base, changes: [], note: 'Afgørelsen mangler tal.' };
  const direction = d.status === 'met' ? 'out' : 'in';
  const candidates: CriterionResult[] = [];
  const also = d.alsoRequired;
  if (direction === 'out') {
    if (also?.met === true) candidates.push(also);
    if (d.metCount === d.minimumMet) candidates.push(...d.criteria.filter((c) => c.met === true));
  } else {
    const countMissing = d.metCount < d.minimumMet;
    const alsoMissing = also !== null && also.met === false;
    if (alsoMissing && !countMissing) candidates.push(also);
    if (!alsoMissing && d.metCount === d.minimumMet - 1)
      candidates.push(...d.criteria.filter((c) => c.met === false));
  }
  const changes = candidates
    .filter((c) => direction === 'out' || !landsInExcluding(d, c, all))
    .map((c) => flip(c))
    .filter((c) => c !== null)
    .map((c) => ({ ...c, category: d.category, categoryLabel: d.label, direction }) as const)
    .sort((a, b) => a.relativeSize - b.relativeSize)
    .map((c, i) => ({ ...c, smallest: i === 0, text: describe(c, listYear) }));
  let note: string | null = null;
  if (changes.length === 0) {
    const excluded = direction === 'in' && d.metCount >= d.minimumMet && also?.met !== false;
    note = excluded
      ? d.reason
      : direction === 'out'
        ? `${d.metCount} kriterier er opfyldt (kræver ${d.minimumMet}); ét kriterium alene ændrer ikke afgørelsen.`
        : 'Mindst to kriterier skal ændre sig, før området kommer i kategorien.';
  }
  return { ...base, changes, note };
}

export function whatWouldChange(verdict: Verdict): CategoryOutlook[] {
  if (verdict.eligible === false) return [];
  return verdict.details.map((d) => outlookFor(d, verdict.listYear, verdict.details));
}
