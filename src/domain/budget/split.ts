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

/** The calendar months a period touches, as "YYYY-MM", from its first to its last month. */
export function monthsOfPeriod(startDate: string, endDate: string): string[] {
  const iso = /^(\d{4})-(\d{2})-\d{2}$/;
  const s = iso.exec(startDate);
  const e = iso.exec(endDate);
  if (!s || !e) throw new RangeError('Perioden skal angives som ÅÅÅÅ-MM-DD');
  if (endDate < startDate) throw new RangeError('Periodens slutdato ligger før startdatoen');
  const months: string[] = [];
  let y = Number(s[1]);
  let m = Number(s[2]);
  const lastY = Number(e[1]);
  const lastM = Number(e[2]);
  while (y < lastY || (y === lastY && m <= lastM)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

export interface PeriodYearPart {
  year: number;
  /** The months of the period in that year. */
  months: number;
  amountOre: number;
}

/**
 * An amount for a plan period split over its calendar years by the period's months in each year
 * (Køge 1.9.2021–31.8.2025: 4 months of 2021, 12 of 2022–2024, 8 of 2025). A month the period
 * touches counts whole. Exact in øre: largest remainder, ties to the earlier year, so the parts
 * always sum to the whole.
 */
export function splitByPeriodYears(totalOre: number, startDate: string, endDate: string): PeriodYearPart[] {
  const counts = new Map<number, number>();
  for (const month of monthsOfPeriod(startDate, endDate)) {
    const year = Number(month.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.entries()];
  const amounts = splitByWeights(
    totalOre,
    years.map(([, months]) => months),
  );
  return years.map(([year, months], i) => ({ year, months, amountOre: amounts[i] as number }));
}

/** An amount split evenly over the months of a period (exact in øre, ties to the earlier month). */
export function splitByPeriodMonths(
  totalOre: number,
  startDate: string,
  endDate: string,
): { month: string; amountOre: number }[] {
  const months = monthsOfPeriod(startDate, endDate);
  const amounts = splitEvenly(totalOre, months.length);
  return months.map((month, i) => ({ month, amountOre: amounts[i] as number }));
}
