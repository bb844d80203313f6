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
import { useAreaT, useLocalName } from './area-messages';
import { type Criterion, show } from './criterion-chart';

const THRESHOLD_COLOURS = ['#b51d09', '#a05000', '#5c5c5c'];

interface Point {
  year: number;
  value: number | null;
  yearly: number | null;
}

/** The drawn criterion chart (recharts), loaded on its own after the area page (decision 020). */
export function CriterionChartCanvas({
  criterion,
  data,
  max,
}: {
  criterion: Criterion;
  data: Point[];
  max: number;
}) {
  const t = useAreaT();
  const localName = useLocalName();
  return (
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
  );
}
