import { AppError, type FieldError } from '../errors/app-error';
import type { StatisticIndicator } from './indicators';

export interface FigureLike {
  indicator: StatisticIndicator;
  value: number;
  valueMax?: number | null;
}

/**
 * A share is a percentage (0–100), and a figure given as a range ("170–175.000 kr.") has its
 * upper end at or above its lower. The database holds the same rules as CHECK constraints.
 */
export function assertFigureInRange(f: FigureLike): void {
  const errors: FieldError[] = [];
  if (f.indicator.startsWith('share')) {
    if (f.value > 100) errors.push({ field: 'value', message: 'En andel kan højst være 100 %' });
    if ((f.valueMax ?? 0) > 100) errors.push({ field: 'valueMax', message: 'En andel kan højst være 100 %' });
  }
  if (f.valueMax != null && f.valueMax < f.value) {
    errors.push({ field: 'valueMax', message: 'Intervallets øvre grænse er mindre end den nedre' });
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', {}, errors);
}
