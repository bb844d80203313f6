import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { monitoringYears } from '../../domain/monitoring/monitoring-period';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem } from '../api/api-client';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import { LoadState } from '../layout/load-state';
import { SuccessAlert } from './alerts';
import { IndicatorForm } from './indicator-form';
import { IndicatorTable } from './indicator-table';
import { MeasurementsForm } from './measurements-form';
import { type IndicatorOut, monitoringApi } from './monitoring-api';
import { loadPlanWith, PlanPageHeading } from './plan-page';
import { useStaleApi } from './use-stale-api';

/** /planer/:slug/maal — "Mål og indikatorer": what the plan aims for, per activity and focus area. */
export function TargetsPage() {
  const { slug = '' } = useParams();
  const state = useStaleApi(`targets:${slug}`, (signal) =>
    loadPlanWith(slug, signal, async (plan, s) => ({
      indicators: await monitoringApi.indicators(plan.id, s),
    })),
  );
  return (
    <LoadState state={state}>
      {({ plan, indicators }) => <Targets plan={plan} indicators={indicators} reload={state.reload} />}
    </LoadState>
  );
}

function Targets({
  plan,
  indicators,
  reload,
}: {
  plan: PlanDetail;
  indicators: IndicatorOut[];
  reload(): void;
}) {
  const t = useT();
  const m = t.monitoring;
  const session = useSession();
  const canWrite = session.can('plan:write', { planId: plan.id, municipalityId: plan.municipality.id });
  const years = monitoringYears(plan) ?? [];
  const [editing, setEditing] = useState<IndicatorOut | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [measuring, setMeasuring] = useState<IndicatorOut | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const activities = plan.focusAreas.flatMap((f) => f.activities);

  // The form is below the tables: bring it into view once it has rendered.
  const showForm = () => requestAnimationFrame(() => formRef.current?.scrollIntoView({ block: 'start' }));

  function startEditing(next: IndicatorOut | 'new') {
    setEditing(next);
    setMessage(null);
    setMeasuring(null);
    showForm();
  }

  async function remove(indicator: IndicatorOut) {
    if (!window.confirm(m.targets.confirmDelete(indicator.name))) return;
    try {
      await monitoringApi.deleteIndicator(indicator.id, session.csrfToken ?? '');
      setMessage(m.targets.deleted(indicator.name));
      reload();
    } catch (error) {
      setMessage(error instanceof ApiProblem && error.title ? error.title : t.problems.unexpected);
    }
  }

  const groups = plan.focusAreas
    .map((f) => ({
      focusArea: f,
      items: indicators.filter(
        (i) =>
          i.focusAreaId === f.id ||
          (i.activityId !== null && f.activities.some((a) => a.id === i.activityId)),
      ),
    }))
    .filter((g) => g.items.length > 0);
  const planWide = indicators.filter((i) => i.scope === 'plan');

  return (
    <>
      <PlanPageHeading plan={plan} title={m.targets.title} lead={m.targets.intro} />
      {years.length === 0 ? (
        <div className="alert alert-warning" role="note">
          <div className="alert-body">
            <p className="alert-text">{m.periodUnknown}</p>
          </div>
        </div>
      ) : (
        <p className="form-hint">{m.targets.years(years.map((y) => y.label).join(', '))}</p>
      )}
      <p>
        <Link to={`/planer/${plan.slug}/fremdrift`}>{m.progress.link}</Link>
      </p>
      {message && <SuccessAlert>{message}</SuccessAlert>}

      {indicators.length === 0 && <p>{m.targets.none}</p>}
      {[
        ...groups.map((g) => ({ key: g.focusArea.id, title: g.focusArea.name, items: g.items })),
        ...(planWide.length > 0 ? [{ key: 'plan', title: m.targets.wholePlan, items: planWide }] : []),
      ].map((group) => (
        <section key={group.key} aria-labelledby={`maal-${group.key}`} className="targets-group">
          <h2 id={`maal-${group.key}`} className="h3">
            {group.title}
          </h2>
          <IndicatorTable
            items={group.items}
            years={years}
            activities={activities}
            canWrite={canWrite}
            onEdit={startEditing}
            onDelete={remove}
            onMeasure={(i) => {
              setMeasuring(i);
              setEditing(null);
              showForm();
            }}
            caption={m.targets.caption(group.title)}
          />
        </section>
      ))}

      {canWrite && years.length > 0 && (
        <div ref={formRef} className="targets-form-area">
          {editing === null && measuring === null && (
            <button type="button" className="button button-primary" onClick={() => startEditing('new')}>
              <Icon name="plus" />
              {m.targets.add}
            </button>
          )}
          {editing !== null && (
            <IndicatorForm
              key={editing === 'new' ? 'new' : editing.id}
              plan={plan}
              years={years}
              indicator={editing === 'new' ? null : editing}
              onCancel={() => setEditing(null)}
              onSaved={(saved, created) => {
                setEditing(null);
                setMessage(created ? m.targets.created(saved.name) : m.targets.updated(saved.name));
                reload();
              }}
            />
          )}
          {measuring !== null && (
            <MeasurementsForm
              indicator={measuring}
              years={years}
              onCancel={() => setMeasuring(null)}
              onSaved={() => {
                setMessage(m.targets.measured(measuring.name));
                setMeasuring(null);
                reload();
              }}
            />
          )}
        </div>
      )}
    </>
  );
}
