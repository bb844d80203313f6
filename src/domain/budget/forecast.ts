import { monthsOfPeriod, splitByWeights } from './split';

/**
 * Budget against actual spending per year, and a forecast for the rest of the period from the
 * run rate so far: the average spending per month from the period's start to `asOf`, carried on
 * over the months that are left. Exact in øre (the forecast is rounded once, then spread).
 */
export interface SpendingPoint {
  date: string; // ISO date
  amountOre: number;
}

export interface ForecastInput {
  firstYear: number;
  lastYear: number;
  budgetByYear: ReadonlyMap<number, number>;
  /**
   * Budget amounts given for the whole period rather than a year, split over the years by their
   * months in the plan's period (issue #13 item 6), or evenly over the years without one.
   */
  budgetWholePeriodOre?: number;
  /** The plan's period; its months (within firstYear–lastYear) are the months budgeted and followed. */
  periodStart?: string | null;
  periodEnd?: string | null;
  spending: readonly SpendingPoint[];
  asOf: string; // ISO date
}

export interface YearRow {
  year: number;
  budgetOre: number;
  actualOre: number;
  /** Actual so far plus the forecast for the year's remaining months. */
  forecastOre: number;
  /** forecast − budget: positive means overspending. */
  varianceOre: number;
}

export interface MonthPoint {
  month: string; // YYYY-MM
  budgetCumulativeOre: number;
  actualCumulativeOre: number | null;
  forecastCumulativeOre: number | null;
}

export interface Forecast {
  years: YearRow[];
  months: MonthPoint[];
  budgetTotalOre: number;
  actualTotalOre: number;
  forecastTotalOre: number;
  /** Average spending per month so far, in øre (rounded), or null before the period starts. */
  runRatePerMonthOre: number | null;
  monthsElapsed: number;
  monthsLeft: number;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function forecastSpending(input: ForecastInput): Forecast {
  const { firstYear, lastYear, asOf } = input;
  if (lastYear < firstYear) throw new RangeError('Sidste år ligger før første år');
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const calendar = years.flatMap((y) => Array.from({ length: 12 }, (_, m) => monthKey(y, m + 1)));
  const inPeriod =
    input.periodStart && input.periodEnd && input.periodEnd >= input.periodStart
      ? monthsOfPeriod(input.periodStart, input.periodEnd).filter((m) =>
          years.includes(Number(m.slice(0, 4))),
        )
      : [];
  const months = inPeriod.length > 0 ? inPeriod : calendar;
  const monthsOf = (year: number) => months.filter((m) => Number(m.slice(0, 4)) === year);
  const whole = splitByWeights(
    input.budgetWholePeriodOre ?? 0,
    years.map((y) => monthsOf(y).length),
  );
  const budget = years.map((y, i) => (input.budgetByYear.get(y) ?? 0) + (whole[i] as number));

  const asOfMonth = asOf.slice(0, 7);
  // A month counts as elapsed once it has begun and asOf is past its end; the current month
  // counts by the fraction of its days gone, so the run rate is not inflated early in a month.
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(ay, am, 0)).getUTCDate();
  const monthsElapsedRaw =
    months.filter((m) => m < asOfMonth).length + (months.includes(asOfMonth) ? ad / daysInMonth : 0);
  const monthsElapsed = Math.min(months.length, monthsElapsedRaw);
  const monthsLeft = months.length - monthsElapsed;

  const actualByMonth = new Map<string, number>();
  for (const s of input.spending) {
    if (s.date > asOf) continue;
    const m = s.date.slice(0, 7);
    actualByMonth.set(m, (actualByMonth.get(m) ?? 0) + s.amountOre);
  }
  const actualInPeriod = months.reduce((n, m) => n + (actualByMonth.get(m) ?? 0), 0);
  const runRate = monthsElapsed > 0 ? actualInPeriod / monthsElapsed : null;

  // Future months (after asOf's month, plus the rest of asOf's month) share the forecast.
  const futureWeights = months.map((m) => {
    if (m > asOfMonth) return 1_000_000;
    if (m === asOfMonth) return Math.round((1 - ad / daysInMonth) * 1_000_000);
    return 0;
  });
  const forecastRest = runRate === null || monthsLeft <= 0 ? 0 : Math.round(runRate * monthsLeft);
  const futureByMonth =
    futureWeights.some((w) => w > 0) && forecastRest > 0
      ? splitByWeights(forecastRest, futureWeights)
      : months.map(() => 0);

  // A year with a budget but no month in the period (a line dated outside it) keeps its amount
  // in the year row; the monthly curve spreads each year over its months in the period.
  const monthlyBudget = years.flatMap((y, i) => {
    const n = monthsOf(y).length;
    return n === 0
      ? []
      : splitByWeights(
          budget[i] as number,
          Array.from({ length: n }, () => 1),
        );
  });
  let budgetCum = 0;
  let actualCum = 0;
  let forecastCum = 0;
  const points: MonthPoint[] = months.map((m, i) => {
    budgetCum += monthlyBudget[i] as number;
    actualCum += actualByMonth.get(m) ?? 0;
    forecastCum += (actualByMonth.get(m) ?? 0) + (futureByMonth[i] as number);
    const past = m <= asOfMonth;
    return {
      month: m,
      budgetCumulativeOre: budgetCum,
      actualCumulativeOre: past ? actualCum : null,
      forecastCumulativeOre: m >= asOfMonth && runRate !== null ? forecastCum : null,
    };
  });

  const yearRows = years.map((year, i) => {
    const actualOre = months.reduce(
      (n, m) => (Number(m.slice(0, 4)) === year ? n + (actualByMonth.get(m) ?? 0) : n),
      0,
    );
    const future = months.reduce(
      (n, m, j) => (Number(m.slice(0, 4)) === year ? n + (futureByMonth[j] as number) : n),
      0,
    );
    const budgetOre = budget[i] as number;
    return {
      year,
      budgetOre,
      actualOre,
      forecastOre: actualOre + future,
      varianceOre: actualOre + future - budgetOre,
    };
  });
  return {
    years: yearRows,
    months: points,
    budgetTotalOre: budget.reduce((n, b) => n + b, 0),
    actualTotalOre: actualInPeriod,
    forecastTotalOre: actualInPeriod + forecastRest,
    runRatePerMonthOre: runRate === null ? null : Math.round(runRate),
    monthsElapsed: Math.round(monthsElapsed * 100) / 100,
    monthsLeft: Math.round(monthsLeft * 100) / 100,
  };
}
