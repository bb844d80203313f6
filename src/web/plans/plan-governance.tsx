import type { Body } from '../../server/plans/plan-detail.schema';
import { useT } from '../i18n/i18n';
import { FactList } from '../layout/fact-list';
import { ContactList } from './contact-list';

type Member = Body['members'][number];

/** "7 × Byrådsmedlem (Køge Byråd)", "Anna Hansen, formand (Lejerbo)". */
function memberText(m: Member): string {
  const who = [m.seats > 1 ? `${m.seats} × ${m.role}` : m.role, m.name].filter(Boolean).join(': ');
  const where = [m.organisation, m.party].filter(Boolean).join(', ');
  return where ? `${who} (${where})` : who;
}

function BodyBlock({ body }: { body: Body }) {
  const t = useT();
  return (
    <section className="body-block" aria-labelledby={`organ-${body.id}`}>
      <h3 id={`organ-${body.id}`}>{body.name}</h3>
      <FactList
        facts={[
          [t.plan.bodyKind, t.labels.bodyKind[body.kind]],
          [t.plan.bodyPurpose, body.purpose],
          [t.plan.decisionAuthority, body.hasDecisionAuthority ? t.common.yes : t.common.no],
          [
            t.plan.meetings,
            t.common.meetingsPerYear(body.meetingsPerYearMin, body.meetingsPerYearMax) ?? t.common.notStated,
          ],
          [
            t.plan.members,
            body.members.length === 0 ? (
              t.plan.noMembers
            ) : (
              <ul key="members" className="mt-0 mb-0">
                {body.members.map((m) => (
                  <li key={m.id}>{memberText(m)}</li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
      {body.contacts.length > 0 && (
        <>
          <h4 className="h5 mt-5">{t.plan.contactFor(body.name)}</h4>
          <ContactList contacts={body.contacts} />
        </>
      )}
    </section>
  );
}

/** The board, forum and groups: purpose, whether they decide, how often they meet, who sits there. */
export function PlanGovernance({ bodies }: { bodies: Body[] }) {
  const t = useT();
  if (bodies.length === 0) return <p>{t.plan.noBodies}</p>;
  return (
    <>
      {bodies.map((body) => (
        <BodyBlock key={body.id} body={body} />
      ))}
    </>
  );
}
