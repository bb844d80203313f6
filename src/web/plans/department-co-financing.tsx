import { formatKroner } from '../../domain/money/money';
import type { FinancingSummary } from '../../server/plans/plan-detail.schema';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../layout/scroll-table';

type CoFinancingTable = FinancingSummary['departmentCoFinancing'][number];

const amount = (ore: number) => formatKroner(ore);

/**
 * An afdeling's co-financing laid out as the Holbæk plan tables it: a cash and an hours/premises
 * column under "Beløb for hele projektperioden", an "I alt" row, and the afdeling's total.
 */
export function DepartmentCoFinancing({
  table,
  name,
  years,
}: {
  table: CoFinancingTable;
  name: string | null;
  years: string | null;
}) {
  const t = useT();
  const hasUnspecified = table.lines.some((l) => l.kind === 'unspecified');
  const amountColumns = hasUnspecified ? 3 : 2;
  const unspecifiedOre = table.lines
    .filter((l) => l.kind === 'unspecified')
    .reduce((sum, l) => sum + l.amountOre, 0);

  return (
    <div className="co-financing">
      <h3>{t.plan.coFinancingTitle(name)}</h3>
      <ScrollTable label={t.plan.coFinancingTitle(name)}>
        <table className="table co-financing-table">
          <caption>{t.plan.coFinancingCaption(name, years)}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t.plan.colExpense}
              </th>
              <th scope="colgroup" colSpan={amountColumns} className="align-text-center">
                {t.plan.colWholePeriod}
              </th>
            </tr>
            <tr>
              <th scope="col" className="amount-cell">
                {t.plan.colCash}
              </th>
              <th scope="col" className="amount-cell">
                {t.plan.colInKind}
              </th>
              {hasUnspecified && (
                <th scope="col" className="amount-cell">
                  {t.plan.colUnspecified}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row" className="row-label">
                  {line.description ?? t.plan.unnamedLine}
                </th>
                <td className="amount-cell amount nowrap">
                  {line.kind === 'cash' ? amount(line.amountOre) : ''}
                </td>
                <td className="amount-cell amount nowrap">
                  {line.kind === 'inKindHours' || line.kind === 'inKindPremises'
                    ? amount(line.amountOre)
                    : ''}
                </td>
                {hasUnspecified && (
                  <td className="amount-cell amount nowrap">
                    {line.kind === 'unspecified' ? amount(line.amountOre) : ''}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="total-row">
              <th scope="row">{t.common.total}</th>
              <td className="amount-cell amount nowrap">{amount(table.cashOre)}</td>
              <td className="amount-cell amount nowrap">{amount(table.inKindOre)}</td>
              {hasUnspecified && <td className="amount-cell amount nowrap">{amount(unspecifiedOre)}</td>}
            </tr>
            <tr className="total-row grand-total">
              <th scope="row">{t.plan.coFinancingTotal}</th>
              <td className="amount-cell amount nowrap" colSpan={amountColumns}>
                {amount(table.totalOre)}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
      <p className="form-hint">{t.plan.coFinancingNote}</p>
    </div>
  );
}
