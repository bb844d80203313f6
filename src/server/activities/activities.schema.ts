import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../../domain/activities/activity-status';
import { isoDate, nonEmptyText, optionalText, paginationQuery } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

/** An indsats: a concrete effort in one of the funding period's focus areas. */
export const activityBody = z.object({
  focusAreaId: z.uuid(),
  name: nonEmptyText(300),
  purpose: optionalText(),
  targetGroups: z.array(nonEmptyText(200)).max(20).default([]),
  status: z.enum(ACTIVITY_STATUSES).default('planned'),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  /** The plan's afdelinger it reaches; given in full, it replaces the stored list. */
  departmentIds: z.array(z.uuid()).max(50).default([]),
  /** The plan's partners it works with; given in full, it replaces the stored list. */
  partnerIds: z.array(z.uuid()).max(100).default([]),
});
export type ActivityInput = z.infer<typeof activityBody>;
export const updateActivityBody = partialOf(activityBody);
export type ActivityUpdate = z.infer<typeof updateActivityBody>;

export const activityOut = activityBody.extend({ id: z.uuid(), planId: z.uuid() });
export type ActivityOut = z.infer<typeof activityOut>;

export const activityFilters = z.object({
  focusArea: z.string().max(80).optional().describe('Indsatsområdets id eller kode, fx "employment"'),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  q: z.string().max(200).optional().describe('Søg i indsatsens navn'),
});
export const listPlanActivitiesQuery = paginationQuery.extend(activityFilters.shape);
export const listActivitiesQuery = listPlanActivitiesQuery.extend({
  plan: z.string().max(120).optional().describe('Planens kortnavn eller id'),
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuery>;
