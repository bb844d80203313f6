import { z } from 'zod';
import {
  BUDGET_CATEGORIES,
  BUDGET_VERSION_KINDS,
  BUDGET_VERSION_STATUSES,
  MUNICIPALITY_PURPOSES,
} from '../../domain/budget/budget-kinds';
import { FINANCING_KINDS, FINANCING_SCOPES, FINANCING_SOURCES } from '../../domain/financing/financing-kinds';
import { amountOre, nonEmptyText, optionalText } from '../http/common.schema';
import { citationSchema } from '../reference/citation';

const year = z.number().int().min(1990).max(2100);
const basisPoints = z
  .number({ message: 'Angiv en andel i basispoint (100 % = 10000)' })
  .int({ message: 'Andelen angives i hele basispoint (0,01 %)' })
  .min(0, { message: 'Andelen må ikke være negativ' })
  .max(10_000, { message: 'Andelen må højst være 100 % (10000 basispoint)' });

export const budgetVersionBody = z.object({
  kind: z.enum(BUDGET_VERSION_KINDS),
  name: nonEmptyText(200),
  firstYear: year,
  lastYear: year,
  note: optionalText(2000),
  /** Start from a copy of another version of the same plan. */
  copyFromVersionId: z.uuid().nullable().optional(),
});
export const updateBudgetVersionBody = z
  .object({ name: nonEmptyText(200), firstYear: year, lastYear: year, note: optionalText(2000) })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Angiv mindst ét felt at ændre' });
export const copyBudgetVersionBody = z.object({
  kind: z.enum(BUDGET_VERSION_KINDS).default('revision'),
  name: nonEmptyText(200),
  note: optionalText(2000),
});

export const budgetVersionOut = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  kind: z.enum(BUDGET_VERSION_KINDS),
  status: z.enum(BUDGET_VERSION_STATUSES),
  name: z.string(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  basedOnVersionId: z.uuid().nullable(),
  note: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  documentSource: z.string().nullable(),
  documentCitation: citationSchema.nullable(),
  createdAt: z.string(),
  totalOre: z.number().int(),
});

/**
 * One financing of a line: an amount, or a share of the line (basis points), or — for in-kind
 * hours — hours × an hourly rate (the amount is then derived, and must match if also given).
 */
export const financingIn = z.object({
  source: z.enum(FINANCING_SOURCES),
  sourceName: nonEmptyText(300),
  organisationId: z.uuid().nullable().optional(),
  departmentId: z.uuid().nullable().optional(),
  kind: z.enum(FINANCING_KINDS),
  amountOre: amountOre.optional(),
  shareBp: basisPoints.nullable().optional(),
  hours: z
    .number()
    .min(0, { message: 'Antal timer må ikke være negativt' })
    .max(10_000_000)
    .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, { message: 'Højst to decimaler' })
    .nullable()
    .optional(),
  hourlyRateOre: amountOre.nullable().optional(),
  purpose: z.enum(MUNICIPALITY_PURPOSES).nullable().optional(),
  isApproximate: z.boolean().default(false),
});
export type FinancingIn = z.infer<typeof financingIn>;

export const budgetLineBody = z.object({
  scope: z.enum(FINANCING_SCOPES).default('plan'),
  year: year.nullable().optional(),
  /** Create one line per year of the version, the amount and each financing split exactly. */
  spreadOverYears: z.boolean().default(false),
  category: z.enum(BUDGET_CATEGORIES),
  description: nonEmptyText(500),
  activityId: z.uuid().nullable().optional(),
  focusAreaId: z.uuid().nullable().optional(),
  /** Omitted: the sum of the financings (which must then all be amounts or hours). */
  amountOre: amountOre.optional(),
  financings: z.array(financingIn).max(50).default([]),
});
export type BudgetLineIn = z.infer<typeof budgetLineBody>;
export const updateBudgetLineBody = z
  .object({
    scope: z.enum(FINANCING_SCOPES),
    year: year.nullable(),
    category: z.enum(BUDGET_CATEGORIES),
    description: nonEmptyText(500),
    activityId: z.uuid().nullable(),
    focusAreaId: z.uuid().nullable(),
    amountOre,
    /** Replaces all of the line's financings. */
    financings: z.array(financingIn).max(50),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Angiv mindst ét felt at ændre' });

export const financingOut = z.object({
  id: z.uuid(),
  source: z.enum(FINANCING_SOURCES),
  sourceName: z.string(),
  organisationId: z.uuid().nullable(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  kind: z.enum(FINANCING_KINDS),
  amountOre: z.number().int(),
  shareBp: z.number().int().nullable(),
  hours: z.number().nullable(),
  hourlyRateOre: z.number().int().nullable(),
  purpose: z.enum(MUNICIPALITY_PURPOSES).nullable(),
  isApproximate: z.boolean(),
});
export const budgetLineOut = z.object({
  id: z.uuid(),
  versionId: z.uuid(),
  scope: z.enum(FINANCING_SCOPES),
  year: z.number().int().nullable(),
  category: z.enum(BUDGET_CATEGORIES),
  description: z.string(),
  activityId: z.uuid().nullable(),
  activityName: z.string().nullable(),
  focusAreaId: z.uuid().nullable(),
  focusAreaName: z.string().nullable(),
  amountOre: z.number().int(),
  documentSource: z.string().nullable(),
  documentCitation: citationSchema.nullable(),
  financings: z.array(financingOut),
});
export type BudgetLineOut = z.infer<typeof budgetLineOut>;

const sourceEnum = z.enum(FINANCING_SOURCES);
export const budgetTotalsOut = z.object({
  totalOre: z.number().int(),
  financedOre: z.number().int(),
  isApproximate: z.boolean(),
  bySource: z.array(
    z.object({
      source: sourceEnum,
      sourceName: z.string(),
      amountOre: z.number().int(),
      cashOre: z.number().int(),
      inKindHoursOre: z.number().int(),
      inKindPremisesOre: z.number().int(),
      unspecifiedOre: z.number().int(),
      shareBp: z.number().int(),
      isApproximate: z.boolean(),
    }),
  ),
  byKind: z.array(z.object({ kind: z.enum(FINANCING_KINDS), amountOre: z.number().int() })),
  byYear: z.array(
    z.object({
      year: z.number().int().nullable(),
      amountOre: z.number().int(),
      bySource: z.array(z.object({ source: sourceEnum, amountOre: z.number().int() })),
    }),
  ),
  byCategory: z.array(z.object({ category: z.enum(BUDGET_CATEGORIES), amountOre: z.number().int() })),
  byFocusArea: z.array(
    z.object({
      focusAreaId: z.string().nullable(),
      focusAreaName: z.string().nullable(),
      amountOre: z.number().int(),
    }),
  ),
  departments: z.array(
    z.object({
      departmentId: z.string().nullable(),
      departmentName: z.string(),
      cashOre: z.number().int(),
      inKindOre: z.number().int(),
      totalOre: z.number().int(),
      hours: z.number(),
      items: z.array(
        z.object({
          lineId: z.string(),
          description: z.string(),
          year: z.number().int().nullable(),
          kind: z.enum(FINANCING_KINDS),
          amountOre: z.number().int(),
          hours: z.number().nullable(),
          hourlyRateOre: z.number().int().nullable(),
        }),
      ),
    }),
  ),
});

export const ruleFindingOut = z.object({
  ruleId: z.string(),
  /** notAssessed: the rule cannot be checked yet because a figure it needs is not stated. */
  severity: z.enum(['error', 'warning', 'notAssessed']),
  message: z.string(),
  lineId: z.string().optional(),
  figures: z.record(z.string(), z.number()).optional(),
});
export const ruleOut = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  version: z.string(),
});

export const budgetRuleSettingsBody = z.object({
  minimumLocalShareBp: basisPoints,
  municipalityShareToleranceBp: basisPoints,
  countInKindHours: z.boolean(),
  countInKindPremises: z.boolean(),
  lbfCeilingOre: amountOre.nullable(),
  note: optionalText(2000),
});
export const budgetRuleSettingsOut = budgetRuleSettingsBody.extend({
  note: z.string().nullable(),
  /** True when the plan has not set anything and the defaults apply. */
  isDefault: z.boolean(),
});

export const budgetVersionDetail = z.object({
  version: budgetVersionOut,
  lines: z.array(budgetLineOut),
  totals: budgetTotalsOut,
  findings: z.array(ruleFindingOut),
  rules: z.array(ruleOut),
  /**
   * False while neither the plan's sources nor the budget state the local co-financing: the
   * version's sum is then what it budgets, not the plan's total, and shares are not shown.
   */
  localCoFinancingKnown: z.boolean(),
  settings: budgetRuleSettingsOut,
  municipalityModel: z
    .object({
      name: z.string(),
      totalShareBp: z.number().int(),
      secondmentAndActivitiesShareBp: z.number().int().nullable(),
      coordinationShareBp: z.number().int().nullable(),
      source: z.string().nullable(),
    })
    .nullable(),
});

export const budgetDiffOut = z.object({
  before: budgetVersionOut,
  after: budgetVersionOut,
  lines: z.array(
    z.object({
      key: z.string(),
      scope: z.enum(FINANCING_SCOPES),
      year: z.number().int().nullable(),
      category: z.enum(BUDGET_CATEGORIES),
      description: z.string(),
      beforeOre: z.number().int(),
      afterOre: z.number().int(),
      differenceOre: z.number().int(),
      change: z.enum(['added', 'removed', 'changed', 'unchanged']),
      sources: z.array(
        z.object({
          source: sourceEnum,
          sourceName: z.string(),
          beforeOre: z.number().int(),
          afterOre: z.number().int(),
        }),
      ),
    }),
  ),
  bySource: z.array(
    z.object({
      source: sourceEnum,
      beforeOre: z.number().int(),
      afterOre: z.number().int(),
      differenceOre: z.number().int(),
    }),
  ),
  totalBeforeOre: z.number().int(),
  totalAfterOre: z.number().int(),
});
export const diffQuery = z.object({
  against: z.uuid({ message: 'Angiv den version, der sammenlignes med' }),
});

export const versionParam = z.object({ id: z.uuid({ message: 'Skal være et gyldigt id (UUID)' }) });

export type BudgetVersionOut = z.infer<typeof budgetVersionOut>;
export type BudgetVersionDetail = z.infer<typeof budgetVersionDetail>;
export type BudgetDiffOut = z.infer<typeof budgetDiffOut>;
