import type { FinancingKind, FinancingSource } from '../financing/financing-kinds';
import { sumOre } from '../money/money';
import { addDecimals } from '../numbers/decimal';
import { type BudgetFinancing, type BudgetLineData, inPlanTotal } from './budget';
import type { BudgetCategory } from './budget-kinds';

export interface SourceTotal {
  source: FinancingSource;
  sourceName: string;
  amountOre: number;
  cashOre: number;
  inKindHoursOre: number;
  inKindPremisesOre: number;
  unspecifiedOre: number;
  /** Share of the plan's financed total, in basis points (rounded). */
  shareBp: number;
  isApproximate: boolean;
}

export interface DepartmentCoFinancing {
  departmentId: string | null;
  departmentName: string;
  cashOre: number;
  inKindOre: number;
  totalOre: number;
  hours: number;
  items: {
    lineId: string;
    description: string;
    year: number | null;
    kind: FinancingKind;
    amountOre: number;
    hours: number | null;
    hourlyRateOre: number | null;
  }[];
}

export interface BudgetTotals {
  /** Sum of the plan's lines (what it costs). */
  totalOre: number;
  /** Sum of their financings (who pays); equal to totalOre when every line is fully financed. */
  financedOre: number;
  isApproximate: boolean;
  bySource: SourceTotal[];
  byKind: { kind: FinancingKind; amountOre: number }[];
  byYear: {
    year: number | null;
    amountOre: number;
    bySource: { source: FinancingSource; amountOre: number }[];
  }[];
  byCategory: { category: BudgetCategory; amountOre: number }[];
  byFocusArea: { focusAreaId: string | null; focusAreaName: string | null; amountOre: number }[];
  /** Each afdeling's contribution with a cash column and an hours/premises column (Holbæk seed). */
  departments: DepartmentCoFinancing[];
}

export const SOURCE_ORDER: readonly FinancingSource[] = [
  'lbf',
  'municipality',
  'housingOrganisation',
  'department',
  'externalFoundation',
  'other',
];
const KIND_ORDER: readonly FinancingKind[] = ['cash', 'inKindHours', 'inKindPremises', 'unspecified'];

function add<K>(map: Map<K, number>, key: K, amount: number) {
  map.set(key, sumOre([map.get(key) ?? 0, amount]));
}

const byYearOrder = (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity);

/** Every total of a budget version, exact in øre. */
export function budgetTotals(lines: readonly BudgetLineData[]): BudgetTotals {
  const planLines = lines.filter(inPlanTotal);
  const financings = planLines.flatMap((l) => l.financings);
  const financedOre = sumOre(financings.map((f) => f.amountOre));

  const sources = new Map<string, SourceTotal>();
  for (const f of financings) {
    const key = `${f.source}\u0000${f.sourceName}`;
    const s = sources.get(key) ?? {
      source: f.source,
      sourceName: f.sourceName,
      amountOre: 0,
      cashOre: 0,
      inKindHoursOre: 0,
      inKindPremisesOre: 0,
      unspecifiedOre: 0,
      shareBp: 0,
      isApproximate: false,
    };
    s.amountOre = sumOre([s.amountOre, f.amountOre]);
    const column = (
      {
        cash: 'cashOre',
        inKindHours: 'inKindHoursOre',
        inKindPremises: 'inKindPremisesOre',
        unspecified: 'unspecifiedOre',
      } as const
    )[f.kind];
    s[column] = sumOre([s[column], f.amountOre]);
    s.isApproximate ||= Boolean(f.isApproximate);
    sources.set(key, s);
  }
  const bySource = [...sources.values()]
    .map((s) => ({ ...s, shareBp: financedOre === 0 ? 0 : Math.round((s.amountOre * 10_000) / financedOre) }))
    .sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));

  const kinds = new Map<FinancingKind, number>();
  for (const f of financings) add(kinds, f.kind, f.amountOre);

  const years = new Map<number | null, { amountOre: number; sources: Map<FinancingSource, number> }>();
  for (const line of planLines) {
    const y = years.get(line.year) ?? { amountOre: 0, sources: new Map() };
    y.amountOre = sumOre([y.amountOre, line.amountOre]);
    for (const f of line.financings) add(y.sources, f.source, f.amountOre);
    years.set(line.year, y);
  }

  const categories = new Map<BudgetCategory, number>();
  const focusAreas = new Map<string | null, { name: string | null; amountOre: number }>();
  for (const line of planLines) {
    add(categories, line.category, line.amountOre);
    const key = line.focusAreaId ?? null;
    const fa = focusAreas.get(key) ?? { name: line.focusAreaName ?? null, amountOre: 0 };
    fa.amountOre = sumOre([fa.amountOre, line.amountOre]);
    focusAreas.set(key, fa);
  }

  return {
    totalOre: sumOre(planLines.map((l) => l.amountOre)),
    financedOre,
    isApproximate: financings.some((f) => f.isApproximate),
    bySource,
    byKind: KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({
      kind,
      amountOre: kinds.get(kind) as number,
    })),
    byYear: [...years.entries()]
      .sort(([a], [b]) => byYearOrder(a, b))
      .map(([year, y]) => ({
        year,
        amountOre: y.amountOre,
        bySource: SOURCE_ORDER.filter((s) => y.sources.has(s)).map((source) => ({
          source,
          amountOre: y.sources.get(source) as number,
        })),
      })),
    byCategory: [...categories.entries()].map(([category, amountOre]) => ({ category, amountOre })),
    byFocusArea: [...focusAreas.entries()].map(([focusAreaId, fa]) => ({
      focusAreaId,
      focusAreaName: fa.name,
      amountOre: fa.amountOre,
    })),
    departments: departmentCoFinancing(lines),
  };
}

/**
 * What each afdeling pays, from every line (the plan's own and the afdeling's itemised
 * co-financing): cash in one column, hours and premises in the other, as the Holbæk seed shows it.
 * Unspecified amounts count in the total only.
 */
export function departmentCoFinancing(lines: readonly BudgetLineData[]): DepartmentCoFinancing[] {
  const tables = new Map<string, DepartmentCoFinancing>();
  for (const line of lines) {
    for (const f of line.financings.filter((x: BudgetFinancing) => x.source === 'department')) {
      const key = f.departmentId ?? `name:${f.sourceName}`;
      const t = tables.get(key) ?? {
        departmentId: f.departmentId ?? null,
        departmentName: f.departmentName ?? f.sourceName,
        cashOre: 0,
        inKindOre: 0,
        totalOre: 0,
        hours: 0,
        items: [],
      };
      if (f.kind === 'cash') t.cashOre = sumOre([t.cashOre, f.amountOre]);
      if (f.kind === 'inKindHours' || f.kind === 'inKindPremises')
        t.inKindOre = sumOre([t.inKindOre, f.amountOre]);
      t.totalOre = sumOre([t.totalOre, f.amountOre]);
      t.hours = addDecimals(t.hours, f.hours ?? 0);
      t.items.push({
        lineId: line.id,
        description: line.description,
        year: line.year,
        kind: f.kind,
        amountOre: f.amountOre,
        hours: f.hours ?? null,
        hourlyRateOre: f.hourlyRateOre ?? null,
      });
      tables.set(key, t);
    }
  }
  return [...tables.values()];
}
