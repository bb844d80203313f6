import { formatMillionsExact } from '../../domain/money/money';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { formatShare, formatYearSpan } from '../format/format';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { FactList } from '../layout/fact-list';
import { ScrollTable } from '../layout/scroll-table';
import { collectSources, SourceList, SourceRef } from '../statistics/source-notes';
import { DepartmentCoFinancing } from './department-co-financing';

const pctOf = (bp: number) => `${(bp / 100).toLocaleString('da-DK')} %`;

/**
 * The plan's financing as its sources give it (decision 015): each funder's stated amount with
 * its source or "Ikke oplyst", derived lower bounds labelled as derived, and "I alt" and shares
 * only when the total is known — a funder's amount is never shown as the plan's total.
 */
export function PlanFinancing({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const f = useFormat();
  const { funders, total, derived, departmentCoFinancing, statedSums } = plan.financing;
  const stated = funders.filter((s) => s.status === 'stated');
  const hasFinancing = stated.length > 0 || total.kind !== 'unknown';
  const totalKnown = total.amountOre !== null && total.amountOre > 0;
  const years = formatYearSpan(plan.startDate, plan.endDate);
  const areaName = (id: string | null) => plan.departments.find((d) => d.id === id)?.name ?? null;

  // Amounts as the sources write them ("10,8 mio. kr.") when every amount in the table can be
  // written so exactly; otherwise all in kroner, so the column reads one way.
  const amounts = [
    ...stated.map((s) => s.amountOre as number),
    ...(total.amountOre === null ? [] : [total.amountOre]),
    ...derived.map((d) => d.lowerBoundOre),
  ];
  const millions = amounts.length > 0 && amounts.every((a) => formatMillionsExact(a) !== null);
  const money = (ore: number, approx = false) =>
    millions ? `${approx ? `${t.common.approx} ` : ''}${formatMillionsExact(ore)}` : f.money(ore, approx);
  const share = (ore: number) => (totalKnown ? formatShare(ore / (total.amountOre as number)) : null);

  const notes = collectSources([...stated.flatMap((s) => s.documentSources), ...total.sources]);
  const refs = (sources: readonly string[]) =>
    sources.map((source) => (
      <SourceRef key={source} notes={notes} source={source} idPrefix="financing-source" />
    ));
  const lbfOre = stated.filter((s) => s.source === 'lbf').reduce((n, s) => n + (s.amountOre ?? 0), 0);
  const totalBound = derived.find((d) => d.figure === 'totalAtLeast');
  const how = (d: (typeof derived)[number]) => {
    const maxPct = pctOf(d.lbfMaxShareBp);
    if (d.basis === 'statedSum') return t.plan.derivedSumHow(money(d.lowerBoundOre, d.isApproximate));
    if (d.figure === 'totalAtLeast')
      return t.plan.derivedTotalHow(money(lbfOre), maxPct, money(d.lowerBoundOre));
    return t.plan.derivedLocalHow(
      pctOf(10_000 - d.lbfMaxShareBp),
      money(totalBound?.lowerBoundOre ?? 0),
      money(lbfOre),
      money(d.lowerBoundOre),
    );
  };
  const localShareBp = plan.financing.localShareBp;

  return (
    <>
      {!hasFinancing && <p>{t.plan.noFinancing}</p>}
      {hasFinancing && (
        <>
          <ScrollTable label={t.plan.bySourceCaption}>
            <table className="table financing-table">
              <caption>{t.plan.bySourceCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.plan.colFunder}</th>
                  <th scope="col" className="amount-cell">
                    {t.plan.colAmount}
                  </th>
                  {totalKnown && (
                    <th scope="col" className="amount-cell">
                      {t.plan.colShare}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {funders.map((s) => (
                  <tr key={`${s.source}-${s.sourceName ?? ''}`}>
                    <th scope="row">{s.sourceName ?? t.plan.funderNames[s.source]}</th>
                    {s.amountOre === null ? (
                      <td className="amount-cell nowrap not-stated">{t.common.notStated}</td>
                    ) : (
                      <td className="amount-cell amount nowrap">
                        <span>{money(s.amountOre, s.isApproximate)}</span> {refs(s.documentSources)}
                      </td>
                    )}
                    {totalKnown && (
                      <td className="amount-cell amount nowrap">
                        {s.amountOre === null ? '' : share(s.amountOre)}
                      </td>
                    )}
                  </tr>
                ))}
                {derived
                  .filter((d) => d.figure === 'localAtLeast')
                  .map((d) => (
                    <tr key={d.figure} className="derived-row">
                      <th scope="row">
                        {t.plan.derivedLocalRow} <span className="badge badge-info">{t.plan.derived}</span>
                      </th>
                      <td className="amount-cell amount nowrap">
                        {t.plan.derivedAtLeast(money(d.lowerBoundOre, d.isApproximate))}
                      </td>
                    </tr>
                  ))}
              </tbody>
              <tfoot>
                {totalKnown ? (
                  <tr className="total-row">
                    <th scope="row">{t.common.total}</th>
                    <td className="amount-cell amount nowrap">
                      <span>{money(total.amountOre as number, total.isApproximate)}</span>{' '}
                      {refs(total.sources)}
                    </td>
                    <td className="amount-cell amount nowrap">100 %</td>
                  </tr>
                ) : (
                  <tr className="total-row">
                    <th scope="row">
                      {t.plan.totalUnknownRow}
                      {totalBound && (
                        <>
                          {' '}
                          <span className="badge badge-info">{t.plan.derived}</span>
                        </>
                      )}
                    </th>
                    <td className="amount-cell amount nowrap">
                      {totalBound
                        ? t.plan.derivedAtLeast(money(totalBound.lowerBoundOre, totalBound.isApproximate))
                        : t.common.notStated}
                    </td>
                  </tr>
                )}
              </tfoot>
            </table>
          </ScrollTable>
          <p className="form-hint">
            {total.kind === 'stated' && t.plan.totalStatedNote}
            {total.kind === 'allFundersKnown' && t.plan.totalAllFundersNote}
            {(total.kind === 'derivedLowerBound' || total.kind === 'unknown') && t.plan.totalUnknownNote}
          </p>
          {derived.length > 0 && (
            <ul className="derived-notes">
              {derived.map((d) => (
                <li key={d.figure}>{how(d)}</li>
              ))}
            </ul>
          )}
          {notes.sources.length > 0 && (
            <>
              <h3 className="h6 mt-4">{t.common.sources}</h3>
              <SourceList notes={notes} idPrefix="financing-source" />
            </>
          )}

          <div className="row">
            {totalKnown && statedSums.byKind.length > 0 && (
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
                    {statedSums.byKind.map((k) => (
                      <tr key={k.kind}>
                        <th scope="row">{t.labels.financingKind[k.kind]}</th>
                        <td className="amount-cell amount nowrap">
                          {money(k.amountOre, statedSums.isApproximate)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="col-12 col-md-6">
              <h3 className="h5 mt-5">{t.plan.sharesTitle}</h3>
              <FactList
                facts={[
                  [
                    t.plan.lbfShare,
                    localShareBp === null
                      ? t.common.notStated
                      : formatShare((10_000 - localShareBp) / 10_000),
                  ],
                  [
                    t.plan.localShare,
                    localShareBp === null ? t.common.notStated : formatShare(localShareBp / 10_000),
                  ],
                ]}
              />
              <p className="form-hint mt-3">{t.plan.localShareRule}</p>
            </div>
          </div>
          {statedSums.isApproximate && <p className="form-hint">{t.plan.approxNote}</p>}
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
