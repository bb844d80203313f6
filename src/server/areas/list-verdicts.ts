import type { Executor } from '../../db/client';
import { changeSinceLastYear } from '../../domain/classification/change-since-last-year';
import { classify } from '../../domain/classification/classify';
import { AppError } from '../../domain/errors/app-error';
import { findMunicipality } from '../municipalities/find-municipality';
import { type LoadedArea, loadAreaInputs } from './load-area-inputs';
import { listYearOr, ruleSetInfo, ruleSetOrError } from './rule-set-info';

/** Resolves the optional municipality filter and loads its areas' inputs. */
export async function loadForMunicipality(
  db: Executor,
  municipality: string | undefined,
): Promise<LoadedArea[]> {
  if (!municipality) return loadAreaInputs(db);
  const m = await findMunicipality(db, municipality);
  if (!m) throw new AppError('MUNICIPALITY_NOT_FOUND');
  return loadAreaInputs(db, { municipalityId: m.id });
}

/**
 * Verdicts of all areas (or a municipality's) for a list year, with the change since last year.
 * Areas under 1,000 residents are listed as not eligible rather than failing the whole list.
 */
export async function listVerdicts(db: Executor, query: { year?: number; municipality?: string }) {
  const areas = await loadForMunicipality(db, query.municipality);
  const listYear = listYearOr(query.year, areas);
  const ruleSet = ruleSetOrError(listYear);
  return {
    listYear,
    ruleSet: ruleSetInfo(ruleSet),
    items: areas.map(({ input, ...area }) => {
      const verdict = classify(input, listYear, ruleSet);
      return { area, verdict, changeBasis: changeSinceLastYear(input, verdict) };
    }),
  };
}
