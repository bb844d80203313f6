import type * as t from '../../db/schema/index';
import { coFinancingTable, summariseFinancing } from '../../domain/financing/financing-totals';
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
 * The plan's budget: the plan-scope lines with their totals, and each afdeling's itemised
 * co-financing as its own table (never added to the plan total, see financing-kinds.ts).
 */
export function financingSummaryOf(lines: readonly FinancingLine[]): FinancingSummary {
  const planLines = lines.filter((l) => l.scope === 'plan');
  const coLines = lines.filter((l) => l.scope === 'departmentCoFinancing');
  return {
    lines: planLines,
    totals: summariseFinancing(planLines),
    departmentCoFinancing: coFinancingTable(coLines).map((table) => ({
      ...table,
      lines: coLines.filter((l) => (l.departmentId ?? null) === table.departmentId),
    })),
  };
}
