import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';

/**
 * A chart and, under "Vis tallene bag grafen", the same figures as a table. The chart is
 * decoration (aria-hidden); the table is what screen readers and print get.
 */
export function ChartWithTable({
  label,
  className,
  title,
  caption,
  chart,
  height,
  instead,
  tableOpen,
  children,
}: {
  label: string;
  className?: string;
  /** A heading above the chart. */
  title?: string;
  /** A caption below the chart. */
  caption?: string;
  /** The recharts chart; null shows `instead` (nothing to draw). */
  chart: ReactElement | null;
  height: number;
  instead?: ReactNode;
  tableOpen?: boolean;
  /** The table. */
  children: ReactNode;
}) {
  const m = useT().monitoring;
  return (
    <figure className={className ? `monitoring-chart ${className}` : 'monitoring-chart'} aria-label={label}>
      {title && <figcaption className="monitoring-chart-title">{title}</figcaption>}
      {chart ? (
        <div className="monitoring-chart-canvas" aria-hidden="true">
          <ResponsiveContainer width="100%" height={height}>
            {chart}
          </ResponsiveContainer>
        </div>
      ) : (
        instead
      )}
      {caption && <figcaption className="form-hint">{caption}</figcaption>}
      <details className="details" open={tableOpen}>
        <summary className="details-summary">{m.progress.showTable}</summary>
        <div className="details-text">{children}</div>
      </details>
    </figure>
  );
}

/** A chart value in words: the number, or "<5" where the server hid it (null). */
export function useChartValue(threshold: number) {
  const m = useT().monitoring;
  return (v: unknown) => (typeof v === 'number' ? formatNumber(v) : m.suppressed(threshold));
}
