import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { parseIntegerCell, parseNumberCell } from '../../tabular/cells';
import { type MappedTable, mapColumns } from '../../tabular/column-mapping';
import type { ImportProblem } from '../../tabular/import-problem';
import type { Table } from '../../tabular/read-table';
import { type Actor, withAudit } from '../audit/with-audit';
import { AREA_STATISTICS_COLUMNS, FIGURE_COLUMNS } from './area-statistics-columns';

export interface AreaStatisticsImport {
  mapped: MappedTable;
  problems: ImportProblem[];
  /** Figures the file holds (one per filled figure cell). */
  figureCount: number;
  committed: boolean;
}

interface Figure {
  scope: 'statutoryArea' | 'department';
  subjectId: string;
  indicator: (typeof FIGURE_COLUMNS)[number]['indicator'];
  year: number;
  value: number;
  referencePeriod: string | null;
  source: string;
}

const labelOf = (key: string) => AREA_STATISTICS_COLUMNS.find((c) => c.key === key)?.label ?? key;
const norm = (s: string) => s.trim().toLowerCase();

/**
 * Yearly area statistics from a spreadsheet: every row checked (known area and afdeling, a year,
 * numbers, shares within 0–100), then — on commit, and only when nothing is wrong — every figure
 * written in one audited transaction, replacing the same area's figure of the same year.
 * `municipalityId` limits the file to one municipality's areas (the coordinator's import).
 */
export async function importAreaStatistics(
  db: Db,
  actor: Actor,
  input: { table: Table; mapping?: Record<string, string>; commit: boolean; municipalityId?: string },
): Promise<AreaStatisticsImport> {
  const mapped = mapColumns(input.table, AREA_STATISTICS_COLUMNS, input.mapping);
  const problems: ImportProblem[] = [...mapped.problems];
  const column = (key: string) => mapped.mapping[key] ?? labelOf(key);

  const areas = await db
    .select({
      id: t.statutoryAreas.id,
      name: t.statutoryAreas.name,
      municipalityId: t.statutoryAreas.municipalityId,
    })
    .from(t.statutoryAreas);
  const byName = new Map(areas.map((a) => [norm(a.name), a]));
  const members = await db
    .select({
      areaId: t.statutoryAreaDepartments.areaId,
      id: t.departments.id,
      slug: t.departments.slug,
      name: t.departments.name,
    })
    .from(t.statutoryAreaDepartments)
    .innerJoin(t.departments, eq(t.departments.id, t.statutoryAreaDepartments.departmentId));

  const figures: Figure[] = [];
  const seen = new Map<string, number>();
  const lastYear = new Date().getFullYear() + 1;
  for (const row of mapped.problems.some((p) => p.row === null) ? [] : mapped.rows) {
    const problem = (key: string | null, message: string) =>
      problems.push({ row: row.row, column: key === null ? null : column(key), message });
    const v = row.values;
    const areaName = (v.area ?? '').trim();
    const area = byName.get(norm(areaName));
    if (!areaName) problem('area', 'Områdets navn mangler.');
    else if (!area) problem('area', `Ukendt boligområde »${areaName}«. Opret området, eller ret navnet.`);
    else if (input.municipalityId && area.municipalityId !== input.municipalityId)
      problem('area', `Boligområdet »${areaName}« hører til en anden kommune.`);
    const year = parseIntegerCell(v.year ?? '');
    if (year === undefined || year < 1990 || year > lastYear)
      problem('year', `Året skal være et helt tal mellem 1990 og ${lastYear}.`);
    let subject: { scope: Figure['scope']; id: string } | null = area
      ? { scope: 'statutoryArea', id: area.id }
      : null;
    const departmentName = (v.department ?? '').trim();
    if (departmentName && area) {
      const d = members.find(
        (m) =>
          m.areaId === area.id && (norm(m.name) === norm(departmentName) || m.slug === norm(departmentName)),
      );
      if (!d) problem('department', `Afdelingen »${departmentName}« hører ikke til ${area.name}.`);
      subject = d ? { scope: 'department', id: d.id } : null;
    }
    const source = (v.source ?? '').trim();
    if (!source) problem('source', 'Kilden mangler.');
    let filled = 0;
    for (const c of FIGURE_COLUMNS) {
      const text = (v[c.key] ?? '').trim();
      if (!text) continue;
      filled++;
      const value = c.kind === 'count' ? parseIntegerCell(text) : parseNumberCell(text);
      if (value === undefined) {
        problem(c.key, c.kind === 'count' ? `»${text}« er ikke et helt tal.` : `»${text}« er ikke et tal.`);
        continue;
      }
      if (value < 0) problem(c.key, 'Tallet må ikke være negativt.');
      else if (c.kind === 'share' && value > 100) problem(c.key, 'En andel kan højst være 100 %.');
      else if (subject && year !== undefined && source)
        figures.push({
          scope: subject.scope,
          subjectId: subject.id,
          indicator: c.indicator,
          year,
          value,
          referencePeriod: (v.referencePeriod ?? '').trim() || null,
          source,
        });
    }
    if (filled === 0) problem(null, 'Rækken har ingen tal.');
    if (subject && year !== undefined) {
      const key = `${subject.id}:${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problem('year', `Samme område/afdeling og år står også i række ${earlier}.`);
      else seen.set(key, row.row);
    }
  }

  if (!input.commit || problems.length > 0) {
    if (input.commit) throw new AppError('IMPORT_INVALID', { problems });
    return { mapped, problems, figureCount: figures.length, committed: false };
  }
  await withAudit(
    db,
    actor,
    { name: 'importAreaStatistics', municipalityId: input.municipalityId ?? null },
    async (tx) => {
      const subjectColumn = (scope: Figure['scope']) =>
        scope === 'department' ? t.areaStatistics.departmentId : t.areaStatistics.statutoryAreaId;
      const groups = new Map<string, Figure[]>();
      for (const f of figures) {
        const key = `${f.scope}:${f.subjectId}:${f.year}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
      for (const group of groups.values()) {
        const [first] = group;
        if (!first) continue;
        await tx.delete(t.areaStatistics).where(
          and(
            eq(t.areaStatistics.scope, first.scope),
            eq(subjectColumn(first.scope), first.subjectId),
            eq(t.areaStatistics.year, first.year),
            inArray(
              t.areaStatistics.indicator,
              group.map((f) => f.indicator),
            ),
          ),
        );
      }
      for (let i = 0; i < figures.length; i += 1000) {
        await tx.insert(t.areaStatistics).values(
          figures.slice(i, i + 1000).map((f) => ({
            scope: f.scope,
            statutoryAreaId: f.scope === 'statutoryArea' ? f.subjectId : null,
            departmentId: f.scope === 'department' ? f.subjectId : null,
            indicator: f.indicator,
            year: f.year,
            value: f.value,
            referencePeriod: f.referencePeriod,
            source: f.source,
          })),
        );
      }
    },
  );
  return { mapped, problems, figureCount: figures.length, committed: true };
}
