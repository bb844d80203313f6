import { type FormEvent, useId, useState } from 'react';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem } from '../api/api-client';
import { useSession } from '../auth/session';
import { formatDate, formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { Icon } from '../layout/icon';
import { LoadState } from '../layout/load-state';
import { ScrollTable } from '../layout/scroll-table';
import { ErrorSummary, Field, fieldErrorsOf } from './form-errors';
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
        new ApiProblem('problem', 400, m.volunteers.consentNeeded, 'VALIDATION_FAILED', null, [
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
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
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
            <ScrollTable label={m.volunteers.caption}>
              <table className="table table--compact volunteers-table">
                <caption>{m.volunteers.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.volunteers.colCode}</th>
                    <th scope="col">{m.volunteers.colName}</th>
                    <th scope="col" className="amount-cell">
                      {m.volunteers.colSessions}
                    </th>
                    <th scope="col" className="amount-cell">
                      {m.volunteers.colHours}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">
                        {v.code}
                        {!v.active && <span className="line-hint">{m.volunteers.inactive}</span>}
                      </th>
                      <td>
                        {v.name ?? '–'}
                        {v.consentDate && (
                          <span className="line-hint">
                            {m.volunteers.consentOn(formatDate(v.consentDate))}
                          </span>
                        )}
                      </td>
                      <td className="amount-cell amount">{formatNumber(v.sessionCount)}</td>
                      <td className="amount-cell amount">{formatNumber(v.totalHours)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="total-row">
                    <th scope="row" colSpan={2}>
                      {m.progress.total}
                    </th>
                    <td className="amount-cell amount">
                      {formatNumber(items.reduce((sum, v) => sum + v.sessionCount, 0))}
                    </td>
                    <td className="amount-cell amount">
                      {formatNumber(items.reduce((sum, v) => sum + v.totalHours, 0))}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </ScrollTable>
          )
        }
      </LoadState>
      <ExportLinks url={`/api/plans/${plan.id}/volunteers/export`} label={m.volunteers.export} />
      {canWrite && (
        <form onSubmit={add} noValidate className="volunteer-form" aria-labelledby={`${id}-h`}>
          <h3 id={`${id}-h`} className="h4">
            {m.volunteers.addTitle}
          </h3>
          {created && (
            <div className="alert alert-success" role="status">
              <Icon name="success" className="alert-icon" />
              <div className="alert-body">
                <p className="alert-heading">{m.volunteers.created(created)}</p>
              </div>
            </div>
          )}
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
            <Field id={`${id}-name`} label={m.volunteers.nameOptional} error={errors.name}>
              {(describedBy) => (
                <input
                  id={`${id}-name`}
                  className="form-input"
                  value={name}
                  maxLength={200}
                  autoComplete="off"
                  aria-describedby={describedBy}
                  onChange={(e) => setName(e.target.value)}
                />
              )}
            </Field>
            <Field
              id={`${id}-consent`}
              label={m.volunteers.consentDate}
              hint={m.volunteers.consentHint}
              error={errors.consentDate}
            >
              {(describedBy) => (
                <input
                  id={`${id}-consent`}
                  type="date"
                  className="form-input"
                  value={consentDate}
                  max={todayIso()}
                  aria-describedby={describedBy}
                  onChange={(e) => setConsentDate(e.target.value)}
                />
              )}
            </Field>
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
