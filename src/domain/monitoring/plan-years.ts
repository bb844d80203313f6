/**
 * A plan's years: twelve-month periods from its start date. Køge runs 1.9.2021–31.8.2025, so its
 * years are 2021/22 … 2024/25; a plan starting 1 January has plain calendar years.
 * Dates are ISO strings (YYYY-MM-DD); comparisons are on strings, which sort correctly.
 */
export interface PlanYear {
  index: number;
  start: string;
  end: string;
  label: string;
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February + 1 year → 28 February, not 1 March.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function planYears(start: string, end: string): PlanYear[] {
  if (end < start) throw new RangeError('Slutdatoen ligger før startdatoen');
  const calendar = start.endsWith('-01-01');
  const years: PlanYear[] = [];
  for (let i = 0; ; i++) {
    const yearStart = addYears(start, i);
    if (yearStart > end) break;
    const next = dayBefore(addYears(start, i + 1));
    const yearEnd = next < end ? next : end;
    const first = Number(yearStart.slice(0, 4));
    const label = calendar ? String(first) : `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
    years.push({ index: i, start: yearStart, end: yearEnd, label });
  }
  return years;
}

export function planYearOf(years: readonly PlanYear[], date: string): PlanYear | undefined {
  return years.find((y) => date >= y.start && date <= y.end);
}
