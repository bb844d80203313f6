import { useId } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem } from '../api/api-client';
import { useApi } from '../api/use-api';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { LoadState } from '../layout/load-state';
import { AttendanceChart, ReachChart } from './dashboard-charts';
import { AmountCell, DataTable } from './data-table';
import { SelectField } from './form-fields';
import { IndicatorCard } from './indicator-card';
import {
  type DashboardOut,
  type IndicatorProgressOut,
  monitoringApi,
  type PlanProgressOut,
  todayIso,
} from './monitoring-api';
import { FilterForm, loadPlanWith, PlanPageHeading, usePlanCan, useUrlFilters } from './plan-page';
import { useFigure } from './progress-bits';

/** /planer/:slug/fremdrift — indicators against targets per focus area, and the reach over time. */
export function ProgressPage() {
  const { slug = '' } = useParams();
  const state = useApi(`progress:${slug}`, (signal) =>
    loadPlanWith(slug, signal, async (plan, s) => ({
      progress: await progressUnlessPeriodUnknown(plan.id, s),
    })),
  );
  return (
    <LoadState state={state}>
      {({ plan, progress }) => <Dashboard plan={plan} progress={progress} />}
    </LoadState>
  );
}

/**
 * A plan whose source gives neither dates nor years (an older plan) has no plan years to count
 * targets in: that is a fact about the plan, not an error, and its attendance can still be shown.
 */
async function progressUnlessPeriodUnknown(
  planId: string,
  signal: AbortSignal,
): Promise<PlanProgressOut | null> {
  try {
    return await monitoringApi.progress(planId, signal);
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'PLAN_PERIOD_UNKNOWN') return null;
    throw error;
  }
}

function Dashboard({ plan, progress }: { plan: PlanDetail; progress: PlanProgressOut | null }) {
  const t = useT();
  const m = t.monitoring;
  const id = useId();
  const can = usePlanCan(plan);
  const { params, setFilter } = useUrlFilters();
  // Only exact viewers filter: suppressed figures for a part beside the whole's would give hidden
  // cells away by subtraction, so the API refuses filters to everyone else (decision 013).
  const mayFilter = can('plan:read');
  const focusAreaId = mayFilter ? (params.get('indsatsomraade') ?? '') : '';
  const activityId = mayFilter ? (params.get('indsats') ?? '') : '';
  const threshold = progress?.threshold ?? plan.suppressionThreshold;
  const today = todayIso();
  const current = progress?.years.find((y) => today >= y.start && today <= y.end) ?? null;
  const indicators = progress?.indicators ?? [];
  const suppressed = progress ? progress.suppressed : !can('plan:read');

  const query = new URLSearchParams();
  if (activityId) query.set('activityId', activityId);
  else if (focusAreaId) query.set('focusAreaId', focusAreaId);
  const dashboard = useApi(`dashboard:${plan.id}:${query}`, (signal) =>
    monitoringApi.dashboard(plan.id, query, signal),
  );

  const focusAreas = plan.focusAreas.filter((f) => f.activities.length > 0);
  const activitiesShown = (focusAreaId ? focusAreas.filter((f) => f.id === focusAreaId) : focusAreas).flatMap(
    (f) => f.activities,
  );
  const matches = (p: IndicatorProgressOut) =>
    (!focusAreaId || p.focusAreaId === focusAreaId || p.scope === 'plan') &&
    (!activityId || p.activityId === activityId || p.scope !== 'activity');
  const shown = indicators.filter(matches);
  const groups = [
    ...focusAreas
      .filter((f) => !focusAreaId || f.id === focusAreaId)
      .map((f) => ({
        key: f.id,
        title: f.name,
        items: shown.filter((p) => p.scope !== 'plan' && p.focusAreaId === f.id),
      })),
    { key: 'plan', title: m.targets.wholePlan, items: shown.filter((p) => p.scope === 'plan') },
  ].filter((g) => g.items.length > 0);

  return (
    <>
      <PlanPageHeading plan={plan} title={m.progress.title} lead={m.progress.intro} />
      {suppressed && (
        <div className="alert alert-info" role="note">
          <div className="alert-body">
            <p className="alert-heading">{m.progress.suppressedHeading}</p>
            <p className="alert-text">{m.progress.suppressedText(threshold)}</p>
          </div>
        </div>
      )}
      {can('personalData:write') && (
        <ul className="nobullet-list internal-links">
          <li>
            <Link to={`/planer/${plan.slug}/registrer`}>{m.register.link}</Link>
          </li>
          <li>
            <Link to={`/planer/${plan.slug}/maal`}>{m.targets.link}</Link>
          </li>
        </ul>
      )}

      {mayFilter && (
        <FilterForm>
          <SelectField
            id={`${id}-focus`}
            label={m.targets.focusArea}
            value={focusAreaId}
            onChange={(v) => setFilter('indsatsomraade', v, ['indsats'])}
            empty={m.progress.allFocusAreas}
            choices={focusAreas.map((f) => ({ value: f.id, label: f.name }))}
          />
          <SelectField
            id={`${id}-activity`}
            label={m.register.activity}
            value={activityId}
            onChange={(v) => setFilter('indsats', v)}
            empty={m.progress.allActivities}
            choices={activitiesShown.map((a) => ({ value: a.id, label: a.name }))}
          />
        </FilterForm>
      )}

      <section aria-labelledby={`${id}-ind`} className="progress-section">
        <h2 id={`${id}-ind`}>{m.progress.indicatorsTitle}</h2>
        {!progress && (
          <div className="alert alert-info" role="note">
            <div className="alert-body">
              <p className="alert-heading">{m.progress.periodUnknownHeading}</p>
              <p className="alert-text">{m.progress.periodUnknownText}</p>
            </div>
          </div>
        )}
        {progress && groups.length === 0 && (
          <p>
            {indicators.length === 0 ? m.progress.noIndicators : m.progress.noIndicatorsFiltered}{' '}
            {can('plan:write') && <Link to={`/planer/${plan.slug}/maal`}>{m.targets.link}</Link>}
          </p>
        )}
        {groups.map((g) => (
          <section key={g.key} aria-labelledby={`${id}-g-${g.key}`} className="progress-group">
            <h3 id={`${id}-g-${g.key}`}>{g.title}</h3>
            <ul className="nobullet-list no-max-width indicator-list">
              {g.items.map((p) => (
                <IndicatorCard
                  key={p.indicatorId}
                  progress={p}
                  plan={plan}
                  currentIndex={current?.index ?? null}
                  threshold={threshold}
                />
              ))}
            </ul>
          </section>
        ))}
        {progress && (
          <ExportLinks url={`/api/plans/${plan.id}/progress/export`} label={m.progress.exportProgress} />
        )}
      </section>

      <LoadState state={dashboard}>
        {(d) => (
          <>
            <section aria-labelledby={`${id}-over-time`} className="progress-section">
              <h2 id={`${id}-over-time`}>{m.progress.overTimeTitle}</h2>
              {d.months.length === 0 ? (
                <p>{m.progress.noRegistrations}</p>
              ) : (
                <AttendanceChart months={d.months} threshold={threshold} additiveHidden={d.additiveHidden} />
              )}
            </section>
            <section aria-labelledby={`${id}-reach`} className="progress-section">
              <h2 id={`${id}-reach`}>{m.progress.reachTitle}</h2>
              <p className="form-hint">{m.progress.reachHint}</p>
              <div className="reach-grid">
                <ReachChart
                  title={m.progress.byDepartment}
                  breakdown={d.reach.department}
                  threshold={threshold}
                />
                <ReachChart title={m.progress.byGender} breakdown={d.reach.gender} threshold={threshold} />
                <ReachChart title={m.progress.byAgeBand} breakdown={d.reach.ageBand} threshold={threshold} />
              </div>
            </section>
            <section aria-labelledby={`${id}-areas`} className="progress-section">
              <h2 id={`${id}-areas`}>{m.progress.focusAreasTitle}</h2>
              <FocusAreaTable dashboard={d} threshold={threshold} />
            </section>
          </>
        )}
      </LoadState>
      {can('plan:read') && (
        <ExportLinks url={`/api/plans/${plan.id}/sessions/export`} label={m.sessions.exportSessions} />
      )}
    </>
  );
}

function FocusAreaTable({
  dashboard,
  threshold,
}: {
  dashboard: Pick<DashboardOut, 'focusAreas' | 'additiveHidden'>;
  threshold: number;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  // Aggregate-only viewers: attendances, sessions and hours only through the indicators above.
  const all = !dashboard.additiveHidden;
  return (
    <>
      <DataTable
        label={m.progress.focusAreasCaption}
        className="focus-area-summary"
        columns={[
          { label: m.targets.focusArea },
          { label: m.progress.colActivities, amount: true },
          ...(all ? [{ label: m.progress.colSessions, amount: true }] : []),
          { label: m.progress.colParticipants, amount: true },
          ...(all
            ? [
                { label: m.progress.colAttendances, amount: true },
                { label: m.progress.colVolunteerHours, amount: true },
              ]
            : []),
        ]}
      >
        {dashboard.focusAreas.map((f) => (
          <tr key={f.id}>
            <th scope="row" className="row-label">
              {f.name}
            </th>
            <AmountCell>{formatNumber(f.activities)}</AmountCell>
            {all && <AmountCell>{figure(f.sessions, 'sessions', threshold)}</AmountCell>}
            <AmountCell>{figure(f.participants, 'persons', threshold)}</AmountCell>
            {all && <AmountCell>{figure(f.attendances, 'attendances', threshold)}</AmountCell>}
            {all && <AmountCell>{figure(f.volunteerHours, 'hours', threshold)}</AmountCell>}
          </tr>
        ))}
      </DataTable>
      {!all && <p className="form-hint">{m.progress.additiveHiddenNote}</p>}
    </>
  );
}
