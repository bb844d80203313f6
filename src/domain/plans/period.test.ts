import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { assertPeriod } from './period';

describe('assertPeriod', () => {
  it.each([
    ['2024-01-01', '2024-12-31'],
    ['2024-01-01', '2024-01-01'],
    [null, '2024-01-01'],
    ['2024-01-01', undefined],
  ])('accepts %s – %s', (start, end) => {
    expect(() => assertPeriod(start, end)).not.toThrow();
  });

  it('refuses an end before the start, naming the end field', () => {
    try {
      assertPeriod('2024-05-01', '2024-04-30', 'periodEnd');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('PERIOD_INVALID');
      expect((error as AppError).fieldErrors).toEqual([
        { field: 'periodEnd', message: 'Slutdatoen ligger før startdatoen' },
      ]);
    }
  });
});
