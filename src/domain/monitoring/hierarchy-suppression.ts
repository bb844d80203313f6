import { type IndicatorBasis, isAdditive } from './indicator-kinds';

/**
 * Suppression across the indicator hierarchy (decision 013). Each indicator's own figures are
 * suppressed on their own (suppressYearly), but additive figures also add up across scopes: a
 * focus area's attendances are its activities' attendances (and more), the plan's are its focus
 * areas'. So "focus area − the activities shown" would give a hidden activity cell away. Hence a
 * hidden cell hides the same cell further up, per basis: an activity's hidden cell hides it in
 * every focus-area indicator of its focus area and every plan indicator; a focus area's hidden
 * cell hides it in every plan indicator. A shown ancestor cell then only ever sits above shown
 * descendant cells, and the difference is what no indicator shows. Persons bases are not additive
 * (a person comes to several activities), so they are left as they are.
 */
export interface HierarchyCells {
  basis: IndicatorBasis;
  scope: 'activity' | 'focusArea' | 'plan';
  /** The focus area of a focus-area indicator, or of an activity indicator's activity (if any). */
  focusAreaId: string | null;
  /** The same cells for every indicator (e.g. each year, each cumulative figure, the total); null = hidden. */
  cells: readonly (number | null)[];
}

/** The indicators' cells with suppression carried upwards; same order, other fields untouched. */
export function suppressUpwards<T extends HierarchyCells>(indicators: readonly T[]): T[] {
  // Hidden cell indexes per basis (for the plan) and per basis × focus area (for focus areas).
  const fromActivities = new Map<string, Set<number>>();
  const belowPlan = new Map<string, Set<number>>();
  const hiddenOf = (cells: readonly (number | null)[]) => cells.flatMap((v, i) => (v === null ? [i] : []));
  const add = (map: Map<string, Set<number>>, key: string, indexes: number[]) => {
    const set = map.get(key) ?? new Set<number>();
    for (const i of indexes) set.add(i);
    map.set(key, set);
  };
  const hide = (cells: readonly (number | null)[], hidden: Set<number> | undefined) =>
    hidden ? cells.map((v, i) => (hidden.has(i) ? null : v)) : [...cells];

  for (const ind of indicators) {
    if (ind.scope !== 'activity' || !isAdditive(ind.basis)) continue;
    const hidden = hiddenOf(ind.cells);
    add(belowPlan, ind.basis, hidden);
    if (ind.focusAreaId) add(fromActivities, `${ind.basis}|${ind.focusAreaId}`, hidden);
  }
  const out = indicators.map((ind) => {
    if (ind.scope !== 'focusArea' || !isAdditive(ind.basis)) return ind;
    const cells = hide(ind.cells, fromActivities.get(`${ind.basis}|${ind.focusAreaId}`));
    add(belowPlan, ind.basis, hiddenOf(cells));
    return { ...ind, cells };
  });
  return out.map((ind) =>
    ind.scope === 'plan' && isAdditive(ind.basis)
      ? { ...ind, cells: hide(ind.cells, belowPlan.get(ind.basis)) }
      : ind,
  );
}
