import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AGE_BANDS } from '../../domain/participants/participant';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../layout/scroll-table';
import type { DashboardOut } from './monitoring-api';
import { useFigure } from './progress-bits';

type Month = DashboardOut['months'][number];
type Breakdown = DashboardOut['reach']['department'];

/** "11.2026" from "2026-11". */
const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;
const tick = (v: number) => formatNumber(v);

/** Attendances and participants per month, as bars and — for screen readers and print — as a table. */
export function AttendanceChart({ months, threshold }: { months: Month[]; threshold: number }) {
  const m = useT().monitoring;
  const figure = useFigure();
  const data = months.map((x) => ({
    month: monthLabel(x.month),
    attendances: x.attendances,
    participants: x.participants,
  }));
  const caption = m.progress.chartMonthsLabel;
  return (
    <figure className="monitoring-chart" aria-label={caption}>
      <div className="monitoring-chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e0e0e0" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} minTickGap={8} />
            <YAxis allowDecimals={false} tickFormatter={tick} width={40} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v) : m.suppressed(threshold))} />
            <Legend />
            <Bar
              dataKey="attendances"
              name={m.progress.colAttendances}
              fill="#004993"
              maxBarSize={56}
              isAnimationActive={false}
            />
            <Bar
              dataKey="participants"
              name={m.progress.colParticipants}
              fill="#008139"
              maxBarSize={56}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="form-hint">{caption}</figcaption>
      <details className="details">
        <summary className="details-summary">{m.progress.showTable}</summary>
        <div className="details-text">
          <ScrollTable label={caption}>
            <table className="table table--compact months-table">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.progress.colMonth}</th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colSessions}
                  </th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colAttendances}
                  </th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colParticipants}
                  </th>
                  <th scope="col" className="amount-cell">
                    {m.progress.colVolunteerHours}
                  </th>
                </tr>
              </thead>
              <tbody>
                {months.map((x) => (
                  <tr key={x.month}>
                    <th scope="row">{monthLabel(x.month)}</th>
                    <td className="amount-cell amount">{figure(x.sessions, 'sessions', threshold)}</td>
                    <td className="amount-cell amount">{figure(x.attendances, 'attendances', threshold)}</td>
                    <td className="amount-cell amount">{figure(x.participants, 'persons', threshold)}</td>
                    <td className="amount-cell amount">{figure(x.volunteerHours, 'hours', threshold)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </div>
      </details>
    </figure>
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
  return (
    <figure className="monitoring-chart reach-chart" aria-label={title}>
      <figcaption className="monitoring-chart-title">{title}</figcaption>
      {data.length === 0 || breakdown.total === 0 ? (
        <p className="form-hint">{m.progress.noRegistrations}</p>
      ) : allHidden ? (
        <p className="form-hint">{m.progress.allSuppressed(threshold)}</p>
      ) : (
        <div className="monitoring-chart-canvas" aria-hidden="true">
          <ResponsiveContainer width="100%" height={height}>
            <BarChart data={data} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#e0e0e0" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tickFormatter={tick} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? formatNumber(v) : m.suppressed(threshold))}
              />
              <Bar
                dataKey="value"
                name={m.progress.colParticipants}
                fill="#004993"
                isAnimationActive={false}
                label={{
                  position: 'right',
                  fontSize: 12,
                  formatter: (v: unknown) =>
                    typeof v === 'number' ? formatNumber(v) : m.suppressed(threshold),
                }}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <details className="details" open={allHidden}>
        <summary className="details-summary">{m.progress.showTable}</summary>
        <div className="details-text">
          <table className="table table--compact">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col" className="amount-cell">
                  {m.progress.colParticipants}
                </th>
              </tr>
            </thead>
            <tbody>
              {cells.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.label}</th>
                  <td className="amount-cell amount">{figure(c.value, 'persons', threshold)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total-row">
                <th scope="row">{m.progress.total}</th>
                <td className="amount-cell amount">{figure(breakdown.total, 'persons', threshold)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </figure>
  );
}
