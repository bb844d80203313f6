import type { Contact } from '../../server/plans/plan-detail.schema';
import { phoneHref } from '../format/format';
import { useT } from '../i18n/i18n';

/** Whom to call: name, title, phone as a tel: link and email as a mailto: link. */
export function ContactList({ contacts }: { contacts: Contact[] }) {
  const t = useT();
  if (contacts.length === 0) return null;
  return (
    <ul className="nobullet-list contact-list">
      {contacts.map((c) => (
        <li key={c.id}>
          <address>
            <strong>{c.name}</strong>
            {c.title && <>, {c.title}</>}
            {c.phone && (
              <>
                <br />
                {t.common.phone} <a href={phoneHref(c.phone)}>{c.phone}</a>
              </>
            )}
            {c.email && (
              <>
                <br />
                {t.common.email} <a href={`mailto:${c.email}`}>{c.email}</a>
              </>
            )}
          </address>
        </li>
      ))}
    </ul>
  );
}
