import { formatDate, formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ActionsHeading, AmountCell, DataTable } from './data-table';
import type { SessionListItem } from './monitoring-api';

/** The sessions registered, newest first; a row opens below the table for who came. */
export function SessionsTable({
  items,
  total,
  departmentName,
  canRead,
  openId,
  onToggle,
}: {
  items: SessionListItem[];
  total: number;
  departmentName(id: string | null): string;
  canRead: boolean;
  openId: string | null;
  onToggle(id: string): void;
}) {
  const m = useT().monitoring;
  return (
    <DataTable
      label={m.sessions.caption}
      caption={m.sessions.count(items.length, total)}
      className="sessions-table"
      columns={[
        { label: m.sessions.colDate },
        { label: m.register.activity },
        { label: m.register.department },
        { label: m.sessions.colAttendance, amount: true },
        { label: m.sessions.colOpenCount, amount: true },
        { label: m.progress.colVolunteerHours, amount: true },
        canRead && { label: <ActionsHeading label={m.targets.colActions} /> },
      ]}
    >
      {items.map((s) => (
        <SessionRow
          key={s.id}
          item={s}
          department={departmentName(s.departmentId)}
          canRead={canRead}
          open={openId === s.id}
          onToggle={() => onToggle(s.id)}
        />
      ))}
    </DataTable>
  );
}

function SessionRow({
  item: s,
  department,
  canRead,
  open,
  onToggle,
}: {
  item: SessionListItem;
  department: string;
  canRead: boolean;
  open: boolean;
  onToggle(): void;
}) {
  const m = useT().monitoring;
  return (
    <tr className={open ? 'is-open' : undefined}>
      <td className="nowrap">{formatDate(s.date)}</td>
      <td>
        {s.activityName}
        {s.place && <span className="line-hint">{s.place}</span>}
      </td>
      <td>{department || '–'}</td>
      <AmountCell>{formatNumber(s.attendanceCount)}</AmountCell>
      <AmountCell>{s.openCount ? formatNumber(s.openCount.total) : '–'}</AmountCell>
      <AmountCell>{s.volunteerHours > 0 ? formatNumber(s.volunteerHours) : '–'}</AmountCell>
      {canRead && (
        <td>
          <button type="button" className="button button-tertiary" aria-expanded={open} onClick={onToggle}>
            {open ? m.sessions.close : m.sessions.open}
            <span className="sr-only"> {m.sessions.rowName(s.activityName, formatDate(s.date))}</span>
          </button>
        </td>
      )}
    </tr>
  );
}
