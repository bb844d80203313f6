import type { Network } from '../../server/plans/plan-detail.schema';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import { ContactList } from './contact-list';

type Group = Network['groups'][number];

function GroupList({ network, groups }: { network: Network; groups: Group[] }) {
  return (
    <ul>
      {groups.map((g) => {
        const activities = network.activities.filter((a) => a.groupId === g.id);
        return (
          <li key={g.id}>
            <strong>{g.name}</strong>
            {g.description && <> – {g.description}</>}
            {activities.length > 0 && (
              <ul>
                {activities.map((a) => (
                  <li key={a.id}>
                    {a.name}
                    {a.description && <> – {a.description}</>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Residents' networks: purpose, how to join, current and past groups, earlier activities, contact. */
export function PlanNetworks({ networks }: { networks: Network[] }) {
  const t = useT();
  if (networks.length === 0) return <p>{t.plan.noNetworks}</p>;
  return (
    <>
      {networks.map((n) => {
        const current = n.groups.filter((g) => g.status === 'current');
        const past = n.groups.filter((g) => g.status === 'past');
        const loose = n.activities.filter((a) => !a.groupId || !n.groups.some((g) => g.id === a.groupId));
        return (
          <section key={n.id} className="network-block" aria-labelledby={`netvaerk-${n.id}`}>
            <h3 id={`netvaerk-${n.id}`}>{n.name}</h3>
            {n.purpose && <p>{n.purpose}</p>}
            {current.length > 0 && (
              <>
                <h4 className="h5">{t.plan.currentGroups}</h4>
                <GroupList network={n} groups={current} />
              </>
            )}
            {(past.length > 0 || loose.length > 0) && (
              <>
                <h4 className="h5">{t.plan.pastActivities}</h4>
                {past.length > 0 && <GroupList network={n} groups={past} />}
                {loose.length > 0 && (
                  <ul>
                    {loose.map((a) => (
                      <li key={a.id}>
                        {a.name}
                        {a.description && <> – {a.description}</>}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            {n.howToJoin && (
              <div className="alert alert-info">
                <Icon name="info" className="alert-icon" />
                <div className="alert-body">
                  <p className="alert-heading">{t.plan.howToJoin}</p>
                  <p className="alert-text">{n.howToJoin}</p>
                </div>
              </div>
            )}
            <ContactList contacts={n.contacts} />
          </section>
        );
      })}
    </>
  );
}
