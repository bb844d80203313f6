import type * as t from '../../db/schema/index';
import { toStatistic } from '../plans/get-plan-detail';
import type { StatisticOut } from './statistics.schema';

export const toStatisticOut = (row: typeof t.areaStatistics.$inferSelect): StatisticOut => ({
  ...toStatistic(row),
  departmentId: row.departmentId,
  planId: row.planId,
  municipalityId: row.municipalityId,
  statutoryAreaId: row.statutoryAreaId,
  region: row.region,
});
