import type { FieldError } from '../../domain/errors/app-error';
import { AppError } from '../../domain/errors/app-error';
import { danishDate } from '../../domain/plans/period';

/**
 * A forløb's dates and outcome: start ≤ end, an outcome needs an end date (which dates it), and
 * both dates lie in the plan's period when it is known. ENROLMENT_INVALID names each field.
 */
export function checkEnrolment(
  e: { startDate: string; endDate: string | null; outcome: string | null },
  planPeriod: { start: string; end: string } | null,
): void {
  const errors: FieldError[] = [];
  if (e.endDate && e.endDate < e.startDate)
    errors.push({ field: 'endDate', message: 'Slutdatoen ligger før startdatoen.' });
  if (e.outcome && !e.endDate)
    errors.push({ field: 'outcome', message: 'Et resultat kræver en slutdato (hvornår forløbet sluttede).' });
  if (planPeriod) {
    const outside = (d: string) => d < planPeriod.start || d > planPeriod.end;
    const period = `${danishDate(planPeriod.start)}–${danishDate(planPeriod.end)}`;
    if (outside(e.startDate))
      errors.push({
        field: 'startDate',
        message: `Startdatoen ligger uden for planens periode (${period}).`,
      });
    if (e.endDate && outside(e.endDate))
      errors.push({ field: 'endDate', message: `Slutdatoen ligger uden for planens periode (${period}).` });
  }
  if (errors.length > 0) throw new AppError('ENROLMENT_INVALID', {}, errors);
}
