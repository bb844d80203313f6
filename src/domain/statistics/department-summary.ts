import { INDICATOR_INFO, STATISTIC_INDICATORS, type StatisticIndicator } from './indicators';

/** A figure as the summary reads it: a value, or a range (valueMax) the source gives. */
export interface SummaryFigure {
  indicator: StatisticIndicator;
  year: number;
  value: number;
  valueMax: number | null;
  isApproximate: boolean;
  source: string;
}

/** A share over a plan's afdelinger: the range of their figures of one year, and who lacks one. */
export interface DepartmentSummary {
  indicator: StatisticIndicator;
  year: number;
  /** Lowest and highest figure over the afdelinger with a figure (and a stored range, if any). */
  min: number;
  max: number;
  /** Afdelinger with a figure of that year, and without one. */
  withFigure: number;
  withoutFigure: number;
  /** Names of the afdelinger without a figure, so the reader knows who is not covered. */
  missing: string[];
  isApproximate: boolean;
  sources: string[];
}

/**
 * The range of a share over every afdeling of a plan: min–max over all afdelinger that have a
 * figure of the newest year any of them has, saying how many lack one. A range the source gives
 * for the areas together (`together`) is widened by the afdelinger's own figures, so no
 * afdeling's figure ever lies outside the range shown (issue 13: "Kun grundskole 57–64 %" while
 * Hastrupparken has 68,4 %). A single figure the source gives for the areas together is left as
 * it is. Only shares (percent): counts and money are not summarised as ranges.
 */
export function summariseDepartments(
  departments: readonly { name: string; figures: readonly SummaryFigure[] }[],
  together: readonly SummaryFigure[] = [],
): DepartmentSummary[] {
  const out: DepartmentSummary[] = [];
  for (const indicator of STATISTIC_INDICATORS) {
    if (INDICATOR_INFO[indicator].unit !== 'percent') continue;
    const own = departments.map((d) => ({
      name: d.name,
      list: d.figures.filter((f) => f.indicator === indicator),
    }));
    const years = own.flatMap((d) => d.list.map((f) => f.year));
    if (years.length === 0) continue;
    const year = Math.max(...years);
    // The source's own single figure for the areas together (Køge: 42,85 % non-western) is the
    // whole's figure, not a range: it stands as given.
    if (together.some((f) => f.indicator === indicator && f.year >= year && f.valueMax === null)) continue;
    const stored = together.find((f) => f.indicator === indicator && f.year === year && f.valueMax !== null);
    const withFigure = own
      .map((d) => ({ name: d.name, figure: d.list.find((f) => f.year === year) }))
      .filter((d) => d.figure !== undefined);
    // A single afdeling's figure is that afdeling's, not a summary, unless the source gives a range.
    if (withFigure.length < 2 && !stored) continue;
    const figures = [...withFigure.map((d) => d.figure as SummaryFigure), ...(stored ? [stored] : [])];
    out.push({
      indicator,
      year,
      min: Math.min(...figures.map((f) => f.value)),
      max: Math.max(...figures.map((f) => f.valueMax ?? f.value)),
      withFigure: withFigure.length,
      withoutFigure: departments.length - withFigure.length,
      missing: own.filter((d) => !withFigure.some((w) => w.name === d.name)).map((d) => d.name),
      isApproximate: figures.some((f) => f.isApproximate),
      sources: [...new Set(figures.map((f) => f.source))],
    });
  }
  return out;
}
