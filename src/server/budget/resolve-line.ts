import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { valueOfHours } from '../../domain/budget/budget';
import { amountsOfShares, spreadRows } from '../../domain/budget/split';
import { AppError, type FieldError } from '../../domain/errors/app-error';
import { departmentsInPlan } from '../plans/plan-membership';
import type { FinancingIn } from './budget.schema';
import type { VersionRow } from './budget-store';

export interface ResolvedFinancing {
  source: FinancingIn['source'];
  sourceName: string;
  organisationId: string | null;
  departmentId: string | null;
  kind: FinancingIn['kind'];
  amountOre: number;
  shareBp: number | null;
  hours: number | null;
  hourlyRateOre: number | null;
  purpose: FinancingIn['purpose'] | null;
  isApproximate: boolean;
}

export interface ResolvedLine {
  year: number | null;
  amountOre: number;
  financings: ResolvedFinancing[];
}

/**
 * Turns a line as entered into amounts in øre: hours × rate, shares of the line (rounded once,
 * largest remainder), or plain amounts. Errors name the field (financings.2.shareBp …).
 */
export function resolveFinancings(
  lineAmountOre: number | undefined,
  financings: readonly FinancingIn[],
): { amountOre: number; financings: ResolvedFinancing[] } {
  const errors: FieldError[] = [];
  const at = (i: number, field: string) => `financings.${i}.${field}`;
  const totalShare = financings.reduce((s, f) => s + (f.shareBp ?? 0), 0);
  if (totalShare > 10_000) {
    const i = financings.findIndex((f) => f.shareBp != null);
    throw new AppError('BUDGET_SHARES_OVER_100', {}, [
      {
        field: at(i, 'shareBp'),
        message: `Andelene er tilsammen ${(totalShare / 100).toLocaleString('da-DK')} %; højst 100 %`,
      },
    ]);
  }
  const amounts: (number | null)[] = financings.map((f, i) => {
    const hasHours = f.hours != null || f.hourlyRateOre != null;
    if (hasHours) {
      if (f.kind !== 'inKindHours')
        errors.push({ field: at(i, 'hours'), message: 'Timer og timesats hører kun til arten "timer"' });
      if (f.hours == null || f.hourlyRateOre == null) {
        errors.push({
          field: at(i, f.hours == null ? 'hours' : 'hourlyRateOre'),
          message: 'Angiv både antal timer og timesats',
        });
        return null;
      }
      if (f.shareBp != null)
        errors.push({ field: at(i, 'shareBp'), message: 'Angiv enten timer × timesats eller en andel' });
      const value = valueOfHours(f.hours, f.hourlyRateOre);
      if (f.amountOre !== undefined && f.amountOre !== value) {
        errors.push({
          field: at(i, 'amountOre'),
          message: `Beløbet skal være timer × timesats = ${value} øre`,
        });
      }
      return value;
    }
    if (f.shareBp != null) {
      if (f.amountOre !== undefined)
        errors.push({ field: at(i, 'amountOre'), message: 'Angiv enten et beløb eller en andel' });
      return null; // derived below
    }
    if (f.amountOre === undefined) {
      errors.push({ field: at(i, 'amountOre'), message: 'Angiv et beløb, en andel eller timer × timesats' });
      return null;
    }
    return f.amountOre;
  });
  const shareIndexes = financings.flatMap((f, i) => (f.shareBp != null && f.hours == null ? [i] : []));
  if (shareIndexes.length > 0 && lineAmountOre === undefined) {
    errors.push({
      field: 'amountOre',
      message: 'Angiv linjens beløb, når finansieringen er givet som andele',
    });
  }
  if (errors.length > 0) throw new AppError('BUDGET_FINANCING_INVALID', {}, errors);
  if (shareIndexes.length > 0) {
    const parts = amountsOfShares(
      lineAmountOre as number,
      shareIndexes.map((i) => financings[i]?.shareBp as number),
    );
    shareIndexes.forEach((i, j) => {
      amounts[i] = parts[j] as number;
    });
  }
  const amountOre = lineAmountOre ?? amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
  return {
    amountOre,
    financings: financings.map((f, i) => ({
      source: f.source,
      sourceName: f.sourceName,
      organisationId: f.organisationId ?? null,
      departmentId: f.departmentId ?? null,
      kind: f.kind,
      amountOre: amounts[i] as number,
      shareBp: f.shareBp ?? null,
      hours: f.hours ?? null,
      hourlyRateOre: f.hourlyRateOre ?? null,
      purpose: f.purpose ?? null,
      isApproximate: f.isApproximate ?? false,
    })),
  };
}

/**
 * One line per year of the version: each financing and the unfinanced rest are split evenly with
 * largest remainder, so every source's total and the line's total are kept to the øre.
 */
export function spreadOverYears(
  version: VersionRow,
  line: { amountOre: number; financings: ResolvedFinancing[] },
): ResolvedLine[] {
  const years = Array.from(
    { length: version.lastYear - version.firstYear + 1 },
    (_, i) => version.firstYear + i,
  );
  const financed = line.financings.reduce((s, f) => s + f.amountOre, 0);
  const rest = Math.max(0, line.amountOre - financed);
  const weights = years.map(() => 1);
  const table = spreadRows([...line.financings.map((f) => f.amountOre), rest], weights);
  const hoursTable = line.financings.map((f) =>
    f.hours == null ? null : spreadRows([Math.round(f.hours * 100)], weights)[0],
  );
  return years.map((year, y) => {
    const financings = line.financings.map((f, i) => {
      const hoursCenti = hoursTable[i]?.[y];
      const hours = hoursCenti == null ? null : hoursCenti / 100;
      // Hours split by year must still value exactly: keep hours × rate only where it does.
      const amountOre = table[i]?.[y] as number;
      const keepHours =
        hours !== null && f.hourlyRateOre !== null && Math.round(hours * f.hourlyRateOre) === amountOre;
      return {
        ...f,
        amountOre,
        hours: keepHours ? hours : null,
        hourlyRateOre: keepHours ? f.hourlyRateOre : null,
        shareBp: f.shareBp,
      };
    });
    const amountOre =
      financings.reduce((s, f) => s + f.amountOre, 0) + (table[line.financings.length]?.[y] as number);
    return { year, amountOre, financings };
  });
}

/** The line's year lies in the version's years; its afdelinger, activity and focus area are the plan's. */
export async function checkLineFacts(
  db: Executor,
  version: VersionRow,
  line: {
    year: number | null;
    activityId?: string | null;
    focusAreaId?: string | null;
    financings: readonly { departmentId: string | null }[];
  },
): Promise<void> {
  if (line.year != null && (line.year < version.firstYear || line.year > version.lastYear)) {
    throw new AppError('BUDGET_LINE_OUTSIDE_PERIOD', {}, [
      {
        field: 'year',
        message: `${line.year} ligger uden for budgettets periode ${version.firstYear}–${version.lastYear}`,
      },
    ]);
  }
  const departmentIndexes = line.financings.flatMap((f, i) => (f.departmentId ? [i] : []));
  await departmentsInPlan(
    db,
    version.planId,
    departmentIndexes.map((i) => line.financings[i]?.departmentId as string),
    (j) => `financings.${departmentIndexes[j]}.departmentId`,
  );
  if (line.activityId) {
    const [a] = await db
      .select({ id: t.activities.id })
      .from(t.activities)
      .where(and(eq(t.activities.id, line.activityId), eq(t.activities.planId, version.planId)));
    if (!a)
      throw new AppError('VALIDATION_FAILED', {}, [
        { field: 'activityId', message: 'Indsatsen hører ikke til planen' },
      ]);
  }
  if (line.focusAreaId) {
    const rows = await db
      .select({ id: t.focusAreas.id })
      .from(t.focusAreas)
      .innerJoin(t.plans, eq(t.plans.fundingPeriodId, t.focusAreas.fundingPeriodId))
      .where(and(eq(t.plans.id, version.planId), inArray(t.focusAreas.id, [line.focusAreaId])));
    if (rows.length === 0) {
      throw new AppError('FOCUS_AREA_NOT_IN_FUNDING_PERIOD', {}, [
        { field: 'focusAreaId', message: 'Indsatsområdet hører ikke til planens bevillingsperiode' },
      ]);
    }
  }
}
