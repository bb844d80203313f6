import { PLAN_STATUSES, type PlanStatus } from '../../domain/plans/plan-status';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import type { PlanFilters as Filters } from './filter-plans';

interface Props {
  filters: Filters;
  municipalities: { slug: string; name: string }[];
  onChange(next: Filters): void;
}

/** Search by name and filter by kommune and status; active filters show as removable DKFDS tags. */
export function PlanFilters({ filters, municipalities, onChange }: Props) {
  const t = useT();
  const municipalityName = municipalities.find((m) => m.slug === filters.municipality)?.name;
  const active: { key: string; label: string; clear: Partial<Filters> }[] = [];
  if (filters.query) active.push({ key: 'q', label: `“${filters.query}”`, clear: { query: '' } });
  if (filters.municipality)
    active.push({ key: 'm', label: municipalityName ?? filters.municipality, clear: { municipality: '' } });
  if (filters.status)
    active.push({ key: 's', label: t.labels.planStatus[filters.status], clear: { status: '' } });

  return (
    <search className="plan-filters" aria-labelledby="plan-filters-heading">
      <form onSubmit={(e) => e.preventDefault()}>
        <h2 className="h3" id="plan-filters-heading">
          {t.plans.filtersHeading}
        </h2>
        <div className="row">
          <div className="col-12 col-md-5 form-group">
            <label className="form-label" htmlFor="plan-search">
              {t.plans.search}
            </label>
            <input
              id="plan-search"
              className="form-input"
              type="search"
              value={filters.query}
              onChange={(e) => onChange({ ...filters, query: e.target.value })}
            />
          </div>
          <div className="col-12 col-md-4 form-group">
            <label className="form-label" htmlFor="plan-municipality">
              {t.plans.municipality}
            </label>
            <select
              id="plan-municipality"
              className="form-select"
              value={filters.municipality}
              onChange={(e) => onChange({ ...filters, municipality: e.target.value })}
            >
              <option value="">{t.plans.allMunicipalities}</option>
              {municipalities.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-3 form-group">
            <label className="form-label" htmlFor="plan-status">
              {t.plans.status}
            </label>
            <select
              id="plan-status"
              className="form-select"
              value={filters.status}
              onChange={(e) => onChange({ ...filters, status: e.target.value as PlanStatus | '' })}
            >
              <option value="">{t.plans.allStatuses}</option>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.labels.planStatus[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {active.length > 0 && (
          <div className="mt-5">
            <h3 className="sr-only">{t.plans.activeFilters}</h3>
            {active.map((f) => (
              <button
                key={f.key}
                type="button"
                className="tag tag-icon"
                aria-label={t.plans.removeFilter(f.label)}
                onClick={() => onChange({ ...filters, ...f.clear })}
              >
                {f.label}
                <Icon name="close" />
              </button>
            ))}
            {active.length > 1 && (
              <button
                type="button"
                className="function-link ml-2"
                onClick={() => onChange({ municipality: '', status: '', query: '' })}
              >
                {t.plans.resetFilters}
              </button>
            )}
          </div>
        )}
      </form>
    </search>
  );
}
