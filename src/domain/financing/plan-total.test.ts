import { describe, expect, it } from 'vitest';
import {
  type FinancingStatement,
  lowerBoundFromShare,
  NO_STATEMENT,
  planFinancing,
  type StatedAmount,
} from './plan-total';

const kr = (n: number) => n * 100;
const koegeSource = 'seed:000 "Landsbyggefonden har bevilliget 10,8 mio."';
const lbf = (kroner: number, p: Partial<StatedAmount> = {}): StatedAmount => ({
  source: 'lbf',
  sourceName: 'Landsbyggefonden',
  amountOre: kr(kroner),
  isApproximate: false,
  documentSource: koegeSource,
  ...p,
});
const local = (source: StatedAmount['source'], kroner: number, p: Partial<StatedAmount> = {}) =>
  lbf(kroner, { source, sourceName: source, documentSource: 'seed:x', ...p });

describe('planFinancing', () => {
  it('Køge: only LBF is stated → the total is unknown, at least 14,4 mio. kr. (derived)', () => {
    const result = planFinancing([lbf(10_800_000)]);
    expect(result.total).toEqual({
      kind: 'derivedLowerBound',
      amountOre: null,
      lowerBoundOre: kr(14_400_000),
      isApproximate: false,
      sources: [koegeSource],
      derivation: 'Landsbyggefonden betaler højst 75 % af planen: 10.800.000 kr. / 75 % = 14.400.000 kr.',
    });
    expect(result.funders.map((f) => [f.source, f.status, f.amountOre])).toEqual([
      ['lbf', 'stated', kr(10_800_000)],
      ['municipality', 'notStated', null],
      ['housingOrganisation', 'notStated', null],
    ]);
    expect(result.funders[0]?.documentSources).toEqual([koegeSource]);
    expect(result.derived.map((d) => [d.figure, d.lowerBoundOre])).toEqual([
      ['totalAtLeast', kr(14_400_000)],
      ['localAtLeast', kr(3_600_000)],
    ]);
    expect(result.localCoFinancingKnown).toBe(false);
    expect(result.localShareBp).toBeNull();
    expect(result.statedSumOre).toBe(kr(10_800_000));
  });

  it('Amager: the source states the total (31 mio. kr.) → stated, whatever the funders sum to', () => {
    const statement: FinancingStatement = {
      ...NO_STATEMENT,
      statedTotalOre: kr(31_000_000),
      statedTotalSource: 'seed:002 Samlet budget: 31 mio. kr.',
    };
    const result = planFinancing(
      [
        lbf(19_000_000, { isApproximate: true }),
        local('municipality', 4_500_000, { isApproximate: true }),
        local('housingOrganisation', 4_500_000, { isApproximate: true }),
        local('other', 3_000_000),
      ],
      statement,
    );
    expect(result.total).toMatchObject({
      kind: 'stated',
      amountOre: kr(31_000_000),
      lowerBoundOre: null,
      isApproximate: false,
      sources: ['seed:002 Samlet budget: 31 mio. kr.'],
    });
    expect(result.derived).toEqual([]);
    expect(result.funders.every((f) => f.status === 'stated')).toBe(true);
    expect(result.localShareBp).toBe(3871); // 12/31 = 38,709… %
  });

  it('Holbæk: all funders known → their sum is the total, 22.069.000 kr.', () => {
    const result = planFinancing(
      [lbf(10_500_000), local('municipality', 7_776_000), local('housingOrganisation', 3_793_000)],
      {
        statedTotalOre: kr(22_069_000),
        statedTotalSource: 'seed:003 I alt',
        allFundersKnown: true,
        allFundersKnownSource: 'seed:003 Samlet økonomi',
      },
    );
    expect(result.total).toMatchObject({
      kind: 'allFundersKnown',
      amountOre: kr(22_069_000),
      sources: ['seed:003 Samlet økonomi', 'seed:003 I alt'],
    });
    expect(result.localCoFinancingKnown).toBe(true);
    expect(result.localShareBp).toBe(5242); // 52,421… %
  });

  it.each<[string, StatedAmount[], FinancingStatement, string, number | null, number | null]>([
    ['nothing is stated', [], NO_STATEMENT, 'unknown', null, null],
    ['all funders known but no lines', [], { ...NO_STATEMENT, allFundersKnown: true }, 'unknown', null, null],
    [
      'the stated sum beats the LBF bound',
      [lbf(1_000_000), local('municipality', 900_000)],
      NO_STATEMENT,
      'derivedLowerBound',
      null,
      kr(1_900_000),
    ],
    [
      'the LBF bound beats a small stated local amount',
      [lbf(3_000_000), local('municipality', 100_000)],
      NO_STATEMENT,
      'derivedLowerBound',
      null,
      kr(4_000_000),
    ],
    [
      'a stated total that disagrees with "all known" wins',
      [lbf(750_000), local('municipality', 200_000)],
      { ...NO_STATEMENT, allFundersKnown: true, statedTotalOre: kr(1_000_000) },
      'stated',
      kr(1_000_000),
      null,
    ],
    [
      'all funders known, LBF only (no local money: a real 0 %)',
      [lbf(1_000_000)],
      { ...NO_STATEMENT, allFundersKnown: true },
      'allFundersKnown',
      kr(1_000_000),
      null,
    ],
  ])('%s', (_, lines, statement, kind, amountOre, lowerBoundOre) => {
    const { total } = planFinancing(lines, statement);
    expect(total.kind).toBe(kind);
    expect(total.amountOre).toBe(amountOre);
    expect(total.lowerBoundOre).toBe(lowerBoundOre);
  });

  it('labels the stated-sum bound and omits the local bound once a local funder is stated', () => {
    const result = planFinancing([lbf(1_000_000), local('municipality', 900_000)]);
    expect(result.total.derivation).toBe('Summen af de oplyste beløb: 1.900.000 kr.');
    expect(result.derived.map((d) => d.figure)).toEqual(['totalAtLeast']);
    expect(result.funders.find((f) => f.source === 'housingOrganisation')?.status).toBe('notStated');
  });
});

describe('lowerBoundFromShare', () => {
  it.each([
    [kr(10_800_000), 7500, kr(14_400_000)],
    [1, 7500, 2], // 1 øre is at most 75 % of 2 øre, not of 1
    [3, 7500, 4],
    [100, 10_000, 100],
    [0, 7500, 0],
  ])('%i øre at most %i bp → at least %i øre', (part, bp, expected) => {
    expect(lowerBoundFromShare(part, bp)).toBe(expected);
  });
  it('refuses shares outside 1–10.000 bp', () => {
    expect(() => lowerBoundFromShare(100, 0)).toThrow(RangeError);
    expect(() => lowerBoundFromShare(100, 10_001)).toThrow(RangeError);
  });
});
