/**
 * Decimal figures (hours, shares, survey values, targets) arrive with a few decimals — numeric(14,2)
 * in the database, one decimal in a statistics source — but JavaScript adds them in binary, so
 * 1.1 + 2.2 + 0.7 + 0.7 gives 4.699999999999999. These helpers add in whole units of the inputs'
 * finest decimal place, which is exact, and round derived figures (a ratio, a mean) to a stated
 * number of decimals (decision 018). Money does not come here: it is integer øre (money.ts).
 */

/** Decimal places of a number as JavaScript writes it shortest: 46.9 → 1, 0.125 → 3, 7 → 0. */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(value);
  const exponent = text.indexOf('e');
  if (exponent >= 0) {
    const mantissa = text.slice(0, exponent);
    const digits = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
    return Math.max(0, digits - Number(text.slice(exponent + 1)));
  }
  return text.length - text.indexOf('.') - 1;
}

/** The most decimals a sum is carried with; beyond this a figure is a derived one, rounded first. */
const MAX_PLACES = 10;

/** The exact decimal sum of figures (each as precise as it was given): 1.1 + 2.2 = 3.3. */
export function sumDecimals(values: readonly number[]): number {
  let places = 0;
  for (const v of values) places = Math.max(places, decimalPlaces(v));
  places = Math.min(places, MAX_PLACES);
  if (places === 0) return values.reduce((s, v) => s + v, 0);
  const scale = 10 ** places;
  let units = 0;
  for (const v of values) units += Math.round(v * scale);
  return units / scale;
}

/** a + b, exactly in decimals. */
export const addDecimals = (a: number, b: number): number => sumDecimals([a, b]);

/** 3, 4, 0 → 3, 7, 7: cumulated figures, each an exact decimal sum. */
export function runningDecimalSum(values: readonly number[]): number[] {
  let running = 0;
  return values.map((v) => {
    running = addDecimals(running, v);
    return running;
  });
}

/**
 * A derived figure rounded half away from zero to `places` decimals, through its decimal text so
 * that 1.005 rounds to 1.01 as a person would (Math.round(1.005 * 100) gives 100).
 */
export function roundTo(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  const shifted = Number(`${abs.toPrecision(15)}e${places}`);
  return (sign * Math.round(shifted)) / 10 ** places || 0;
}

/** The mean of figures as a derived figure: exact sum, then rounded to `places`. */
export function meanOf(values: readonly number[], places: number): number | null {
  return values.length === 0 ? null : roundTo(sumDecimals(values) / values.length, places);
}
