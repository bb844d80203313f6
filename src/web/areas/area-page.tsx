import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { AreaDetail } from '../../server/areas/areas.schema';
import type { Statistic } from '../../server/plans/plan-detail.schema';
import { getDepartment } from '../api/api-client';
import { useApi } from '../api/use-api';
import { compareStatistics } from '../departments/compare-statistics';
import { DepartmentStatistics } from '../departments/department-statistics';
import { formatNumber } from '../format/format';
import { SourceText } from '../format/source-text';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { FactList } from '../layout/fact-list';
import { LoadState } from '../layout/load-state';
import { Loading } from '../layout/loading';
import { PageHeading } from '../layout/page-heading';
import { ProblemAlert } from '../layout/problem-alert';
import { ScrollTable } from '../layout/scroll-table';
import { useAreaT, useLocalName } from './area-messages';
import {
  getArea,
  getAreaSeries,
  getAreaStatistics,
  getAreaVerdict,
  getCountryStatistics,
  getMunicipalityStatistics,
} from './areas-api';
import { CriterionChart } from './criterion-chart';
import { VerdictView } from './verdict-view';
import { YearPicker } from './year-picker';

function newestPerIndicator(list: Statistic[]): Statistic[] {
  const best = new Map<string, Statistic>();
  for (const s of list) if ((best.get(s.indicator)?.year ?? -1) < s.year) best.set(s.indicator, s);
  return [...best.values()];
}

/** The area's own newest figures beside the municipality's and the country's. */
function AreaFigures({ area }: { area: AreaDetail }) {
  const t = useAreaT();
  const tt = useT();
  const f = useFormat();
  const state = useApi(`area-figures:${area.id}`, async (signal) => {
    const [own, municipality, country] = await Promise.all([
      getAreaStatistics(area.id, signal),
      getMunicipalityStatistics(area.municipality.id, signal),
      getCountryStatistics(signal),
    ]);
    return { own: own.items, comparisons: [...municipality.items, ...country.items] };
  });
  const sole = area.departments.length === 1 ? area.departments[0] : undefined;
  const department = useApi(`area-department:${sole?.slug ?? ''}`, (signal) =>
    sole ? getDepartment(sole.slug, signal) : Promise.resolve(null),
  );
  if (state.status !== 'success')
    return state.status === 'loading' ? <Loading /> : <ProblemAlert problem={state.problem} />;
  if (state.data.own.length === 0) {
    if (department.status === 'success' && department.data)
      return <DepartmentStatistics department={department.data} />;
    return <p>{t.noFigures}</p>;
  }
  const rows = compareStatistics(newestPerIndicator(state.data.own), state.data.comparisons);
  return (
    <ScrollTable label={t.figuresTitle}>
      <table className="table table--zebra statistics-table">
        <caption className="sr-only">{t.figuresTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colIndicator}</th>
            <th scope="col">{t.colYear}</th>
            <th scope="col">{t.colArea}</th>
            <th scope="col">{t.colMunicipality(area.municipality.name)}</th>
            <th scope="col">{t.colCountry}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ statistic: s, municipality, country }) => (
            <tr key={s.id}>
              <th scope="row" className="row-label">
                {tt.labels.indicator[s.indicator]}
                <span className="figure-year">
                  <SourceText text={s.source} />
                </span>
              </th>
              <td>
                {s.year}
                {s.referencePeriod && <span className="figure-year">{s.referencePeriod}</span>}
              </td>
              <td className="nowrap">{f.figure(s)}</td>
              <td className="nowrap">
                {municipality ? `${f.figure(municipality)} (${municipality.year})` : '–'}
              </td>
              <td className="nowrap">{country ? `${f.figure(country)} (${country.year})` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function AreaVerdictSection({ area, year }: { area: AreaDetail; year: number | undefined }) {
  const t = useAreaT();
  const state = useApi(`area-verdict:${area.id}:${year ?? ''}`, (signal) =>
    getAreaVerdict(area.id, year, signal),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    if (state.problem.code === 'AREA_TOO_SMALL')
      return (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{state.problem.errors[0]?.message ?? state.problem.title}</p>
            <p className="alert-text">
              {t.notEligible(state.problem.errors[0]?.message.match(/har ([\d.]+) beboere/)?.[1] ?? '')}
            </p>
          </div>
        </div>
      );
    return <ProblemAlert problem={state.problem} onRetry={state.reload} />;
  }
  return (
    <>
      <h2 id="afgoerelse">{t.verdictTitle(state.data.verdict.listYear)}</h2>
      <VerdictView data={state.data} />
    </>
  );
}

function AreaCharts({ area, year }: { area: AreaDetail; year: number | undefined }) {
  const t = useAreaT();
  const state = useApi(`area-series:${area.id}:${year ?? ''}`, (signal) =>
    getAreaSeries(area.id, year, signal),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ProblemAlert problem={state.problem} onRetry={state.reload} />;
  const criteria = state.data.criteria.filter((c) => c.points.some((p) => p.yearly !== null));
  if (criteria.length === 0) return <p>{t.noSeries}</p>;
  return (
    <div className="criterion-charts">
      {criteria.map((c) => (
        <CriterionChart key={c.id} criterion={c} />
      ))}
    </div>
  );
}

function AreaContent({ area }: { area: AreaDetail }) {
  const t = useAreaT();
  const localName = useLocalName();
  const [params] = useSearchParams();
  const year = params.get('aar') ? Number(params.get('aar')) : undefined;
  return (
    <>
      <Breadcrumbs
        items={[
          {
            label: t.municipalityTitle(area.municipality.name),
            to: `/kommuner/${area.municipality.slug}/omraader`,
          },
          { label: area.name },
        ]}
      />
      <PageHeading title={area.name}>{area.name}</PageHeading>
      {area.description && <p className="font-lead">{area.description}</p>}
      <FactList
        label={t.areaFacts}
        facts={[
          [
            t.municipality,
            <Link key="m" to={`/kommuner/${area.municipality.slug}/omraader`}>
              {area.municipality.name}
            </Link>,
          ],
          [t.residents, area.residents === null ? '–' : formatNumber(area.residents)],
          [
            t.departments,
            area.departments.length === 0
              ? '–'
              : area.departments.map((d, i) => (
                  <span key={d.id}>
                    {i > 0 && ', '}
                    <Link to={`/afdelinger/${d.slug}`}>{d.name}</Link>
                  </span>
                )),
          ],
          [
            t.listings,
            area.listings.length === 0
              ? '–'
              : area.listings
                  .map(
                    (l) =>
                      `${l.listed ? t.listed(l.listYear) : t.notListed(l.listYear)}: ${localName(l.categoryName)}`,
                  )
                  .join('; '),
          ],
        ]}
      />
      <YearPicker year={year} />
      <section className="plan-section" aria-labelledby="afgoerelse">
        <AreaVerdictSection area={area} year={year} />
      </section>
      <section className="plan-section" aria-labelledby="kriterier-over-tid">
        <h2 id="kriterier-over-tid">{t.chartsTitle}</h2>
        <p>{t.chartsIntro}</p>
        <AreaCharts area={area} year={year} />
      </section>
      <section className="plan-section" aria-labelledby="omraadets-tal">
        <h2 id="omraadets-tal">{t.figuresTitle}</h2>
        <AreaFigures area={area} />
      </section>
    </>
  );
}

/** /omraader/:slug — a statutory area: its verdict explained, criteria over time, figures. */
export function AreaPage() {
  const { slug = '' } = useParams();
  const state = useApi(`area:${slug}`, (signal) => getArea(slug, signal));
  return <LoadState state={state}>{(area) => <AreaContent area={area} />}</LoadState>;
}
