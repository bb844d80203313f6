import { useId } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { actorName } from '../../domain/audit/audit-phrases';
import type { BudgetVersionDetail, BudgetVersionOut } from '../../server/budget/budget.schema';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { getJson, getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { formatDate } from '../format/format';
import { useFormat } from '../format/use-format';
import { useLanguage, useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { PageToc } from '../layout/page-toc';
import { BudgetDepartment } from './budget-departments';
import { BudgetDiff } from './budget-diff';
import { BudgetFunders } from './budget-funders';
import { BudgetLinesTable } from './budget-lines-table';
import { BudgetRulesPanel } from './budget-rules-panel';
import { BudgetSpending } from './budget-spending';

interface Loaded {
  plan: PlanDetail;
  versions: BudgetVersionOut[];
}

/** The version shown: the one in ?version=, else the latest approved, else the newest. */
function defaultVersion(versions: BudgetVersionOut[]): BudgetVersionOut | undefined {
  const approved = versions.filter((v) => v.status === 'approved');
  return (approved.length > 0 ? approved : versions).at(-1);
}

function VersionView({ plan, versions, version }: Loaded & { version: BudgetVersionOut }) {
  const t = useT();
  const { language } = useLanguage();
  const f = useFormat();
  const session = useSession();
  const scope = { planId: plan.id, municipalityId: plan.municipality.id };
  const state = useApi<BudgetVersionDetail>(version.id, (signal) =>
    getJson(`/api/budget-versions/${version.id}`, signal),
  );
  const years = `${version.firstYear}-${version.lastYear}`;
  const basedOn = versions.find((v) => v.id === version.basedOnVersionId);
  return (
    <LoadState state={state}>
      {(detail) => {
        const planLines = detail.lines.filter((l) => l.scope === 'plan');
        const sections = [
          { id: 'regler', title: t.budget.rulesTitle },
          { id: 'finansiering', title: t.budget.fundersTitle },
          ...(detail.totals.departments.length > 0
            ? [{ id: 'afdelinger', title: t.budget.departmentsTitle }]
            : []),
          { id: 'linjer', title: t.budget.linesTitle },
          ...(versions.length > 1 ? [{ id: 'sammenlign', title: t.budget.diffTitle }] : []),
          ...(session.can('plan:read', scope) ? [{ id: 'forbrug', title: t.budget.spendingTitle }] : []),
        ];
        return (
          <>
            <p className="budget-total font-lead">
              <span className="budget-total-label">
                {detail.localCoFinancingKnown ? t.budget.total : t.budget.partialTotal}
              </span>{' '}
              <strong className="budget-total-amount">
                {f.money(detail.totals.totalOre, detail.totals.isApproximate)}
              </strong>
            </p>
            {!detail.localCoFinancingKnown && <p className="form-hint">{t.budget.partialTotalNote}</p>}
            <p className="form-hint">
              {version.status === 'approved' && version.approvedAt
                ? t.budget.approvedBy(
                    formatDate(version.approvedAt.slice(0, 10)),
                    actorName(version.approvedBy, language),
                  )
                : t.budget.draftNote}
              {basedOn && ` ${t.budget.basedOn(basedOn.name)}.`}
              {version.note && ` ${version.note}`}
            </p>
            <ExportLinks url={`/api/budget-versions/${version.id}/export`} label={t.budget.exportAll} />
            <div className="row">
              <div className="col-12 col-lg-3">
                <PageToc items={sections.map((s) => ({ id: s.id, label: s.title }))} />
              </div>
              <div className="col-12 col-lg-9">
                <section id="regler" aria-labelledby="regler-h">
                  <h2 id="regler-h">{t.budget.rulesTitle}</h2>
                  <BudgetRulesPanel detail={detail} />
                </section>
                <section id="finansiering" aria-labelledby="finansiering-h">
                  <h2 id="finansiering-h">{t.budget.fundersTitle}</h2>
                  <BudgetFunders detail={detail} />
                </section>
                {detail.totals.departments.length > 0 && (
                  <section id="afdelinger" aria-labelledby="afdelinger-h">
                    <h2 id="afdelinger-h">{t.budget.departmentsTitle}</h2>
                    {detail.totals.departments.map((d) => (
                      <BudgetDepartment
                        key={d.departmentId ?? d.departmentName}
                        department={d}
                        years={years}
                      />
                    ))}
                    <ExportLinks url={`/api/budget-versions/${version.id}/export?table=departments`} />
                  </section>
                )}
                <section id="linjer" aria-labelledby="linjer-h">
                  <h2 id="linjer-h">{t.budget.linesTitle}</h2>
                  <BudgetLinesTable lines={planLines} />
                  <ExportLinks url={`/api/budget-versions/${version.id}/export?table=lines`} />
                </section>
                {versions.length > 1 && (
                  <section id="sammenlign" aria-labelledby="sammenlign-h">
                    <h2 id="sammenlign-h">{t.budget.diffTitle}</h2>
                    <BudgetDiff current={version} versions={versions} />
                  </section>
                )}
                {session.can('plan:read', scope) && (
                  <section id="forbrug" aria-labelledby="forbrug-h">
                    <h2 id="forbrug-h">{t.budget.spendingTitle}</h2>
                    <BudgetSpending
                      planId={plan.id}
                      versionId={version.id}
                      canWrite={session.can('plan:write', scope)}
                    />
                  </section>
                )}
              </div>
            </div>
          </>
        );
      }}
    </LoadState>
  );
}

/** /planer/:slug/budget — versions, rule results, who pays what, the afdelinger, spending. */
export function BudgetPage() {
  const t = useT();
  const id = useId();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const state = useApi<Loaded>(`budget:${slug}`, async (signal) => {
    const plan = await getPlan(slug, signal);
    const versions = await getJson<{ items: BudgetVersionOut[] }>(
      `/api/plans/${plan.id}/budget-versions`,
      signal,
    );
    return { plan, versions: versions.items };
  });
  return (
    <LoadState state={state}>
      {({ plan, versions }) => {
        const version = versions.find((v) => v.id === params.get('version')) ?? defaultVersion(versions);
        return (
          <>
            <Breadcrumbs
              items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: t.budget.title }]}
            />
            <PageHeading title={`${t.budget.title} – ${plan.name}`}>
              {t.budget.title} <span className="budget-plan-name">– {plan.name}</span>
            </PageHeading>
            <p className="font-lead">{t.budget.intro}</p>
            {!version ? (
              <p>{t.budget.noVersions}</p>
            ) : (
              <>
                <div className="form-group">
                  <label className="form-label" htmlFor={id}>
                    {t.budget.versionLabel}
                  </label>
                  <select
                    id={id}
                    className="form-select budget-version-select"
                    value={version.id}
                    onChange={(e) => setParams({ version: e.target.value })}
                  >
                    {versions.map((v) => (
                      <option key={v.id} value={v.id}>
                        {t.budget.versionOption(
                          t.budget.versionKind[v.kind] ?? v.kind,
                          v.name,
                          v.status === 'approved' ? t.budget.statusApproved : t.budget.statusDraft,
                        )}
                      </option>
                    ))}
                  </select>
                </div>
                <VersionView plan={plan} versions={versions} version={version} />
              </>
            )}
          </>
        );
      }}
    </LoadState>
  );
}
