/**
 * Money is held as integer øre everywhere (never floats), so sums over lines, years and
 * sources are exact. These helpers are the only place øre and kroner meet.
 */
export type Ore = number;

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
