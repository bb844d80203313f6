import { formatKroner } from '../../domain/money/money';
import type { BudgetVersionDetail } from '../../server/budget/budget.schema';
import { formatNumber } from '../format/format';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../layout/scroll-table';

type Line = BudgetVersionDetail['lines'][number];

/** The plan's lines, year by year, each with who finances it (hours shown as hours × rate). */
export function BudgetLinesTable({ lines }: { lines: Line[] }) {
  const t = useT();
  const f = useFormat();
  const sorted = [...lines].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return (
    <ScrollTable label={t.budget.linesCaption}>
      <table className="table table--zebra budget-lines">
        <caption>{t.budget.linesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.budget.colYear}</th>
            <th scope="col">{t.budget.colCategory}</th>
            <th scope="col">{t.budget.colDescription}</th>
            <th scope="col">{t.budget.colFinancedBy}</th>
            <th scope="col" className="amount-cell">
              {t.budget.colAmount}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((l) => (
            <tr key={l.id}>
              <td>{l.year ?? t.budget.wholePeriod}</td>
              <td>{t.budget.category[l.category]}</td>
              <th scope="row" className="row-label">
                {l.description}
                {l.focusAreaName && <span className="line-hint">{l.focusAreaName}</span>}
              </th>
              <td>
                {l.financings.length === 0 ? (
                  <span className="budget-unfinanced">{t.budget.noFinancing}</span>
                ) : (
                  <ul className="nobullet-list">
                    {l.financings.map((x) => (
                      <li key={x.id}>
                        {x.sourceName} ({t.labels.financingKind[x.kind].toLowerCase()}):{' '}
                        {f.money(x.amountOre, x.isApproximate)}
                        {x.hours !== null && x.hourlyRateOre !== null && (
                          <span className="form-hint">
                            {' '}
                            — {t.budget.hoursAt(formatNumber(x.hours), formatKroner(x.hourlyRateOre))}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="amount-cell amount nowrap">
                {f.money(
                  l.amountOre,
                  l.financings.some((x) => x.isApproximate),
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
