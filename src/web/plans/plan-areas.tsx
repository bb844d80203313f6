import { Link } from 'react-router-dom';
import { STATISTIC_INDICATORS, type StatisticIndicator } from '../../domain/statistics/indicators';
import type { PlanDetail, Statistic } from '../../server/plans/plan-detail.schema';
import { formatNumber } from '../format/format';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../layout/scroll-table';
import { collectSources, SourceList, type SourceNotes, SourceRef } from '../statistics/source-notes';

type Area = PlanDetail['departments'][number];

function byIndicatorOrder(figures: Statistic[]): Statistic[] {
  const order = (s: Statistic) => STATISTIC_INDICATORS.indexOf(s.indicator);
  return [...figures].sort((a, b) => order(a) - order(b));
}

/** "2020", or the source's own reference ("pr. 1. januar 2018") when it names the year. */
function whenOf(figure: Statistic): string {
  const period = figure.referencePeriod;
  if (!period) return String(figure.year);
  return period.includes(String(figure.year)) ? period : `${figure.year}, ${period}`;
}

/** Residents and units have their own columns; the other indicators go in the key-figure table. */
const COLUMN_INDICATORS: StatisticIndicator[] = ['residents', 'units'];

function FigureCell({ figure, notes }: { figure: Statistic | undefined; notes: SourceNotes }) {
  const t = useT();
  const f = useFormat();
  if (!figure) return <span className="not-stated">{t.common.notStated}</span>;
  return (
    <>
      <span className="nowrap">{f.figure(figure)}</span>{' '}
      <SourceRef notes={notes} source={figure.source} idPrefix="omraade-kilde" />
      <span className="figure-year">{whenOf(figure)}</span>
    </>
  );
}

/** The plan's afdelinger with units, residents and their latest key figures, each with a source. */
export function PlanAreas({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const f = useFormat();
  const areas = plan.departments;
  const figures = [...plan.areaFigures, ...areas.flatMap((a) => a.keyFigures)];
  const notes = collectSources([
    ...figures.map((s) => s.source),
    ...plan.areaSummaries.flatMap((s) => s.sources),
  ]);
  // A share's summary over the afdelinger replaces a stored range for the areas together, so no
  // afdeling's figure lies outside the range shown.
  const summarised = new Set(plan.areaSummaries.map((s) => s.indicator));
  const together = plan.areaFigures.filter((s) => !summarised.has(s.indicator));
  const figureOf = (area: Area, indicator: StatisticIndicator) =>
    area.keyFigures.find((s) => s.indicator === indicator);
  const indicators = STATISTIC_INDICATORS.filter(
    (i) => !COLUMN_INDICATORS.includes(i) && areas.some((a) => a.keyFigures.some((s) => s.indicator === i)),
  );
  const hasNotes = areas.some((a) => a.coverageNote);

  return (
    <>
      {(together.length > 0 || plan.areaSummaries.length > 0) && (
        <>
          <h3>{t.plan.areaFiguresTitle}</h3>
          <dl className="fact-list">
            {byIndicatorOrder(together).map((s) => (
              <div key={s.id} className="fact-row">
                <dt>{t.labels.indicator[s.indicator]}</dt>
                <dd>
                  <FigureCell figure={s} notes={notes} />
                </dd>
              </div>
            ))}
            {plan.areaSummaries.map((s) => (
              <div key={s.indicator} className="fact-row area-summary">
                <dt>{t.labels.indicator[s.indicator]}</dt>
                <dd>
                  <span className="nowrap">
                    {f.figure({
                      indicator: s.indicator,
                      value: s.min,
                      valueMax: s.max,
                      isApproximate: s.isApproximate,
                    })}
                  </span>{' '}
                  {s.sources.map((source) => (
                    <SourceRef key={source} notes={notes} source={source} idPrefix="omraade-kilde" />
                  ))}
                  <span className="figure-year">
                    {s.year},{' '}
                    {t.plan.summaryCoverage(s.withFigure, s.withFigure + s.withoutFigure, s.missing)}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h3>{t.plan.areasCaption}</h3>
      {areas.length === 0 ? (
        <p>{t.plan.noAreas}</p>
      ) : (
        <table className="table table--zebra table--responsive-headers areas-table">
          <caption className="sr-only">{t.plan.areasCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.plan.colArea}</th>
              <th scope="col">{t.plan.colOrganisation}</th>
              <th scope="col" className="amount-cell">
                {t.plan.colUnits}
              </th>
              <th scope="col" className="amount-cell">
                {t.plan.colResidents}
              </th>
              {hasNotes && <th scope="col">{t.plan.colNote}</th>}
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => {
              const units = area.units ?? figureOf(area, 'units')?.value ?? null;
              const residents = area.residents ?? figureOf(area, 'residents')?.value ?? null;
              return (
                <tr key={area.id}>
                  <th scope="row">
                    <Link to={`/afdelinger/${area.slug}`}>{area.name}</Link>
                  </th>
                  <td data-title={t.plan.colOrganisation}>{area.organisation?.name ?? t.common.notStated}</td>
                  <td data-title={t.plan.colUnits} className="amount-cell amount">
                    {units === null ? t.common.notStated : formatNumber(units)}
                  </td>
                  <td data-title={t.plan.colResidents} className="amount-cell amount">
                    {residents === null ? t.common.notStated : formatNumber(residents)}
                  </td>
                  {hasNotes && <td data-title={t.plan.colNote}>{area.coverageNote}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {indicators.length > 0 && (
        <>
          <h3>{t.plan.keyFiguresTitle}</h3>
          <ScrollTable label={t.plan.keyFiguresTitle}>
            <table className="table table--zebra key-figures">
              <caption>{t.plan.keyFiguresCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.plan.colIndicator}</th>
                  {areas.map((a) => (
                    <th key={a.id} scope="col">
                      {a.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => (
                  <tr key={indicator}>
                    <th scope="row">{t.labels.indicator[indicator]}</th>
                    {areas.map((a) => (
                      <td key={a.id}>
                        <FigureCell figure={figureOf(a, indicator)} notes={notes} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      {notes.sources.length > 0 && (
        <details className="details">
          <summary className="details-summary">{t.plan.sourcesSummary}</summary>
          <div className="details-text">
            <SourceList notes={notes} idPrefix="omraade-kilde" />
          </div>
        </details>
      )}
    </>
  );
}
