import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../format/format';
import { ScrollTable } from '../layout/scroll-table';
import { useAreaT, useLocalName } from './area-messages';
import type { AreaSeries } from './areas-api';

type Criterion = AreaSeries['criteria'][number];

const unitText = (unit: Criterion['unit']) => (unit === 'ratio' ? '×' : ' %');
const show = (v: number | null, unit: Criterion['unit']) =>
  v === null ? '–' : `${formatNumber(Math.round(v * 100) / 100)}${unitText(unit)}`;
const THRESHOLD_COLOURS = ['#b51d09', '#a05000', '#5c5c5c'];

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
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e0e0e0" />
            <XAxis dataKey="year" />
            <YAxis domain={[0, Math.ceil(max)]} tickFormatter={(v: number) => formatNumber(v)} width={48} />
            <Tooltip formatter={(v) => show(typeof v === 'number' ? v : null, criterion.unit)} />
            <Legend />
            {criterion.thresholds.map((x, i) => (
              <ReferenceLine
                key={x.category}
                y={x.threshold}
                stroke={THRESHOLD_COLOURS[i] ?? '#5c5c5c'}
                strokeDasharray="6 4"
                label={{
                  value: `${localName(x.categoryName)}: ${show(x.threshold, criterion.unit)}`,
                  position: 'insideTopLeft',
                  fontSize: 12,
                }}
              />
            ))}
            <Line
              type="monotone"
              dataKey="value"
              name={t.chartValue}
              stroke="#004993"
              strokeWidth={3}
              connectNulls={false}
              isAnimationActive={false}
            />
            {criterion.averageYears > 1 && (
              <Line
                type="monotone"
                dataKey="yearly"
                name={t.chartYearly}
                stroke="#747474"
                strokeDasharray="3 3"
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
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
