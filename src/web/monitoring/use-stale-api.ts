import { useRef } from 'react';
import { type ApiState, useApi } from '../api/use-api';

/**
 * useApi that keeps showing the last answer while a reload of the same key is under way, so a
 * list refreshed after a save does not blank the page (and the confirmation beside it).
 */
export function useStaleApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): ApiState<T> & { reload(): void } {
  const state = useApi(key, load);
  const last = useRef<{ key: string; data: T } | null>(null);
  if (state.status === 'success') last.current = { key, data: state.data };
  if (state.status === 'loading' && last.current?.key === key) {
    return { status: 'success', data: last.current.data, reload: state.reload };
  }
  return state;
}
