import { z } from 'zod';
import { AREA_CATEGORIES, CRITERIA } from '../../domain/classification/rule-sets';
import { fastResponse } from '../http/fast-serializer';

const triState = z.boolean().nullable();
const category = z.enum(AREA_CATEGORIES);
const criterionId = z.enum(CRITERIA);
const comparison = z.enum(['greaterThan', 'atLeast', 'lessThan']);
/** A category's name in the words of the list year's rule set. */
export const localizedNameSchema = z.object({ da: z.string(), en: z.string() });

export const listYearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2200)
    .optional()
    .describe('Listeåret (1. december-listen); udeladt = det seneste år med tal'),
});

export const criterionResultSchema = z.object({
  id: criterionId,
  label: z.string(),
  comparison,
  threshold: z.number(),
  unit: z.enum(['percent', 'ratio']),
  value: z.number().nullable(),
  met: triState,
  margin: z.number().nullable(),
  missing: z.string().nullable(),
  explanation: z.string(),
  years: z.array(z.number().int()),
  figurePerUnit: z.number().nullable(),
  figureUnit: z.enum(['points', 'kroner']),
  population: z.number().nullable(),
  source: z.string(),
});

export const categoryVerdictSchema = z.object({
  category,
  label: z.string().describe('Kategoriens danske navn efter listeårets regler'),
  name: localizedNameSchema,
  basedOn: category.nullable(),
  status: z.enum(['met', 'notMet', 'undetermined']),
  metCount: z.number().int(),
  minimumMet: z.number().int(),
  criteria: z.array(criterionResultSchema),
  alsoRequired: criterionResultSchema.nullable(),
  consecutiveYears: z.number().int().nullable(),
  requiredYears: z.number().int().nullable(),
  excludedBy: z.array(category),
  reason: z.string(),
  source: z.string(),
});

export const historySchema = z.object({
  category,
  now: triState,
  lastYear: triState,
  change: z.enum(['entering', 'leaving', 'staying', 'outside', 'unknown']),
  yearsInARow: z.number().int(),
  yearsInARowAtLeast: z.boolean(),
});

export const verdictSchema = z.object({
  area: z.string(),
  listYear: z.number().int(),
  ruleSetId: z.string(),
  eligible: triState,
  residents: z.number().nullable(),
  minimumResidents: z.number().int(),
  categories: z.array(category),
  undetermined: z.array(category),
  details: z.array(categoryVerdictSchema),
  history: z.array(historySchema),
});

export const verdictChangeSchema = z.object({
  category,
  categoryLabel: z.string(),
  direction: z.enum(['in', 'out']),
  criterion: criterionId,
  criterionLabel: z.string(),
  unit: z.enum(['percent', 'ratio']),
  value: z.number(),
  threshold: z.number(),
  comparison,
  change: z.number(),
  strictlyMore: z.boolean(),
  figureChange: z.number().nullable(),
  figureUnit: z.enum(['points', 'kroner']),
  residents: z.number().int().nullable(),
  relativeSize: z.number(),
  smallest: z.boolean(),
  text: z.string(),
});

export const outlookSchema = z.object({
  category,
  categoryLabel: z.string(),
  status: z.enum(['met', 'notMet', 'undetermined']),
  changes: z.array(verdictChangeSchema),
  note: z.string().nullable(),
});

export const areaRefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  municipality: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), region: z.string().nullable() }),
});

export const ruleSetInfoSchema = z.object({
  id: z.string(),
  firstListYear: z.number().int(),
  lastListYear: z.number().int().nullable(),
  minimumResidents: z.number().int(),
  notes: z.array(z.string()),
  sources: z.array(z.string()),
  categories: z
    .array(
      z.object({
        code: category,
        name: localizedNameSchema,
        definition: localizedNameSchema,
        source: z.string(),
      }),
    )
    .describe('Regelsættets kategorier med lovens navne i perioden (dansk og engelsk)'),
});

/** What "Ændring siden sidste år" compares with (never a non-adjacent year in silence). */
export const changeBasisSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('compared'), lastYear: z.number().int() }),
    z.object({
      kind: z.literal('lastYearUndetermined'),
      lastYear: z.number().int(),
      unknown: z.array(category),
      missingYears: z.array(z.number().int()),
      missing: z.array(z.string()),
    }),
    z.object({
      kind: z.literal('noFiguresLastYear'),
      lastYear: z.number().int(),
      unknown: z.array(category),
      earlierYear: z.number().int().nullable(),
    }),
  ])
  .describe(
    'Grundlaget for ændringen siden sidste år: sammenlignet, sidste års liste uafgjort, eller ingen tal sidste år',
  );

export const areaVerdictSchema = z.object({
  area: areaRefSchema,
  ruleSet: ruleSetInfoSchema,
  verdict: verdictSchema,
  changeBasis: changeBasisSchema,
  whatWouldChange: z.array(outlookSchema),
});

export const verdictRowSchema = z.object({
  area: areaRefSchema,
  verdict: verdictSchema,
  changeBasis: changeBasisSchema,
});

/** Every area's verdict with its explanations (5 MB at national scale): written without zod. */
export const verdictListSchema = fastResponse(
  z.object({
    listYear: z.number().int(),
    ruleSet: ruleSetInfoSchema,
    items: z.array(verdictRowSchema),
  }),
);

export const listVerdictsQuery = listYearQuery.extend({
  municipality: z.string().max(80).optional().describe('Kommunens kortnavn eller id'),
});

export const watchListQuery = listVerdictsQuery.extend({
  distance: z.coerce
    .number()
    .min(0)
    .max(50)
    .default(2)
    .describe('Afstand til grænsen i procentpoint, der tæller som tæt på'),
  ratioDistance: z.coerce
    .number()
    .min(0)
    .max(5)
    .default(0.25)
    .describe('Afstand for dømte (gange landsgennemsnittet)'),
  horizon: z.coerce.number().int().min(1).max(5).default(2).describe('År frem, tendensen følges'),
});

export const watchEntrySchema = z.object({
  area: areaRefSchema,
  listYear: z.number().int(),
  category,
  categoryLabel: z.string(),
  categoryName: localizedNameSchema,
  criterion: criterionId,
  criterionLabel: z.string(),
  unit: z.enum(['percent', 'ratio']),
  comparison,
  threshold: z.number(),
  value: z.number(),
  margin: z.number(),
  met: z.boolean(),
  reasons: z.array(z.enum(['near', 'trend'])),
  slopePerYear: z.number().nullable(),
  crossingYear: z.number().int().nullable(),
  decisive: z.boolean(),
  direction: z.enum(['towardsIn', 'towardsOut']),
  text: z.string(),
});

export const watchListSchema = fastResponse(
  z.object({
    listYear: z.number().int(),
    ruleSet: ruleSetInfoSchema,
    options: z.object({ distance: z.number(), ratioDistance: z.number(), horizon: z.number().int() }),
    items: z.array(watchEntrySchema),
  }),
);

export const seriesSchema = z.object({
  area: areaRefSchema,
  listYear: z.number().int(),
  ruleSetId: z.string(),
  ruleSet: ruleSetInfoSchema,
  criteria: z.array(
    z.object({
      id: criterionId,
      label: z.string(),
      unit: z.enum(['percent', 'ratio']),
      comparison,
      averageYears: z.number().int(),
      thresholds: z.array(
        z.object({
          category,
          categoryLabel: z.string(),
          categoryName: localizedNameSchema,
          threshold: z.number(),
        }),
      ),
      points: z.array(
        z.object({ year: z.number().int(), yearly: z.number().nullable(), value: z.number().nullable() }),
      ),
    }),
  ),
});
