import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { AmountCell, DataTable } from './data-table';
import type { IndicatorProgressOut } from './monitoring-api';
import { ProgressBar, StatusBadge, useFigure } from './progress-bits';

/** One indicator on the dashboard: status, the period and this year against target, the years as a table. */
export function IndicatorCard({
  progress: p,
  plan,
  currentIndex,
  threshold,
}: {
  progress: IndicatorProgressOut;
  plan: PlanDetail;
  currentIndex: number | null;
  threshold: number;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  const activity = plan.focusAreas.flatMap((f) => f.activities).find((a) => a.id === p.activityId);
  const year = currentIndex === null ? null : p.years.find((y) => y.index === currentIndex);
  const suppressedHere = p.years.some((y) => y.actual === null) || p.total.actual === null;
  const caption = m.progress.yearsCaption(p.name);
  const orDash = (value: number | null) => (value === null ? '–' : figure(value, p.unit, threshold));
  return (
    <li className="indicator-card" data-indicator={p.name}>
      <div className="indicator-card-head">
        <h4 className="indicator-card-title">{p.name}</h4>
        <StatusBadge status={p.status} />
      </div>
      <p className="line-hint">
        {[
          activity?.name,
          m.kind[p.kind],
          m.basis[p.basis],
          p.outcome ? m.outcome[p.outcome] : null,
          m.measurement[p.measurement],
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <ProgressBar
        label={m.progress.wholePeriod}
        actual={p.total.actual}
        target={p.total.target}
        unit={p.unit}
        threshold={threshold}
        atLeast={p.atLeast}
      />
      {year && (
        <ProgressBar
          label={m.progress.thisYear(year.label)}
          actual={year.actual}
          target={year.target}
          unit={p.unit}
          threshold={threshold}
          atLeast={p.atLeast}
        />
      )}
      {p.baseline !== null && (
        <p className="line-hint">{m.progress.baseline(figure(p.baseline, p.unit, threshold))}</p>
      )}
      {p.atLeast && <p className="line-hint">{m.progress.atLeastNote}</p>}
      {suppressedHere && <p className="line-hint">{m.progress.suppressedCell(threshold)}</p>}
      {p.outsidePeriod !== null && p.outsidePeriod > 0 && (
        <p className="line-hint">{m.progress.outsidePeriod(formatNumber(p.outsidePeriod))}</p>
      )}
      <details className="details">
        <summary className="details-summary">{m.progress.perYear}</summary>
        <div className="details-text">
          <DataTable
            label={caption}
            className="indicator-years"
            columns={[
              { label: m.progress.colYear },
              { label: m.progress.colTarget, amount: true },
              { label: m.progress.colActual, amount: true },
              { label: m.progress.colCumulativeTarget, amount: true },
              { label: m.progress.colCumulativeActual, amount: true },
            ]}
            foot={
              <tr className="total-row">
                <th scope="row">{m.progress.wholePeriod}</th>
                <AmountCell>{orDash(p.total.target)}</AmountCell>
                <AmountCell>{figure(p.total.actual, p.unit, threshold)}</AmountCell>
                <td />
                <td />
              </tr>
            }
          >
            {p.years.map((y) => (
              <tr key={y.index}>
                <th scope="row">{y.label}</th>
                <AmountCell>{orDash(y.target)}</AmountCell>
                <AmountCell>{figure(y.actual, p.unit, threshold)}</AmountCell>
                <AmountCell>{orDash(y.cumulativeTarget)}</AmountCell>
                <AmountCell>{figure(y.cumulativeActual, p.unit, threshold)}</AmountCell>
              </tr>
            ))}
          </DataTable>
        </div>
      </details>
    </li>
  );
}
