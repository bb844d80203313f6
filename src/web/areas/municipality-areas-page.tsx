import { Link, useParams, useSearchParams } from 'react-router-dom';
import { AREA_STATISTICS_COLUMNS } from '../../server/areas/area-statistics-columns';
import { getJson } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { formatNumber } from '../format/format';
import { ExportLinks } from '../imports/export-links';
import { ImportPanel } from '../imports/import-panel';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { ScrollTable } from '../layout/scroll-table';
import { useAreaT } from './area-messages';
import { getVerdicts, type VerdictList } from './areas-api';
import { YearPicker } from './year-picker';

function VerdictTable({ list }: { list: VerdictList }) {
  const t = useAreaT();
  if (list.items.length === 0) return <p>{t.noAreas}</p>;
  return (
    <ScrollTable label={t.areasTitle}>
      <table className="table table--zebra municipality-areas">
        <caption className="sr-only">{t.verdictTitle(list.listYear)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colArea2}</th>
            <th scope="col">{t.residents}</th>
            <th scope="col">{t.colCategories}</th>
            <th scope="col">{t.colChange}</th>
            <th scope="col">{t.colUndetermined}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map(({ area, verdict }) => {
            const changes = verdict.history.filter((h) => h.change === 'entering' || h.change === 'leaving');
            return (
              <tr key={area.id}>
                <th scope="row">
                  <Link to={`/omraader/${area.slug}?aar=${list.listYear}`}>{area.name}</Link>
                </th>
                <td className="nowrap">
                  {verdict.residents === null ? '–' : formatNumber(verdict.residents)}
                </td>
                <td>
                  {verdict.eligible === false
                    ? t.underMinimum
                    : verdict.categories.length === 0
                      ? '–'
                      : verdict.categories.map((c) => {
                          const h = verdict.history.find((x) => x.category === c);
                          return (
                            <span key={c} className="category-chip">
                              {t.category[c]}
                              {h &&
                                h.yearsInARow > 1 &&
                                ` (${t.yearsInARow(h.yearsInARow, h.yearsInARowAtLeast)})`}
                            </span>
                          );
                        })}
                </td>
                <td>
                  {changes.length === 0
                    ? '–'
                    : changes.map((h) => (
                        <span key={h.category} className={`change-chip change-chip--${h.change}`}>
                          {t.change[h.change]}: {t.category[h.category]}
                        </span>
                      ))}
                </td>
                <td>{verdict.undetermined.map((c) => t.category[c]).join(', ') || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

interface MunicipalityRef {
  id: string;
  slug: string;
  name: string;
}

/** /kommuner/:slug/omraader — all the municipality's areas with categories and changes. */
export function MunicipalityAreasPage() {
  const t = useAreaT();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const year = params.get('aar') ? Number(params.get('aar')) : undefined;
  const session = useSession();
  const municipality = useApi(`municipality:${slug}`, (signal) =>
    getJson<MunicipalityRef>(`/api/municipalities/${encodeURIComponent(slug)}`, signal),
  );
  const verdicts = useApi(`verdicts:${slug}:${year ?? ''}`, (signal) => getVerdicts(slug, year, signal));
  return (
    <LoadState state={municipality}>
      {(m) => (
        <>
          <Breadcrumbs items={[{ label: t.municipalityTitle(m.name) }]} />
          <PageHeading title={t.municipalityTitle(m.name)}>{t.municipalityTitle(m.name)}</PageHeading>
          <p className="font-lead">{t.municipalityIntro}</p>
          <YearPicker year={year} />
          <LoadState state={verdicts}>
            {(list) => (
              <>
                <h2>{t.verdictTitle(list.listYear)}</h2>
                <VerdictTable list={list} />
                <ExportLinks
                  url={`/api/classification/export?municipality=${slug}&year=${list.listYear}`}
                  label={t.exportLabel}
                />
                <p>
                  <Link to={`/omraader/overvaagning?kommune=${slug}&aar=${list.listYear}`}>
                    {t.linkWatch}
                  </Link>
                </p>
              </>
            )}
          </LoadState>
          {session.can('municipality:write', { municipalityId: m.id }) && (
            <section className="plan-section" aria-labelledby="import-omraadetal">
              <h2 id="import-omraadetal">{t.importTitle}</h2>
              <ImportPanel
                url={`/api/municipalities/${slug}/imports/area-statistics`}
                columns={AREA_STATISTICS_COLUMNS}
                onImported={() => verdicts.reload()}
              />
            </section>
          )}
        </>
      )}
    </LoadState>
  );
}
