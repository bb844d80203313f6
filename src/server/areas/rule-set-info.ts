import { type RuleSet, ruleSetForYear } from '../../domain/classification/rule-sets';
import { AppError } from '../../domain/errors/app-error';

/** The rule set of a list year, or a 400 naming the year. */
export function ruleSetOrError(listYear: number): RuleSet {
  const ruleSet = ruleSetForYear(listYear);
  if (!ruleSet)
    throw new AppError('LIST_YEAR_WITHOUT_RULE_SET', {}, [
      {
        field: 'year',
        message: `Der er ingen regler for listeåret ${listYear}; regelsættene dækker 2013 og frem`,
      },
    ]);
  return ruleSet;
}

export function ruleSetInfo(ruleSet: RuleSet) {
  const sources = new Set<string>();
  for (const c of ruleSet.categories) {
    sources.add(c.source);
    for (const r of c.criteria) sources.add(r.source);
    if (c.alsoRequires) sources.add(c.alsoRequires.source);
  }
  return {
    id: ruleSet.id,
    firstListYear: ruleSet.firstListYear,
    lastListYear: ruleSet.lastListYear,
    minimumResidents: ruleSet.minimumResidents,
    notes: [...ruleSet.notes],
    sources: [...sources],
    categories: ruleSet.categories.map((c) => ({
      code: c.category,
      name: { ...c.name },
      definition: { ...c.definition },
      source: c.source,
    })),
  };
}

/** The list year asked for, else the latest year any of the areas has figures for. */
export function listYearOr(
  requested: number | undefined,
  areas: readonly { input: { figures: readonly { year: number }[] } }[],
): number {
  if (requested !== undefined) return requested;
  const years = areas.flatMap((a) => a.input.figures.map((f) => f.year));
  return years.length > 0 ? Math.max(...years) : new Date().getFullYear();
}
