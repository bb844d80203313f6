import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { AGE_BANDS, GENDER_LABELS, GENDERS } from '../../domain/participants/participant';
import { hideBreakdown, type Privacy } from './privacy';
import type { BreakdownOut } from './progress.schema';

/** One group of a breakdown: how often (n) and how many different participants it counted. */
export interface BreakdownRow {
  dim: 'age' | 'gender' | 'department';
  key: string | null;
  label: string | null;
  n: number;
  persons: number;
}

/**
 * Participants of `facts` (a query of `participant_id`, one row per attendance or forløb) by age
 * band, gender and afdeling in one query with grouping sets. The facts are first reduced to one
 * row per participant, so half a million attendances are grouped as a few thousand people.
 */
export function participantBreakdownSql(facts: SQL): SQL {
  return sql`
    with f as (${facts}),
    r as (select participant_id as id, count(*)::int as n from f group by 1)
    select case when grouping(p.age_band) = 0 then 'age' when grouping(p.gender) = 0 then 'gender' else 'department' end as dim,
           coalesce(p.age_band, p.gender, p.department_id::text) as key, max(d.name) as label,
           sum(r.n)::int as n, count(*)::int as persons
      from r join participants p on p.id = r.id
      left join departments d on d.id = p.department_id
     group by grouping sets ((p.age_band), (p.gender), (p.department_id))`;
}

export const loadParticipantBreakdown = (db: Executor, facts: SQL) =>
  queryRows<BreakdownRow>(db, participantBreakdownSql(facts));

/** Open events' head counts: split by their gender counts where given, otherwise unknown. */
export interface OpenCounts {
  count: number;
  female: number;
  male: number;
}

/**
 * The three breakdowns as the caller may see them: every age band and gender (also those with
 * none), afdelinger by name, and the open head counts added where their split says so.
 */
export function breakdownCells(
  rows: readonly BreakdownRow[],
  measure: (r: BreakdownRow) => number,
  open: OpenCounts,
  privacy: Privacy,
): { ageBand: BreakdownOut; gender: BreakdownOut; department: BreakdownOut } {
  const cellsOf = (
    dim: BreakdownRow['dim'],
    keys: { key: string; label: string }[],
    openCells: Record<string, number>,
  ) => {
    const dimRows = rows.filter((r) => r.dim === dim);
    const sum = (of: readonly BreakdownRow[]) => of.reduce((s, r) => s + Number(measure(r)), 0);
    const known = keys.map((k) => ({
      ...k,
      value: sum(dimRows.filter((r) => r.key === k.key)) + (openCells[k.key] ?? 0),
    }));
    const extra = dimRows
      .filter((r) => r.key !== null && !keys.some((k) => k.key === r.key))
      .map((r) => ({ key: r.key as string, label: r.label ?? (r.key as string), value: Number(measure(r)) }))
      // Afdelinger by name, the same order on every call (the SQL's grouping order is not stable).
      .sort((a, b) => a.label.localeCompare(b.label, 'da'));
    const unknown = sum(dimRows.filter((r) => r.key === null)) + (openCells.unknown ?? 0);
    return hideBreakdown(privacy, [...known, ...extra, { key: 'unknown', label: 'Ukendt', value: unknown }]);
  };
  return {
    ageBand: cellsOf(
      'age',
      AGE_BANDS.map((b) => ({ key: b, label: `${b} år` })),
      { unknown: open.count },
    ),
    gender: cellsOf(
      'gender',
      GENDERS.map((g) => ({ key: g, label: GENDER_LABELS[g] })),
      { female: open.female, male: open.male, unknown: open.count - open.female - open.male },
    ),
    department: cellsOf('department', [], { unknown: open.count }),
  };
}
