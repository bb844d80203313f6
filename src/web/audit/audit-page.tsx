import { useParams } from 'react-router-dom';
import type { AuditEvent } from '../../server/audit/audit.schema';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { getJson, getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';

interface AuditData {
  plan: PlanDetail;
  audit: { items: AuditEvent[]; total: number };
}

/** "insert partners ×23, …" for new and removed rows; "name: old → new" for edits. */
function describeChanges(event: AuditEvent, rows: (n: number) => string): string {
  const counts = new Map<string, number>();
  for (const c of event.changes) {
    if (c.operation === 'update') continue;
    const key = `${c.operation} ${c.tableName}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const summary = [...counts.entries()].map(([key, n]) => (n === 1 ? key : `${key} (${rows(n)})`));
  const edits = event.changes.flatMap((c) =>
    Object.entries(c.diff ?? {}).map(
      ([column, [from, to]]) => `${column}: ${JSON.stringify(from)} → ${JSON.stringify(to)}`,
    ),
  );
  return [...summary, ...edits].join('; ');
}

/** /planer/:slug/revisionsspor — for the plan leader and administrators. */
export function AuditPage() {
  const t = useT();
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
                      <td>{new Date(e.occurredAt).toLocaleString('da-DK')}</td>
                      <td>{e.actorLabel}</td>
                      <td>{e.action}</td>
                      <td className="audit-changes">{describeChanges(e, t.audit.rows)}</td>
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
