import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api';
import { useT } from '../i18n/i18n';
import { Loading } from './loading';
import { NotFoundPage } from './not-found-page';
import { PageHeading } from './page-heading';
import { ProblemAlert } from './problem-alert';

/** Loading, not found, error or the page itself — the same four states on every page. */
export function LoadState<T>({
  state,
  children,
}: {
  state: ApiState<T> & { reload(): void };
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    const { problem } = state;
    if (problem.isNotFound) return <NotFoundPage message={problem.title ?? undefined} />;
    return (
      <div className="page-section">
        <PageHeading title={t.problems.heading}>{t.problems.heading}</PageHeading>
        <ProblemAlert problem={problem} onRetry={state.reload} />
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
