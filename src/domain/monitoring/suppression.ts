/**
 * Small numbers stay private (issue #4 §4): where counts are shown to roles that see aggregates
 * only, a cell below the threshold is hidden (primary suppression), and further cells are hidden
 * (complementary suppression) until what is hidden can no longer be worked out from what is shown:
 * a visible total never sits beside exactly one hidden cell, and the hidden cells together are at
 * least the threshold (so "the two hidden cells add up to 3" cannot be read off either). A hidden
 * cell is `null`; 0 is shown (an empty cell reveals nobody).
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface Breakdown<K extends string> {
  cells: Record<K, number | null>;
  total: number | null;
  suppressed: boolean;
}

const isSmall = (n: number, threshold: number) => n > 0 && n < threshold;

/** Hidden cells are safe beside a visible total when there are none, or ≥ 2 adding up to ≥ threshold. */
function safeHidden(values: readonly number[], threshold: number): boolean {
  if (values.length === 0) return true;
  return values.length >= 2 && values.reduce((s, v) => s + v, 0) >= threshold;
}

/** Which of the values to hide (by index) so that none shown is small and the total reveals none. */
function complementary(
  values: readonly number[],
  threshold: number,
): { hidden: Set<number>; totalShown: boolean } {
  const hidden = new Set(values.flatMap((v, i) => (isSmall(v, threshold) ? [i] : [])));
  const total = values.reduce((s, v) => s + v, 0);
  if (isSmall(total, threshold)) return { hidden: new Set(values.map((_, i) => i)), totalShown: false };
  const hiddenValues = () => [...hidden].map((i) => values[i] ?? 0);
  while (!safeHidden(hiddenValues(), threshold)) {
    // Hide the smallest visible non-zero cell next: it costs the reader the least.
    const next = values
      .map((v, i) => [v, i] as const)
      .filter(([v, i]) => v > 0 && !hidden.has(i))
      .sort((a, b) => a[0] - b[0])[0];
    if (!next) return { hidden, totalShown: false };
    hidden.add(next[1]);
  }
  return { hidden, totalShown: true };
}

export function suppressBreakdown<K extends string>(
  cells: Record<K, number>,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Breakdown<K> {
  const keys = Object.keys(cells) as K[];
  const values = keys.map((k) => cells[k]);
  const total = values.reduce((sum, v) => sum + v, 0);
  const { hidden, totalShown } = complementary(values, threshold);
  const out = { ...cells } as Record<K, number | null>;
  keys.forEach((k, i) => {
    if (hidden.has(i)) out[k] = null;
  });
  return { cells: out, total: totalShown ? total : null, suppressed: hidden.size > 0 || !totalShown };
}

/** A single count shown on its own (e.g. on the public page). */
export function suppressCount(
  count: number,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): number | null {
  return isSmall(count, threshold) ? null : count;
}

export interface YearlySeries {
  actual: readonly number[];
  cumulative: readonly number[];
  /** True when the years add up to the cumulative figure (attendances, sessions, hours). */
  additive: boolean;
}

export interface SuppressedSeries {
  actual: (number | null)[];
  cumulative: (number | null)[];
  total: number | null;
  suppressed: boolean;
}

/**
 * A figure per plan year and cumulated. Besides the cells themselves, the difference between two
 * shown cumulative figures must not give a hidden year away: for additive figures the hidden years
 * between two shown cumulative points are none, or ≥ 2 adding up to ≥ threshold; for persons
 * (not additive) the number of new persons between two shown points is 0 or ≥ threshold.
 */
export function suppressYearly(
  series: YearlySeries,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedSeries {
  const { actual, cumulative, additive } = series;
  let hiddenYears: Set<number>;
  if (additive) {
    hiddenYears = complementary(actual, threshold).hidden;
  } else {
    hiddenYears = new Set(actual.flatMap((v, i) => (isSmall(v, threshold) ? [i] : [])));
  }
  const shownCumulative: (number | null)[] = [];
  let lastIndex = -1;
  let lastValue = 0;
  for (const [k, value] of cumulative.entries()) {
    let shown: boolean;
    if (isSmall(value, threshold)) shown = false;
    else if (additive) {
      const between: number[] = [];
      for (let i = lastIndex + 1; i <= k; i++) if (hiddenYears.has(i)) between.push(actual[i] ?? 0);
      shown = safeHidden(between, threshold);
    } else {
      shown = !isSmall(value - lastValue, threshold);
    }
    shownCumulative.push(shown ? value : null);
    if (shown) {
      lastIndex = k;
      lastValue = value;
    }
  }
  const total = shownCumulative.at(-1) ?? null;
  return {
    actual: actual.map((v, i) => (hiddenYears.has(i) ? null : v)),
    cumulative: shownCumulative,
    total,
    suppressed:
      hiddenYears.size > 0 || shownCumulative.some((v, i) => v === null && cumulative[i] !== undefined),
  };
}
