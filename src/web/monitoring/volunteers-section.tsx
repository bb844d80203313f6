import { type FormEvent, useId, useState } from 'react';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import type { ApiProblem } from '../api/api-client';
import { useSession } from '../auth/session';
import { formatDate, formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { Icon } from '../layout/icon';
import { LoadState } from '../layout/load-state';
import { SuccessAlert } from './alerts';
import { AmountCell, DataTable } from './data-table';
import { asProblem, ErrorSummary, fieldErrorsOf, validationProblem } from './form-errors';
import { InputField } from './form-fields';
import { monitoringApi, todayIso } from './monitoring-api';
import { useStaleApi } from './use-stale-api';

/** The plan's volunteers with their hours; a new one gets a code, and a name only with consent. */
export function Volunteers({ plan, canWrite }: { plan: PlanDetail; canWrite: boolean }) {
  const m = useT().monitoring;
  const id = useId();
  const session = useSession();
  const state = useStaleApi(`volunteer-list:${plan.id}`, (signal) =>
    monitoringApi.volunteers(plan.id, signal),
  );
  const [name, setName] = useState('');
  const [consentDate, setConsentDate] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const errors = fieldErrorsOf(problem);

  async function add(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    if (name.trim() && !consentDate) {
      setProblem(
        validationProblem(m.volunteers.consentNeeded, [
          { field: 'consentDate', message: m.volunteers.consentNeeded },
        ]),
      );
      return;
    }
    try {
      const volunteer = await monitoringApi.createVolunteer(
        plan.id,
        name.trim() ? { name: name.trim(), consentDate } : {},
        session.csrfToken ?? '',
      );
      setProblem(null);
      setCreated(volunteer?.code ?? null);
      setName('');
      setConsentDate('');
      state.reload();
    } catch (error) {
      setProblem(asProblem(error));
    }
  }

  return (
    <>
      <p>{m.volunteers.intro}</p>
      <LoadState state={state}>
        {(items) =>
          items.length === 0 ? (
            <p>{m.volunteers.none}</p>
          ) : (
            <DataTable
              label={m.volunteers.caption}
              caption={m.volunteers.caption}
              className="volunteers-table"
              columns={[
                { label: m.volunteers.colCode },
                { label: m.volunteers.colName },
                { label: m.volunteers.colSessions, amount: true },
                { label: m.volunteers.colHours, amount: true },
              ]}
              foot={
                <tr className="total-row">
                  <th scope="row" colSpan={2}>
                    {m.progress.total}
                  </th>
                  <AmountCell>{formatNumber(items.reduce((sum, v) => sum + v.sessionCount, 0))}</AmountCell>
                  <AmountCell>{formatNumber(items.reduce((sum, v) => sum + v.totalHours, 0))}</AmountCell>
                </tr>
              }
            >
              {items.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    {v.code}
                    {!v.active && <span className="line-hint">{m.volunteers.inactive}</span>}
                  </th>
                  <td>
                    {v.name ?? '–'}
                    {v.consentDate && (
                      <span className="line-hint">{m.volunteers.consentOn(formatDate(v.consentDate))}</span>
                    )}
                  </td>
                  <AmountCell>{formatNumber(v.sessionCount)}</AmountCell>
                  <AmountCell>{formatNumber(v.totalHours)}</AmountCell>
                </tr>
              ))}
            </DataTable>
          )
        }
      </LoadState>
      <ExportLinks url={`/api/plans/${plan.id}/volunteers/export`} label={m.volunteers.export} />
      {canWrite && (
        <form onSubmit={add} noValidate className="volunteer-form" aria-labelledby={`${id}-h`}>
          <h3 id={`${id}-h`} className="h4">
            {m.volunteers.addTitle}
          </h3>
          {created && <SuccessAlert>{m.volunteers.created(created)}</SuccessAlert>}
          {problem && (
            <ErrorSummary
              problem={problem}
              fields={[
                { field: 'name', id: `${id}-name`, label: m.volunteers.colName },
                { field: 'consentDate', id: `${id}-consent`, label: m.volunteers.consentDate },
              ]}
            />
          )}
          <p className="form-hint">{m.volunteers.addHint}</p>
          <div className="register-pair">
            <InputField
              id={`${id}-name`}
              label={m.volunteers.nameOptional}
              error={errors.name}
              value={name}
              maxLength={200}
              autoComplete="off"
              onChange={setName}
            />
            <InputField
              id={`${id}-consent`}
              label={m.volunteers.consentDate}
              hint={m.volunteers.consentHint}
              error={errors.consentDate}
              type="date"
              value={consentDate}
              max={todayIso()}
              onChange={setConsentDate}
            />
          </div>
          <button type="submit" className="button button-secondary">
            <Icon name="plus" />
            {m.volunteers.add}
          </button>
        </form>
      )}
    </>
  );
}
