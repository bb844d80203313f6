import type { ApiProblem } from '../api/api-client';
import type { Messages } from '../i18n/da';
import { useT } from '../i18n/i18n';
import { Icon } from './icon';

/** What went wrong in one line: the server's Danish title, else a network or general message. */
export function problemMessage(
  problem: ApiProblem,
  t: Pick<Messages['problems'], 'network' | 'unexpected'>,
): string {
  return problem.kind === 'problem' && problem.title
    ? problem.title
    : problem.kind === 'network'
      ? t.network
      : t.unexpected;
}

/** An API problem as a DKFDS error alert: the server's Danish title and its field errors. */
export function ProblemAlert({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const t = useT();
  const message = problemMessage(problem, t.problems);
  return (
    <div className="alert alert-error" role="alert" aria-atomic="true">
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t.problems.heading}</p>
        <p className="alert-text">{message}</p>
        {problem.errors.length > 0 && (
          <>
            <p className="alert-text">{t.problems.fieldErrors}:</p>
            <ul className="alert-text">
              {problem.errors.map((e) => (
                // The API names the field by its label in the message; its path is for programs.
                <li key={`${e.field}:${e.message}`}>{e.message}</li>
              ))}
            </ul>
          </>
        )}
        {onRetry && (
          <p className="alert-text">
            <button type="button" className="button button-secondary mt-4" onClick={onRetry}>
              {t.problems.retry}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
