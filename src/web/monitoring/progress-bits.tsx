import { formatNumber, formatPercent } from '../format/format';
import { useT } from '../i18n/i18n';
import type { IndicatorUnit, ProgressStatus } from './monitoring-api';

/** A count in its unit: "12", "12,5 t", "44 %"; a suppressed count (null) as "<5". */
export function useFigure() {
  const t = useT().monitoring;
  return (value: number | null, unit: IndicatorUnit, threshold: number): string => {
    if (value === null) return t.suppressed(threshold);
    if (unit === 'share') return formatPercent(Math.round(value * 10) / 10);
    if (unit === 'hours') return t.hoursValue(formatNumber(Math.round(value * 100) / 100));
    return formatNumber(Math.round(value * 100) / 100);
  };
}

const STATUS_CLASS: Record<ProgressStatus, string> = {
  achieved: 'badge badge-success',
  onTrack: 'badge badge-info',
  behind: 'badge badge-warning',
  noTarget: 'badge',
  noData: 'badge',
};

/** The indicator's status as a DKFDS badge (badges are for status, tags are interactive). */
export function StatusBadge({ status }: { status: ProgressStatus }) {
  const t = useT().monitoring;
  return (
    <span className={`${STATUS_CLASS[status] ?? 'badge'} status-badge`}>{t.status[status] ?? status}</span>
  );
}

/**
 * Actual against target as a bar, with the same in words beside it: the bar is decoration
 * (aria-hidden), the text is what a screen reader reads.
 */
export function ProgressBar({
  label,
  actual,
  target,
  unit,
  threshold,
  atLeast = false,
}: {
  label: string;
  actual: number | null;
  target: number | null;
  unit: IndicatorUnit;
  threshold: number;
  /** The figure includes open events' head counts: "mindst". */
  atLeast?: boolean;
}) {
  const t = useT().monitoring;
  const figure = useFigure();
  const share = actual !== null && target !== null && target > 0 ? actual / target : null;
  const width = share === null ? 0 : Math.min(100, Math.round(share * 100));
  return (
    <div className="progress-line">
      <span className="progress-line-label">{label}</span>
      <span className="progress-meter" aria-hidden="true">
        <span
          className={`progress-meter-fill${share !== null && share >= 1 ? ' progress-meter-fill--done' : ''}`}
          style={{ width: `${width}%` }}
        />
      </span>
      <span className="progress-line-text amount">
        {target === null
          ? t.actualNoTarget(figure(actual, unit, threshold), atLeast && actual !== null)
          : t.actualOfTarget(
              figure(actual, unit, threshold),
              atLeast && actual !== null,
              figure(target, unit, threshold),
              share === null ? null : formatPercent(Math.round(share * 100)),
            )}
      </span>
    </div>
  );
}
