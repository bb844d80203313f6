import { type AreaInput, classify, type Verdict } from './classify';
import { type AreaCategory, ruleSetForYear } from './rule-sets';

/**
 * What "Ændring siden sidste år" can compare with. A list year is compared with the list the
 * year before, never silently with an older one: when last year has no figures the change says
 * so, naming the latest earlier year that has figures (a gap in the series), and when last year's
 * figures do not decide last year's list (a two-year mean lacking the year before), it says which
 * figures are missing.
 */
export type ChangeBasis =
  /** Last year's list is known for every category (from the figures or the official list). */
  | { kind: 'compared'; lastYear: number }
  /** Last year has figures, but they do not decide last year's list for `unknown`. */
  | {
      kind: 'lastYearUndetermined';
      lastYear: number;
      unknown: AreaCategory[];
      missingYears: number[];
      missing: string[];
    }
  /** Last year has no figures: a gap when an earlier year has some, else the first year. */
  | { kind: 'noFiguresLastYear'; lastYear: number; unknown: AreaCategory[]; earlierYear: number | null };

/**
 * The basis of the change for a verdict. `previous` is last year's verdict computed from the
 * figures (null when there is no rule set for it); `figureYears` the years the area has figures.
 */
export function changeBasis(
  verdict: Verdict,
  previous: Verdict | null,
  figureYears: readonly number[],
): ChangeBasis {
  const lastYear = verdict.listYear - 1;
  const unknown = verdict.history.filter((h) => h.lastYear === null).map((h) => h.category);
  if (unknown.length === 0) return { kind: 'compared', lastYear };
  if (!figureYears.includes(lastYear)) {
    const earlier = figureYears.filter((y) => y < lastYear);
    return {
      kind: 'noFiguresLastYear',
      lastYear,
      unknown,
      earlierYear: earlier.length ? Math.max(...earlier) : null,
    };
  }
  const missing = new Set<string>();
  const years = new Set<number>();
  const first = Math.min(...figureYears);
  for (const d of previous?.details ?? []) {
    if (!unknown.includes(d.category) || d.status !== 'undetermined') continue;
    const open = [...d.criteria, ...(d.alsoRequired ? [d.alsoRequired] : [])].filter(
      (c) => c.value === null && c.missing,
    );
    for (const c of open) {
      missing.add(c.missing as string);
      for (const y of c.years) if (!figureYears.includes(y)) years.add(y);
    }
    // Years in a row (omdannelsesområde): the run may be longer than the figures reach back.
    if (open.length === 0 && d.requiredYears !== null)
      missing.add(`kræver ${d.requiredYears} år i træk; ingen tal før ${first}`);
  }
  if (previous && previous.residents === null) missing.add(`mangler beboertal for ${lastYear}`);
  return {
    kind: 'lastYearUndetermined',
    lastYear,
    unknown,
    missingYears: [...years].sort((a, b) => a - b),
    missing: [...missing],
  };
}

/**
 * The basis for an area's verdict, classifying last year again only where the verdict does not
 * know last year and last year has figures (so a full list costs no extra work where it is known).
 */
export function changeSinceLastYear(area: AreaInput, verdict: Verdict): ChangeBasis {
  const years = [...new Set(area.figures.map((f) => f.year))].sort((a, b) => a - b);
  const lastYear = verdict.listYear - 1;
  const rules = ruleSetForYear(lastYear);
  const needsPrevious = rules && years.includes(lastYear) && verdict.history.some((h) => h.lastYear === null);
  return changeBasis(verdict, needsPrevious ? classify(area, lastYear, rules) : null, years);
}

/**
 * The change in Danish words for the CLI and the exports: "+ghettoområde", "uændret", or why
 * it cannot be told. `name` gives a category's name in the list year's words.
 */
export function changeText(
  verdict: Verdict,
  basis: ChangeBasis,
  name: (category: AreaCategory) => string,
): string {
  const parts = verdict.history
    .filter((h) => h.change === 'entering' || h.change === 'leaving')
    .map((h) => `${h.change === 'entering' ? 'kommer på' : 'går af'}: ${name(h.category)}`);
  const known = verdict.history.some((h) => h.lastYear !== null);
  if (parts.length === 0 && known) parts.push('uændret');
  const why = unknownText(verdict, basis, name);
  if (why) parts.push(why);
  return parts.join('; ');
}

/** Why last year cannot be compared with, in Danish; null when it can. */
export function unknownText(
  verdict: Verdict,
  basis: ChangeBasis,
  name: (category: AreaCategory) => string,
): string | null {
  if (basis.kind === 'compared') return null;
  // Name the categories only when some are known (from an official list, say) and some not.
  const which =
    basis.unknown.length < verdict.history.length
      ? ` for ${basis.unknown.map((c) => name(c).toLowerCase()).join(', ')}`
      : '';
  if (basis.kind === 'noFiguresLastYear')
    return basis.earlierYear === null
      ? `ukendt${which}: ingen tal før ${basis.lastYear + 1}`
      : `ukendt${which}: ingen tal for ${basis.lastYear} (sammenlignes ikke med ${basis.earlierYear})`;
  return `ukendt${which}: listen ${basis.lastYear} kan ikke afgøres (${
    basis.missingYears.length
      ? `mangler tal for ${basis.missingYears.join(' og ')}`
      : basis.missing.join('; ') || 'mangler tal'
  })`;
}
