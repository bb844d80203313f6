import { useT } from '../i18n/i18n';

/** DKFDS spinner with a text that screen readers announce. */
export function Loading() {
  const t = useT();
  return (
    <div className="spinner-box my-8" role="status">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status">{t.common.loading}</div>
    </div>
  );
}
