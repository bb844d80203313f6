import type { PlanYear } from '../../domain/monitoring/plan-years';
import { useT } from '../i18n/i18n';
import { ActionsHeading, AmountCell, DataTable } from './data-table';
import type { IndicatorOut } from './monitoring-api';
import { useFigure } from './progress-bits';

/** A group's indicators with their target per plan year and for the whole period. */
export function IndicatorTable({
  items,
  years,
  activities,
  canWrite,
  onEdit,
  onDelete,
  onMeasure,
  caption,
}: {
  items: IndicatorOut[];
  years: PlanYear[];
  activities: { id: string; name: string }[];
  canWrite: boolean;
  onEdit(i: IndicatorOut): void;
  onDelete(i: IndicatorOut): void;
  onMeasure(i: IndicatorOut): void;
  caption: string;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  return (
    <DataTable
      label={caption}
      className="targets-table"
      columns={[
        { label: m.targets.colIndicator },
        ...years.map((y) => ({ label: y.label, amount: true })),
        { label: m.targets.colPeriod, amount: true },
        canWrite && { label: <ActionsHeading label={m.targets.colActions} /> },
      ]}
    >
      {items.map((i) => (
        <tr key={i.id}>
          <th scope="row" className="row-label">
            {i.name}
            <span className="line-hint">
              {[
                i.activityId ? activities.find((a) => a.id === i.activityId)?.name : null,
                m.kind[i.kind],
                m.basis[i.basis],
                i.outcome ? m.outcome[i.outcome] : null,
                i.measurement !== 'registration' ? m.measurement[i.measurement] : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </th>
          {years.map((y) => {
            const target = i.targets.find((x) => x.yearIndex === y.index)?.target ?? null;
            return (
              <AmountCell key={y.index} nowrap>
                {target === null ? '–' : figure(target, i.unit, 0)}
              </AmountCell>
            );
          })}
          <AmountCell nowrap>
            {i.periodTarget !== null ? (
              figure(i.periodTarget, i.unit, 0)
            ) : i.unit !== 'share' && i.targets.length > 0 ? (
              <>
                {figure(
                  i.targets.reduce((sum, x) => sum + x.target, 0),
                  i.unit,
                  0,
                )}
                <span className="line-hint">{m.targets.sumOfYears}</span>
              </>
            ) : (
              '–'
            )}
          </AmountCell>
          {canWrite && (
            <td className="nowrap targets-actions">
              <RowButton label={m.targets.edit} name={i.name} onClick={() => onEdit(i)} />
              {i.measurement !== 'registration' && (
                <RowButton label={m.targets.enterValues} name={i.name} onClick={() => onMeasure(i)} />
              )}
              <RowButton label={m.targets.delete} name={i.name} onClick={() => onDelete(i)} />
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** "Ret", with the row's name for screen readers: many rows have a "Ret". */
function RowButton({ label, name, onClick }: { label: string; name: string; onClick(): void }) {
  return (
    <button type="button" className="button button-tertiary" onClick={onClick}>
      {label}
      <span className="sr-only"> {name}</span>
    </button>
  );
}
