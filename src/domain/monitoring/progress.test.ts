import { describe, expect, it } from 'vitest';
import { planYears } from './plan-years';
import { type AttendanceFact, computeProgress } from './progress';

const koegeYears = planYears('2021-09-01', '2025-08-31');
const att = (date: string, participantId: string | null, count = 1): AttendanceFact => ({
  sessionId: `s-${date}`,
  date,
  participantId,
  count,
});

describe('plan years', () => {
  it('runs from the start date: Køge has four years 2021/22 … 2024/25', () => {
    expect(koegeYears.map((y) => [y.label, y.start, y.end])).toEqual([
      ['2021/22', '2021-09-01', '2022-08-31'],
      ['2022/23', '2022-09-01', '2023-08-31'],
      ['2023/24', '2023-09-01', '2024-08-31'],
      ['2024/25', '2024-09-01', '2025-08-31'],
    ]);
    expect(planYears('2024-01-01', '2027-12-31').map((y) => y.label)).toEqual([
      '2024',
      '2025',
      '2026',
      '2027',
    ]);
    expect(planYears('2024-02-29', '2025-03-01').map((y) => y.end)).toEqual(['2025-02-27', '2025-03-01']);
  });
});

describe('counting rules', () => {
  const facts = [
    ...Array.from({ length: 10 }, (_, i) => att(`2021-10-${String(i + 1).padStart(2, '0')}`, 'p1')),
    att('2021-11-01', 'p2'),
    att('2022-09-01', 'p1'), // first day of year 2: p1 counts again in that year, not cumulatively
    att('2022-09-02', null, 23), // an open event: 23 people, not de-duplicable
    att('2021-08-31', 'p3'), // the day before the plan started
    att('2025-09-01', 'p3'), // the day after it ended
  ];
  const base = { years: koegeYears, attendances: facts, sessions: [], targets: [], periodTarget: null };

  it('counts a person attending ten times as one participant and ten attendances', () => {
    const unique = computeProgress({ ...base, basis: 'uniqueParticipants' });
    expect(unique.years.map((y) => y.actual)).toEqual([2, 24, 0, 0]);
    expect(unique.years.map((y) => y.cumulativeActual)).toEqual([2, 25, 25, 25]);
    const attendances = computeProgress({ ...base, basis: 'attendances' });
    expect(attendances.years.map((y) => y.actual)).toEqual([11, 24, 0, 0]);
    expect(attendances.total.actual).toBe(35);
  });

  it('ignores registrations outside the period and says how many', () => {
    expect(computeProgress({ ...base, basis: 'attendances' }).outsidePeriod).toBe(2);
  });

  it('cumulates targets per year, and prefers a stated period target', () => {
    const targets = [0, 1, 2, 3].map((yearIndex) => ({ yearIndex, target: 10 }));
    const p = computeProgress({ ...base, basis: 'attendances', targets });
    expect(p.years.map((y) => y.cumulativeTarget)).toEqual([10, 20, 30, 40]);
    expect(p.total.target).toBe(40);
    expect(computeProgress({ ...base, basis: 'attendances', targets, periodTarget: 30 }).total.target).toBe(
      30,
    );
    const gap = computeProgress({ ...base, basis: 'attendances', targets: [{ yearIndex: 0, target: 5 }] });
    expect(gap.years.map((y) => y.cumulativeTarget)).toEqual([5, null, null, null]);
  });

  it('counts sessions and volunteer hours per plan year', () => {
    const sessions = [
      { sessionId: 'a', date: '2021-09-01', volunteerHours: 2.5 },
      { sessionId: 'b', date: '2022-08-31', volunteerHours: 3 },
      { sessionId: 'c', date: '2022-09-01', volunteerHours: 1 },
    ];
    expect(computeProgress({ ...base, sessions, basis: 'sessions' }).years.map((y) => y.actual)).toEqual([
      2, 1, 0, 0,
    ]);
    expect(
      computeProgress({ ...base, sessions, basis: 'volunteerHours' }).years.map((y) => y.actual),
    ).toEqual([5.5, 1, 0, 0]);
  });
});
