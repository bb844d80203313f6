import { AppError } from '../errors/app-error';

export interface CoFinancingShares {
  totalShareBp: number;
  secondmentAndActivitiesShareBp?: number | null;
  coordinationShareBp?: number | null;
}

/**
 * A municipality's model splits its total share into parts (Copenhagen: 12,5 % of which 10,6
 * points staff secondment and activities, 1,9 coordination, facts.md §5); the parts may not
 * exceed the total. Shares are basis points, so the sum is exact.
 */
export function assertCoFinancingShares(s: CoFinancingShares): void {
  const parts = (s.secondmentAndActivitiesShareBp ?? 0) + (s.coordinationShareBp ?? 0);
  if (parts > s.totalShareBp) {
    throw new AppError('CO_FINANCING_SHARES_INVALID', {}, [
      { field: 'totalShareBp', message: 'Delandelene er tilsammen større end den samlede andel' },
    ]);
  }
}
