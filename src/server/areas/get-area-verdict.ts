import type { Executor } from '../../db/client';
import { changeSinceLastYear } from '../../domain/classification/change-since-last-year';
import { classify } from '../../domain/classification/classify';
import { whatWouldChange } from '../../domain/classification/what-would-change';
import { AppError } from '../../domain/errors/app-error';
import { findArea } from './find-area';
import { loadAreaInputs } from './load-area-inputs';
import { listYearOr, ruleSetInfo, ruleSetOrError } from './rule-set-info';

const int = new Intl.NumberFormat('da-DK');

/**
 * One area's verdict for a list year, each criterion explained, and what would change it. An
 * area whose residents that year are under 1,000 is refused: it is not an area in the law's sense.
 */
export async function getAreaVerdict(db: Executor, input: { key: string; year?: number }) {
  const area = await findArea(db, input.key);
  if (!area) throw new AppError('STATUTORY_AREA_NOT_FOUND');
  const [loaded] = await loadAreaInputs(db, { areaIds: [area.id] });
  if (!loaded) throw new AppError('STATUTORY_AREA_NOT_FOUND');
  const listYear = listYearOr(input.year, [loaded]);
  const ruleSet = ruleSetOrError(listYear);
  const verdict = classify(loaded.input, listYear, ruleSet);
  if (verdict.eligible === false) {
    throw new AppError('AREA_TOO_SMALL', {}, [
      {
        field: 'residents',
        message: `${loaded.name} har ${int.format(verdict.residents ?? 0)} beboere i ${listYear}; et boligområde skal have mindst ${int.format(ruleSet.minimumResidents)}`,
      },
    ]);
  }
  const { input: _, ...ref } = loaded;
  return {
    area: ref,
    ruleSet: ruleSetInfo(ruleSet),
    verdict,
    changeBasis: changeSinceLastYear(loaded.input, verdict),
    whatWouldChange: whatWouldChange(verdict),
  };
}
