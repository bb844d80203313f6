import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { runningDecimalSum } from '../../domain/numbers/decimal';
import { type BreakdownRow, breakdownCells, participantBreakdownSql } from './participant-breakdown';
import { hideBreakdown, hideYearly, type PlanFacts, type Privacy, privacyOut } from './privacy';
import type { BreakdownOut, DashboardOut, DashboardQuery } from './progress.schema';

/** The plan's sessions, narrowed by the dashboard's filters, with month and focus area. */
export function filteredSessions(planId: string, filters: DashboardQuery): SQL {
  const activity = filters.activityId ? sql`and s.activity_id = ${filters.activityId}` : sql``;
  const area = filters.focusAreaId ? sql`and ac.focus_area_id = ${filters.focusAreaId}` : sql``;
  return sql`select s.id, to_char(s.date, 'YYYY-MM') as m, ac.focus_area_id as fa,
                    s.open_count, s.open_female, s.open_male
               from activity_sessions s join activities ac on ac.id = s.activity_id
              where s.plan_id = ${planId} ${activity} ${area}`;
}

/**
 * Per month and per focus area: sessions, attendances, unique participants, volunteer hours.
 * One query; the grouping sets give the month rows (g = 'm') and the focus-area rows (g = 'f').
 * Open head counts add to attendances and participants ("mindst").
 */
export function dashboardSeriesSql(planId: string, filters: DashboardQuery): SQL {
  return sql`
    with s as materialized (${filteredSessions(planId, filters)}),
    a as (
      select case when grouping(s.m) = 0 then 'm' else 'f' end as g, coalesce(s.m, s.fa::text) as k,
             count(*)::int as attendances, count(distinct a.participant_id)::int as persons
        from attendances a join s on s.id = a.session_id where a.plan_id = ${planId}
        group by grouping sets ((s.m), (s.fa))
    ),
    o as (
      select case when grouping(m) = 0 then 'm' else 'f' end as g, coalesce(m, fa::text) as k,
             count(*)::int as sessions, coalesce(sum(open_count), 0)::int as open
        from s group by grouping sets ((m), (fa))
    ),
    v as (
      select case when grouping(s.m) = 0 then 'm' else 'f' end as g, coalesce(s.m, s.fa::text) as k,
             sum(sv.hours)::float8 as hours
        from session_volunteers sv join s on s.id = sv.session_id where sv.plan_id = ${planId}
        group by grouping sets ((s.m), (s.fa))
    )
    select o.g, o.k, o.sessions, o.open, coalesce(a.attendances, 0)::int as attendances,
           coalesce(a.persons, 0)::int as persons, coalesce(v.hours, 0)::float8 as hours
      from o left join a using (g, k) left join v using (g, k)
     order by o.g, o.k`;
}

/**
 * Reach: unique participants by afdeling, gender and age band (one query, grouping sets). The
 * distinct participants are taken from the attendances first (a few thousand of 500,000 rows in
 * the benchmark), and only those are joined to their facts and counted.
 */
export function dashboardReachSql(planId: string, filters: DashboardQuery): SQL {
  return participantBreakdownSql(sql`
    with s as materialized (${filteredSessions(planId, filters)})
    select a.participant_id from attendances a join s on s.id = a.session_id where a.plan_id = ${planId}`);
}

interface SeriesRow {
  g: 'm' | 'f';
  k: string;
  sessions: number;
  open: number;
  attendances: number;
  persons: number;
  hours: number;
}

export async function getDashboard(
  db: Executor,
  input: { plan: PlanFacts; privacy: Privacy; filters: DashboardQuery },
): Promise<DashboardOut> {
  const { plan, privacy, filters } = input;
  // Suppressed figures for a part beside those for the whole would give the part's hidden cells
  // away by subtraction ("the plan − activity X"): only exact viewers may filter.
  if (privacy.suppressed) {
    const field = filters.activityId ? 'activityId' : filters.focusAreaId ? 'focusAreaId' : null;
    if (field) {
      throw new AppError('FORBIDDEN', {}, [
        { field, message: 'Kun planens egne folk og kommunen kan filtrere tallene.' },
      ]);
    }
  }
  const [series, reachRows, open, areas, activityCounts] = await Promise.all([
    queryRows<SeriesRow>(db, dashboardSeriesSql(plan.planId, filters)),
    queryRows<BreakdownRow>(db, dashboardReachSql(plan.planId, filters)),
    queryRows<{ count: number; female: number; male: number }>(
      db,
      sql`with s as (${filteredSessions(plan.planId, filters)})
          select coalesce(sum(open_count), 0)::int as count, coalesce(sum(open_female), 0)::int as female,
                 coalesce(sum(open_male), 0)::int as male from s`,
    ),
    db
      .select({ id: t.focusAreas.id, code: t.focusAreas.code, name: t.focusAreas.name })
      .from(t.focusAreas)
      .where(eq(t.focusAreas.fundingPeriodId, plan.fundingPeriodId))
      .orderBy(asc(t.focusAreas.position)),
    queryRows<{ fa: string; n: number }>(
      db,
      sql`select focus_area_id as fa, count(*)::int as n from activities
           where plan_id = ${plan.planId}
             ${filters.activityId ? sql`and id = ${filters.activityId}` : sql``}
             ${filters.focusAreaId ? sql`and focus_area_id = ${filters.focusAreaId}` : sql``}
           group by 1`,
    ),
  ]);

  // Months: each measure is a series over the months (additive ones with a hidden-proof total).
  const months = series.filter((r) => r.g === 'm');
  const column = (values: number[], additive: boolean) => {
    const cumulative = runningDecimalSum(values);
    return hideYearly(privacy, { actual: values, cumulative, additive }).actual;
  };
  const attendances = column(
    months.map((r) => Number(r.attendances) + Number(r.open)),
    true,
  );
  const participants = column(
    months.map((r) => Number(r.persons) + Number(r.open)),
    false,
  );
  const sessions = column(
    months.map((r) => Number(r.sessions)),
    true,
  );
  const hours = column(
    months.map((r) => Number(r.hours)),
    true,
  );

  // Focus areas: each measure is a breakdown over the focus areas.
  const byArea = new Map(series.filter((r) => r.g === 'f').map((r) => [r.k, r]));
  const areaColumn = (value: (r: SeriesRow | undefined) => number) =>
    hideBreakdown(
      privacy,
      areas.map((a) => ({ key: a.id, label: a.name, value: value(byArea.get(a.id)) })),
    ).cells.map((c) => c.value);
  const areaSessions = areaColumn((r) => Number(r?.sessions ?? 0));
  const areaPersons = areaColumn((r) => Number(r?.persons ?? 0) + Number(r?.open ?? 0));
  const areaAttendances = areaColumn((r) => Number(r?.attendances ?? 0) + Number(r?.open ?? 0));
  const areaHours = areaColumn((r) => Number(r?.hours ?? 0));

  const o = open[0] ?? { count: 0, female: 0, male: 0 };
  const openCount = Number(o.count);
  const reach = breakdownCells(
    reachRows,
    (r) => r.persons,
    { count: openCount, female: Number(o.female), male: Number(o.male) },
    privacy,
  );
  // Suppressed, a total is shown only where the same figure is shown anyway: the reach's is not
  // (persons over all dates), and beside a hidden plan indicator it would give that away.
  const reachAsShown = (b: BreakdownOut): BreakdownOut => (privacy.suppressed ? { ...b, total: null } : b);

  // Additive counts (attendances, sessions, hours) add up across activities, focus areas and
  // months: beside the indicators' figures they would let a hidden cell be worked out by
  // subtraction. Aggregate-only viewers get them through the indicators alone (suppressed
  // upwards there); persons do not add up, so participants and reach stay.
  const additive = <T>(value: T): T | null => (privacy.suppressed ? null : value);
  return {
    planId: plan.planId,
    ...privacyOut(privacy),
    additiveHidden: privacy.suppressed,
    filters,
    months: months.map((r, i) => ({
      month: r.k,
      attendances: additive(attendances[i] ?? null),
      participants: participants[i] ?? null,
      sessions: additive(sessions[i] ?? null),
      volunteerHours: additive(hours[i] ?? null),
    })),
    reach: {
      department: reachAsShown(reach.department),
      gender: reachAsShown(reach.gender),
      ageBand: reachAsShown(reach.ageBand),
    },
    focusAreas: areas
      .map((a, i) => ({
        ...a,
        activities: Number(activityCounts.find((c) => c.fa === a.id)?.n ?? 0),
        sessions: additive(areaSessions[i] ?? null),
        participants: areaPersons[i] ?? null,
        attendances: additive(areaAttendances[i] ?? null),
        volunteerHours: additive(areaHours[i] ?? null),
      }))
      .filter((a) => !filters.focusAreaId || a.id === filters.focusAreaId),
  };
}
