import { describe, expect, it } from 'vitest';
import { parseDateCell, parseIntegerCell, parseKronerCell, parseNumberCell } from './cells';

describe('parseNumberCell', () => {
  it.each([
    ['41,3', 41.3],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1234.5', 1234.5],
    ['-7', -7],
    ['−7,5', -7.5],
    [' 12 500,00 ', 12500],
    ['54 %', 54],
    ['1e3', 1000],
  ])('reads %s as %d', (text, expected) => {
    expect(parseNumberCell(text)).toBe(expected);
  });

  it.each(['', 'abc', '1,2,3', '12.34,5', '1.23,4', '--1', '1 2a'])('refuses %j', (text) => {
    expect(parseNumberCell(text)).toBeUndefined();
  });
});

describe('parseIntegerCell and parseKronerCell', () => {
  it('reads whole numbers only as integers', () => {
    expect(parseIntegerCell('23')).toBe(23);
    expect(parseIntegerCell('2,5')).toBeUndefined();
  });

  it('turns kroner into exact øre and refuses fractions of an øre', () => {
    expect(parseKronerCell('1.205.000,00')).toBe(120_500_000);
    expect(parseKronerCell('0,10')).toBe(10);
    expect(parseKronerCell('19,99')).toBe(1999);
    expect(parseKronerCell('1,005')).toBeUndefined();
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2026-11-24', '2026-11-24'],
    ['24.11.2026', '2026-11-24'],
    ['4-1-2026', '2026-01-04'],
    ['04/01/2026', '2026-01-04'],
    ['2026-11-24T00:00:00', '2026-11-24'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDateCell(text)).toBe(expected);
  });

  it.each(['31.02.2026', '29.02.2025', '2026-13-01', '24.11.26', 'i går', ''])('refuses %j', (text) => {
    expect(parseDateCell(text)).toBeUndefined();
  });
});
