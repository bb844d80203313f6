import { AppError } from '../errors/app-error';
import { danishDate } from '../plans/period';

/**
 * Spending belongs to a plan's period, plus a grace period for closing the accounts: bills for
 * the last months arrive, and the final accounts are made, after the plan has ended (decision
 * 016). Six months, the time an annual account is normally closed in.
 */
export const ACCOUNTS_GRACE_MONTHS = 6;

/** The bounds the database holds dates to (spending_entries_date). */
const EARLIEST = '1990-01-01';
const LATEST = '2100-12-31';

/** 2025-08-31 + 6 months → 2026-02-28 (the last day of the month when the day does not exist). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The dates a plan's spending may carry: from its start to 6 months after its end. A plan with no
 * known period (no dates, no years) can only be held to the database's bounds.
 */
export function spendingDateWindow(period: { start: string; end: string } | null): {
  from: string;
  to: string;
  known: boolean;
} {
  if (!period) return { from: EARLIEST, to: LATEST, known: false };
  const to = addMonths(period.end, ACCOUNTS_GRACE_MONTHS);
  return {
    from: period.start < EARLIEST ? EARLIEST : period.start,
    to: to > LATEST ? LATEST : to,
    known: true,
  };
}

/** The Danish sentence for a spending date outside its window, or null when it is inside. */
export function spendingDateProblem(
  date: string,
  window: ReturnType<typeof spendingDateWindow>,
): string | null {
  if (date >= window.from && date <= window.to) return null;
  return window.known
    ? `Datoen skal ligge i planens periode eller højst ${ACCOUNTS_GRACE_MONTHS} måneder efter (regnskabsafslutning): ${danishDate(window.from)}–${danishDate(window.to)}`
    : `Datoen skal ligge mellem ${danishDate(window.from)} og ${danishDate(window.to)}`;
}

export function assertSpendingDate(
  date: string,
  window: ReturnType<typeof spendingDateWindow>,
  field = 'date',
): void {
  const problem = spendingDateProblem(date, window);
  if (problem) throw new AppError('DATE_OUTSIDE_PLAN_PERIOD', {}, [{ field, message: problem }]);
}
