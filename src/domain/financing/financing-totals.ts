import { sumOre } from '../money/money';
import { roundTo } from '../numbers/decimal';
import type { FinancingKind, FinancingSource } from './financing-kinds';

export interface FinancingLineLike {
  source: FinancingSource;
  sourceName: string;
  kind: FinancingKind;
  amountOre: number;
  isApproximate: boolean;
  departmentId?: string | null;
  departmentName?: string | null;
}

export interface SourceTotal {
  source: FinancingSource;
  sourceName: string;
  amountOre: number;
  isApproximate: boolean;
}

export interface FinancingTotals {
  totalOre: number;
  isApproximate: boolean;
  bySource: SourceTotal[];
  byKind: { kind: FinancingKind; amountOre: number }[];
  /** Local co-financing = everything not from LBF (facts.md §2.2); null when there is no total. */
  localShareOfTotal: number | null;
}

const SOURCE_ORDER: FinancingSource[] = [
  'lbf',
  'municipality',
  'housingOrganisation',
  'department',
  'externalFoundation',
  'other',
];

/** Totals of a plan's financing lines, exact in øre, grouped the way the seed tables show them. */
export function summariseFinancing(lines: readonly FinancingLineLike[]): FinancingTotals {
  const bySource = new Map<string, SourceTotal>();
  const byKind = new Map<FinancingKind, number>();
  for (const line of lines) {
    const key = `${line.source}\u0000${line.sourceName}`;
    const current = bySource.get(key) ?? {
      source: line.source,
      sourceName: line.sourceName,
      amountOre: 0,
      isApproximate: false,
    };
    current.amountOre = sumOre([current.amountOre, line.amountOre]);
    current.isApproximate ||= line.isApproximate;
    bySource.set(key, current);
    byKind.set(line.kind, sumOre([byKind.get(line.kind) ?? 0, line.amountOre]));
  }
  const totalOre = sumOre(lines.map((l) => l.amountOre));
  const lbfOre = sumOre(lines.filter((l) => l.source === 'lbf').map((l) => l.amountOre));
  return {
    totalOre,
    isApproximate: lines.some((l) => l.isApproximate),
    bySource: [...bySource.values()].sort(
      (a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source),
    ),
    byKind: [...byKind.entries()].map(([kind, amountOre]) => ({ kind, amountOre })),
    // A derived share: four decimals (a percentage with two), decision 018.
    localShareOfTotal: totalOre > 0 ? roundTo((totalOre - lbfOre) / totalOre, 4) : null,
  };
}

export interface CoFinancingTable {
  departmentId: string | null;
  departmentName: string | null;
  cashOre: number;
  inKindOre: number;
  totalOre: number;
}

/**
 * An afdeling's co-financing as the Holbæk seed tables it: a cash column and an hours/premises
 * column. Lines of unspecified kind count in the total only.
 */
export function coFinancingTable(lines: readonly FinancingLineLike[]): CoFinancingTable[] {
  const tables = new Map<string, CoFinancingTable>();
  for (const line of lines) {
    const key = line.departmentId ?? '';
    const table = tables.get(key) ?? {
      departmentId: line.departmentId ?? null,
      departmentName: line.departmentName ?? null,
      cashOre: 0,
      inKindOre: 0,
      totalOre: 0,
    };
    if (line.kind === 'cash') table.cashOre = sumOre([table.cashOre, line.amountOre]);
    if (line.kind === 'inKindHours' || line.kind === 'inKindPremises') {
      table.inKindOre = sumOre([table.inKindOre, line.amountOre]);
    }
    table.totalOre = sumOre([table.totalOre, line.amountOre]);
    tables.set(key, table);
  }
  return [...tables.values()];
}
