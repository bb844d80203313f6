import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKroner } from '../../domain/money/money';
import { useT } from '../i18n/i18n';

const millions = (ore: number) =>
  `${(ore / 100_000_000).toLocaleString('da-DK', { maximumFractionDigits: 1 })} mio.`;

export interface BurnPoint {
  month: string;
  budget: number;
  actual: number | null;
  forecast: number | null;
}

/** The drawn burn chart (recharts), loaded on its own after the budget page (decision 020). */
export function BurnChartCanvas({ points }: { points: BurnPoint[] }) {
  const t = useT().budget;
  return (
    <ResponsiveContainer>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" interval={11} />
        <YAxis tickFormatter={millions} width={72} />
        <Tooltip formatter={(value) => formatKroner(Number(value))} />
        <Legend />
        <Line
          type="monotone"
          dataKey="budget"
          name={t.chartBudget}
          stroke="#0059b3"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="actual"
          name={t.chartActual}
          stroke="#008139"
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          type="monotone"
          dataKey="forecast"
          name={t.chartForecast}
          stroke="#b34700"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
