import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ATTENDANCE_COLUMNS } from '../../domain/monitoring/attendance-columns';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { ImportPanel } from '../imports/import-panel';
import { LoadState } from '../layout/load-state';
import { PageToc } from '../layout/page-toc';
import { Enrolments } from './enrolments-section';
import { ActivityOptions, InputField, SelectField } from './form-fields';
import { monitoringApi } from './monitoring-api';
import { FilterForm, PlanLoadState, PlanPageHeading, usePlanCan, useUrlFilters } from './plan-page';
import { SessionDetail } from './session-editor';
import { SessionsTable } from './sessions-table';
import { useStaleApi } from './use-stale-api';
import { Volunteers } from './volunteers-section';

/** /planer/:slug/registreringer — the sessions registered, import, volunteers and forløb. */
export function SessionsPage() {
  return <PlanLoadState name="sessions-plan">{(plan) => <Sessions plan={plan} />}</PlanLoadState>;
}

function Sessions({ plan }: { plan: PlanDetail }) {
  const m = useT().monitoring;
  const id = useId();
  const can = usePlanCan(plan);
  const canWrite = can('personalData:write');
  const canReadPersonal = can('personalData:read');
  const { params, setFilter } = useUrlFilters();
  const activityId = params.get('indsats') ?? '';
  const from = params.get('fra') ?? '';
  const to = params.get('til') ?? '';
  const [openId, setOpenId] = useState<string | null>(null);
  const query = new URLSearchParams({ limit: '200' });
  if (activityId) query.set('activityId', activityId);
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const sessions = useStaleApi(`sessions:${plan.id}:${query}`, (signal) =>
    monitoringApi.sessions(plan.id, query, signal),
  );
  const activities = plan.focusAreas.flatMap((f) => f.activities);
  const departmentName = (depId: string | null) => plan.departments.find((d) => d.id === depId)?.name ?? '';

  const sections = [
    { id: 'gange', label: m.sessions.listTitle },
    ...(canWrite ? [{ id: 'import', label: m.sessions.importTitle }] : []),
    ...(canReadPersonal ? [{ id: 'frivillige', label: m.volunteers.title }] : []),
    ...(canReadPersonal ? [{ id: 'forloeb', label: m.enrolments.title }] : []),
  ];

  return (
    <>
      <PlanPageHeading plan={plan} title={m.sessions.title} lead={m.sessions.intro} />
      {canWrite && (
        <p>
          <Link className="button button-primary" to={`/planer/${plan.slug}/registrer`}>
            {m.register.title}
          </Link>
        </p>
      )}
      <div className="row">
        <div className="col-12 col-lg-3">
          <PageToc items={sections} />
        </div>
        <div className="col-12 col-lg-9">
          <section id="gange" aria-labelledby="gange-h">
            <h2 id="gange-h">{m.sessions.listTitle}</h2>
            <FilterForm>
              <SelectField
                id={`${id}-activity`}
                label={m.register.activity}
                value={activityId}
                onChange={(v) => setFilter('indsats', v)}
                empty={m.progress.allActivities}
              >
                <ActivityOptions plan={plan} />
              </SelectField>
              <InputField
                id={`${id}-from`}
                label={m.sessions.from}
                type="date"
                value={from}
                onChange={(v) => setFilter('fra', v)}
              />
              <InputField
                id={`${id}-to`}
                label={m.sessions.to}
                type="date"
                value={to}
                onChange={(v) => setFilter('til', v)}
              />
            </FilterForm>
            <LoadState state={sessions}>
              {(list) =>
                list.items.length === 0 ? (
                  <p>{m.sessions.none}</p>
                ) : (
                  <>
                    <SessionsTable
                      items={list.items}
                      total={list.total}
                      departmentName={departmentName}
                      canRead={canReadPersonal}
                      openId={openId}
                      onToggle={(sessionId) => setOpenId(openId === sessionId ? null : sessionId)}
                    />
                    {openId && (
                      <SessionDetail
                        key={openId}
                        sessionId={openId}
                        plan={plan}
                        canWrite={canWrite}
                        onClose={() => setOpenId(null)}
                        onChanged={() => sessions.reload()}
                        onDeleted={() => {
                          setOpenId(null);
                          sessions.reload();
                        }}
                      />
                    )}
                  </>
                )
              }
            </LoadState>
            <ExportLinks url={`/api/plans/${plan.id}/sessions/export`} label={m.sessions.exportSessions} />
            {canReadPersonal && (
              <ExportLinks
                url={`/api/plans/${plan.id}/attendance/export`}
                label={m.sessions.exportAttendance}
              />
            )}
          </section>

          {canWrite && (
            <section id="import" aria-labelledby="import-h">
              <h2 id="import-h">{m.sessions.importTitle}</h2>
              <p>{m.sessions.importIntro}</p>
              <ImportPanel
                url={`/api/plans/${plan.id}/imports/attendance`}
                title={m.sessions.importPanelTitle}
                columns={ATTENDANCE_COLUMNS}
                onImported={() => sessions.reload()}
              />
            </section>
          )}
          {canReadPersonal && (
            <section id="frivillige" aria-labelledby="frivillige-h">
              <h2 id="frivillige-h">{m.volunteers.title}</h2>
              <Volunteers plan={plan} canWrite={canWrite} />
            </section>
          )}
          {canReadPersonal && (
            <section id="forloeb" aria-labelledby="forloeb-h">
              <h2 id="forloeb-h">{m.enrolments.title}</h2>
              <Enrolments plan={plan} activities={activities} canWrite={canWrite} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
