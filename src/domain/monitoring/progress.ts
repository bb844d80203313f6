import { addDecimals, runningDecimalSum } from '../numbers/decimal';
import type { EnrolmentOutcome, IndicatorBasis, IndicatorDirection, IndicatorUnit } from './indicator-kinds';
import { type PlanYear, planYearOf } from './plan-years';

export type { IndicatorBasis } from './indicator-kinds';
export type CountedBasis = Exclude<IndicatorBasis, 'manual'>;

/*
 * Two halves (decision 013):
 * (a) the reference implementation of the counting rules on raw facts (`countFacts`). The server
 *     counts in PostgreSQL; a property test checks the SQL against this on generated data.
 * (b) `progressFromCounts`: yearly counts + targets → cumulated figures, share of target, status.
 */

/**
 * One registration fact: an individual attendance (participantId set, count 1) or an
 * aggregate-only registration of an open event (participantId null, count n).
 */
export interface AttendanceFact {
  sessionId: string;
  date: string;
  participantId: string | null;
  count: number;
}

export interface SessionFact {
  sessionId: string;
  date: string;
  volunteerHours: number;
}

export interface EnrolmentFact {
  participantId: string;
  startDate: string;
  endDate: string | null;
  outcome: EnrolmentOutcome | null;
}

/** Figures per plan year (index = year index); null where there is no figure (a share of nobody). */
export interface YearlyCounts {
  actual: (number | null)[];
  cumulativeActual: (number | null)[];
  /** Registrations dated outside the plan period, left out of the figures. */
  outsidePeriod: number;
}

/** A percentage with one decimal; null when there is nobody to take a share of. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/**
 * Distinct persons per year, and cumulatively: a person counts once in each year they appear,
 * and in the cumulative figure from the year they first appear in the period.
 */
function distinctPersons(
  years: readonly PlanYear[],
  events: readonly { participantId: string; date: string }[],
): { perYear: number[]; cumulative: number[]; outside: number } {
  const inYear = years.map(() => new Set<string>());
  const firstYear = new Map<string, number>();
  let outside = 0;
  for (const e of events) {
    const year = planYearOf(years, e.date);
    if (!year) {
      outside++;
      continue;
    }
    inYear[year.index]?.add(e.participantId);
    const first = firstYear.get(e.participantId);
    if (first === undefined || year.index < first) firstYear.set(e.participantId, year.index);
  }
  const newInYear = years.map(() => 0);
  for (const index of firstYear.values()) newInYear[index] = (newInYear[index] ?? 0) + 1;
  let running = 0;
  return {
    perYear: inYear.map((s) => s.size),
    cumulative: newInYear.map((n) => {
      running += n;
      return running;
    }),
    outside,
  };
}

/** Sums per year (additive bases), and how many facts fell outside the period. */
function sums(
  years: readonly PlanYear[],
  facts: readonly { date: string; value: number }[],
): { perYear: number[]; outside: number } {
  const perYear = years.map(() => 0);
  let outside = 0;
  for (const f of facts) {
    const year = planYearOf(years, f.date);
    if (year) perYear[year.index] = addDecimals(perYear[year.index] ?? 0, f.value);
    else outside++;
  }
  return { perYear, outside };
}

/** 3, 4, 0 → 3, 7, 7: the cumulated figures of yearly ones (exact in decimals: 3.3, 1.4 → 4.7). */
export const runningSum = (values: readonly number[]): number[] => runningDecimalSum(values);

/**
 * The counting rules on raw facts (the reference the SQL is checked against):
 * - uniqueParticipants: a person attending ten times is one participant (and ten attendances);
 *   across years a person counts once in each year they came, and once in the cumulative total.
 *   Open events' head counts cannot be de-duplicated, so they add to both (the UI says "mindst").
 * - attendances, sessions, volunteerHours: sums per year, cumulated by adding up.
 * - enrolments: persons whose forløb started in the year; enrolmentOutcome: persons whose forløb
 *   ended in the year with the outcome; both de-duplicated like participants.
 * - outcomeShare: of the persons whose forløb ended in the year, the share (%) with the outcome;
 *   cumulatively, of those who ended one up to that year.
 * Facts dated outside the plan's years are counted in `outsidePeriod` and left out.
 */
export function countFacts(input: {
  basis: CountedBasis;
  years: readonly PlanYear[];
  attendances?: readonly AttendanceFact[];
  sessions?: readonly SessionFact[];
  enrolments?: readonly EnrolmentFact[];
  outcome?: EnrolmentOutcome | null;
}): YearlyCounts {
  const { basis, years } = input;
  const attendances = input.attendances ?? [];
  const sessions = input.sessions ?? [];
  const enrolments = input.enrolments ?? [];
  switch (basis) {
    case 'attendances':
    case 'sessions':
    case 'volunteerHours': {
      const facts =
        basis === 'attendances'
          ? attendances.map((a) => ({ date: a.date, value: a.count }))
          : sessions.map((s) => ({ date: s.date, value: basis === 'sessions' ? 1 : s.volunteerHours }));
      const { perYear, outside } = sums(years, facts);
      return { actual: perYear, cumulativeActual: runningSum(perYear), outsidePeriod: outside };
    }
    case 'uniqueParticipants': {
      const individual = attendances.flatMap((a) =>
        a.participantId === null ? [] : [{ participantId: a.participantId, date: a.date }],
      );
      const persons = distinctPersons(years, individual);
      const open = sums(
        years,
        attendances.filter((a) => a.participantId === null).map((a) => ({ date: a.date, value: a.count })),
      );
      const openCumulative = runningSum(open.perYear);
      return {
        actual: persons.perYear.map((n, i) => n + (open.perYear[i] ?? 0)),
        cumulativeActual: persons.cumulative.map((n, i) => n + (openCumulative[i] ?? 0)),
        outsidePeriod: persons.outside + open.outside,
      };
    }
    case 'enrolments':
    case 'enrolmentOutcome': {
      const events =
        basis === 'enrolments'
          ? enrolments.map((e) => ({ participantId: e.participantId, date: e.startDate }))
          : enrolments.flatMap((e) =>
              e.endDate !== null && e.outcome !== null && e.outcome === input.outcome
                ? [{ participantId: e.participantId, date: e.endDate }]
                : [],
            );
      const persons = distinctPersons(years, events);
      return {
        actual: persons.perYear,
        cumulativeActual: persons.cumulative,
        outsidePeriod: persons.outside,
      };
    }
    case 'outcomeShare': {
      const ended = enrolments.flatMap((e) =>
        e.endDate === null ? [] : [{ participantId: e.participantId, date: e.endDate, outcome: e.outcome }],
      );
      const all = distinctPersons(years, ended);
      const hit = distinctPersons(
        years,
        ended.filter((e) => e.outcome !== null && e.outcome === input.outcome),
      );
      return {
        actual: all.perYear.map((n, i) => shareOf(hit.perYear[i] ?? 0, n)),
        cumulativeActual: all.cumulative.map((n, i) => shareOf(hit.cumulative[i] ?? 0, n)),
        outsidePeriod: all.outside,
      };
    }
  }
}

export const PROGRESS_STATUSES = ['achieved', 'onTrack', 'behind', 'noTarget', 'noData'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface YearProgress {
  year: PlanYear;
  actual: number | null;
  target: number | null;
  cumulativeActual: number | null;
  cumulativeTarget: number | null;
}

export interface Progress {
  years: YearProgress[];
  total: { actual: number | null; target: number | null };
  /** Total actual as a percentage of the total target. */
  shareOfTarget: number | null;
  status: ProgressStatus;
}

/** The elapsed part (0–1) of a plan year on a given day. */
function elapsedPart(year: PlanYear, today: string): number {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const length = day(year.end) - day(year.start) + 1;
  return Math.min(1, Math.max(0, (day(today) - day(year.start) + 1) / length));
}

/**
 * Yearly counts and targets → progress. Targets cumulate by adding up, except for levels
 * (shares and survey/statistics values, `targetsAddUp: false`), where each year's target stands
 * on its own. A stated period target wins over the sum of the yearly ones.
 *
 * Status:
 * - noTarget: neither yearly targets nor a period target.
 * - noData: no figure yet (nothing registered, or no measurement).
 * - achieved: the total is at or above the total target (at or below for a 'decrease' indicator).
 * - onTrack / behind, while the period runs:
 *   - 'increase' flows (persons, attendances …): on track when the cumulative figure so far is
 *     at least what the targets ask for by today — the previous years' targets plus the current
 *     year's target prorated by the elapsed part of the year (a year half gone asks for half).
 *   - levels, and 'decrease' indicators: on track when the last year with a figure is at or
 *     better than that year's target (a level or a reduction is not earned day by day).
 *   After the period, what is not achieved is behind.
 */
export function progressFromCounts(input: {
  years: readonly PlanYear[];
  counts: Pick<YearlyCounts, 'actual' | 'cumulativeActual'>;
  targets: readonly { yearIndex: number; target: number }[];
  periodTarget: number | null;
  baseline?: number | null;
  direction: IndicatorDirection;
  unit: IndicatorUnit;
  /** Default: yes, unless the unit is a share. */
  targetsAddUp?: boolean;
  /** ISO date; defaults to the current day. */
  today?: string;
}): Progress {
  const { years, counts, direction } = input;
  const addUp = input.targetsAddUp ?? input.unit !== 'share';
  const targetOf = (index: number) => input.targets.find((t) => t.yearIndex === index)?.target ?? null;
  let runningTarget: number | null = 0;
  const result: YearProgress[] = years.map((year) => {
    const target = targetOf(year.index);
    if (addUp)
      runningTarget = runningTarget === null || target === null ? null : addDecimals(runningTarget, target);
    return {
      year,
      actual: counts.actual[year.index] ?? null,
      target,
      cumulativeActual: counts.cumulativeActual[year.index] ?? null,
      cumulativeTarget: addUp ? runningTarget : target,
    };
  });
  const last = result.at(-1);
  const hasTargets = input.periodTarget !== null || input.targets.length > 0;
  const totalTarget =
    input.periodTarget ??
    (addUp
      ? (last?.cumulativeTarget ?? null)
      : ([...result].reverse().find((y) => y.target !== null)?.target ?? null));
  const totalActual = last?.cumulativeActual ?? null;
  const shareOfTarget =
    totalActual !== null && totalTarget !== null && totalTarget > 0
      ? Math.round((totalActual / totalTarget) * 1000) / 10
      : null;

  const better = (actual: number, target: number) =>
    direction === 'decrease' ? actual <= target : actual >= target;
  const withFigure = result.filter((y) => y.actual !== null);
  const noData = withFigure.length === 0 || (addUp && withFigure.every((y) => y.actual === 0));

  let status: ProgressStatus;
  if (!hasTargets) status = 'noTarget';
  else if (noData) status = 'noData';
  else if (totalTarget !== null && totalActual !== null && better(totalActual, totalTarget))
    status = 'achieved';
  else {
    const today = input.today ?? new Date().toISOString().slice(0, 10);
    const first = years[0];
    const current = planYearOf(years, today);
    if (first && today < first.start) status = 'onTrack';
    else if (!current) status = 'behind';
    else if (addUp && direction === 'increase') {
      const before = current.index === 0 ? 0 : result[current.index - 1]?.cumulativeTarget;
      const now = targetOf(current.index);
      const actualSoFar = result[current.index]?.cumulativeActual ?? 0;
      status =
        before === null || before === undefined || now === null
          ? 'behind'
          : actualSoFar >= before + now * elapsedPart(current, today)
            ? 'onTrack'
            : 'behind';
    } else {
      const latest = withFigure.filter((y) => y.year.index <= current.index).at(-1);
      const target = latest ? (latest.target ?? totalTarget) : null;
      status =
        latest?.actual !== null &&
        latest?.actual !== undefined &&
        target !== null &&
        better(latest.actual, target)
          ? 'onTrack'
          : 'behind';
    }
  }
  return { years: result, total: { actual: totalActual, target: totalTarget }, shareOfTarget, status };
}

/**
 * The reference on raw facts from end to end (counting + progress). Kept for the unit tests and
 * callers that hold the facts in memory; the server counts in SQL and calls progressFromCounts.
 */
export function computeProgress(input: {
  basis: CountedBasis;
  years: readonly PlanYear[];
  attendances: readonly AttendanceFact[];
  sessions: readonly SessionFact[];
  enrolments?: readonly EnrolmentFact[];
  outcome?: EnrolmentOutcome | null;
  targets: readonly { yearIndex: number; target: number }[];
  periodTarget: number | null;
  direction?: IndicatorDirection;
  today?: string;
}): Progress & { outsidePeriod: number } {
  const counts = countFacts(input);
  const progress = progressFromCounts({
    years: input.years,
    counts,
    targets: input.targets,
    periodTarget: input.periodTarget,
    direction: input.direction ?? 'increase',
    unit: input.basis === 'outcomeShare' ? 'share' : 'count',
    today: input.today,
  });
  return { ...progress, outsidePeriod: counts.outsidePeriod };
}
