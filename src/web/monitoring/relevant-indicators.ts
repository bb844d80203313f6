import type { IndicatorProgressOut } from './monitoring-api';

/**
 * The indicators a session of this activity moves: those on the activity itself, on its focus
 * area (all the area's activities), and on the whole plan — most specific first.
 */
export function relevantIndicators(
  indicators: readonly IndicatorProgressOut[],
  activity: { id: string; focusAreaId: string },
): IndicatorProgressOut[] {
  const rank = (p: IndicatorProgressOut) => {
    if (p.scope === 'activity') return p.activityId === activity.id ? 0 : -1;
    if (p.scope === 'focusArea') return p.focusAreaId === activity.focusAreaId ? 1 : -1;
    return 2;
  };
  return indicators
    .filter((p) => rank(p) >= 0 && p.measurement === 'registration')
    .sort((a, b) => rank(a) - rank(b));
}

/** The plan year a date falls in, with the indicator's figures for it. */
export function yearOf(progress: IndicatorProgressOut, date: string) {
  return progress.years.find((y) => date >= y.start && date <= y.end) ?? null;
}
