import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../../domain/activities/activity-status';
import { FINANCING_KINDS, FINANCING_SCOPES, FINANCING_SOURCES } from '../../domain/financing/financing-kinds';
import { TOTAL_KINDS } from '../../domain/financing/plan-total';
import { BODY_KINDS } from '../../domain/governance/body-kinds';
import { PARTNER_TYPES } from '../../domain/partners/partner-types';
import { PLAN_STATUSES, PREDECESSOR_KINDS, STAFF_ROLES } from '../../domain/plans/plan-status';
import { STATISTIC_INDICATORS, STATISTIC_SCOPES } from '../../domain/statistics/indicators';
import { citationSchema } from '../reference/citation';

/**
 * The read model of one plan: everything the plan page shows, in one response.
 * Shared by the API (response validation + OpenAPI) and the web app (types).
 */
export const statisticSchema = z.object({
  id: z.uuid(),
  scope: z.enum(STATISTIC_SCOPES),
  indicator: z.enum(STATISTIC_INDICATORS),
  year: z.number().int(),
  value: z.number(),
  valueMax: z.number().nullable(),
  isApproximate: z.boolean(),
  referencePeriod: z.string().nullable(),
  note: z.string().nullable(),
  /** The source as a reader sees it: title, publisher, year and section or link. */
  source: z.string(),
  citation: citationSchema,
});
export type Statistic = z.infer<typeof statisticSchema>;

const ref = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const contactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

export const activitySchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  focusAreaId: z.uuid(),
  name: z.string(),
  purpose: z.string().nullable(),
  targetGroups: z.array(z.string()),
  status: z.enum(ACTIVITY_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  departments: z.array(ref),
  partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type Activity = z.infer<typeof activitySchema>;

export const partnerSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  name: z.string(),
  type: z.enum(PARTNER_TYPES),
  contributionInsidePlan: z.string().nullable(),
  contributionOutsidePlan: z.string().nullable(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const financingLineSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  scope: z.enum(FINANCING_SCOPES),
  source: z.enum(FINANCING_SOURCES),
  sourceName: z.string(),
  organisationId: z.uuid().nullable(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  kind: z.enum(FINANCING_KINDS),
  description: z.string().nullable(),
  amountOre: z.number().int(),
  isApproximate: z.boolean(),
  year: z.number().int().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** Where the amount comes from, as a reader sees it, and as structured data. */
  documentSource: z.string().nullable(),
  citation: citationSchema.nullable(),
});
export type FinancingLine = z.infer<typeof financingLineSchema>;

/** A plan's total with what it rests on (decision 015); money in integer øre. */
export const planTotalSchema = z.object({
  kind: z
    .enum(TOTAL_KINDS)
    .describe(
      'stated: a source gives the total; allFundersKnown: the source lists every funder and the total is their sum; derivedLowerBound: not known, but at least lowerBoundOre; unknown: not known',
    ),
  amountOre: z.number().int().nullable().describe('The total in øre — only for stated and allFundersKnown'),
  lowerBoundOre: z
    .number()
    .int()
    .nullable()
    .describe('A derived lower bound in øre — only for derivedLowerBound'),
  isApproximate: z.boolean(),
  sources: z.array(z.string()).describe('Where the total, or the figure its bound comes from, is stated'),
  derivation: z.string().nullable().describe('How a derived lower bound is computed (Danish)'),
});
export type PlanTotal = z.infer<typeof planTotalSchema>;

export const financingSummarySchema = z.object({
  lines: z.array(financingLineSchema),
  /** Each funder: its stated amount with sources, or notStated (amountOre null — never 0). */
  funders: z.array(
    z.object({
      source: z.enum(FINANCING_SOURCES),
      sourceName: z.string().nullable(),
      status: z.enum(['stated', 'notStated']),
      amountOre: z.number().int().nullable(),
      isApproximate: z.boolean(),
      documentSources: z.array(z.string()),
    }),
  ),
  total: planTotalSchema,
  /** Lower bounds derived from the LBF rule where the total is not known, each labelled with how. */
  derived: z.array(
    z.object({
      figure: z.enum(['totalAtLeast', 'localAtLeast']),
      lowerBoundOre: z.number().int(),
      isApproximate: z.boolean(),
      basis: z.enum(['lbfMaxShare', 'statedSum']),
      lbfMaxShareBp: z.number().int(),
      derivation: z.string(),
      basedOn: z.array(z.string()),
    }),
  ),
  localCoFinancingKnown: z.boolean(),
  /** Local share of a known total in basis points (rounded to the nearest); null when the total is not known. */
  localShareBp: z.number().int().nullable(),
  /** Sums of the stated lines — the plan's total only when total.kind says so. */
  statedSums: z.object({
    statedSumOre: z.number().int(),
    isApproximate: z.boolean(),
    byKind: z.array(z.object({ kind: z.enum(FINANCING_KINDS), amountOre: z.number().int() })),
  }),
  departmentCoFinancing: z.array(
    z.object({
      departmentId: z.uuid().nullable(),
      departmentName: z.string().nullable(),
      cashOre: z.number().int(),
      inKindOre: z.number().int(),
      totalOre: z.number().int(),
      lines: z.array(financingLineSchema),
    }),
  ),
});
export type FinancingSummary = z.infer<typeof financingSummarySchema>;

export const bodyMemberSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  role: z.string(),
  organisation: z.string().nullable(),
  party: z.string().nullable(),
  seats: z.number().int(),
});

export const bodySchema = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  municipalityId: z.uuid().nullable(),
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  purpose: z.string().nullable(),
  hasDecisionAuthority: z.boolean(),
  meetingsPerYearMin: z.number().int().nullable(),
  meetingsPerYearMax: z.number().int().nullable(),
  members: z.array(bodyMemberSchema),
  contacts: z.array(contactSchema),
});
export type Body = z.infer<typeof bodySchema>;

export const networkSchema = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  name: z.string(),
  purpose: z.string().nullable(),
  howToJoin: z.string().nullable(),
  groups: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      description: z.string().nullable(),
      status: z.enum(['current', 'past']),
    }),
  ),
  activities: z.array(
    z.object({
      id: z.uuid(),
      groupId: z.uuid().nullable(),
      name: z.string(),
      description: z.string().nullable(),
    }),
  ),
  contacts: z.array(contactSchema),
});
export type Network = z.infer<typeof networkSchema>;

export const planDetailSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: z.enum(PLAN_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** The years a source names when it gives no dates; progress then runs in calendar years. */
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  /** Counts below this are hidden from roles that see aggregates only. */
  suppressionThreshold: z.number().int(),
  summary: z.string().nullable(),
  vision: z.string().nullable(),
  source: z.string().nullable(),
  citation: citationSchema.nullable(),
  fundingPeriod: z.object({ id: z.string(), name: z.string() }),
  municipality: ref,
  predecessors: z.array(ref.extend({ kind: z.enum(PREDECESSOR_KINDS) })),
  successors: z.array(ref.extend({ kind: z.enum(PREDECESSOR_KINDS) })),
  organisations: z.array(
    ref.extend({ shortName: z.string().nullable(), role: z.enum(['applicant', 'participant']) }),
  ),
  departments: z.array(
    ref.extend({
      kind: z.enum(['department', 'estate']),
      organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      units: z.number().int().nullable(),
      residents: z.number().int().nullable(),
      coverageNote: z.string().nullable(),
      /** The latest figure of each indicator for this department. */
      keyFigures: z.array(statisticSchema),
    }),
  ),
  /** Figures for the plan's areas together (e.g. Holbæk: 3.498 beboere, 1.640 lejemål). */
  areaFigures: z.array(statisticSchema),
  /**
   * Shares over the plan's afdelinger: min–max over every afdeling with a figure of the newest
   * year (a range given for the areas together is widened by them), and how many lack a figure.
   */
  areaSummaries: z.array(
    z.object({
      indicator: z.enum(STATISTIC_INDICATORS),
      year: z.number().int(),
      min: z.number(),
      max: z.number(),
      withFigure: z.number().int(),
      withoutFigure: z.number().int(),
      missing: z.array(z.string()),
      isApproximate: z.boolean(),
      sources: z.array(z.string()),
    }),
  ),
  staff: z.array(
    z.object({
      id: z.uuid(),
      role: z.enum(STAFF_ROLES),
      title: z.string(),
      name: z.string().nullable(),
      weeklyHours: z.number().nullable(),
    }),
  ),
  /** All focus areas of the plan's funding period, each with the plan's activities in it. */
  focusAreas: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      goal: z.string().nullable(),
      activities: z.array(activitySchema),
    }),
  ),
  partners: z.array(partnerSchema),
  financing: financingSummarySchema,
  bodies: z.array(bodySchema),
  networks: z.array(networkSchema),
  contacts: z.array(contactSchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const departmentDetailSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(['department', 'estate']),
  description: z.string().nullable(),
  units: z.number().int().nullable(),
  residents: z.number().int().nullable(),
  source: z.string().nullable(),
  citation: citationSchema.nullable(),
  municipality: ref,
  organisation: ref.nullable(),
  plans: z.array(
    ref.extend({
      status: z.enum(PLAN_STATUSES),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
    }),
  ),
  /** Every figure held for the department, all years, newest first. */
  statistics: z.array(statisticSchema),
  /** Comparison figures: the municipality's and the country's, same indicators. */
  comparisons: z.array(statisticSchema),
});
export type DepartmentDetail = z.infer<typeof departmentDetailSchema>;
