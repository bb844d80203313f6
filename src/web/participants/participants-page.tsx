import { useParams } from 'react-router-dom';
import type { Participant } from '../../server/participants/participants.schema';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { getJson, getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';

interface ParticipantsData {
  plan: PlanDetail;
  participants: { items: Participant[]; total: number };
}

/** /planer/:slug/deltagere — internal: only the plan's own team gets an answer from the API. */
export function ParticipantsPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const state = useApi<ParticipantsData>(slug, async (signal) => {
    // The participants first: a user without access gets the API's 404/403, not the plan.
    const participants = await getJson<ParticipantsData['participants']>(
      `/api/plans/${encodeURIComponent(slug)}/participants?limit=500`,
      signal,
    );
    return { participants, plan: await getPlan(slug, signal) };
  });
  return (
    <LoadState state={state}>
      {({ plan, participants }) => (
        <>
          <Breadcrumbs
            items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: t.participants.title }]}
          />
          <PageHeading title={`${t.participants.title} – ${plan.name}`}>{t.participants.title}</PageHeading>
          <p className="font-lead">{t.participants.intro}</p>
          <div className="alert alert-info" role="note">
            <div className="alert-body">
              <p className="alert-text">{t.auth.personalDataWarning}</p>
            </div>
          </div>
          {participants.items.length === 0 ? (
            <p>{t.participants.none}</p>
          ) : (
            <table className="table table--zebra">
              <caption>{t.participants.caption(plan.name)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.participants.colCode}</th>
                  <th scope="col">{t.participants.colAgeBand}</th>
                  <th scope="col">{t.participants.colGender}</th>
                  <th scope="col">{t.participants.colCreated}</th>
                </tr>
              </thead>
              <tbody>
                {participants.items.map((p) => (
                  <tr key={p.id}>
                    <td>{p.code}</td>
                    <td>{p.ageBand ?? '–'}</td>
                    <td>{p.gender ?? '–'}</td>
                    <td>{new Date(p.createdAt).toLocaleDateString('da-DK')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>{t.participants.total(participants.total)}</p>
        </>
      )}
    </LoadState>
  );
}
