import type { DepartmentDetail, Statistic } from '../../server/plans/plan-detail.schema';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../layout/scroll-table';
import { collectSources, SourceList, type SourceNotes, SourceRef } from '../statistics/source-notes';
import { compareStatistics } from './compare-statistics';

const NOTES_ID = 'statistik-kilde';

function Comparison({
  figure,
  rowYear,
  notes,
}: {
  figure: Statistic | null;
  rowYear: number;
  notes: SourceNotes;
}) {
  const t = useT();
  const f = useFormat();
  if (!figure)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t.common.notStated}</span>
      </>
    );
  return (
    <>
      <span className="nowrap">{f.figure(figure)}</span>{' '}
      {figure.year !== rowYear && (
        <span className="figure-year-inline">{t.department.comparisonYear(figure.year)}</span>
      )}{' '}
      <SourceRef notes={notes} source={figure.source} idPrefix={NOTES_ID} />
    </>
  );
}

/** The afdeling's figures by indicator and year, against the kommune and the country. */
export function DepartmentStatistics({ department }: { department: DepartmentDetail }) {
  const t = useT();
  const f = useFormat();
  const rows = compareStatistics(department.statistics, department.comparisons);
  const hasMunicipality = rows.some((r) => r.municipality);
  const hasCountry = rows.some((r) => r.country);
  const notes = collectSources(
    rows.flatMap((r) =>
      [r.statistic.source, r.municipality?.source, r.country?.source].filter((s) => s !== undefined),
    ),
  );
  if (rows.length === 0) return <p>{t.department.noStatistics}</p>;

  return (
    <>
      <ScrollTable label={t.department.statisticsTitle}>
        <table className="table table--zebra statistics-table">
          <caption>{t.department.statisticsCaption(department.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.department.colIndicator}</th>
              <th scope="col">{t.department.colYear}</th>
              <th scope="col">{t.department.colValue}</th>
              {hasMunicipality && (
                <th scope="col">{t.department.colMunicipality(department.municipality.name)}</th>
              )}
              {hasCountry && <th scope="col">{t.department.colCountry}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ statistic: s, municipality, country }) => (
              <tr key={s.id}>
                <th scope="row" className="row-label">
                  {t.labels.indicator[s.indicator]}
                  {s.note && <span className="figure-year">{s.note}</span>}
                </th>
                <td>
                  {s.year}
                  {s.referencePeriod && <span className="figure-year">{s.referencePeriod}</span>}
                </td>
                <td>
                  <span className="nowrap weight-semibold">{f.figure(s)}</span>{' '}
                  <SourceRef notes={notes} source={s.source} idPrefix={NOTES_ID} />
                </td>
                {hasMunicipality && (
                  <td>
                    <Comparison figure={municipality} rowYear={s.year} notes={notes} />
                  </td>
                )}
                {hasCountry && (
                  <td>
                    <Comparison figure={country} rowYear={s.year} notes={notes} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <h3 className="h5">{t.common.sources}</h3>
      <SourceList notes={notes} idPrefix={NOTES_ID} />
    </>
  );
}
