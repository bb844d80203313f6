import { formatKroner } from '../../domain/money/money';
import type { BudgetVersionDetail } from '../../server/budget/budget.schema';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../layout/scroll-table';

type Department = BudgetVersionDetail['totals']['departments'][number];

/**
 * An afdeling's co-financing exactly as the Holbæk plan tables it: expense, a cash column and an
 * hours/premises column for the whole period, "I alt", and the afdeling's total below.
 */
export function BudgetDepartment({ department, years }: { department: Department; years: string }) {
  const t = useT().budget;
  const caption = t.departmentCaption(department.departmentName, years);
  return (
    <div className="co-financing">
      <ScrollTable label={caption}>
        <table className="table co-financing-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t.colExpense}
              </th>
              <th scope="colgroup" colSpan={2} className="align-text-center">
                {t.colWholePeriod}
              </th>
            </tr>
            <tr>
              <th scope="col" className="amount-cell">
                {t.colCash}
              </th>
              <th scope="col" className="amount-cell">
                {t.colInKind}
              </th>
            </tr>
          </thead>
          <tbody>
            {department.items.map((i) => (
              <tr key={`${i.lineId}:${i.kind}:${i.amountOre}`}>
                <th scope="row" className="row-label">
                  {i.description}
                  {i.hours !== null && i.hourlyRateOre !== null && (
                    <span className="line-hint">
                      {t.hoursAt(formatNumber(i.hours), formatKroner(i.hourlyRateOre))}
                    </span>
                  )}
                </th>
                <td className="amount-cell amount nowrap">
                  {i.kind === 'cash' ? formatKroner(i.amountOre) : ''}
                </td>
                <td className="amount-cell amount nowrap">
                  {i.kind === 'inKindHours' || i.kind === 'inKindPremises' ? formatKroner(i.amountOre) : ''}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="total-row">
              <th scope="row">{t.colTotal}</th>
              <td className="amount-cell amount nowrap">{formatKroner(department.cashOre)}</td>
              <td className="amount-cell amount nowrap">{formatKroner(department.inKindOre)}</td>
            </tr>
            <tr className="total-row grand-total">
              <th scope="row">{t.departmentTotal}</th>
              <td className="amount-cell amount nowrap" colSpan={2}>
                {formatKroner(department.totalOre)}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
    </div>
  );
}
