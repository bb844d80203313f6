import type { Executor } from '../../db/client';
import { indexFigures } from '../../domain/classification/classify';
import { criterionLines, criterionSeries } from '../../domain/classification/series';
import { AppError } from '../../domain/errors/app-error';
import { findArea } from './find-area';
import { loadAreaInputs } from './load-area-inputs';
import { listYearOr, ruleSetInfo, ruleSetOrError } from './rule-set-info';

/**
 * Each criterion of an area over the years, measured the way the list year's rules measure it,
 * with that rule set's thresholds: what the charts draw.
 */
export async function getAreaSeries(db: Executor, input: { key: string; year?: number }) {
  const area = await findArea(db, input.key);
  if (!area) throw new AppError('STATUTORY_AREA_NOT_FOUND');
  const [loaded] = await loadAreaInputs(db, { areaIds: [area.id] });
  if (!loaded) throw new AppError('STATUTORY_AREA_NOT_FOUND');
  const listYear = listYearOr(input.year, [loaded]);
  const ruleSet = ruleSetOrError(listYear);
  const index = indexFigures(loaded.input.figures);
  const known = [...index.keys()].filter((y) => y <= listYear);
  const first = known.length > 0 ? Math.min(...known) : listYear;
  const years = Array.from({ length: listYear - first + 1 }, (_, i) => first + i);
  const { input: _, ...ref } = loaded;
  return {
    area: ref,
    listYear,
    ruleSetId: ruleSet.id,
    ruleSet: ruleSetInfo(ruleSet),
    criteria: criterionLines(ruleSet).map((line) => ({
      id: line.id,
      label: line.rule.label,
      unit: line.rule.measure.kind === 'ratioToNational' ? ('ratio' as const) : ('percent' as const),
      comparison: line.rule.comparison,
      averageYears: line.rule.averageYears,
      thresholds: line.thresholds.map(({ category, categoryLabel, categoryName, threshold }) => ({
        category,
        categoryLabel,
        categoryName,
        threshold,
      })),
      points: criterionSeries(line.rule, index, years),
    })),
  };
}
