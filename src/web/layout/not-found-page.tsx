import { Link } from 'react-router-dom';
import { useT } from '../i18n/i18n';
import { PageHeading } from './page-heading';

/** The 404 page; `message` replaces the general text, e.g. the API's "Helhedsplanen findes ikke." */
export function NotFoundPage({ message }: { message?: string }) {
  const t = useT();
  return (
    <div className="page-section">
      <PageHeading title={t.notFound.title}>{t.notFound.title}</PageHeading>
      <p className="font-lead">{message ?? t.notFound.text}</p>
      <p>
        <Link to="/">{t.notFound.backHome}</Link>
      </p>
    </div>
  );
}
