import { ENROLMENT_OUTCOME_LABELS } from '../../domain/monitoring/indicator-kinds';
import type { SheetSpec } from '../../tabular/write-table';
import type { PlanProgressOut } from './progress.schema';

const BASIS_LABELS: Record<string, string> = {
  uniqueParticipants: 'Unikke deltagere',
  attendances: 'Fremmøder',
  sessions: 'Aktivitetsgange',
  volunteerHours: 'Frivillige timer',
  enrolments: 'Forløb startet',
  enrolmentOutcome: 'Forløb med resultat',
  outcomeShare: 'Andel med resultat',
  manual: 'Undersøgelse/statistik',
};
const STATUS_LABELS: Record<string, string> = {
  achieved: 'Nået',
  onTrack: 'På vej',
  behind: 'Bagud',
  noTarget: 'Intet måltal',
  noData: 'Ingen tal endnu',
};

/** One row per indicator × plan year, as the caller may see the figures (suppressed cells empty). */
export function progressSheets(progress: PlanProgressOut): SheetSpec[] {
  const areaName = new Map(progress.focusAreas.map((a) => [a.id, a.name]));
  return [
    {
      name: 'Fremdrift',
      columns: [
        { key: 'indicator', header: 'Indikator' },
        { key: 'focusArea', header: 'Indsatsområde' },
        { key: 'scope', header: 'Omfang' },
        { key: 'basis', header: 'Grundlag' },
        { key: 'year', header: 'År' },
        { key: 'actual', header: 'Faktisk', type: 'number' },
        { key: 'target', header: 'Mål', type: 'number' },
        { key: 'cumulativeActual', header: 'Faktisk akkumuleret', type: 'number' },
        { key: 'cumulativeTarget', header: 'Mål akkumuleret', type: 'number' },
        { key: 'status', header: 'Status (hele perioden)' },
      ],
      rows: progress.indicators.flatMap((ind) =>
        ind.years.map((y) => ({
          indicator: ind.name,
          focusArea: ind.focusAreaId ? (areaName.get(ind.focusAreaId) ?? null) : null,
          scope:
            ind.scope === 'activity'
              ? 'Indsats'
              : ind.scope === 'focusArea'
                ? 'Indsatsområde'
                : 'Hele planen',
          basis: `${BASIS_LABELS[ind.basis] ?? ind.basis}${ind.outcome ? ` (${ENROLMENT_OUTCOME_LABELS[ind.outcome].da})` : ''}`,
          year: y.label,
          actual: y.actual,
          target: y.target,
          cumulativeActual: y.cumulativeActual,
          cumulativeTarget: y.cumulativeTarget,
          status: STATUS_LABELS[ind.status] ?? ind.status,
        })),
      ),
    },
  ];
}
