import { Link } from 'react-router-dom';
import { useApi } from '../api/use-api';
import { useAreaT } from './area-messages';
import { listAreasOfDepartment } from './areas-api';

/** On an afdeling's page: the statutory area it belongs to, with a way to its classification. */
export function DepartmentArea({ department }: { department: string }) {
  const t = useAreaT();
  const state = useApi(`department-area:${department}`, (signal) =>
    listAreasOfDepartment(department, signal),
  );
  if (state.status !== 'success' || state.data.items.length === 0) return null;
  return (
    <div className="alert alert-info mt-6">
      <div className="alert-body">
        {state.data.items.map((a) => (
          <p key={a.id} className="alert-text">
            {t.partOfArea} <strong>{a.name}</strong>.{' '}
            <Link to={`/omraader/${a.slug}`}>{t.seeClassification}</Link>
          </p>
        ))}
      </div>
    </div>
  );
}
