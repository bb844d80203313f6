import { formatKroner, sumOre } from '../money/money';
import type { FinancingSource } from './financing-kinds';

/**
 * What the sources say about a plan's money, and nothing more (issue #13 item 1). A funder's
 * amount is stated (with its source) or not stated; a plan's total is known only where a source
 * gives it or where every funder is known. Otherwise the total is unknown, with a lower bound
 * derived from the rules where one helps — labelled as derived, never shown as the total.
 */
export const TOTAL_KINDS = ['stated', 'allFundersKnown', 'derivedLowerBound', 'unknown'] as const;
export type TotalKind = (typeof TOTAL_KINDS)[number];

/** The funders a plan always has by law (facts.md §2.2): LBF and the local co-financing. */
export const EXPECTED_FUNDERS: readonly FinancingSource[] = ['lbf', 'municipality', 'housingOrganisation'];

/** LBF pays at most 75 % of a plan (facts.md §2.2), in basis points. */
export const LBF_MAX_SHARE_BP = 7500;

const SOURCE_ORDER: readonly FinancingSource[] = [
  'lbf',
  'municipality',
  'housingOrganisation',
  'department',
  'externalFoundation',
  'other',
];

/** What the plan's sources say about the whole: a stated total, or that all funders are listed. */
export interface FinancingStatement {
  /** A total the source gives itself (Amager: "Samlet budget: 31 mio. kr."), in øre. */
  statedTotalOre: number | null;
  statedTotalSource: string | null;
  /** True when the source lists every funder (Holbæk's "Samlet økonomi"), so their sum is the total. */
  allFundersKnown: boolean;
  allFundersKnownSource: string | null;
}

export const NO_STATEMENT: FinancingStatement = {
  statedTotalOre: null,
  statedTotalSource: null,
  allFundersKnown: false,
  allFundersKnownSource: null,
};

/** One plan-scope financing line as a source states it. */
export interface StatedAmount {
  source: FinancingSource;
  sourceName: string;
  amountOre: number;
  isApproximate: boolean;
  documentSource: string | null;
}

export interface FunderFigure {
  source: FinancingSource;
  /** The payer's name as the document gives it; null for a funder no source names. */
  sourceName: string | null;
  status: 'stated' | 'notStated';
  /** The stated amount in øre; null when not stated (never 0 for unknown). */
  amountOre: number | null;
  isApproximate: boolean;
  /** Where the amount comes from (one per line it sums, without repeats). */
  documentSources: string[];
}

export interface DerivedFigure {
  /** `totalAtLeast`: the plan's total; `localAtLeast`: the local co-financing together. */
  figure: 'totalAtLeast' | 'localAtLeast';
  /** A lower bound, in øre. */
  lowerBoundOre: number;
  isApproximate: boolean;
  /** `lbfMaxShare`: from LBF's stated grant and its maximum share; `statedSum`: the stated amounts. */
  basis: 'lbfMaxShare' | 'statedSum';
  /** LBF's maximum share it uses, in basis points. */
  lbfMaxShareBp: number;
  /** What it is derived from: the rule and the figures, in Danish. */
  derivation: string;
  /** The source of the figure it is derived from. */
  basedOn: string[];
}

export interface PlanTotal {
  kind: TotalKind;
  /** The total in øre — only when a source gives it or all funders are known. */
  amountOre: number | null;
  /** A derived lower bound in øre — only when the kind is `derivedLowerBound`. */
  lowerBoundOre: number | null;
  isApproximate: boolean;
  /** Where the total (or the figure its bound is derived from) comes from. */
  sources: string[];
  /** How a derived lower bound was computed, in Danish; null for a known or unknown total. */
  derivation: string | null;
}

export interface PlanFinancing {
  funders: FunderFigure[];
  total: PlanTotal;
  derived: DerivedFigure[];
  /** Sum of the amounts that are stated — not the total unless the total's kind says so. */
  statedSumOre: number;
  /** True when the local co-financing (everything not from LBF) is known: stated or all funders known. */
  localCoFinancingKnown: boolean;
  /**
   * Local share of a known total in basis points, rounded half up to a whole basis point (so no
   * float artefacts reach the API); null when the total is not known.
   */
  localShareBp: number | null;
}

const unique = (xs: readonly (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
const pct = (bp: number) =>
  `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(bp / 100)} %`;

/** The smallest whole øre amount of which `partOre` is at most `maxShareBp` (rounded up). */
export function lowerBoundFromShare(partOre: number, maxShareBp: number): number {
  if (!Number.isSafeInteger(partOre) || partOre < 0) throw new RangeError('Beløbet skal være hele øre ≥ 0');
  if (!Number.isInteger(maxShareBp) || maxShareBp <= 0 || maxShareBp > 10_000) {
    throw new RangeError('Andelen skal være 1–10.000 basispoint');
  }
  const bp = BigInt(maxShareBp);
  return Number((BigInt(partOre) * 10_000n + bp - 1n) / bp);
}

/**
 * The plan's financing as its sources give it: each funder's stated amount or "not stated", the
 * total with its kind, and the lower bounds the LBF rule gives when the total is not known.
 */
export function planFinancing(
  lines: readonly StatedAmount[],
  statement: FinancingStatement = NO_STATEMENT,
  options: { lbfMaxShareBp?: number } = {},
): PlanFinancing {
  const lbfMaxShareBp = options.lbfMaxShareBp ?? LBF_MAX_SHARE_BP;
  const byFunder = new Map<string, FunderFigure>();
  for (const line of lines) {
    const key = `${line.source}\u0000${line.sourceName}`;
    const f = byFunder.get(key) ?? {
      source: line.source,
      sourceName: line.sourceName,
      status: 'stated' as const,
      amountOre: 0,
      isApproximate: false,
      documentSources: [],
    };
    f.amountOre = sumOre([f.amountOre ?? 0, line.amountOre]);
    f.isApproximate ||= line.isApproximate;
    f.documentSources = unique([...f.documentSources, line.documentSource]);
    byFunder.set(key, f);
  }
  const funders = [...byFunder.values()];
  if (!statement.allFundersKnown) {
    for (const source of EXPECTED_FUNDERS) {
      if (!funders.some((f) => f.source === source)) {
        funders.push({
          source,
          sourceName: null,
          status: 'notStated',
          amountOre: null,
          isApproximate: false,
          documentSources: [],
        });
      }
    }
  }
  funders.sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));

  const statedSumOre = sumOre(lines.map((l) => l.amountOre));
  const lbfLines = lines.filter((l) => l.source === 'lbf');
  const lbfOre = sumOre(lbfLines.map((l) => l.amountOre));
  const localLines = lines.filter((l) => l.source !== 'lbf');
  const anyApproximate = lines.some((l) => l.isApproximate);
  const localCoFinancingKnown = statement.allFundersKnown || localLines.length > 0;

  const derived: DerivedFigure[] = [];
  let total: PlanTotal;
  const stated = statement.statedTotalOre;
  if (statement.allFundersKnown && lines.length > 0 && (stated === null || stated === statedSumOre)) {
    total = {
      kind: 'allFundersKnown',
      amountOre: statedSumOre,
      lowerBoundOre: null,
      isApproximate: anyApproximate,
      sources: unique([statement.allFundersKnownSource, statement.statedTotalSource]),
      derivation: null,
    };
  } else if (stated !== null) {
    total = {
      kind: 'stated',
      amountOre: stated,
      lowerBoundOre: null,
      isApproximate: false,
      sources: unique([statement.statedTotalSource]),
      derivation: null,
    };
  } else {
    const fromLbf = lbfOre > 0 ? lowerBoundFromShare(lbfOre, lbfMaxShareBp) : 0;
    const lowerBound = Math.max(fromLbf, statedSumOre);
    const byRule = fromLbf >= statedSumOre && fromLbf > 0;
    const lbfSources = unique(lbfLines.map((l) => l.documentSource));
    total =
      lowerBound > 0
        ? {
            kind: 'derivedLowerBound',
            amountOre: null,
            lowerBoundOre: lowerBound,
            isApproximate: byRule ? lbfLines.some((l) => l.isApproximate) : anyApproximate,
            sources: byRule ? lbfSources : unique(lines.map((l) => l.documentSource)),
            derivation: byRule
              ? `Landsbyggefonden betaler højst ${pct(lbfMaxShareBp)} af planen: ${formatKroner(lbfOre)} / ${pct(lbfMaxShareBp)} = ${formatKroner(fromLbf)}`
              : `Summen af de oplyste beløb: ${formatKroner(statedSumOre)}`,
          }
        : {
            kind: 'unknown',
            amountOre: null,
            lowerBoundOre: null,
            isApproximate: false,
            sources: [],
            derivation: null,
          };
    if (total.kind === 'derivedLowerBound') {
      derived.push({
        figure: 'totalAtLeast',
        lowerBoundOre: lowerBound,
        isApproximate: total.isApproximate,
        basis: byRule ? 'lbfMaxShare' : 'statedSum',
        lbfMaxShareBp,
        derivation: total.derivation as string,
        basedOn: total.sources,
      });
    }
    if (byRule && localLines.length === 0) {
      const localBp = 10_000 - lbfMaxShareBp;
      derived.push({
        figure: 'localAtLeast',
        lowerBoundOre: fromLbf - lbfOre,
        isApproximate: total.isApproximate,
        basis: 'lbfMaxShare',
        lbfMaxShareBp,
        derivation: `Mindst ${pct(localBp)} lokal medfinansiering: ${formatKroner(fromLbf)} − ${formatKroner(lbfOre)} fra Landsbyggefonden = ${formatKroner(fromLbf - lbfOre)}`,
        basedOn: lbfSources,
      });
    }
  }
  const known = total.amountOre;
  return {
    funders,
    total,
    derived,
    statedSumOre,
    localCoFinancingKnown,
    localShareBp:
      known !== null && known > 0 && (lbfLines.length > 0 || statement.allFundersKnown)
        ? Number((BigInt(Math.max(0, known - lbfOre)) * 20_000n + BigInt(known)) / (2n * BigInt(known)))
        : null,
  };
}
