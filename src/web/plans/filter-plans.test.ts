import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../server/plans/plans.schema';
import { filterPlans, municipalitiesOf } from './filter-plans';

function plan(name: string, municipality: string, status: PlanSummary['status']): PlanSummary {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  return {
    id: slug,
    slug,
    name,
    status,
    startDate: null,
    endDate: null,
    firstYear: null,
    lastYear: null,
    fundingPeriodId: '2019-26',
    municipality: { id: municipality, slug: municipality.toLowerCase(), name: `${municipality} Kommune` },
    departments: [],
    financingTotal: {
      kind: 'unknown',
      amountOre: null,
      lowerBoundOre: null,
      isApproximate: false,
      sources: [],
      derivation: null,
    },
  };
}

const plans = [
  plan('Helhedsplan for Holbæk by', 'Holbaek', 'active'),
  plan('Helhedsplanen Køge', 'Koge', 'active'),
  plan('Amagerbro Helhedsplan', 'Kobenhavn', 'completed'),
];

describe('filterPlans', () => {
  it('finds names without Danish letters typed', () => {
    expect(filterPlans(plans, { municipality: '', status: '', query: 'holbaek' }).map((p) => p.name)).toEqual(
      ['Helhedsplan for Holbæk by'],
    );
    expect(filterPlans(plans, { municipality: '', status: '', query: 'KOGE' })).toHaveLength(1);
  });

  it('combines kommune, status and every search word', () => {
    expect(filterPlans(plans, { municipality: '', status: 'active', query: '' })).toHaveLength(2);
    expect(filterPlans(plans, { municipality: 'koge', status: 'active', query: 'helhed køge' })).toHaveLength(
      1,
    );
    expect(filterPlans(plans, { municipality: 'koge', status: 'completed', query: '' })).toHaveLength(0);
  });

  it('lists each kommune once, sorted by name', () => {
    expect(municipalitiesOf([...plans, plans[0]!]).map((m) => m.name)).toEqual([
      'Holbaek Kommune',
      'Kobenhavn Kommune',
      'Koge Kommune',
    ]);
  });
});
