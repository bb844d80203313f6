import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { isAdditive } from '../../domain/monitoring/indicator-kinds';
import type { PlanYear } from '../../domain/monitoring/plan-years';
import { UUID } from '../plan-rows/parents';
import { countIndicatorYears } from './count-indicator-years';
import { type IndicatorRow, indicatorsProgress, loadIndicators } from './indicator-figures';
import { breakdownCells, loadParticipantBreakdown } from './participant-breakdown';
import { type PlanFacts, type Privacy, planFacts, privacyOut, yearsOrFail } from './privacy';
import type { BreakdownOut, IndicatorProgressDetailOut, IndicatorProgressOut } from './progress.schema';

/** The indicator's scope as a condition on an activity column (and its focus area). */
function scopeCondition(ind: IndicatorRow, activity: SQL, focusArea: SQL): SQL {
  if (ind.activityId) return sql`${activity} = ${ind.activityId}`;
  if (ind.focusAreaId) return sql`${focusArea} = ${ind.focusAreaId}`;
  return sql`true`;
}

/**
 * Who the indicator counted over the whole period, by age band, gender and afdeling of the
 * participant — one query with grouping sets (plus the open head counts, split by their gender
 * counts and otherwise unknown).
 */
async function breakdowns(
  db: Executor,
  ind: IndicatorRow,
  years: readonly PlanYear[],
  privacy: Privacy,
): Promise<IndicatorProgressDetailOut['breakdowns']> {
  const start = years[0]?.start ?? '1990-01-01';
  const end = years.at(-1)?.end ?? '2100-12-31';
  let facts: SQL;
  let open = { count: 0, female: 0, male: 0 };
  if (ind.basis === 'uniqueParticipants' || ind.basis === 'attendances') {
    const sessions = sql`(select s.id, s.open_count, s.open_female, s.open_male
        from activity_sessions s join activities ac on ac.id = s.activity_id
       where s.plan_id = ${ind.planId} and s.date between ${start} and ${end}
         and ${scopeCondition(ind, sql`s.activity_id`, sql`ac.focus_area_id`)}) s`;
    facts = sql`select a.participant_id from attendances a join ${sessions} on s.id = a.session_id
                 where a.plan_id = ${ind.planId}`;
    const [o] = await queryRows<{ count: number; female: number; male: number }>(
      db,
      sql`select coalesce(sum(s.open_count), 0)::int as count, coalesce(sum(s.open_female), 0)::int as female,
                 coalesce(sum(s.open_male), 0)::int as male from ${sessions}`,
    );
    if (o) open = { count: Number(o.count), female: Number(o.female), male: Number(o.male) };
  } else if (ind.basis === 'enrolments' || ind.basis === 'enrolmentOutcome') {
    const date = ind.basis === 'enrolments' ? sql`e.start_date` : sql`e.end_date`;
    const outcome = ind.basis === 'enrolmentOutcome' ? sql`and e.outcome = ${ind.outcome}` : sql``;
    facts = sql`select distinct e.participant_id from enrolments e join activities ac on ac.id = e.activity_id
      where e.plan_id = ${ind.planId} and ${date} between ${start} and ${end} ${outcome}
        and ${scopeCondition(ind, sql`e.activity_id`, sql`ac.focus_area_id`)}`;
  } else {
    return null;
  }
  const rows = await loadParticipantBreakdown(db, facts);
  return breakdownCells(rows, (r) => (ind.basis === 'attendances' ? r.n : r.persons), open, privacy);
}

/** One indicator's progress with its breakdowns; suppressed unless the caller may read the plan. */
export async function getIndicatorProgress(
  db: Executor,
  input: { id: string; privacyOf: (plan: PlanFacts) => Privacy; today?: string },
): Promise<IndicatorProgressDetailOut> {
  if (!UUID.test(input.id)) throw new AppError('INDICATOR_NOT_FOUND');
  const loaded = await loadIndicators(db, { indicatorId: input.id });
  const [indicator] = loaded.rows;
  if (!indicator) throw new AppError('INDICATOR_NOT_FOUND');
  const plan = await planFacts(db, indicator.planId);
  const privacy = input.privacyOf(plan);
  const years = yearsOrFail(plan);
  // Suppressed, the indicator is seen among its plan's indicators (suppression carried upwards).
  const [counts, split, all] = await Promise.all([
    countIndicatorYears(db, plan.planId, years),
    // Breakdowns of additive figures add up across scopes (a focus area's girls minus an
    // activity's); aggregate-only viewers get breakdowns of persons only.
    privacy.suppressed && isAdditive(indicator.basis) ? null : breakdowns(db, indicator, years, privacy),
    privacy.suppressed ? loadIndicators(db, { planId: plan.planId }) : loaded,
  ]);
  const progress = indicatorsProgress({
    indicators: all.rows,
    years,
    counts,
    targets: all.targets,
    measurements: all.measurements,
    privacy,
    today: input.today,
  }).find((p) => p.indicatorId === indicator.id) as IndicatorProgressOut;
  // A breakdown's total beside a hidden (or different) indicator total would give a cell away.
  const totalAsShown = (b: BreakdownOut): BreakdownOut =>
    privacy.suppressed && b.total !== progress.total.actual ? { ...b, total: null } : b;
  return {
    ...progress,
    planId: plan.planId,
    ...privacyOut(privacy),
    breakdowns: split && {
      ageBand: totalAsShown(split.ageBand),
      gender: totalAsShown(split.gender),
      department: totalAsShown(split.department),
    },
  };
}
