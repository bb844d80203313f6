import { describe, expect, it } from 'vitest';
import { addDecimals, decimalPlaces, meanOf, roundTo, runningDecimalSum, sumDecimals } from './decimal';

describe('decimal figures', () => {
  it.each([
    [46.9, 1],
    [0.125, 3],
    [7, 0],
    [1e-7, 7],
    [1.5e-8, 9],
  ])('%s has %s decimal places', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });

  it.each([
    [[1.1, 2.2, 0.7, 0.7], 4.7],
    [[0.1, 0.2], 0.3],
    [[46.8, 0.1], 46.9],
    [[3.3, 7], 10.3],
    [[1, 2, 3], 6],
    [[0.125, 0.25], 0.375],
    [[-1.1, 0.1], -1],
  ])('adds %j to exactly %s', (values, sum) => {
    expect(sumDecimals(values)).toBe(sum);
    expect(String(sumDecimals(values))).toBe(String(sum));
  });

  it('naive addition would not be exact (the cases above are real artefacts)', () => {
    expect(3.3 + 1.4).not.toBe(4.7);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimals(0.1, 0.2)).toBe(0.3);
  });

  it('cumulates exactly', () => {
    expect(runningDecimalSum([1.1, 2.2, 0.7, 0.7])).toEqual([1.1, 3.3, 4, 4.7]);
  });

  it.each([
    [0.3870967741935484, 4, 0.3871],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-2.5, 0, -3],
    [46.900000000000006, 1, 46.9],
    [100 / 3, 1, 33.3],
    [0.1 * 3, 2, 0.3],
  ])('rounds %s to %s places as %s', (value, places, rounded) => {
    expect(roundTo(value, places)).toBe(rounded);
  });

  it('takes a mean as a rounded derived figure', () => {
    expect(meanOf([46.8, 47], 2)).toBe(46.9);
    expect(meanOf([10, 20, 20], 2)).toBe(16.67);
    expect(meanOf([], 2)).toBeNull();
  });
});
