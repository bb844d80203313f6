import type { FinancingKind, FinancingScope, FinancingSource } from '../financing/financing-kinds';
import type { BudgetCategory, MunicipalityPurpose } from './budget-kinds';

/**
 * A budget as the domain sees it (no ids of the database beyond what is shown). One line is one
 * cost post of one year (or of the whole period when the source gives no years); each financing
 * says who pays which part of it and how.
 */
export interface BudgetFinancing {
  source: FinancingSource;
  sourceName: string;
  organisationId?: string | null;
  departmentId?: string | null;
  departmentName?: string | null;
  kind: FinancingKind;
  amountOre: number;
  /** In-kind hours: the hours and the hourly rate they are valued at (amount = hours × rate). */
  hours?: number | null;
  hourlyRateOre?: number | null;
  /** When given as a share of the line (basis points), the amount was derived from it. */
  shareBp?: number | null;
  purpose?: MunicipalityPurpose | null;
  isApproximate?: boolean;
}

export interface BudgetLineData {
  id: string;
  /** `departmentCoFinancing` lines itemise an afdeling's contribution, outside the plan total. */
  scope: FinancingScope;
  year: number | null;
  category: BudgetCategory;
  description: string;
  activityId?: string | null;
  focusAreaId?: string | null;
  focusAreaName?: string | null;
  amountOre: number;
  financings: readonly BudgetFinancing[];
}

/** Hours × an hourly rate in øre, rounded to the øre once. */
export function valueOfHours(hours: number, hourlyRateOre: number): number {
  return Math.round(hours * hourlyRateOre);
}

export const inPlanTotal = (line: Pick<BudgetLineData, 'scope'>) => line.scope === 'plan';
