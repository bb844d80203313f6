import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import {
  BASIS_UNIT,
  type IndicatorBasis,
  type IndicatorUnit,
  type MeasurementMethod,
} from '../../domain/monitoring/indicator-kinds';
import { type PlanYear, planYears } from '../../domain/monitoring/plan-years';
import { loadPlanPeriod } from '../plans/plan-period';

/** The indicator as it will be after the write. */
export interface IndicatorFacts {
  activityId?: string | null;
  focusAreaId?: string | null;
  basis: IndicatorBasis;
  unit?: IndicatorUnit | null;
  outcome?: string | null;
  measurement: MeasurementMethod;
  targets?: readonly { yearIndex: number }[];
}

const invalid = (field: string, message: string) =>
  new AppError('INDICATOR_INVALID', {}, [{ field, message }]);

/** The plan's years, or PLAN_PERIOD_UNKNOWN (409) when neither dates nor years are known. */
export async function planYearsOf(db: Executor, planId: string): Promise<PlanYear[]> {
  const period = await loadPlanPeriod(db, planId);
  if (!period) throw new AppError('PLAN_PERIOD_UNKNOWN');
  return planYears(period.start, period.end);
}

/** The unit an indicator gets: the one given, else its basis's (a manual one must choose). */
export function unitOf(facts: IndicatorFacts): IndicatorUnit {
  if (facts.unit) return facts.unit;
  if (facts.basis === 'manual')
    throw invalid('unit', 'Angiv enheden for en indikator, der måles ved undersøgelse eller statistik');
  return BASIS_UNIT[facts.basis];
}

/**
 * An indicator's rules: an outcome exactly for the outcome bases; entered by hand exactly when
 * measured by survey or statistics; its activity in the plan; its focus area in the plan's
 * funding period (and the activity's, when both are given); its targets in the plan's years.
 */
export async function checkIndicator(db: Executor, planId: string, facts: IndicatorFacts): Promise<void> {
  const needsOutcome = facts.basis === 'enrolmentOutcome' || facts.basis === 'outcomeShare';
  if (needsOutcome && !facts.outcome) {
    throw invalid('outcome', 'Angiv hvilket resultat af forløbet der tælles (fx "Startet på uddannelse")');
  }
  if (!needsOutcome && facts.outcome) {
    throw invalid('outcome', 'Et resultat angives kun, når der tælles forløbs resultater');
  }
  if ((facts.basis === 'manual') !== (facts.measurement !== 'registration')) {
    throw invalid(
      'measurement',
      facts.basis === 'manual'
        ? 'En indikator med manuelle tal måles ved undersøgelse eller statistik, ikke ved registrering'
        : 'En indikator, der tælles fra registreringer, måles ved registrering',
    );
  }
  unitOf(facts);

  const [plan] = await db
    .select({ fundingPeriodId: t.plans.fundingPeriodId })
    .from(t.plans)
    .where(eq(t.plans.id, planId));
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  let activityArea: string | null = null;
  if (facts.activityId) {
    const [activity] = await db
      .select({ planId: t.activities.planId, focusAreaId: t.activities.focusAreaId })
      .from(t.activities)
      .where(eq(t.activities.id, facts.activityId));
    if (!activity || activity.planId !== planId) {
      throw invalid('activityId', 'Indsatsen hører ikke til denne helhedsplan');
    }
    activityArea = activity.focusAreaId;
  }
  if (facts.focusAreaId) {
    const [area] = await db
      .select({ fundingPeriodId: t.focusAreas.fundingPeriodId })
      .from(t.focusAreas)
      .where(eq(t.focusAreas.id, facts.focusAreaId));
    if (!area || area.fundingPeriodId !== plan.fundingPeriodId) {
      throw new AppError('FOCUS_AREA_NOT_IN_FUNDING_PERIOD', { fundingPeriodId: plan.fundingPeriodId }, [
        {
          field: 'focusAreaId',
          message: `Indsatsområdet hører ikke til planens bevillingsperiode (${plan.fundingPeriodId})`,
        },
      ]);
    }
    if (activityArea !== null && activityArea !== facts.focusAreaId) {
      throw invalid('focusAreaId', 'Indsatsområdet er ikke indsatsens indsatsområde');
    }
  }

  const targets = facts.targets ?? [];
  if (targets.length === 0) return;
  const years = await planYearsOf(db, planId);
  checkYearIndexes(years, targets, 'targets', 'INDICATOR_TARGET_OUTSIDE_PERIOD');
}

/** Each year index once, and within the plan's years. */
export function checkYearIndexes(
  years: readonly PlanYear[],
  items: readonly { yearIndex: number }[],
  field: string,
  code: 'INDICATOR_TARGET_OUTSIDE_PERIOD' | 'INDICATOR_INVALID',
): void {
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (item.yearIndex >= years.length) {
      const labels = `${years[0]?.label ?? ''}–${years.at(-1)?.label ?? ''}`;
      throw new AppError(code, { years: years.length }, [
        {
          field: `${field}.${i}.yearIndex`,
          message: `Planår ${item.yearIndex} ligger uden for planens ${years.length} år (${labels}; planår 0–${years.length - 1})`,
        },
      ]);
    }
    if (seen.has(item.yearIndex)) {
      throw invalid(`${field}.${i}.yearIndex`, `Planår ${item.yearIndex} er angivet to gange`);
    }
    seen.add(item.yearIndex);
  });
}
