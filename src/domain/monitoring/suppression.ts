/**
 * Small numbers stay private (issue #4 §4): where counts are shown to roles that see aggregates
 * only, a cell below the threshold is hidden (primary suppression), and when a total is shown a
 * second cell is hidden too (complementary suppression), so the hidden one cannot be recovered
 * by subtraction. A suppressed cell is `null`; 0 is shown (an empty cell reveals nobody).
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface Breakdown<K extends string> {
  cells: Record<K, number | null>;
  total: number | null;
  suppressed: boolean;
}

export function suppressBreakdown<K extends string>(
  cells: Record<K, number>,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Breakdown<K> {
  const keys = Object.keys(cells) as K[];
  const total = keys.reduce((sum, k) => sum + cells[k], 0);
  const out = { ...cells } as Record<K, number | null>;
  if (total > 0 && total < threshold) {
    // The whole group is too small: hide everything.
    for (const k of keys) out[k] = null;
    return { cells: out, total: null, suppressed: true };
  }
  const isSmall = (k: K) => cells[k] > 0 && cells[k] < threshold;
  const primary = keys.filter(isSmall);
  for (const k of primary) out[k] = null;
  if (primary.length === 1) {
    // One hidden cell plus a visible total would give it away: hide the smallest other cell.
    const [next] = keys.filter((k) => out[k] !== null && cells[k] > 0).sort((a, b) => cells[a] - cells[b]);
    if (next !== undefined) out[next] = null;
    else return { cells: out, total: null, suppressed: true };
  }
  return { cells: out, total, suppressed: primary.length > 0 };
}

/** A single count shown on its own (e.g. on the public page). */
export function suppressCount(
  count: number,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): number | null {
  return count > 0 && count < threshold ? null : count;
}
