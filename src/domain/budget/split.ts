/**
 * Splitting an amount in øre into parts that sum exactly (largest-remainder / Hamilton method):
 * each part gets the floor of its exact share, and the øre left over go one each to the parts
 * with the largest remainders (ties to the earlier part), so no øre is lost or invented.
 */
export function splitByWeights(totalOre: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalOre) || totalOre < 0) throw new RangeError('Beløbet skal være hele øre ≥ 0');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('Vægte skal være ≥ 0');
  const weightSum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) {
    if (totalOre !== 0) throw new RangeError('Et beløb kan ikke fordeles på ingenting');
    return [];
  }
  if (weightSum === 0)
    return splitByWeights(
      totalOre,
      weights.map(() => 1),
    );
  // Integer weights are scaled exactly with BigInt; others fall back to float shares.
  const exact = weights.every(Number.isSafeInteger);
  const parts: number[] = [];
  const remainders: { index: number; remainder: number }[] = [];
  for (const [index, weight] of weights.entries()) {
    if (exact) {
      const product = BigInt(totalOre) * BigInt(weight);
      const sum = BigInt(weightSum);
      parts.push(Number(product / sum));
      remainders.push({ index, remainder: Number(product % sum) / weightSum });
    } else {
      const share = (totalOre * weight) / weightSum;
      parts.push(Math.floor(share));
      remainders.push({ index, remainder: share - Math.floor(share) });
    }
  }
  let left = totalOre - parts.reduce((s, p) => s + p, 0);
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of remainders) {
    if (left <= 0) break;
    parts[index] = (parts[index] as number) + 1;
    left--;
  }
  return parts;
}

/** Evenly over n parts (e.g. a four-year amount over the plan's years). */
export function splitEvenly(totalOre: number, n: number): number[] {
  return splitByWeights(
    totalOre,
    Array.from({ length: n }, () => 1),
  );
}

/**
 * Shares in basis points of a whole (≤ 10.000 together): the amounts of the shares sum exactly to
 * the whole × their total share, rounded to the øre once (not once per share).
 */
export function amountsOfShares(wholeOre: number, sharesBp: readonly number[]): number[] {
  const totalBp = sharesBp.reduce((s, b) => s + b, 0);
  if (sharesBp.some((b) => !Number.isInteger(b) || b < 0) || totalBp > 10_000) {
    throw new RangeError('Andelene skal være hele basispoint og tilsammen højst 100 %');
  }
  if (totalBp === 0) return sharesBp.map(() => 0);
  const covered = Number((BigInt(wholeOre) * BigInt(totalBp) * 2n + 10_000n) / 20_000n);
  return splitByWeights(covered, sharesBp);
}

/**
 * A table of amounts (rows = sources, columns = years) spread from row totals with column weights,
 * so every row sums to its total exactly; column sums are then exact sums of the cells.
 */
export function spreadRows(rowTotals: readonly number[], columnWeights: readonly number[]): number[][] {
  return rowTotals.map((total) => splitByWeights(total, columnWeights));
}
