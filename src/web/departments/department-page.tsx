import { Link, useParams } from 'react-router-dom';
import type { DepartmentDetail } from '../../server/plans/plan-detail.schema';
import { getDepartment } from '../api/api-client';
import { useApi } from '../api/use-api';
import { DepartmentArea } from '../areas/department-area';
import { formatNumber } from '../format/format';
import { SourceText } from '../format/source-text';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { FactList } from '../layout/fact-list';
import { Icon } from '../layout/icon';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { PlanStatusBadge } from '../plans/plan-status-badge';
import { missingIndicators } from './compare-statistics';
import { DepartmentStatistics } from './department-statistics';

function DepartmentContent({ department: d }: { department: DepartmentDetail }) {
  const t = useT();
  const f = useFormat();
  const missing = missingIndicators(d.statistics, {
    units: d.units !== null,
    residents: d.residents !== null,
  });

  return (
    <>
      <Breadcrumbs items={[{ label: d.name }]} />
      <PageHeading title={d.name}>{d.name}</PageHeading>
      {d.description && <p className="font-lead">{d.description}</p>}
      <FactList
        label={t.department.facts}
        facts={[
          [t.department.kind, t.labels.departmentKind[d.kind]],
          [t.department.municipality, d.municipality.name],
          [t.department.organisation, d.organisation?.name ?? t.common.notStatedInline],
          [t.department.units, d.units === null ? t.common.notStatedInline : formatNumber(d.units)],
          [
            t.department.residents,
            d.residents === null ? t.common.notStatedInline : formatNumber(d.residents),
          ],
          [t.department.source, d.source && <SourceText text={d.source} />],
        ]}
      />

      <DepartmentArea department={d.slug} />

      <section className="plan-section" aria-labelledby="afdeling-planer">
        <h2 id="afdeling-planer">{t.department.plansTitle}</h2>
        {d.plans.length === 0 ? (
          <p>{t.department.noPlans}</p>
        ) : (
          <table className="table table--borderless department-plans">
            <caption className="sr-only">{t.department.plansCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.department.colPlan}</th>
                <th scope="col">{t.department.colPeriod}</th>
                <th scope="col">{t.department.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {d.plans.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/planer/${p.slug}`}>{p.name}</Link>
                  </th>
                  <td>{f.period(p.startDate, p.endDate) ?? t.common.notStated}</td>
                  <td>
                    <PlanStatusBadge status={p.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="plan-section" aria-labelledby="afdeling-statistik">
        <h2 id="afdeling-statistik">{t.department.statisticsTitle}</h2>
        <DepartmentStatistics department={d} />
        {missing.length > 0 && (
          <div className="alert alert-info mt-6">
            <Icon name="info" className="alert-icon" />
            <div className="alert-body">
              <h3 className="alert-heading">{t.department.missingTitle}</h3>
              <p className="alert-text">{t.department.missingText}</p>
              <ul className="alert-text">
                {missing.map((i) => (
                  <li key={i}>{t.labels.indicator[i]}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </section>
    </>
  );
}

/** /afdelinger/:slug — one afdeling: facts, its plans and its statistics against kommune and country. */
export function DepartmentPage() {
  const { slug = '' } = useParams();
  const state = useApi(`department:${slug}`, (signal) => getDepartment(slug, signal));
  return <LoadState state={state}>{(department) => <DepartmentContent department={department} />}</LoadState>;
}
