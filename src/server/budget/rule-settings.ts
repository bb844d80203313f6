import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { type BudgetRuleSettings, DEFAULT_BUDGET_RULE_SETTINGS } from '../../domain/budget/budget-rules';

/** The plan's settings of the budget rules, or the defaults where it has set none. */
export async function loadRuleSettings(db: Executor, planId: string) {
  const [row] = await db.select().from(t.budgetRuleSettings).where(eq(t.budgetRuleSettings.planId, planId));
  const settings: BudgetRuleSettings = row
    ? {
        minimumLocalShareBp: row.minimumLocalShareBp,
        municipalityShareToleranceBp: row.municipalityShareToleranceBp,
        countInKindHours: row.countInKindHours,
        countInKindPremises: row.countInKindPremises,
        lbfCeilingOre: row.lbfCeilingOre === null ? null : Number(row.lbfCeilingOre),
      }
    : DEFAULT_BUDGET_RULE_SETTINGS;
  return { ...settings, note: row?.note ?? null, isDefault: !row };
}
