import { formatNumber } from '../format/format';
import { ScrollTable } from '../layout/scroll-table';
import { useAreaT, useCategoryName, useLocalName } from './area-messages';
import type { AreaVerdict } from './areas-api';

type Detail = AreaVerdict['verdict']['details'][number];
type Criterion = Detail['criteria'][number];

const SYMBOL = { greaterThan: '>', atLeast: '≥', lessThan: '<' } as const;
const unit = (c: Criterion) => (c.unit === 'ratio' ? '×' : ' %');
const num = (v: number) => formatNumber(Math.round(v * 100) / 100);

function MetTag({ met }: { met: boolean | null }) {
  const t = useAreaT();
  const label = met === null ? t.status.undetermined : met ? t.status.met : t.status.notMet;
  return (
    <span className={`verdict-tag verdict-tag--${met === null ? 'unknown' : met ? 'met' : 'not-met'}`}>
      {label}
    </span>
  );
}

function CriteriaTable({ detail }: { detail: Detail }) {
  const t = useAreaT();
  const label = useLocalName()(detail.name);
  const rows = [...detail.criteria, ...(detail.alsoRequired ? [detail.alsoRequired] : [])];
  return (
    <ScrollTable label={t.criteriaCaption(label)}>
      <table className="table table--zebra verdict-criteria">
        <caption className="sr-only">{t.criteriaCaption(label)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colCriterion}</th>
            <th scope="col">{t.colValue}</th>
            <th scope="col">{t.colThreshold}</th>
            <th scope="col">{t.colMargin}</th>
            <th scope="col">{t.colMet}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c, i) => (
            <tr key={c.id}>
              <th scope="row" className="row-label">
                {detail.alsoRequired && i === rows.length - 1 && (
                  <span className="figure-year">{t.alsoRequired}</span>
                )}
                {c.label}
                <span className="figure-year">{c.explanation}</span>
              </th>
              <td className="nowrap">{c.value === null ? '–' : `${num(c.value)}${unit(c)}`}</td>
              <td className="nowrap">
                {SYMBOL[c.comparison]} {num(c.threshold)}
                {unit(c)}
              </td>
              <td className="nowrap">
                {c.margin === null ? '–' : `${c.margin > 0 ? '+' : ''}${num(c.margin)}`}
              </td>
              <td>
                <MetTag met={c.met} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The verdict of one list year: each category with its reason, criteria, years in a row and change. */
export function VerdictView({ data }: { data: AreaVerdict }) {
  const t = useAreaT();
  const { verdict, whatWouldChange } = data;
  const name = useCategoryName(data.ruleSet.categories);
  const localName = useLocalName();
  const definition = (code: string) => data.ruleSet.categories.find((c) => c.code === code)?.definition;
  return (
    <>
      <p className="verdict-rule-set">{t.ruleSet(verdict.ruleSetId)}</p>
      {verdict.eligible === null && <p className="alert-text">{t.residentsUnknown}</p>}
      <p className="verdict-summary">
        <strong>{t.categories}: </strong>
        {verdict.categories.length === 0 ? t.categoriesNone : verdict.categories.map(name).join(', ')}
      </p>
      {verdict.details.map((d) => {
        const h = verdict.history.find((x) => x.category === d.category);
        const outlook = whatWouldChange.find((o) => o.category === d.category);
        const status = d.status === 'met' ? true : d.status === 'notMet' ? false : null;
        return (
          <section key={d.category} className="verdict-category" aria-labelledby={`kategori-${d.category}`}>
            <h3 id={`kategori-${d.category}`}>
              {localName(d.name)} <MetTag met={status} />
            </h3>
            {definition(d.category) && (
              <p className="verdict-definition">{localName(definition(d.category) ?? d.name)}</p>
            )}
            <p className="verdict-reason">{d.reason}</p>
            {h && (
              <p className="verdict-history">
                {t.change[h.change]}
                {h.yearsInARow > 0 && ` · ${t.yearsInARow(h.yearsInARow, h.yearsInARowAtLeast)}`}
              </p>
            )}
            {d.requiredYears === null && <CriteriaTable detail={d} />}
            {outlook && (outlook.changes.length > 0 || outlook.note) && d.requiredYears === null && (
              <div className="verdict-outlook">
                <h4>{t.whatWouldChange}</h4>
                {outlook.changes.length > 0 ? (
                  <ul>
                    {outlook.changes.map((c) => (
                      <li key={`${c.criterion}-${c.category}`}>
                        {c.text}
                        {c.smallest && outlook.changes.length > 1 && <strong> ({t.smallest})</strong>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{outlook.note ?? t.noSingleChange}</p>
                )}
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
