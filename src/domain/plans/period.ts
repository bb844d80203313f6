import { AppError } from '../errors/app-error';

/**
 * A period's end may not lie before its start (dates as ISO strings, which compare in order).
 * Either end may be unknown. Throws PERIOD_INVALID naming the end field.
 */
export function assertPeriod(start: unknown, end: unknown, endField = 'endDate'): void {
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    throw new AppError('PERIOD_INVALID', {}, [
      { field: endField, message: 'Slutdatoen ligger før startdatoen' },
    ]);
  }
}

/** 2024-03-09 → 09.03.2024: a date as Danish messages write it. */
export const danishDate = (iso: string): string => iso.split('-').reverse().join('.');
