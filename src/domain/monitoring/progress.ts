import { type PlanYear, planYearOf } from './plan-years';

/** What an indicator counts, computed from registrations. */
export const INDICATOR_BASES = [
  'uniqueParticipants',
  'attendances',
  'sessions',
  'volunteerHours',
  'manual',
] as const;
export type IndicatorBasis = (typeof INDICATOR_BASES)[number];

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

export interface YearProgress {
  year: PlanYear;
  actual: number;
  target: number | null;
  cumulativeActual: number;
  cumulativeTarget: number | null;
}

export interface Progress {
  years: YearProgress[];
  total: { actual: number; target: number | null };
  /** Registrations dated outside the plan period, ignored in the figures above. */
  outsidePeriod: number;
}

/**
 * Counts per plan year and cumulated. A person attending ten times is one participant and ten
 * attendances; across years a person counts once in each year they came, and once in the
 * cumulative total. Aggregate-only registrations cannot be de-duplicated, so they add their count
 * to unique participants (documented in the UI as "mindst").
 */
export function computeProgress(input: {
  basis: Exclude<IndicatorBasis, 'manual'>;
  years: readonly PlanYear[];
  attendances: readonly AttendanceFact[];
  sessions: readonly SessionFact[];
  targets: readonly { yearIndex: number; target: number }[];
  periodTarget: number | null;
}): Progress {
  const { basis, years } = input;
  const perYear = years.map(() => 0);
  const seenInYear = years.map(() => new Set<string>());
  const seenEver = new Set<string>();
  let cumulativeUnique = 0;
  const cumulativeUniqueByYear: number[] = [];
  let outsidePeriod = 0;

  const sorted = [...input.attendances].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (basis === 'uniqueParticipants' || basis === 'attendances') {
    let cursor = 0;
    for (const year of years) {
      for (; cursor < sorted.length && (sorted[cursor]?.date ?? '') <= year.end; cursor++) {
        const fact = sorted[cursor] as AttendanceFact;
        if (fact.date < year.start) {
          outsidePeriod++;
          continue;
        }
        if (basis === 'attendances') {
          perYear[year.index] = (perYear[year.index] ?? 0) + fact.count;
        } else if (fact.participantId === null) {
          perYear[year.index] = (perYear[year.index] ?? 0) + fact.count;
          cumulativeUnique += fact.count;
        } else {
          if (!seenInYear[year.index]?.has(fact.participantId)) {
            seenInYear[year.index]?.add(fact.participantId);
            perYear[year.index] = (perYear[year.index] ?? 0) + 1;
          }
          if (!seenEver.has(fact.participantId)) {
            seenEver.add(fact.participantId);
            cumulativeUnique++;
          }
        }
      }
      cumulativeUniqueByYear.push(cumulativeUnique);
    }
    outsidePeriod += sorted.length - cursor;
  } else {
    for (const s of input.sessions) {
      const year = planYearOf(years, s.date);
      if (!year) {
        outsidePeriod++;
        continue;
      }
      perYear[year.index] = (perYear[year.index] ?? 0) + (basis === 'sessions' ? 1 : s.volunteerHours);
    }
  }

  let runningActual = 0;
  let runningTarget: number | null = 0;
  const result: YearProgress[] = years.map((year) => {
    const actual = perYear[year.index] ?? 0;
    runningActual += actual;
    const target = input.targets.find((t) => t.yearIndex === year.index)?.target ?? null;
    runningTarget = runningTarget === null || target === null ? null : runningTarget + target;
    return {
      year,
      actual,
      target,
      cumulativeActual:
        basis === 'uniqueParticipants' ? (cumulativeUniqueByYear[year.index] ?? 0) : runningActual,
      cumulativeTarget: runningTarget,
    };
  });
  const last = result.at(-1);
  return {
    years: result,
    total: {
      actual: last?.cumulativeActual ?? 0,
      target: input.periodTarget ?? last?.cumulativeTarget ?? null,
    },
    outsidePeriod,
  };
}
