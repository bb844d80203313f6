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
import { useAreaT, useCategoryName } from './area-messages';
import { getVerdicts, type VerdictList } from './areas-api';
import { YearPicker } from './year-picker';

type Row = VerdictList['items'][number];

/**
 * "Ændring siden sidste år": what entered, left or stayed, "unchanged" when nothing moved, and
 * when last year cannot be told, why — never a bare dash, and never a silent comparison with an
 * older year across a gap.
 */
function ChangeCell({
  row: { verdict, changeBasis },
  name,
}: {
  row: Pick<Row, 'verdict' | 'changeBasis'>;
  name: (code: Row['verdict']['categories'][number]) => string;
}) {
  const t = useAreaT();
  if (verdict.eligible === false) return <>–</>;
  const shown = verdict.history.filter(
    (h) => h.change === 'entering' || h.change === 'leaving' || h.change === 'staying',
  );
  const only =
    changeBasis.kind !== 'compared' && changeBasis.unknown.length < verdict.history.length
      ? changeBasis.unknown.map(name)
      : null;
  const why = t.changeUnknown(changeBasis, only);
  return (
    <>
      {shown.map((h) => (
        <span key={h.category} className={`change-chip change-chip--${h.change}`}>
          {t.change[h.change]}: {name(h.category)}
        </span>
      ))}
      {why && <span className="change-unknown">{why}</span>}
      {shown.length === 0 && !why && t.noChange}
    </>
  );
}

function VerdictTable({ list }: { list: VerdictList }) {
  const t = useAreaT();
  const name = useCategoryName(list.ruleSet.categories);
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
          {list.items.map(({ area, verdict, changeBasis }) => {
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
                              {name(c)}
                              {h &&
                                h.yearsInARow > 1 &&
                                ` (${t.yearsInARow(h.yearsInARow, h.yearsInARowAtLeast)})`}
                            </span>
                          );
                        })}
                </td>
                <td>
                  <ChangeCell row={{ verdict, changeBasis }} name={name} />
                </td>
                <td>{verdict.undetermined.map(name).join(', ') || '–'}</td>
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
