import { describe, expect, it } from 'vitest';
import { coFinancingTable, type FinancingLineLike, summariseFinancing } from './financing-totals';

const kr = (n: number) => n * 100;
const line = (p: Partial<FinancingLineLike> & Pick<FinancingLineLike, 'amountOre'>): FinancingLineLike => ({
  source: 'lbf',
  sourceName: 'Landsbyggefonden',
  kind: 'cash',
  isApproximate: false,
  ...p,
});

describe('summariseFinancing', () => {
  it('reproduces the Holbæk total by source to the krone', () => {
    const totals = summariseFinancing([
      line({ amountOre: kr(10_500_000) }),
      line({
        source: 'municipality',
        sourceName: 'Holbæk Kommune',
        kind: 'unspecified',
        amountOre: kr(7_776_000),
      }),
      line({
        source: 'housingOrganisation',
        sourceName: 'Boligorganisationerne',
        kind: 'unspecified',
        amountOre: kr(3_793_000),
      }),
    ]);
    expect(totals.totalOre).toBe(kr(22_069_000));
    expect(totals.bySource.map((s) => s.amountOre)).toEqual([kr(10_500_000), kr(7_776_000), kr(3_793_000)]);
    // 11.569.000 / 22.069.000 = 0,52421949… → four decimals (decision 018).
    expect(totals.localShareOfTotal).toBe(0.5242);
    expect(totals.isApproximate).toBe(false);
  });

  it('marks the total approximate when any line is, and handles no lines', () => {
    expect(summariseFinancing([line({ amountOre: kr(19_000_000), isApproximate: true })]).isApproximate).toBe(
      true,
    );
    expect(summariseFinancing([])).toMatchObject({ totalOre: 0, localShareOfTotal: null, bySource: [] });
  });
});

describe('coFinancingTable', () => {
  it('splits an afdeling’s contribution into cash and hours/premises like the Holbæk seed', () => {
    const dep = { source: 'department' as const, sourceName: 'Afdelingen' };
    const [table] = coFinancingTable([
      line({ ...dep, kind: 'inKindPremises', amountOre: kr(457_000) }),
      line({ ...dep, kind: 'cash', amountOre: kr(400_000) }),
      line({ ...dep, kind: 'inKindHours', amountOre: kr(33_000) }),
      line({ ...dep, kind: 'inKindHours', amountOre: kr(53_000) }),
      line({ ...dep, kind: 'inKindHours', amountOre: kr(229_000) }),
      line({ ...dep, kind: 'inKindHours', amountOre: kr(33_000) }),
    ]);
    expect(table).toMatchObject({ cashOre: kr(400_000), inKindOre: kr(805_000), totalOre: kr(1_205_000) });
  });
});
