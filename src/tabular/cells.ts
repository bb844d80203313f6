/**
 * Reading typed values out of spreadsheet cells, which arrive as text. Danish files write
 * "1.234,5" and "24.11.2026"; files from other systems write "1234.5" and "2026-11-24". Both are
 * accepted. The rule for numbers: a comma means Danish notation (dots are thousands separators);
 * without a comma, a dot is the decimal point. An amount such as "12.500" without decimals is
 * therefore read as 12,5 — accounting exports write "12.500,00", which is read correctly.
 */

const DANISH_NUMBER = /^[-+−]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const PLAIN_NUMBER = /^[-+−]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function parseNumberCell(text: string): number | undefined {
  const compact = text
    .trim()
    .replaceAll(/[\s\u00a0]/g, '')
    .replace(/%$/, '');
  if (compact === '') return undefined;
  let normalised: string;
  if (compact.includes(',')) {
    if (!DANISH_NUMBER.test(compact)) return undefined;
    normalised = compact.replaceAll('.', '').replace(',', '.');
  } else if (PLAIN_NUMBER.test(compact)) {
    normalised = compact;
  } else if (DANISH_NUMBER.test(compact)) {
    // "1.234.567": several dot groups can only be thousands separators.
    normalised = compact.replaceAll('.', '');
  } else {
    return undefined;
  }
  const value = Number(normalised.replace('−', '-'));
  return Number.isFinite(value) ? value : undefined;
}

export function parseIntegerCell(text: string): number | undefined {
  const value = parseNumberCell(text);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}

/** Kroner with at most two decimals → integer øre, exactly (no floating-point drift). */
export function parseKronerCell(text: string): number | undefined {
  const value = parseNumberCell(text);
  if (value === undefined) return undefined;
  const ore = Math.round(value * 100);
  return Math.abs(value * 100 - ore) < 1e-6 && Number.isSafeInteger(ore) ? ore : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const DANISH_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** A calendar date as ISO "YYYY-MM-DD", or undefined when it is not one (e.g. 31.02.2026). */
export function parseDateCell(text: string): string | undefined {
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(trimmed);
  const danish = DANISH_DATE.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (danish) {
    [day, month, year] = [Number(danish[1]), Number(danish[2]), Number(danish[3])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
