import { useId } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { ScrollTable } from '../layout/scroll-table';
import { AttendanceChart, ReachChart } from './dashboard-charts';
import {
  type DashboardOut,
  type IndicatorProgressOut,
  monitoringApi,
  type PlanProgressOut,
  todayIso,
} from './monitoring-api';
import { ProgressBar, StatusBadge, useFigure } from './progress-bits';

/** /planer/:slug/fremdrift — indicators against targets per focus area, and the reach over time. */
export function ProgressPage() {
  const { slug = '' } = useParams();
  const state = useApi(`progress:${slug}`, async (signal) => {
    const plan = await getPlan(slug, signal);
    const progress = await monitoringApi.progress(plan.id, signal);
    return { plan, progress };
  });
  return (
    <LoadState state={state}>
      {({ plan, progress }) => <Dashboard plan={plan} progress={progress} />}
    </LoadState>
  );
}

function Dashboard({ plan, progress }: { plan: PlanDetail; progress: PlanProgressOut }) {
  const t = useT();
  const m = t.monitoring;
  const id = useId();
  const session = useSession();
  const scope = { planId: plan.id, municipalityId: plan.municipality.id };
  const [params, setParams] = useSearchParams();
  const focusAreaId = params.get('indsatsomraade') ?? '';
  const activityId = params.get('indsats') ?? '';
  const threshold = progress.threshold ?? plan.suppressionThreshold;
  const today = todayIso();
  const current = progress.years.find((y) => today >= y.start && today <= y.end) ?? null;

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
  const shown = progress.indicators.filter(matches);
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

  function setFilter(key: 'indsatsomraade' | 'indsats', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'indsatsomraade') next.delete('indsats');
    setParams(next, { replace: true });
  }

  return (
    <>
      <Breadcrumbs items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: m.progress.title }]} />
      <PageHeading title={`${m.progress.title} – ${plan.name}`}>{m.progress.title}</PageHeading>
      <p className="font-lead">{m.progress.intro}</p>
      {progress.suppressed && (
        <div className="alert alert-info" role="note">
          <div className="alert-body">
            <p className="alert-heading">{m.progress.suppressedHeading}</p>
            <p className="alert-text">{m.progress.suppressedText(threshold)}</p>
          </div>
        </div>
      )}
      {session.can('personalData:write', scope) && (
        <ul className="nobullet-list internal-links">
          <li>
            <Link to={`/planer/${plan.slug}/registrer`}>{m.register.link}</Link>
          </li>
          <li>
            <Link to={`/planer/${plan.slug}/maal`}>{m.targets.link}</Link>
          </li>
        </ul>
      )}

      <form className="progress-filters" onSubmit={(e) => e.preventDefault()} aria-label={m.progress.filters}>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-focus`}>
            {m.targets.focusArea}
          </label>
          <select
            id={`${id}-focus`}
            className="form-select"
            value={focusAreaId}
            onChange={(e) => setFilter('indsatsomraade', e.target.value)}
          >
            <option value="">{m.progress.allFocusAreas}</option>
            {focusAreas.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-activity`}>
            {m.register.activity}
          </label>
          <select
            id={`${id}-activity`}
            className="form-select"
            value={activityId}
            onChange={(e) => setFilter('indsats', e.target.value)}
          >
            <option value="">{m.progress.allActivities}</option>
            {activitiesShown.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section aria-labelledby={`${id}-ind`} className="progress-section">
        <h2 id={`${id}-ind`}>{m.progress.indicatorsTitle}</h2>
        {groups.length === 0 && (
          <p>
            {progress.indicators.length === 0 ? m.progress.noIndicators : m.progress.noIndicatorsFiltered}{' '}
            {session.can('plan:write', scope) && (
              <Link to={`/planer/${plan.slug}/maal`}>{m.targets.link}</Link>
            )}
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
        <ExportLinks url={`/api/plans/${plan.id}/progress/export`} label={m.progress.exportProgress} />
      </section>

      <LoadState state={dashboard}>
        {(d) => (
          <>
            <section aria-labelledby={`${id}-over-time`} className="progress-section">
              <h2 id={`${id}-over-time`}>{m.progress.overTimeTitle}</h2>
              {d.months.length === 0 ? (
                <p>{m.progress.noRegistrations}</p>
              ) : (
                <AttendanceChart months={d.months} threshold={threshold} />
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
      {session.can('plan:read', scope) && (
        <ExportLinks url={`/api/plans/${plan.id}/sessions/export`} label={m.sessions.exportSessions} />
      )}
    </>
  );
}

function IndicatorCard({
  progress: p,
  plan,
  currentIndex,
  threshold,
}: {
  progress: IndicatorProgressOut;
  plan: PlanDetail;
  currentIndex: number | null;
  threshold: number;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  const activity = plan.focusAreas.flatMap((f) => f.activities).find((a) => a.id === p.activityId);
  const year = currentIndex === null ? null : p.years.find((y) => y.index === currentIndex);
  const suppressedHere = p.years.some((y) => y.actual === null) || p.total.actual === null;
  const caption = m.progress.yearsCaption(p.name);
  return (
    <li className="indicator-card" data-indicator={p.name}>
      <div className="indicator-card-head">
        <h4 className="indicator-card-title">{p.name}</h4>
        <StatusBadge status={p.status} />
      </div>
      <p className="line-hint">
        {[
          activity?.name,
          m.kind[p.kind],
          m.basis[p.basis],
          p.outcome ? m.outcome[p.outcome] : null,
          m.measurement[p.measurement],
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <ProgressBar
        label={m.progress.wholePeriod}
        actual={p.total.actual}
        target={p.total.target}
        unit={p.unit}
        threshold={threshold}
        atLeast={p.atLeast}
      />
      {year && (
        <ProgressBar
          label={m.progress.thisYear(year.label)}
          actual={year.actual}
          target={year.target}
          unit={p.unit}
          threshold={threshold}
          atLeast={p.atLeast}
        />
      )}
      {p.baseline !== null && (
        <p className="line-hint">{m.progress.baseline(figure(p.baseline, p.unit, threshold))}</p>
      )}
      {p.atLeast && <p className="line-hint">{m.progress.atLeastNote}</p>}
      {suppressedHere && <p className="line-hint">{m.progress.suppressedCell(threshold)}</p>}
      {p.outsidePeriod !== null && p.outsidePeriod > 0 && (
        <p className="line-hint">{m.progress.outsidePeriod(formatNumber(p.outsidePeriod))}</p>
      )}
      <details className="details">
        <summary className="details-summary">{m.progress.perYear}</summary>
        <div className="details-text">
          <ScrollTable label={caption}>
            <table className="table table--compact indicator-years">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.progress.colYear}</th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colTarget}
                  </th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colActual}
                  </th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colCumulativeTarget}
                  </th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colCumulativeActual}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.years.map((y) => (
                  <tr key={y.index}>
                    <th scope="row">{y.label}</th>
                    <td className="amount-cell amount">
                      {y.target === null ? '–' : figure(y.target, p.unit, threshold)}
                    </td>
                    <td className="amount-cell amount">{figure(y.actual, p.unit, threshold)}</td>
                    <td className="amount-cell amount">
                      {y.cumulativeTarget === null ? '–' : figure(y.cumulativeTarget, p.unit, threshold)}
                    </td>
                    <td className="amount-cell amount">{figure(y.cumulativeActual, p.unit, threshold)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="total-row">
                  <th scope="row">{m.progress.wholePeriod}</th>
                  <td className="amount-cell amount">
                    {p.total.target === null ? '–' : figure(p.total.target, p.unit, threshold)}
                  </td>
                  <td className="amount-cell amount">{figure(p.total.actual, p.unit, threshold)}</td>
                  <td />
                  <td />
                </tr>
              </tfoot>
            </table>
          </ScrollTable>
        </div>
      </details>
    </li>
  );
}

function FocusAreaTable({
  dashboard,
  threshold,
}: {
  dashboard: Pick<DashboardOut, 'focusAreas'>;
  threshold: number;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  const caption = m.progress.focusAreasCaption;
  return (
    <ScrollTable label={caption}>
      <table className="table table--compact focus-area-summary">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.targets.focusArea}</th>
            <th scope="col" className="amount-cell">
              {m.progress.colActivities}
            </th>
            <th scope="col" className="amount-cell">
              {m.progress.colSessions}
            </th>
            <th scope="col" className="amount-cell">
              {m.progress.colParticipants}
            </th>
            <th scope="col" className="amount-cell">
              {m.progress.colAttendances}
            </th>
            <th scope="col" className="amount-cell">
              {m.progress.colVolunteerHours}
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.focusAreas.map((f) => (
            <tr key={f.id}>
              <th scope="row" className="row-label">
                {f.name}
              </th>
              <td className="amount-cell amount">{formatNumber(f.activities)}</td>
              <td className="amount-cell amount">{figure(f.sessions, 'sessions', threshold)}</td>
              <td className="amount-cell amount">{figure(f.participants, 'persons', threshold)}</td>
              <td className="amount-cell amount">{figure(f.attendances, 'attendances', threshold)}</td>
              <td className="amount-cell amount">{figure(f.volunteerHours, 'hours', threshold)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
