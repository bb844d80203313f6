/**
 * Money is held as integer øre everywhere (never floats), so sums over lines, years and
 * sources are exact. These helpers are the only place øre and kroner meet.
 */
export type Ore = number;

/**
 * The range of every amount the product stores (decision 016): at most 10 mia. kr.
 * (10^12 øre) in absolute value — a hundred times the largest helhedsplan — and the same bound
 * for the sum of a plan's amounts of one kind (its spending, the lines of one budget version, its
 * financing lines). Every sum, difference and forecast computed from such amounts then stays far
 * inside Number.MAX_SAFE_INTEGER (≈ 9 · 10^15), so JSON carries them exactly as integers.
 */
export const MAX_AMOUNT_ORE = 1_000_000_000_000;
/** The bound for the sum of the absolute amounts of one kind in one plan. */
export const MAX_PLAN_SUM_ORE = MAX_AMOUNT_ORE;

/**
 * An exact sum from SQL (bigint/numeric arrive as strings) as a number of øre. Throws when the
 * value is not an integer or not exactly representable — which the write-time bounds prevent.
 */
export function exactOre(value: string | number | bigint | null | undefined): Ore {
  if (value === null || value === undefined) return 0;
  const big = typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? value : value.trim());
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Summen ${big} øre kan ikke angives eksakt`);
  }
  return Number(big);
}

export function kronerToOre(kroner: number): Ore {
  const ore = Math.round(kroner * 100);
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Beløbet ${kroner} kr. er for stort`);
  return ore;
}

/** True when a number of kroner has no more than two decimals (øre). */
export function hasAtMostOreDecimals(kroner: number): boolean {
  return Number.isFinite(kroner) && Math.abs(kroner * 100 - Math.round(kroner * 100)) < 1e-6;
}

export function sumOre(amounts: readonly Ore[]): Ore {
  let total = 0;
  for (const amount of amounts) total += amount;
  if (!Number.isSafeInteger(total)) throw new RangeError('Summen er for stor til at regne eksakt');
  return total;
}

const daKroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** "22.069.000 kr." — Danish grouping and decimal comma; øre shown only when present. */
export function formatKroner(ore: Ore): string {
  const hasOre = ore % 100 !== 0;
  const text = hasOre
    ? new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100)
    : daKroner.format(ore / 100);
  return `${text} kr.`;
}

const daDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/**
 * "10,8 mio. kr." — the way the sources write whole hundred-thousands of a million or more; null
 * when the amount cannot be written so without rounding (then use formatKroner).
 */
export function formatMillionsExact(ore: Ore): string | null {
  if (ore < 100_000_000 || ore % 10_000_000 !== 0) return null;
  return `${daDecimal.format(ore / 100_000_000)} mio. kr.`;
}
