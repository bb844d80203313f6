import type * as t from '../../db/schema/index';
import { coFinancingTable, summariseFinancing } from '../../domain/financing/financing-totals';
import { type FinancingStatement, planFinancing } from '../../domain/financing/plan-total';
import type { FinancingLine, FinancingSummary } from '../plans/plan-detail.schema';
import { sourceText, toCitationOrNull } from '../reference/citation';

export function toFinancingLine(
  line: typeof t.financingLines.$inferSelect,
  departmentName: string | null,
): FinancingLine {
  return {
    id: line.id,
    planId: line.planId,
    scope: line.scope,
    source: line.source,
    sourceName: line.sourceName,
    organisationId: line.organisationId,
    departmentId: line.departmentId,
    departmentName,
    kind: line.kind,
    description: line.description,
    amountOre: Number(line.amountOre),
    isApproximate: line.isApproximate,
    year: line.year,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
    documentSource: sourceText(line.documentSource),
    citation: toCitationOrNull(line.documentSource),
  };
}

/**
 * What the plan row says about its financing as a whole (stated total, all funders known), with
 * its sources as readable text (never a registry key).
 */
export function statementOf(
  plan: Pick<
    typeof t.plans.$inferSelect,
    | 'financingStatedTotalOre'
    | 'financingStatedTotalSource'
    | 'financingAllFundersKnown'
    | 'financingAllFundersKnownSource'
  >,
): FinancingStatement {
  return {
    statedTotalOre: plan.financingStatedTotalOre === null ? null : Number(plan.financingStatedTotalOre),
    statedTotalSource: sourceText(plan.financingStatedTotalSource),
    allFundersKnown: plan.financingAllFundersKnown,
    allFundersKnownSource: sourceText(plan.financingAllFundersKnownSource),
  };
}

/**
 * The plan's financing: the plan-scope lines grouped by funder with their sources, the total with
 * its kind (decision 015), and each afdeling's itemised co-financing as its own table (never
 * added to the plan total, see financing-kinds.ts).
 */
export function financingSummaryOf(
  lines: readonly FinancingLine[],
  statement: FinancingStatement,
): FinancingSummary {
  const planLines = lines.filter((l) => l.scope === 'plan');
  const coLines = lines.filter((l) => l.scope === 'departmentCoFinancing');
  const sums = summariseFinancing(planLines);
  const financing = planFinancing(planLines, statement);
  return {
    lines: planLines,
    funders: financing.funders,
    total: financing.total,
    derived: financing.derived,
    localCoFinancingKnown: financing.localCoFinancingKnown,
    localShareBp: financing.localShareBp,
    statedSums: {
      statedSumOre: financing.statedSumOre,
      isApproximate: sums.isApproximate,
      byKind: sums.byKind,
    },
    departmentCoFinancing: coFinancingTable(coLines).map((table) => ({
      ...table,
      lines: coLines.filter((l) => (l.departmentId ?? null) === table.departmentId),
    })),
  };
}
