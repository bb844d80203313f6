import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { budgetRuleCatalogue } from '../../domain/budget/budget-rules';
import { budgetTotals } from '../../domain/budget/budget-totals';
import { checkBudgetVersion } from '../../domain/budget/check-budget-version';
import { planFinancing } from '../../domain/financing/plan-total';
import { statementOf } from '../financing/financing-summary';
import { sourceText } from '../reference/citation';
import { findVersion, loadLines, toDomainLines, versionOutput } from './budget-store';
import { loadRuleSettings } from './rule-settings';

/** The municipality's co-financing model that applies to the plan (the first, if several). */
async function municipalityModel(db: Executor, planId: string) {
  const [row] = await db
    .select({ model: t.municipalityCoFinancingModels, name: t.municipalities.name })
    .from(t.plans)
    .innerJoin(t.municipalities, eq(t.municipalities.id, t.plans.municipalityId))
    .innerJoin(
      t.municipalityCoFinancingModels,
      eq(t.municipalityCoFinancingModels.municipalityId, t.municipalities.id),
    )
    .where(eq(t.plans.id, planId))
    .limit(1);
  if (!row) return null;
  return {
    name: row.name,
    totalShareBp: row.model.totalShareBp,
    secondmentAndActivitiesShareBp: row.model.secondmentAndActivitiesShareBp,
    coordinationShareBp: row.model.coordinationShareBp,
    source: sourceText(row.model.source),
  };
}

/**
 * The plan's finansieringsplan by source (plan-scope financing lines), to compare with, and
 * whether its sources state the local co-financing (decision 015).
 */
async function financingPlan(db: Executor, planId: string) {
  const rows = await db
    .select({
      source: t.financingLines.source,
      sourceName: t.financingLines.sourceName,
      amountOre: t.financingLines.amountOre,
      isApproximate: t.financingLines.isApproximate,
      documentSource: t.financingLines.documentSource,
    })
    .from(t.financingLines)
    .where(and(eq(t.financingLines.planId, planId), eq(t.financingLines.scope, 'plan')));
  const [plan] = await db.select().from(t.plans).where(eq(t.plans.id, planId));
  const lines = rows.map((r) => ({ ...r, amountOre: Number(r.amountOre) }));
  return {
    lines: lines.map((r) => ({ source: r.source, amountOre: r.amountOre })),
    localCoFinancingKnown: plan ? planFinancing(lines, statementOf(plan)).localCoFinancingKnown : false,
  };
}

/** One version with its lines, every total, and what the budget rules find. */
export async function getBudgetVersion(db: Executor, input: { versionId: string }) {
  const version = await findVersion(db, input.versionId);
  const lines = await loadLines(db, version.id);
  const domainLines = toDomainLines(lines);
  const totals = budgetTotals(domainLines);
  const settings = await loadRuleSettings(db, version.planId);
  const model = await municipalityModel(db, version.planId);
  const plan = await financingPlan(db, version.planId);
  const findings = checkBudgetVersion({
    firstYear: version.firstYear,
    lastYear: version.lastYear,
    lines: domainLines,
    municipalityModel: model,
    financingPlan: plan.lines,
    localCoFinancingKnown: plan.localCoFinancingKnown,
    settings,
  });
  return {
    version: versionOutput(version, totals.totalOre),
    lines,
    totals,
    findings,
    rules: budgetRuleCatalogue(),
    // The budget covers the plan's whole financing only when its local co-financing is known:
    // stated by the plan's sources, or entered in the budget itself (decision 015).
    localCoFinancingKnown:
      plan.localCoFinancingKnown ||
      domainLines.some(
        (l) => l.scope !== 'departmentCoFinancing' && l.financings.some((f) => f.source !== 'lbf'),
      ),
    settings,
    municipalityModel: model,
  };
}
