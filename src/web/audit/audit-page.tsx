import { useParams } from 'react-router-dom';
import { actorName, describeAction, describeChanges } from '../../domain/audit/audit-phrases';
import type { AuditEvent } from '../../server/audit/audit.schema';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { getJson, getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useLanguage, useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';

interface AuditData {
  plan: PlanDetail;
  audit: { items: AuditEvent[]; total: number };
}

/** /planer/:slug/revisionsspor — for the plan leader and administrators. */
export function AuditPage() {
  const t = useT();
  const { language } = useLanguage();
  const { slug = '' } = useParams();
  const state = useApi<AuditData>(slug, async (signal) => {
    const audit = await getJson<AuditData['audit']>(
      `/api/plans/${encodeURIComponent(slug)}/audit?limit=200`,
      signal,
    );
    return { audit, plan: await getPlan(slug, signal) };
  });
  return (
    <LoadState state={state}>
      {({ plan, audit }) => (
        <>
          <Breadcrumbs items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: t.audit.title }]} />
          <PageHeading title={`${t.audit.title} – ${plan.name}`}>{t.audit.title}</PageHeading>
          <p className="font-lead">{t.audit.intro}</p>
          {audit.items.length === 0 ? (
            <p>{t.audit.none}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--zebra audit-table">
                <caption>{t.audit.caption(plan.name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.audit.colWhen}</th>
                    <th scope="col">{t.audit.colWho}</th>
                    <th scope="col">{t.audit.colWhat}</th>
                    <th scope="col">{t.audit.colChanges}</th>
                  </tr>
                </thead>
                <tbody>
                  {audit.items.map((e) => (
                    <tr key={e.id}>
                      <td>{new Date(e.occurredAt).toLocaleString(language === 'da' ? 'da-DK' : 'en-GB')}</td>
                      <td>{actorName(e.actorLabel, language)}</td>
                      <td>{describeAction(e, language)}</td>
                      <td className="audit-changes">{describeChanges(e, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </LoadState>
  );
}
