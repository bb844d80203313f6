import { describe, expect, it } from 'vitest';
import { addMonths, spendingDateProblem, spendingDateWindow } from './spending-dates';

describe('spending dates', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-12-31', 6, '2026-06-30'],
    ['2025-01-15', 12, '2026-01-15'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('allows the plan period and six months for closing the accounts (Køge 1.9.2021–31.8.2025)', () => {
    const window = spendingDateWindow({ start: '2021-09-01', end: '2025-08-31' });
    expect(window).toEqual({ from: '2021-09-01', to: '2026-02-28', known: true });
    expect(spendingDateProblem('2021-09-01', window)).toBeNull();
    expect(spendingDateProblem('2026-02-28', window)).toBeNull();
    expect(spendingDateProblem('2021-08-31', window)).toMatch(/31\.08\.2021|01\.09\.2021/);
    expect(spendingDateProblem('2026-03-01', window)).toContain('01.09.2021–28.02.2026');
    expect(spendingDateProblem('2035-08-31', window)).not.toBeNull();
  });

  it('holds a plan without a known period to the database bounds', () => {
    const window = spendingDateWindow(null);
    expect(spendingDateProblem('2035-08-31', window)).toBeNull();
    expect(spendingDateProblem('2101-01-01', window)).toBe(
      'Datoen skal ligge mellem 01.01.1990 og 31.12.2100',
    );
  });
});
