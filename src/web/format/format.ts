import { formatKroner, type Ore } from '../../domain/money/money';
import type { IndicatorUnit } from '../../domain/statistics/indicators';

/**
 * Danish number, date and money formatting for every page. The formats stay Danish when the
 * interface is switched to English: the figures come from Danish sources and are quoted as such.
 * Words ("ca.", "gange årligt") come from the messages, so they follow the language.
 */
const integerFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('da-DK', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1.234,5" */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

/** "24.11.2026" from an ISO date "2026-11-24"; the input text when it is not a date. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** "2021–2025": the years only, for lists where full dates are noise. */
export function formatYearSpan(start: string | null, end: string | null): string | null {
  const from = start?.slice(0, 4);
  const to = end?.slice(0, 4);
  if (from && to) return from === to ? from : `${from}–${to}`;
  return from ?? to ?? null;
}

/** "44,1 %" from 44.1 (statistics hold shares as percentages, 0–100). */
export function formatPercent(value: number): string {
  return `${decimalFormat.format(value)} %`;
}

/** "47,6 %" from a fraction 0.4758 (financing shares), one decimal. */
export function formatShare(fraction: number): string {
  return formatPercent(Math.round(fraction * 1000) / 10);
}

/** "22.069.000 kr.", with the approximation word in front when the amount is approximate. */
export function formatMoney(ore: Ore, isApproximate: boolean, approxWord: string): string {
  return `${isApproximate ? `${approxWord} ` : ''}${formatKroner(ore)}`;
}

/** A figure in its unit; ranges as "170.000–175.000 kr." and "57–64 %". */
export function formatFigure(
  figure: { value: number; valueMax: number | null; isApproximate: boolean },
  unit: IndicatorUnit,
  approxWord: string,
): string {
  const range =
    figure.valueMax !== null && figure.valueMax !== figure.value
      ? `${formatNumber(figure.value)}–${formatNumber(figure.valueMax)}`
      : formatNumber(figure.value);
  const withUnit = unit === 'percent' ? `${range} %` : unit === 'dkk' ? `${range} kr.` : range;
  return figure.isApproximate ? `${approxWord} ${withUnit}` : withUnit;
}

/** A phone number as a tel: target: digits only, eight-digit Danish numbers with +45. */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0045')) return `tel:+${digits.slice(2)}`;
  return digits.length === 8 ? `tel:+45${digits}` : `tel:${digits}`;
}

/** True when a source text is a web address worth linking. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text.trim());
}
