import { and, asc, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { toStatisticOut } from './statistic-output';
import type { StatisticSubject } from './statistic-subject';
import type { ListStatisticsQuery } from './statistics.schema';

/** A subject's figures, newest year first, filtered by indicator and year. */
export async function listStatistics(
  db: Executor,
  input: { subject: StatisticSubject; query: ListStatisticsQuery },
) {
  const { subject, query } = input;
  const column = (value: string | null, col: PgColumn) => (value === null ? isNull(col) : eq(col, value));
  const filters: SQL[] = [
    eq(t.areaStatistics.scope, subject.scope),
    column(subject.columns.departmentId, t.areaStatistics.departmentId),
    column(subject.columns.planId, t.areaStatistics.planId),
    column(subject.columns.municipalityId, t.areaStatistics.municipalityId),
    column(subject.columns.statutoryAreaId, t.areaStatistics.statutoryAreaId),
    column(subject.columns.region, t.areaStatistics.region),
  ];
  if (query.indicator) filters.push(eq(t.areaStatistics.indicator, query.indicator));
  if (query.year !== undefined) filters.push(eq(t.areaStatistics.year, query.year));
  const where = and(...filters);
  const [total] = await db.select({ n: count() }).from(t.areaStatistics).where(where);
  const rows = await db
    .select()
    .from(t.areaStatistics)
    .where(where)
    .orderBy(desc(t.areaStatistics.year), asc(t.areaStatistics.indicator), asc(t.areaStatistics.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map(toStatisticOut), total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}
