import type { PlanStatus } from '../../domain/plans/plan-status';
import type { PlanSummary } from '../../server/plans/plans.schema';

export interface PlanFilters {
  /** Kommune slug. */
  municipality: string;
  status: PlanStatus | '';
  query: string;
}

/** Lower-case without accents, so "holbaek" finds "Holbæk" and "koge" finds "Køge". */
export function searchKey(text: string): string {
  return text
    .toLocaleLowerCase('da-DK')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

export function filterPlans(plans: readonly PlanSummary[], filters: PlanFilters): PlanSummary[] {
  const words = searchKey(filters.query).split(/\s+/).filter(Boolean);
  return plans.filter((plan) => {
    if (filters.municipality && plan.municipality.slug !== filters.municipality) return false;
    if (filters.status && plan.status !== filters.status) return false;
    const name = searchKey(plan.name);
    return words.every((word) => name.includes(word));
  });
}

/** The kommuner that have plans, by name, for the filter's options. */
export function municipalitiesOf(plans: readonly PlanSummary[]): { slug: string; name: string }[] {
  const bySlug = new Map<string, string>();
  for (const plan of plans) bySlug.set(plan.municipality.slug, plan.municipality.name);
  return [...bySlug.entries()]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
