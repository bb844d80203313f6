import { describe, expect, it } from 'vitest';
import { planYears } from './plan-years';
import { type AttendanceFact, computeProgress, countFacts, progressFromCounts } from './progress';

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

describe('countFacts: the other bases', () => {
  const years = planYears('2024-01-01', '2025-12-31');
  const enrol = (
    participantId: string,
    startDate: string,
    endDate: string | null = null,
    outcome: 'gotJob' | 'left' | null = null,
  ) => ({
    participantId,
    startDate,
    endDate,
    outcome,
  });
  const enrolments = [
    enrol('a', '2024-01-01', '2024-12-31', 'gotJob'), // first and last day of year 1
    enrol('a', '2025-01-01', '2025-06-01', 'left'), // a again, in year 2
    enrol('b', '2024-05-01', '2025-01-01', 'gotJob'),
    enrol('c', '2023-12-31', '2024-02-01', 'left'), // started before the period
    enrol('d', '2025-03-01'), // still running
    enrol('e', '2025-12-31', '2026-01-01', 'gotJob'), // ends after the period
  ];
  it.each([
    ['enrolments', null, [2, 3], [2, 4], 1],
    ['enrolmentOutcome', 'gotJob', [1, 1], [1, 2], 1],
    ['outcomeShare', 'gotJob', [50, 50], [50, 66.7], 1],
  ] as const)('%s %s', (basis, outcome, actual, cumulativeActual, outsidePeriod) => {
    expect(countFacts({ basis, years, enrolments, outcome })).toEqual({
      actual,
      cumulativeActual,
      outsidePeriod,
    });
  });

  it('adds open head counts to unique participants and attendances alike', () => {
    const attendances = [att('2024-01-01', 'p'), att('2024-12-31', 'p'), att('2025-01-01', null, 4)];
    expect(countFacts({ basis: 'uniqueParticipants', years, attendances })).toEqual({
      actual: [1, 4],
      cumulativeActual: [1, 5],
      outsidePeriod: 0,
    });
    expect(countFacts({ basis: 'attendances', years, attendances }).actual).toEqual([2, 4]);
  });
});

describe('progressFromCounts', () => {
  const years = planYears('2024-01-01', '2027-12-31');
  const targets = [10, 10, 10, 10].map((target, yearIndex) => ({ yearIndex, target }));
  const counts = (actual: (number | null)[], cumulativeActual = actual) => ({ actual, cumulativeActual });
  const base = {
    years,
    targets,
    periodTarget: null,
    direction: 'increase' as const,
    unit: 'persons' as const,
  };

  it.each([
    ['no target at all', { targets: [] }, counts([5, 0, 0, 0], [5, 5, 5, 5]), '2025-06-30', 'noTarget'],
    ['nothing registered yet', {}, counts([0, 0, 0, 0]), '2024-06-30', 'noData'],
    ['the total reached', {}, counts([20, 20, 0, 0], [20, 40, 40, 40]), '2025-06-30', 'achieved'],
    // On 1 July 2025 (day 182 of 365) the targets ask for 10 + 10 × 182/365 ≈ 14.99.
    ['ahead of the prorated target', {}, counts([10, 5, 0, 0], [10, 15, 15, 15]), '2025-07-01', 'onTrack'],
    ['behind the prorated target', {}, counts([10, 2, 0, 0], [10, 12, 12, 12]), '2025-07-01', 'behind'],
    [
      'not achieved when the period is over',
      {},
      counts([10, 10, 10, 5], [10, 20, 30, 35]),
      '2028-01-01',
      'behind',
    ],
    [
      'a level at or below a decrease target',
      { direction: 'decrease', unit: 'share', targets: [{ yearIndex: 3, target: 20 }] },
      counts([30, 25, 19, null], [30, 25, 19, 19]),
      '2026-12-31',
      'achieved',
    ],
    [
      'a level above its decrease target this year',
      {
        direction: 'decrease',
        unit: 'share',
        targets: [
          { yearIndex: 1, target: 28 },
          { yearIndex: 3, target: 20 },
        ],
      },
      counts([30, 29, null, null], [30, 29, 29, 29]),
      '2025-12-31',
      'behind',
    ],
    [
      'a level at its decrease target this year',
      {
        direction: 'decrease',
        unit: 'share',
        targets: [
          { yearIndex: 1, target: 28 },
          { yearIndex: 3, target: 20 },
        ],
      },
      counts([30, 28, null, null], [30, 28, 28, 28]),
      '2025-12-31',
      'onTrack',
    ],
  ] as const)('%s', (_, overrides, c, today, status) => {
    expect(progressFromCounts({ ...base, ...overrides, counts: c, today }).status).toBe(status);
  });

  it('cumulates targets, prefers a period target, and gives the share of target reached', () => {
    const p = progressFromCounts({
      ...base,
      counts: counts([4, 6, 0, 0], [4, 10, 10, 10]),
      today: '2024-01-01',
    });
    expect(p.years.map((y) => y.cumulativeTarget)).toEqual([10, 20, 30, 40]);
    expect(p.total).toEqual({ actual: 10, target: 40 });
    expect(p.shareOfTarget).toBe(25);
    const stated = progressFromCounts({
      ...base,
      periodTarget: 30,
      counts: counts([4, 6, 0, 0], [4, 10, 10, 10]),
    });
    expect(stated.total.target).toBe(30);
    expect(stated.shareOfTarget).toBe(33.3);
  });

  it('does not add up targets of a share: each year stands alone', () => {
    const p = progressFromCounts({
      ...base,
      unit: 'share',
      targets: [
        { yearIndex: 0, target: 40 },
        { yearIndex: 3, target: 60 },
      ],
      counts: counts([30, null, null, null], [30, 30, 30, 30]),
      today: '2024-06-01',
    });
    expect(p.years.map((y) => y.cumulativeTarget)).toEqual([40, null, null, 60]);
    expect(p.total).toEqual({ actual: 30, target: 60 });
    expect(p.shareOfTarget).toBe(50);
  });
});
