import type { Executor } from '../../db/client';
import { DEFAULT_WATCH_OPTIONS, watchList } from '../../domain/classification/watch-list';
import { loadForMunicipality } from './list-verdicts';
import { listYearOr, ruleSetInfo, ruleSetOrError } from './rule-set-info';

/** Areas within the given distance of a threshold, or whose trend crosses one within the horizon. */
export async function getWatchList(
  db: Executor,
  query: { year?: number; municipality?: string; distance: number; ratioDistance: number; horizon: number },
) {
  const areas = await loadForMunicipality(db, query.municipality);
  const listYear = listYearOr(query.year, areas);
  const ruleSet = ruleSetOrError(listYear);
  const byName = new Map(areas.map(({ input, ...ref }) => [input.name, ref]));
  const entries = watchList(
    areas.map((a) => a.input),
    listYear,
    {
      ...DEFAULT_WATCH_OPTIONS,
      distance: { percentPoints: query.distance, ratio: query.ratioDistance },
      horizonYears: query.horizon,
    },
  );
  return {
    listYear,
    ruleSet: ruleSetInfo(ruleSet),
    options: { distance: query.distance, ratioDistance: query.ratioDistance, horizon: query.horizon },
    items: entries.map(({ area, ...e }) => {
      const ref = byName.get(area);
      if (!ref) throw new Error('watch entry without area');
      return { area: ref, ...e };
    }),
  };
}
