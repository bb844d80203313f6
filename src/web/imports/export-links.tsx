import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';

/** Download links for an export route that answers ?format=xlsx|csv. */
export function ExportLinks({ url, label }: { url: string; label?: string }) {
  const t = useT().imports;
  const separator = url.includes('?') ? '&' : '?';
  return (
    <p className="export-links">
      {label && <span className="export-links-label">{label}: </span>}
      <a href={`${url}${separator}format=xlsx`} download className="icon-link">
        <Icon name="download" />
        {t.downloadXlsx}
      </a>{' '}
      <a href={`${url}${separator}format=csv`} download className="icon-link">
        <Icon name="download" />
        {t.downloadCsv}
      </a>
    </p>
  );
}
