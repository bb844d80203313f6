import type { BudgetLineData } from './budget';
import {
  type BudgetInput,
  type BudgetRuleSettings,
  checkBudget,
  DEFAULT_BUDGET_RULE_SETTINGS,
  type MunicipalityModel,
  type RuleFinding,
} from './budget-rules';

/** The rule set applied to one budget version, with the plan's settings and context. */
export function checkBudgetVersion(input: {
  firstYear: number;
  lastYear: number;
  lines: readonly BudgetLineData[];
  municipalityModel: MunicipalityModel | null;
  financingPlan?: BudgetInput['financingPlan'];
  localCoFinancingKnown?: boolean;
  settings?: Partial<BudgetRuleSettings>;
}): RuleFinding[] {
  return checkBudget(
    {
      planStartYear: input.firstYear,
      planEndYear: input.lastYear,
      municipalityModel: input.municipalityModel,
      financingPlan: input.financingPlan,
      localCoFinancingKnown: input.localCoFinancingKnown,
      lines: input.lines.map((l) => ({
        id: l.id,
        description: l.description,
        year: l.year,
        amountOre: l.amountOre,
        scope: l.scope,
        financing: l.financings.map((f) => ({
          source: f.source,
          sourceName: f.sourceName,
          kind: f.kind,
          amountOre: f.amountOre,
          purpose: f.purpose ?? null,
          hours: f.hours ?? null,
          hourlyRateOre: f.hourlyRateOre ?? null,
        })),
      })),
    },
    { ...DEFAULT_BUDGET_RULE_SETTINGS, ...input.settings },
  );
}
