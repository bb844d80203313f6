import { describe, expect, it } from 'vitest';
import { formatKroner, formatMillionsExact, hasAtMostOreDecimals, kronerToOre, sumOre } from './money';

describe('money', () => {
  it('converts kroner to whole øre without float drift', () => {
    expect(kronerToOre(0.1 + 0.2)).toBe(30);
    expect(kronerToOre(22_069_000)).toBe(2_206_900_000);
  });
  it('detects amounts with more decimals than øre', () => {
    expect(hasAtMostOreDecimals(10.25)).toBe(true);
    expect(hasAtMostOreDecimals(10.255)).toBe(false);
    expect(hasAtMostOreDecimals(Number.NaN)).toBe(false);
  });
  it('sums exactly and formats the Danish way', () => {
    const total = sumOre([1_050_000_000, 777_600_000, 379_300_000]);
    expect(total).toBe(2_206_900_000);
    expect(formatKroner(total)).toBe('22.069.000 kr.');
    expect(formatKroner(123_456)).toBe('1.234,56 kr.');
  });
});

describe('formatMillionsExact', () => {
  it.each([
    [1_080_000_000, '10,8 mio. kr.'],
    [1_440_000_000, '14,4 mio. kr.'],
    [3_100_000_000, '31 mio. kr.'],
    [100_000_000, '1 mio. kr.'],
    [777_600_000, null], // 7.776.000 kr. would need rounding
    [90_000_000, null], // under a million
  ])('%i øre → %s', (ore, text) => {
    expect(formatMillionsExact(ore)).toBe(text);
  });
});
