import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFigure,
  formatMoney,
  formatNumber,
  formatPercent,
  formatShare,
  formatYearSpan,
  phoneHref,
} from './format';

describe('Danish formatting', () => {
  it.each([
    [1234.5, '1.234,5'],
    [3498, '3.498'],
    [22069000, '22.069.000'],
  ])('formatNumber(%s) = %s', (value, expected) => expect(formatNumber(value)).toBe(expected));

  it('formats dates as dd.mm.yyyy', () => {
    expect(formatDate('2026-11-24')).toBe('24.11.2026');
    expect(formatDate('2021-09-01')).toBe('01.09.2021');
  });

  it('formats year spans', () => {
    expect(formatYearSpan('2021-09-01', '2025-08-31')).toBe('2021–2025');
    expect(formatYearSpan(null, null)).toBeNull();
  });

  it('formats percentages and shares with a decimal comma', () => {
    expect(formatPercent(44.1)).toBe('44,1 %');
    expect(formatShare(11569000 / 22069000)).toBe('52,4 %');
  });

  it('formats money, with "ca." when approximate', () => {
    expect(formatMoney(22_069_000_00, false, 'ca.')).toBe('22.069.000 kr.');
    expect(formatMoney(19_000_000_00, true, 'ca.')).toBe('ca. 19.000.000 kr.');
  });

  it('formats figures in their unit, ranges with an en dash', () => {
    expect(formatFigure({ value: 170000, valueMax: 175000, isApproximate: false }, 'dkk', 'ca.')).toBe(
      '170.000–175.000 kr.',
    );
    expect(formatFigure({ value: 40, valueMax: null, isApproximate: true }, 'percent', 'ca.')).toBe(
      'ca. 40 %',
    );
    expect(formatFigure({ value: 5463, valueMax: null, isApproximate: false }, 'persons', 'ca.')).toBe(
      '5.463',
    );
  });

  it('turns Danish phone numbers into tel: links', () => {
    expect(phoneHref('30 54 83 43')).toBe('tel:+4530548343');
    expect(phoneHref('+45 30 54 83 43')).toBe('tel:+4530548343');
  });
});
