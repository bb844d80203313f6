import { formatKroner } from '../../domain/money/money';
import type { BudgetVersionDetail } from '../../server/budget/budget.schema';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';

type Finding = BudgetVersionDetail['findings'][number];

function FindingsAlert({
  kind,
  heading,
  findings,
  rules,
  fallback,
}: {
  fallback: string;
  kind: 'error' | 'warning' | 'info';
  heading: string;
  findings: Finding[];
  rules: BudgetVersionDetail['rules'];
}) {
  // The rule's name as the law or guideline puts it; its code (LOCAL_CO_FINANCING) stays in the API.
  const title = (id: string) => rules.find((r) => r.id === id)?.title ?? fallback;
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Icon
        name={kind === 'error' ? 'error' : kind === 'warning' ? 'report-problem' : 'info'}
        className="alert-icon"
      />
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        <ul className="alert-text budget-findings">
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.lineId ?? ''}:${f.message}`}>
              <strong>{title(f.ruleId)}</strong>: {f.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The rule results as DKFDS alerts (errors, then warnings), and the rule set with its sources. */
export function BudgetRulesPanel({ detail }: { detail: BudgetVersionDetail }) {
  const t = useT().budget;
  const errors = detail.findings.filter((f) => f.severity === 'error');
  const warnings = detail.findings.filter((f) => f.severity === 'warning');
  // A rule that needs a figure no source states is not assessed: said so, never counted as an error.
  const notAssessed = detail.findings.filter((f) => f.severity === 'notAssessed');
  const s = detail.settings;
  return (
    <>
      {errors.length > 0 && (
        <FindingsAlert
          kind="error"
          heading={t.errorsHeading(errors.length)}
          findings={errors}
          rules={detail.rules}
          fallback={t.ruleFallback}
        />
      )}
      {warnings.length > 0 && (
        <FindingsAlert
          kind="warning"
          heading={t.warningsHeading(warnings.length)}
          findings={warnings}
          rules={detail.rules}
          fallback={t.ruleFallback}
        />
      )}
      {notAssessed.length > 0 && (
        <FindingsAlert
          kind="info"
          heading={t.notAssessedHeading(notAssessed.length)}
          findings={notAssessed}
          rules={detail.rules}
          fallback={t.ruleFallback}
        />
      )}
      {detail.findings.length === 0 && (
        <div className="alert alert-success" role="status">
          <Icon name="check-circle" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.rulesOk(detail.rules.length)}</p>
          </div>
        </div>
      )}
      <details className="details mt-5">
        <summary className="details-summary">{t.rulesListSummary(detail.rules[0]?.version ?? '')}</summary>
        <div className="details-text">
          <dl className="budget-rule-list">
            {detail.rules.map((r) => (
              <div key={r.id}>
                <dt>{r.title}</dt>
                <dd>
                  {t.ruleSource}: {r.source}
                </dd>
              </div>
            ))}
          </dl>
          <p className="form-hint">
            {t.settingsNote} {t.settingsLocal(`${(s.minimumLocalShareBp / 100).toLocaleString('da-DK')} %`)};{' '}
            {t.settingsHours(s.countInKindHours)}; {t.settingsPremises(s.countInKindPremises)};{' '}
            {t.settingsCeiling(s.lbfCeilingOre === null ? null : formatKroner(s.lbfCeilingOre))}.
          </p>
        </div>
      </details>
    </>
  );
}
