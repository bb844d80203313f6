import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../api/use-api';
import { formatNumber } from '../format/format';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { ScrollTable } from '../layout/scroll-table';
import { useAreaT, useLocalName } from './area-messages';
import { getWatchList } from './areas-api';
import { YearPicker } from './year-picker';

const SYMBOL = { greaterThan: '>', atLeast: '≥', lessThan: '<' } as const;
const num = (v: number) => formatNumber(Math.round(v * 100) / 100);

/** /omraader/overvaagning — areas within reach of a threshold, nearest and decisive first. */
export function WatchListPage() {
  const t = useAreaT();
  const localName = useLocalName();
  const [params] = useSearchParams();
  const municipality = params.get('kommune') ?? undefined;
  const year = params.get('aar') ? Number(params.get('aar')) : undefined;
  const state = useApi(`watch:${municipality ?? ''}:${year ?? ''}`, (signal) =>
    getWatchList(municipality, year, signal),
  );
  return (
    <LoadState state={state}>
      {(list) => (
        <>
          <Breadcrumbs items={[{ label: t.watchTitle }]} />
          <PageHeading title={t.watchTitle}>{t.watchTitle}</PageHeading>
          <p className="font-lead">{t.watchIntro(num(list.options.distance), list.options.horizon)}</p>
          <YearPicker year={year} />
          <h2>{t.verdictTitle(list.listYear)}</h2>
          {list.items.length === 0 ? (
            <p>{t.noWatch}</p>
          ) : (
            <ScrollTable label={t.watchTitle}>
              <table className="table table--zebra watch-list">
                <caption className="sr-only">{t.watchTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.colArea2}</th>
                    <th scope="col">{t.colCategories}</th>
                    <th scope="col">{t.colCriterion}</th>
                    <th scope="col">{t.colValue}</th>
                    <th scope="col">{t.colThreshold}</th>
                    <th scope="col">{t.colReason}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((e) => {
                    const u = e.unit === 'ratio' ? '×' : ' %';
                    return (
                      <tr key={`${e.area.id}-${e.category}-${e.criterion}`}>
                        <th scope="row">
                          <Link to={`/omraader/${e.area.slug}?aar=${list.listYear}`}>{e.area.name}</Link>
                          <span className="figure-year">{e.area.municipality.name}</span>
                        </th>
                        <td>
                          {localName(e.categoryName)}
                          <span className="figure-year">
                            {e.direction === 'towardsIn' ? t.towardsIn : t.towardsOut}
                          </span>
                        </td>
                        <td>{e.criterionLabel}</td>
                        <td className="nowrap">
                          {num(e.value)}
                          {u}
                        </td>
                        <td className="nowrap">
                          {SYMBOL[e.comparison]} {num(e.threshold)}
                          {u}
                        </td>
                        <td>
                          {e.reasons.includes('near') && <span className="change-chip">{t.reasonNear}</span>}
                          {e.crossingYear !== null && (
                            <span className="change-chip">{t.reasonTrend(e.crossingYear)}</span>
                          )}
                          {e.decisive && (
                            <strong className="change-chip change-chip--entering">{t.decisive}</strong>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </>
      )}
    </LoadState>
  );
}
