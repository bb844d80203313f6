import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from './api-client';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'error'; problem: ApiProblem }
  | { status: 'success'; data: T };

/**
 * Loads data for a page and reloads when `key` changes (e.g. the slug in the URL). A request
 * that is no longer wanted is aborted, so a late answer never overwrites a newer page.
 */
export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): ApiState<T> & { reload(): void } {
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is re-created each render; `key` says when to reload.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem = error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null);
        setState({ status: 'error', problem });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
