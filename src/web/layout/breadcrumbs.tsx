import { Link } from 'react-router-dom';
import { useT } from '../i18n/i18n';
import { Icon } from './icon';

export interface Crumb {
  label: string;
  /** Omitted for the current page, which is the last crumb. */
  to?: string;
}

/** DKFDS breadcrumbs; the front page is always first. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useT();
  const crumbs: Crumb[] = [{ label: t.layout.home, to: '/' }, ...items];
  return (
    <nav className="breadcrumbs" aria-label={t.layout.breadcrumbs}>
      <ol className="breadcrumbs__list">
        {crumbs.map((crumb, index) => (
          <li
            key={crumb.to ?? 'current'}
            className="breadcrumbs__list-item"
            aria-current={crumb.to ? undefined : 'page'}
          >
            {index > 0 && <Icon name="chevron-right" />}
            {crumb.to ? (
              <Link className="breadcrumbs__link" to={crumb.to}>
                {crumb.label}
              </Link>
            ) : (
              crumb.label
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
