import { lazy, Suspense } from 'react';
import { SPENDING_COLUMNS } from '../../domain/budget/spending-columns';
import { formatKroner } from '../../domain/money/money';
import type { AccountMappingsOut, BudgetVsActualOut } from '../../server/budget/spending.schema';
import { getJson } from '../api/api-client';
import { useApi } from '../api/use-api';
import { formatDate } from '../format/format';
import { useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { ImportPanel } from '../imports/import-panel';
import { LoadState } from '../layout/load-state';
import { ScrollTable } from '../layout/scroll-table';

// The chart library is large; it loads after the page, and the figures stand in the table below.
const BurnChartCanvas = lazy(() =>
  import('./burn-chart-canvas').then((m) => ({ default: m.BurnChartCanvas })),
);
const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

function BurnChart({ data }: { data: BudgetVsActualOut }) {
  const t = useT().budget;
  const points = data.months.map((m) => ({
    month: monthLabel(m.month),
    budget: m.budgetCumulativeOre,
    actual: m.actualCumulativeOre,
    forecast: m.forecastCumulativeOre,
  }));
  return (
    <figure className="burn-chart" aria-label={t.chartLabel}>
      <div style={{ width: '100%', height: 320 }} aria-hidden="true">
        <Suspense fallback={null}>
          <BurnChartCanvas points={points} />
        </Suspense>
      </div>
      <figcaption className="form-hint">{t.chartLabel}</figcaption>
      <details className="details">
        <summary className="details-summary">{t.chartTable}</summary>
        <div className="details-text">
          <ScrollTable label={t.chartLabel}>
            <table className="table table--compact">
              <caption className="sr-only">{t.chartLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colMonth}</th>
                  <th scope="col" className="amount-cell">
                    {t.chartBudget}
                  </th>
                  <th scope="col" className="amount-cell">
                    {t.chartActual}
                  </th>
                  <th scope="col" className="amount-cell">
                    {t.chartForecast}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthLabel(m.month)}</th>
                    <td className="amount-cell amount nowrap">{formatKroner(m.budgetCumulativeOre)}</td>
                    <td className="amount-cell amount nowrap">
                      {m.actualCumulativeOre === null ? '' : formatKroner(m.actualCumulativeOre)}
                    </td>
                    <td className="amount-cell amount nowrap">
                      {m.forecastCumulativeOre === null ? '' : formatKroner(m.forecastCumulativeOre)}
                    </td>
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

/** Budget against actual per year with the burn chart; import and mapping for those who book. */
export function BudgetSpending({
  planId,
  versionId,
  canWrite,
}: {
  planId: string;
  versionId: string;
  canWrite: boolean;
}) {
  const t = useT().budget;
  const state = useApi<{ bva: BudgetVsActualOut; mappings: AccountMappingsOut }>(
    `${planId}:${versionId}`,
    async (signal) => ({
      bva: await getJson(`/api/plans/${planId}/budget-vs-actual?version=${versionId}`, signal),
      mappings: await getJson(`/api/plans/${planId}/account-mappings`, signal),
    }),
  );
  return (
    <>
      <LoadState state={state}>
        {({ bva, mappings }) => (
          <>
            <p>{t.spendingIntro(formatDate(bva.asOf))}</p>
            <ScrollTable label={t.spendingCaption}>
              <table className="table budget-vs-actual">
                <caption>{t.spendingCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.colYear}</th>
                    <th scope="col" className="amount-cell">
                      {t.colBudget}
                    </th>
                    <th scope="col" className="amount-cell">
                      {t.colActual}
                    </th>
                    <th scope="col" className="amount-cell">
                      {t.colForecast}
                    </th>
                    <th scope="col" className="amount-cell">
                      {t.colVariance}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {bva.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="amount-cell amount nowrap">{formatKroner(y.budgetOre)}</td>
                      <td className="amount-cell amount nowrap">{formatKroner(y.actualOre)}</td>
                      <td className="amount-cell amount nowrap">{formatKroner(y.forecastOre)}</td>
                      <td className={`amount-cell amount nowrap ${y.varianceOre > 0 ? 'over-budget' : ''}`}>
                        {formatKroner(y.varianceOre)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="total-row">
                    <th scope="row">{t.colTotal}</th>
                    <td className="amount-cell amount nowrap">{formatKroner(bva.budgetTotalOre)}</td>
                    <td className="amount-cell amount nowrap">{formatKroner(bva.actualTotalOre)}</td>
                    <td className="amount-cell amount nowrap">{formatKroner(bva.forecastTotalOre)}</td>
                    <td className="amount-cell amount nowrap">
                      {formatKroner(bva.forecastTotalOre - bva.budgetTotalOre)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </ScrollTable>
            <p className="form-hint">
              {bva.runRatePerMonthOre === null || bva.actualTotalOre === 0
                ? t.noRunRate
                : t.runRate(formatKroner(bva.runRatePerMonthOre))}
              {bva.outsidePeriodOre !== 0 && ` ${t.outsidePeriod(formatKroner(bva.outsidePeriodOre))}`}
            </p>
            {bva.months.length > 0 && <BurnChart data={bva} />}
            <ExportLinks url={`/api/plans/${planId}/spending/export`} label={t.exportSpending} />

            <h3 className="h4">{t.mappingsTitle}</h3>
            {mappings.items.length === 0 ? (
              <p>{t.noMappings}</p>
            ) : (
              <ScrollTable label={t.mappingsCaption}>
                <table className="table table--compact">
                  <caption>{t.mappingsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.colAccount}</th>
                      <th scope="col">{t.colLabel}</th>
                      <th scope="col">{t.colCategory}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mappings.items.map((m) => (
                      <tr key={m.account}>
                        <th scope="row">{m.account}</th>
                        <td>{m.label ?? ''}</td>
                        <td>
                          {t.category[m.category]}
                          {m.lineDescription ? ` – ${m.lineDescription}` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            )}
          </>
        )}
      </LoadState>
      {/* Outside the figures' loading state, so the import's confirmation stays while they reload. */}
      {canWrite && (
        <>
          <h3 className="h4">{t.importTitle}</h3>
          <p>{t.importIntro}</p>
          <ImportPanel
            url={`/api/plans/${planId}/imports/spending`}
            columns={SPENDING_COLUMNS}
            onImported={() => state.reload()}
          />
        </>
      )}
    </>
  );
}
