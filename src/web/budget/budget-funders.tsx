import { FINANCING_SOURCE_LABELS, type FinancingSource } from '../../domain/financing/financing-kinds';
import type { BudgetVersionDetail } from '../../server/budget/budget.schema';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../layout/scroll-table';

const pct = (bp: number) => `${(bp / 100).toLocaleString('da-DK', { maximumFractionDigits: 2 })} %`;

/** The funder view: each source's cash, hours, premises and total with its share; then by year. */
export function BudgetFunders({ detail }: { detail: BudgetVersionDetail }) {
  const t = useT().budget;
  const f = useFormat();
  const { totals } = detail;
  const approx = totals.isApproximate;
  // Shares of a sum that leaves out the unknown local co-financing would mislead (decision 015).
  const shares = detail.localCoFinancingKnown;
  const money = (ore: number) => (ore === 0 ? '–' : f.money(ore, approx));
  const sources = [
    ...new Set(totals.byYear.flatMap((y) => y.bySource.map((s) => s.source))),
  ] as FinancingSource[];
  return (
    <>
      <ScrollTable label={t.fundersCaption}>
        <table className="table budget-sources">
          <caption>{t.fundersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colSource}</th>
              <th scope="col" className="amount-cell">
                {t.colCash}
              </th>
              <th scope="col" className="amount-cell">
                {t.colHours}
              </th>
              <th scope="col" className="amount-cell">
                {t.colPremises}
              </th>
              <th scope="col" className="amount-cell">
                {t.colUnspecified}
              </th>
              <th scope="col" className="amount-cell">
                {t.colTotal}
              </th>
              {shares && (
                <th scope="col" className="amount-cell">
                  {t.colShare}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {totals.bySource.map((s) => (
              <tr key={`${s.source}:${s.sourceName}`}>
                <th scope="row">{s.sourceName}</th>
                <td className="amount-cell amount nowrap">{money(s.cashOre)}</td>
                <td className="amount-cell amount nowrap">{money(s.inKindHoursOre)}</td>
                <td className="amount-cell amount nowrap">{money(s.inKindPremisesOre)}</td>
                <td className="amount-cell amount nowrap">{money(s.unspecifiedOre)}</td>
                <td className="amount-cell amount nowrap">{f.money(s.amountOre, s.isApproximate)}</td>
                {shares && <td className="amount-cell amount nowrap">{pct(s.shareBp)}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="total-row">
              <th scope="row">{t.colTotal}</th>
              {(['cash', 'inKindHours', 'inKindPremises', 'unspecified'] as const).map((k) => (
                <td key={k} className="amount-cell amount nowrap">
                  {money(totals.byKind.find((x) => x.kind === k)?.amountOre ?? 0)}
                </td>
              ))}
              <td className="amount-cell amount nowrap">{f.money(totals.financedOre, approx)}</td>
              {shares && (
                <td className="amount-cell amount nowrap">{totals.financedOre > 0 ? '100 %' : '–'}</td>
              )}
            </tr>
          </tfoot>
        </table>
      </ScrollTable>

      <ScrollTable label={t.yearsCaption}>
        <table className="table budget-years">
          <caption>{t.yearsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colYear}</th>
              {sources.map((s) => (
                <th key={s} scope="col" className="amount-cell">
                  {FINANCING_SOURCE_LABELS[s]}
                </th>
              ))}
              <th scope="col" className="amount-cell">
                {t.colTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.byYear.map((y) => (
              <tr key={y.year ?? 'period'}>
                <th scope="row">{y.year ?? t.wholePeriod}</th>
                {sources.map((s) => (
                  <td key={s} className="amount-cell amount nowrap">
                    {money(y.bySource.find((x) => x.source === s)?.amountOre ?? 0)}
                  </td>
                ))}
                <td className="amount-cell amount nowrap">{f.money(y.amountOre, approx)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <div className="row">
        <div className="col-12 col-md-6">
          <table className="table table--borderless">
            <caption>{t.byCategoryCaption}</caption>
            <tbody>
              {totals.byCategory.map((c) => (
                <tr key={c.category}>
                  <th scope="row">{t.category[c.category]}</th>
                  <td className="amount-cell amount nowrap">{f.money(c.amountOre, approx)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="col-12 col-md-6">
          <table className="table table--borderless">
            <caption>{t.byFocusAreaCaption}</caption>
            <tbody>
              {totals.byFocusArea.map((a) => (
                <tr key={a.focusAreaId ?? 'none'}>
                  <th scope="row">{a.focusAreaName ?? t.noFocusArea}</th>
                  <td className="amount-cell amount nowrap">{f.money(a.amountOre, approx)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
