/**
 * The vocabulary of targets and indicators (issue #4 §1). A plan's samarbejdsaftale sets goals and
 * indikatorer per indsatsområde (facts.md §1); each indicator here says what it counts, in which
 * unit, which way is better, and how it is measured.
 */

/** Output: what the plan does (young people in fritidsjob). Outcome: what changes (share who start an education). */
export const INDICATOR_KINDS = ['output', 'outcome'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_UNITS = ['persons', 'attendances', 'sessions', 'hours', 'share', 'count'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Whether a higher figure is better (reach) or a lower one (e.g. share outside education). */
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** How the figure is obtained: counted from registrations here, or entered from a survey or statistics. */
export const MEASUREMENT_METHODS = ['registration', 'survey', 'statistics'] as const;
export type MeasurementMethod = (typeof MEASUREMENT_METHODS)[number];

/**
 * What a registration-based indicator counts.
 * - uniqueParticipants: persons reached (a person attending ten times is one)
 * - attendances: fremmøder (ten for that person)
 * - sessions: sessions held
 * - volunteerHours: hours given by volunteers
 * - enrolments: participants enrolled (started) in the year
 * - enrolmentOutcome: enrolments that ended with the indicator's outcome in the year
 * - outcomeShare: of the enrolments that ended in the year, the share (%) with the outcome
 * - manual: entered per year (survey, statistics)
 */
export const INDICATOR_BASES = [
  'uniqueParticipants',
  'attendances',
  'sessions',
  'volunteerHours',
  'enrolments',
  'enrolmentOutcome',
  'outcomeShare',
  'manual',
] as const;
export type IndicatorBasis = (typeof INDICATOR_BASES)[number];

/** The unit each basis is counted in (manual indicators choose their own). */
export const BASIS_UNIT: Record<Exclude<IndicatorBasis, 'manual'>, IndicatorUnit> = {
  uniqueParticipants: 'persons',
  attendances: 'attendances',
  sessions: 'sessions',
  volunteerHours: 'hours',
  enrolments: 'persons',
  enrolmentOutcome: 'persons',
  outcomeShare: 'share',
};

/** Bases whose yearly figures add up over the period (a share or a set of persons does not). */
export function isAdditive(basis: IndicatorBasis): boolean {
  return basis === 'attendances' || basis === 'sessions' || basis === 'volunteerHours';
}

/** What became of a participant's forløb in an activity (issue #4 §2). */
export const ENROLMENT_OUTCOMES = [
  'startedEducation',
  'completedEducation',
  'gotJob',
  'gotLeisureJob',
  'completed',
  'left',
  'other',
] as const;
export type EnrolmentOutcome = (typeof ENROLMENT_OUTCOMES)[number];

export const ENROLMENT_OUTCOME_LABELS: Record<EnrolmentOutcome, { da: string; en: string }> = {
  startedEducation: { da: 'Startet på uddannelse', en: 'Started education' },
  completedEducation: { da: 'Gennemført uddannelse', en: 'Completed education' },
  gotJob: { da: 'Fået job', en: 'Got a job' },
  gotLeisureJob: { da: 'Fået fritidsjob', en: 'Got a leisure-time job' },
  completed: { da: 'Forløb gennemført', en: 'Completed the programme' },
  left: { da: 'Stoppet', en: 'Left' },
  other: { da: 'Andet', en: 'Other' },
};
