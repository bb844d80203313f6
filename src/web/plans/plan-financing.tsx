import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { formatShare, formatYearSpan } from '../format/format';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { FactList } from '../layout/fact-list';
import { ScrollTable } from '../layout/scroll-table';
import { DepartmentCoFinancing } from './department-co-financing';

/** The budget by source with shares, cash vs in kind, LBF vs local share, and the afdelinger's tables. */
export function PlanFinancing({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const f = useFormat();
  const { totals, departmentCoFinancing } = plan.financing;
  const hasBudget = totals.bySource.length > 0 && totals.totalOre > 0;
  const share = (ore: number) => formatShare(ore / totals.totalOre);
  const localShare = totals.localShareOfTotal;
  const years = formatYearSpan(plan.startDate, plan.endDate);
  const areaName = (id: string | null) => plan.departments.find((d) => d.id === id)?.name ?? null;

  return (
    <>
      {!hasBudget && <p>{t.plan.noFinancing}</p>}
      {hasBudget && (
        <>
          <ScrollTable label={t.plan.bySourceCaption}>
            <table className="table financing-table">
              <caption>{t.plan.bySourceCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.plan.colSource}</th>
                  <th scope="col" className="amount-cell">
                    {t.plan.colAmount}
                  </th>
                  <th scope="col" className="amount-cell">
                    {t.plan.colShare}
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.bySource.map((s) => (
                  <tr key={`${s.source}-${s.sourceName}`}>
                    <th scope="row">{s.sourceName}</th>
                    <td className="amount-cell amount nowrap">{f.money(s.amountOre, s.isApproximate)}</td>
                    <td className="amount-cell amount nowrap">{share(s.amountOre)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="total-row">
                  <th scope="row">{t.common.total}</th>
                  <td className="amount-cell amount nowrap">
                    {f.money(totals.totalOre, totals.isApproximate)}
                  </td>
                  <td className="amount-cell amount nowrap">100 %</td>
                </tr>
              </tfoot>
            </table>
          </ScrollTable>

          <div className="row">
            <div className="col-12 col-md-6">
              <table className="table table--borderless kind-table">
                <caption>{t.plan.byKindCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.plan.colKind}</th>
                    <th scope="col" className="amount-cell">
                      {t.plan.colAmount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {totals.byKind.map((k) => (
                    <tr key={k.kind}>
                      <th scope="row">{t.labels.financingKind[k.kind]}</th>
                      <td className="amount-cell amount nowrap">
                        {f.money(k.amountOre, totals.isApproximate)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="col-12 col-md-6">
              <h3 className="h5 mt-5">{t.plan.sharesTitle}</h3>
              <FactList
                facts={[
                  [t.plan.lbfShare, localShare === null ? null : formatShare(1 - localShare)],
                  [t.plan.localShare, localShare === null ? null : formatShare(localShare)],
                ]}
              />
              <p className="form-hint mt-3">{t.plan.localShareRule}</p>
            </div>
          </div>
          {totals.isApproximate && <p className="form-hint">{t.plan.approxNote}</p>}
        </>
      )}
      {departmentCoFinancing.map((table) => (
        <DepartmentCoFinancing
          key={table.departmentId ?? 'plan'}
          table={table}
          name={table.departmentName ?? areaName(table.departmentId)}
          years={years}
        />
      ))}
    </>
  );
}
