import { useT } from '../i18n/i18n';

export interface TocItem {
  id: string;
  label: string;
}

/** "På denne side": a DKFDS side menu of in-page links for long pages. */
export function PageToc({ items }: { items: TocItem[] }) {
  const t = useT();
  return (
    <nav className="page-toc" aria-labelledby="page-toc-heading">
      <h2 id="page-toc-heading" className="h5 mb-3">
        {t.plan.onThisPage}
      </h2>
      <ul className="sidemenu">
        {items.map((item) => (
          <li key={item.id}>
            <a className="nav-link" href={`#${item.id}`}>
              <span>{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
