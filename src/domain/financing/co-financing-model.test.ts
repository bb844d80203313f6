import { describe, expect, it } from 'vitest';
import { assertCoFinancingShares } from './co-financing-model';

describe('assertCoFinancingShares', () => {
  it.each([
    [{ totalShareBp: 1250, secondmentAndActivitiesShareBp: 1060, coordinationShareBp: 190 }, true],
    [{ totalShareBp: 1250 }, true],
    [{ totalShareBp: 1250, secondmentAndActivitiesShareBp: 1100, coordinationShareBp: 190 }, false],
    [{ totalShareBp: 0, coordinationShareBp: 1 }, false],
  ])('%o → %s', (shares, ok) => {
    if (ok) expect(() => assertCoFinancingShares(shares)).not.toThrow();
    else expect(() => assertCoFinancingShares(shares)).toThrow(/Delandelene|samlede/);
  });
});
