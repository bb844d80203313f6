import type { IndicatorBasis } from '../../domain/monitoring/indicator-kinds';
import type {
  EnrolmentOutcome,
  IndicatorDirection,
  IndicatorKind,
  IndicatorOut,
  IndicatorUnit,
  MeasurementMethod,
} from './monitoring-api';

export type Scope = 'activity' | 'focusArea' | 'plan';

/** The indicator form as typed: numbers stay text until saved, so "12,5" can be half-typed. */
export interface Draft {
  name: string;
  description: string;
  scope: Scope;
  activityId: string;
  focusAreaId: string;
  kind: IndicatorKind;
  basis: IndicatorBasis;
  outcome: EnrolmentOutcome | '';
  unit: IndicatorUnit;
  measurement: MeasurementMethod;
  direction: IndicatorDirection;
  baseline: string;
  baselineNote: string;
  periodTarget: string;
  targets: Record<number, string>;
}

export const needsOutcome = (basis: IndicatorBasis) =>
  basis === 'enrolmentOutcome' || basis === 'outcomeShare';

/** A stored number as the form shows it, with a Danish decimal comma. */
export const numberText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function emptyDraft(): Draft {
  return {
    name: '',
    description: '',
    scope: 'activity',
    activityId: '',
    focusAreaId: '',
    kind: 'output',
    basis: 'uniqueParticipants',
    outcome: '',
    unit: 'persons',
    measurement: 'registration',
    direction: 'increase',
    baseline: '',
    baselineNote: '',
    periodTarget: '',
    targets: {},
  };
}

export function draftOf(i: IndicatorOut): Draft {
  return {
    name: i.name,
    description: i.description ?? '',
    scope: i.scope,
    activityId: i.activityId ?? '',
    focusAreaId: i.focusAreaId ?? '',
    kind: i.kind,
    basis: i.basis,
    outcome: i.outcome ?? '',
    unit: i.unit,
    measurement: i.measurement,
    direction: i.direction,
    baseline: numberText(i.baseline),
    baselineNote: i.baselineNote ?? '',
    periodTarget: numberText(i.periodTarget),
    targets: Object.fromEntries(i.targets.map((t) => [t.yearIndex, numberText(t.target)])),
  };
}

/** A new basis brings the measurement, outcome and kind that go with it. */
export function withBasis(draft: Draft, basis: IndicatorBasis): Partial<Draft> {
  return {
    basis,
    measurement:
      basis === 'manual'
        ? draft.measurement === 'registration'
          ? 'survey'
          : draft.measurement
        : 'registration',
    outcome: needsOutcome(basis) ? draft.outcome || 'startedEducation' : '',
    kind: basis === 'outcomeShare' || basis === 'enrolmentOutcome' ? 'outcome' : draft.kind,
  };
}
