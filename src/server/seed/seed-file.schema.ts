import { z } from 'zod';
import '../../domain/validation/danish-messages';
import { ROLES } from '../../domain/access/roles';
import { ACTIVITY_STATUSES } from '../../domain/activities/activity-status';
import {
  BUDGET_CATEGORIES,
  BUDGET_VERSION_KINDS,
  BUDGET_VERSION_STATUSES,
  MUNICIPALITY_PURPOSES,
} from '../../domain/budget/budget-kinds';
import { AREA_CATEGORIES } from '../../domain/classification/rule-sets';
import { FINANCING_KINDS, FINANCING_SCOPES, FINANCING_SOURCES } from '../../domain/financing/financing-kinds';
import { BODY_KINDS } from '../../domain/governance/body-kinds';
import { hasAtMostOreDecimals } from '../../domain/money/money';
import {
  ENROLMENT_OUTCOMES,
  INDICATOR_BASES,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  MEASUREMENT_METHODS,
} from '../../domain/monitoring/indicator-kinds';
import { PARTNER_TYPES } from '../../domain/partners/partner-types';
import { PLAN_STATUSES, PREDECESSOR_KINDS, STAFF_ROLES } from '../../domain/plans/plan-status';
import { parseSource } from '../../domain/reference/source-documents';
import { INDICATOR_INFO, STATISTIC_INDICATORS } from '../../domain/statistics/indicators';

/**
 * The format of a seed data file (seed/demo/*.yaml, or a municipality's own file). References
 * between records use slugs (or a partner's `key` within its plan), never database ids.
 */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Kortnavn: små bogstaver a–z, tal og bindestreger');
const text = z.string().trim().min(1);
const date = z.iso.date({ message: 'Dato som ÅÅÅÅ-MM-DD' });
const year = z.number().int().min(1900).max(2200);
/**
 * A source: free text, or documents of the source registry cited as `kilde:<id>` with where in
 * them (src/domain/reference/source-documents.ts). A key the registry does not know is an error.
 */
const sourceText = text.superRefine((value, ctx) => {
  for (const key of parseSource(value).unknownKeys)
    ctx.addIssue({
      code: 'custom',
      message: `Ukendt kilde "kilde:${key}": den findes ikke i kilderegistret`,
    });
});
/** Where a record's facts come from, when it is narrower than the file's or plan's `source`. */
const source = sourceText.optional();
const percent = z.number().min(0, 'Mindst 0 %').max(100, 'Højst 100 %');
const kroner = z
  .number()
  .min(0, 'Beløbet må ikke være negativt')
  .refine(hasAtMostOreDecimals, 'Højst to decimaler (øre)');

const contact = z
  .object({ name: text, title: text.optional(), phone: text.optional(), email: z.email().optional() })
  .strict();

const figure = z
  .object({
    indicator: z.enum(STATISTIC_INDICATORS),
    year,
    value: z.number().min(0),
    valueMax: z.number().min(0).optional(),
    approximate: z.boolean().default(false),
    referencePeriod: text.optional(),
    note: text.optional(),
    source,
  })
  .strict()
  .superRefine((f, ctx) => {
    if (INDICATOR_INFO[f.indicator].unit === 'percent') {
      for (const key of ['value', 'valueMax'] as const) {
        const v = f[key];
        if (v !== undefined && v > 100)
          ctx.addIssue({ code: 'custom', path: [key], message: 'En andel kan højst være 100 %' });
      }
    }
    if (f.valueMax !== undefined && f.valueMax < f.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['valueMax'],
        message: 'Intervallets øvre grænse er mindre end den nedre',
      });
    }
  });

const statistic = z.discriminatedUnion('scope', [
  figure.safeExtend({ scope: z.literal('department'), department: slug }),
  figure.safeExtend({ scope: z.literal('municipality'), municipality: slug }),
  figure.safeExtend({ scope: z.literal('country') }),
  figure.safeExtend({ scope: z.literal('statutoryArea'), area: slug }),
  figure.safeExtend({ scope: z.literal('region'), region: text }),
]);

/** A boligområde in the legal sense (§ 61 a, stk. 3), with what official lists said about it. */
const statutoryArea = z
  .object({
    slug,
    name: text,
    municipality: slug,
    residents: z.number().int().min(1000, 'Et boligområde har mindst 1.000 beboere').optional(),
    departments: z.array(slug).default([]),
    description: text.optional(),
    source,
    listings: z
      .array(
        z
          .object({
            listYear: year,
            category: z.enum(AREA_CATEGORIES),
            listed: z.boolean(),
            source: sourceText,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const plan = z
  .object({
    slug,
    name: text,
    municipality: slug,
    fundingPeriod: text,
    startDate: date.optional(),
    endDate: date.optional(),
    /** The years a source names when it gives no dates, e.g. Holbæk's "2024–2027". */
    years: z
      .object({ first: z.number().int().min(1990).max(2100), last: z.number().int().min(1990).max(2100) })
      .strict()
      .refine((y) => y.last >= y.first, { path: ['last'], message: 'Sidste år ligger før første år' })
      .optional(),
    status: z.enum(PLAN_STATUSES),
    summary: text.optional(),
    vision: text.optional(),
    source,
    predecessors: z.array(z.object({ plan: slug, kind: z.enum(PREDECESSOR_KINDS) }).strict()).default([]),
    departments: z.array(z.object({ department: slug, coverageNote: text.optional() }).strict()).default([]),
    organisations: z
      .array(z.object({ organisation: slug, role: z.enum(['applicant', 'participant']) }).strict())
      .default([]),
    areaStatistics: z.array(figure).default([]),
    staff: z
      .array(
        z
          .object({
            role: z.enum(STAFF_ROLES),
            title: text,
            name: text.optional(),
            weeklyHours: z.number().min(0).max(168).optional(),
            source,
          })
          .strict(),
      )
      .default([]),
    partners: z
      .array(
        z
          .object({
            key: text,
            name: text,
            type: z.enum(PARTNER_TYPES),
            contributionInsidePlan: text.optional(),
            contributionOutsidePlan: text.optional(),
            source,
          })
          .strict(),
      )
      .default([]),
    activities: z
      .array(
        z
          .object({
            focusArea: text,
            name: text,
            purpose: text.optional(),
            status: z.enum(ACTIVITY_STATUSES).default('planned'),
            targetGroups: z.array(text).default([]),
            startDate: date.optional(),
            endDate: date.optional(),
            departments: z.array(slug).default([]),
            partners: z.array(text).default([]),
            source,
          })
          .strict(),
      )
      .default([]),
    /**
     * Targets and indicators (decision 013), on an activity (by its name), a focus area (by its
     * code) or the whole plan. `targets` are the plan years' targets in order (plan year 0 first).
     */
    indicators: z
      .array(
        z
          .object({
            name: text,
            description: text.optional(),
            activity: text.optional(),
            focusArea: text.optional(),
            kind: z.enum(INDICATOR_KINDS),
            basis: z.enum(INDICATOR_BASES),
            unit: z.enum(INDICATOR_UNITS).optional(),
            direction: z.enum(INDICATOR_DIRECTIONS).default('increase'),
            outcome: z.enum(ENROLMENT_OUTCOMES).optional(),
            measurement: z.enum(MEASUREMENT_METHODS).default('registration'),
            baseline: z.number().min(0).optional(),
            baselineNote: text.optional(),
            periodTarget: z.number().min(0).optional(),
            targets: z.array(z.number().min(0, 'Måltallet må ikke være negativt')).max(21).default([]),
            source,
          })
          .strict(),
      )
      .default([]),
    financing: z
      .array(
        z
          .object({
            scope: z.enum(FINANCING_SCOPES).default('plan'),
            source: z.enum(FINANCING_SOURCES),
            sourceName: text,
            organisation: slug.optional(),
            department: slug.optional(),
            kind: z.enum(FINANCING_KINDS),
            description: text.optional(),
            amountKroner: kroner,
            approximate: z.boolean().default(false),
            year: year.optional(),
            periodStart: date.optional(),
            periodEnd: date.optional(),
            documentSource: source,
          })
          .strict(),
      )
      .default([]),
    /**
     * What the source says about the financing as a whole (decision 015): a total it gives
     * itself, and/or that it lists every funder. Absent: the total is not known.
     */
    financingTotal: z
      .object({
        statedKroner: kroner.optional(),
        allFundersKnown: z.boolean().default(false),
        documentSource: sourceText,
      })
      .strict()
      .refine((f) => f.statedKroner !== undefined || f.allFundersKnown, {
        path: ['statedKroner'],
        message: 'Angiv den oplyste total eller allFundersKnown: true',
      })
      .optional(),
    /** Budget versions (issue #5): lines of a year or the whole period, each with its financings. */
    budgets: z
      .array(
        z
          .object({
            kind: z.enum(BUDGET_VERSION_KINDS),
            name: text,
            status: z.enum(BUDGET_VERSION_STATUSES).default('draft'),
            firstYear: year,
            lastYear: year,
            note: text.optional(),
            /** An approval carries the date and approver its source gives, never the load date … */
            approvedOn: date.optional(),
            approvedBy: text.optional(),
            /** … or says why the source gives none. */
            approvalNote: text.optional(),
            lines: z
              .array(
                z
                  .object({
                    scope: z.enum(FINANCING_SCOPES).default('plan'),
                    year: year.optional(),
                    category: z.enum(BUDGET_CATEGORIES),
                    description: text,
                    financings: z
                      .array(
                        z
                          .object({
                            source: z.enum(FINANCING_SOURCES),
                            sourceName: text,
                            organisation: slug.optional(),
                            department: slug.optional(),
                            kind: z.enum(FINANCING_KINDS),
                            amountKroner: kroner,
                            hours: z.number().min(0).optional(),
                            hourlyRateKroner: kroner.optional(),
                            purpose: z.enum(MUNICIPALITY_PURPOSES).optional(),
                            approximate: z.boolean().default(false),
                          })
                          .strict(),
                      )
                      .min(1),
                    source,
                  })
                  .strict(),
              )
              .default([]),
            source,
          })
          .strict()
          .superRefine((b, ctx) => {
            if (b.status === 'approved' && !b.approvedOn && !b.approvalNote)
              ctx.addIssue({
                code: 'custom',
                path: ['approvedOn'],
                message:
                  'Angiv godkendelsesdatoen fra kilden, eller i approvalNote hvorfor kilden ikke giver den',
              });
            if (b.status !== 'approved' && (b.approvedOn || b.approvedBy || b.approvalNote))
              ctx.addIssue({
                code: 'custom',
                path: ['status'],
                message: 'Kun en godkendt version har en godkendelse',
              });
          }),
      )
      .default([]),
    bodies: z
      .array(
        z
          .object({
            kind: z.enum(BODY_KINDS),
            name: text,
            purpose: text.optional(),
            decisionAuthority: z.boolean(),
            meetingsPerYear: z
              .object({ min: z.number().int().min(0), max: z.number().int().min(0) })
              .strict()
              .optional(),
            members: z
              .array(
                z
                  .object({
                    name: text.optional(),
                    role: text,
                    organisation: text.optional(),
                    party: text.optional(),
                    seats: z.number().int().min(1).default(1),
                  })
                  .strict(),
              )
              .default([]),
            contacts: z.array(contact).default([]),
            source,
          })
          .strict(),
      )
      .default([]),
    networks: z
      .array(
        z
          .object({
            name: text,
            purpose: text.optional(),
            howToJoin: text.optional(),
            groups: z
              .array(
                z
                  .object({
                    name: text,
                    description: text.optional(),
                    status: z.enum(['current', 'past']).default('current'),
                    activities: z
                      .array(z.object({ name: text, description: text.optional() }).strict())
                      .default([]),
                  })
                  .strict(),
              )
              .default([]),
            contacts: z.array(contact).default([]),
            source,
          })
          .strict(),
      )
      .default([]),
    contacts: z.array(contact).default([]),
  })
  .strict()
  .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'Slutdatoen ligger før startdatoen',
  });

export const seedFileSchema = z
  .object({
    source: sourceText,
    municipalities: z
      .array(
        z
          .object({
            slug,
            name: text,
            region: text.optional(),
            population: z.number().int().min(0).optional(),
            reportedPlanCount: z.number().int().min(0).optional(),
            districtForumCount: z.number().int().min(0).optional(),
            description: text.optional(),
            source,
            coFinancingModels: z
              .array(
                z
                  .object({
                    description: text,
                    payer: text.optional(),
                    totalSharePercent: percent,
                    secondmentAndActivitiesSharePercent: percent.optional(),
                    coordinationSharePercent: percent.optional(),
                    source,
                  })
                  .strict(),
              )
              .default([]),
          })
          .strict(),
      )
      .default([]),
    organisations: z.array(z.object({ slug, name: text, shortName: text.optional() }).strict()).default([]),
    departments: z
      .array(
        z
          .object({
            slug,
            name: text,
            kind: z.enum(['department', 'estate']).default('department'),
            municipality: slug,
            organisation: slug.optional(),
            units: z.number().int().min(0).optional(),
            residents: z.number().int().min(0).optional(),
            description: text.optional(),
            source,
          })
          .strict(),
      )
      .default([]),
    statutoryAreas: z.array(statutoryArea).default([]),
    statistics: z.array(statistic).default([]),
    plans: z.array(plan).default([]),
    /** Demo accounts only: all share `demoPassword` and are marked as demo users. */
    demoPassword: z.string().min(12).optional(),
    users: z
      .array(
        z
          .object({
            email: z.email(),
            displayName: text,
            roles: z.array(
              z
                .object({
                  role: z.enum(ROLES),
                  municipality: slug.optional(),
                  plan: slug.optional(),
                  /** A partner of the plan, by name. */
                  partner: text.optional(),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .refine((f) => f.users.length === 0 || f.demoPassword, {
    path: ['demoPassword'],
    message: 'Demobrugere kræver en demoPassword',
  });

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedPlan = SeedFile['plans'][number];
