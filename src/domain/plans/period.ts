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
