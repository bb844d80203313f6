import { lazy, Suspense } from 'react';
import { formatNumber } from '../format/format';
import { ScrollTable } from '../layout/scroll-table';
import { useAreaT, useLocalName } from './area-messages';
import type { AreaSeries } from './areas-api';

export type Criterion = AreaSeries['criteria'][number];

const unitText = (unit: Criterion['unit']) => (unit === 'ratio' ? '×' : ' %');
export const show = (v: number | null, unit: Criterion['unit']) =>
  v === null ? '–' : `${formatNumber(Math.round(v * 100) / 100)}${unitText(unit)}`;
// The chart library is large; it loads after the page, and the figures stand in the table below.
const CriterionChartCanvas = lazy(() =>
  import('./criterion-chart-canvas').then((m) => ({ default: m.CriterionChartCanvas })),
);

/** One criterion over the years with its threshold lines, and the same figures as a table. */
export function CriterionChart({ criterion }: { criterion: Criterion }) {
  const t = useAreaT();
  const localName = useLocalName();
  const data = criterion.points.map((p) => ({ year: p.year, value: p.value, yearly: p.yearly }));
  const values = data.flatMap((d) => [d.value, d.yearly]).filter((v): v is number => v !== null);
  const limits = criterion.thresholds.map((x) => x.threshold);
  const max = Math.max(...values, ...limits) * 1.1;
  const titleId = `graf-${criterion.id}`;
  return (
    <figure className="criterion-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="criterion-chart-title">
        {criterion.label}
      </figcaption>
      <div className="criterion-chart-canvas" aria-hidden="true">
        <Suspense fallback={null}>
          <CriterionChartCanvas criterion={criterion} data={data} max={max} />
        </Suspense>
      </div>
      <details className="criterion-chart-table">
        <summary>{t.chartTable(criterion.label)}</summary>
        <ScrollTable label={t.chartTable(criterion.label)}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t.colYear}</th>
                <th scope="col">{t.chartValue}</th>
                {criterion.averageYears > 1 && <th scope="col">{t.chartYearly}</th>}
                {criterion.thresholds.map((x) => (
                  <th scope="col" key={x.category}>
                    {t.colThreshold}: {localName(x.categoryName)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.year}>
                  <th scope="row">{d.year}</th>
                  <td>{show(d.value, criterion.unit)}</td>
                  {criterion.averageYears > 1 && <td>{show(d.yearly, criterion.unit)}</td>}
                  {criterion.thresholds.map((x) => (
                    <td key={x.category}>{show(x.threshold, criterion.unit)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </figure>
  );
}
