import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AGE_BANDS } from '../../domain/participants/participant';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ChartWithTable, useChartValue } from './chart-with-table';
import { AmountCell, DataTable } from './data-table';
import type { DashboardOut } from './monitoring-api';
import { useFigure } from './progress-bits';

type Month = DashboardOut['months'][number];
type Breakdown = DashboardOut['reach']['department'];

/** "11.2026" from "2026-11". */
const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;
const tick = (v: number) => formatNumber(v);

/** Attendances and participants per month, as bars and — for screen readers and print — as a table. */
export function AttendanceChart({
  months,
  threshold,
  additiveHidden,
}: {
  months: Month[];
  threshold: number;
  /** Aggregate-only viewers: attendances, sessions and hours are left out (they add up). */
  additiveHidden: boolean;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  const value = useChartValue(threshold);
  const data = months.map((x) => ({
    month: monthLabel(x.month),
    attendances: x.attendances,
    participants: x.participants,
  }));
  const caption = additiveHidden ? m.progress.chartParticipantsLabel : m.progress.chartMonthsLabel;
  return (
    <ChartWithTable
      label={caption}
      caption={caption}
      height={260}
      chart={
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e0e0e0" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} minTickGap={8} />
          <YAxis allowDecimals={false} tickFormatter={tick} width={40} tick={{ fontSize: 12 }} />
          <Tooltip formatter={value} />
          <Legend />
          {!additiveHidden && (
            <Bar
              dataKey="attendances"
              name={m.progress.colAttendances}
              fill="#004993"
              maxBarSize={56}
              isAnimationActive={false}
            />
          )}
          <Bar
            dataKey="participants"
            name={m.progress.colParticipants}
            fill="#008139"
            maxBarSize={56}
            isAnimationActive={false}
          />
        </BarChart>
      }
    >
      <DataTable
        label={caption}
        className="months-table"
        columns={[
          { label: m.progress.colMonth },
          ...(additiveHidden
            ? [{ label: m.progress.colParticipants, amount: true }]
            : [
                { label: m.progress.colSessions, amount: true },
                { label: m.progress.colAttendances, amount: true },
                { label: m.progress.colParticipants, amount: true },
                { label: m.progress.colVolunteerHours, amount: true },
              ]),
        ]}
      >
        {months.map((x) => (
          <tr key={x.month}>
            <th scope="row">{monthLabel(x.month)}</th>
            {!additiveHidden && <AmountCell>{figure(x.sessions, 'sessions', threshold)}</AmountCell>}
            {!additiveHidden && <AmountCell>{figure(x.attendances, 'attendances', threshold)}</AmountCell>}
            <AmountCell>{figure(x.participants, 'persons', threshold)}</AmountCell>
            {!additiveHidden && <AmountCell>{figure(x.volunteerHours, 'hours', threshold)}</AmountCell>}
          </tr>
        ))}
      </DataTable>
    </ChartWithTable>
  );
}

/** Participants reached per afdeling (or gender, age band): horizontal bars and the same as a table. */
export function ReachChart({
  title,
  breakdown,
  threshold,
}: {
  title: string;
  breakdown: Breakdown;
  threshold: number;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  const value = useChartValue(threshold);
  // The server's labels are Danish; the keys it shares with the form get the current language.
  const labelOf = (c: Breakdown['cells'][number]) =>
    c.key === 'unknown'
      ? m.unknown
      : (AGE_BANDS as readonly string[]).includes(c.key)
        ? m.ageBandLabel(c.key)
        : (m.gender[c.key] ?? c.label);
  const cells = breakdown.cells.map((c) => ({ ...c, label: labelOf(c) }));
  const data = cells.map((c) => ({ label: c.label, value: c.value }));
  const height = Math.max(120, 36 * data.length + 40);
  // Every cell hidden or empty: a chart of nothing says less than the table's "<5".
  const allHidden =
    data.some((d) => d.value === null) && data.every((d) => d.value === null || d.value === 0);
  const empty = data.every((d) => d.value === 0) || breakdown.total === 0;
  return (
    <ChartWithTable
      label={title}
      className="reach-chart"
      title={title}
      height={height}
      chart={
        empty || allHidden ? null : (
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e0e0e0" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={tick} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} />
            <Tooltip formatter={value} />
            <Bar
              dataKey="value"
              name={m.progress.colParticipants}
              fill="#004993"
              isAnimationActive={false}
              label={{ position: 'right', fontSize: 12, formatter: value }}
            />
          </BarChart>
        )
      }
      instead={
        <p className="form-hint">
          {empty ? m.progress.noRegistrations : m.progress.allSuppressed(threshold)}
        </p>
      }
      tableOpen={allHidden}
    >
      <DataTable
        label={title}
        scroll={false}
        columns={[{ label: title }, { label: m.progress.colParticipants, amount: true }]}
        foot={
          <tr className="total-row">
            <th scope="row">{m.progress.total}</th>
            {/* Suppressed, the total is not sent (it would give hidden cells away): "–", not "<5". */}
            <AmountCell>
              {breakdown.total === null ? '–' : figure(breakdown.total, 'persons', threshold)}
            </AmountCell>
          </tr>
        }
      >
        {cells.map((c) => (
          <tr key={c.key}>
            <th scope="row">{c.label}</th>
            <AmountCell>{figure(c.value, 'persons', threshold)}</AmountCell>
          </tr>
        ))}
      </DataTable>
    </ChartWithTable>
  );
}
