import { type FormEvent, useState } from 'react';
import type { PlanWriteStateOut } from '../../server/plans/plan-write-state.schema';
import { ApiProblem, getJson, sendJson } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';

export type PlanWriteStateApi = ReturnType<typeof usePlanWriteState>;

/** Whether the plan can be changed now; the page hides its write links while it cannot. */
export function usePlanWriteState(planId: string) {
  return useApi(`write-state:${planId}`, (signal) =>
    getJson<PlanWriteStateOut>(`/api/plans/${planId}/write-state`, signal),
  );
}

/**
 * A completed or superseded plan can only be read (decision 016): the plan page says so, and an
 * administrator can reopen it for a correction — with a reason that goes into the audit trail —
 * and close it again. Nothing is shown while the plan is an ordinary, writable one.
 */
export function PlanWriteState({ planId, state }: { planId: string; state: PlanWriteStateApi }) {
  const t = useT().plan.writeState;
  const session = useSession();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (state.status !== 'success') return null;
  const { writable, readOnlyReason, reopenedAt, reopenReason } = state.data;
  if (writable && !reopenedAt) return null;
  const isAdmin = session.can('system:admin');

  async function send(event: FormEvent, action: 'reopen' | 'close') {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await sendJson(
        'POST',
        `/api/plans/${planId}/${action}`,
        action === 'reopen' ? { reason } : {},
        session.csrfToken ?? '',
      );
      setReason('');
      state.reload();
    } catch (e) {
      setError(e instanceof ApiProblem ? (e.title ?? t.failed) : t.failed);
    } finally {
      setBusy(false);
    }
  }

  if (reopenedAt)
    return (
      <div className="alert alert-warning plan-write-state" role="status">
        <Icon name="warning" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-heading">{t.reopenedHeading}</p>
          <p className="alert-text">{t.reopenedText(reopenReason ?? '')}</p>
          {isAdmin && (
            <form onSubmit={(e) => send(e, 'close')}>
              <button type="submit" className="button button-secondary" disabled={busy}>
                {t.close}
              </button>
            </form>
          )}
          {error && <p className="form-error-message">{error}</p>}
        </div>
      </div>
    );

  return (
    <div className="alert alert-info plan-write-state" role="status">
      <Icon name="info" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">
          {readOnlyReason === 'superseded' ? t.supersededHeading : t.completedHeading}
        </p>
        <p className="alert-text">{isAdmin ? t.adminText : t.readerText}</p>
        {isAdmin && (
          <form onSubmit={(e) => send(e, 'reopen')}>
            <div className="form-group">
              <label className="form-label" htmlFor="reopen-reason">
                {t.reasonLabel}
              </label>
              <span className="form-hint" id="reopen-reason-hint">
                {t.reasonHint}
              </span>
              <textarea
                id="reopen-reason"
                className="form-input"
                rows={2}
                maxLength={2000}
                required
                aria-describedby="reopen-reason-hint"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <button type="submit" className="button button-secondary" disabled={busy || reason.trim() === ''}>
              {t.reopen}
            </button>
          </form>
        )}
        {error && <p className="form-error-message">{error}</p>}
      </div>
    </div>
  );
}
