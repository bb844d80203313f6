import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../../domain/activities/activity-status';
import { FINANCING_KINDS, FINANCING_SCOPES, FINANCING_SOURCES } from '../../domain/financing/financing-kinds';
import { BODY_KINDS } from '../../domain/governance/body-kinds';
import { PARTNER_TYPES } from '../../domain/partners/partner-types';
import { STAFF_ROLES } from '../../domain/plans/plan-status';
import { amountOre, isoDate, nonEmptyText, optionalText } from '../http/common.schema';

/** Request and response shapes of the rows that make up a plan's content. */
const withDates = { startDate: isoDate.nullable().optional(), endDate: isoDate.nullable().optional() };

export const partnerBody = z.object({
  name: nonEmptyText(300),
  type: z.enum(PARTNER_TYPES),
  contributionInsidePlan: optionalText(),
  contributionOutsidePlan: optionalText(),
});
export const partnerOut = partnerBody.extend({ id: z.uuid(), planId: z.uuid() });

export const financingLineBody = z.object({
  scope: z.enum(FINANCING_SCOPES).default('plan'),
  source: z.enum(FINANCING_SOURCES),
  sourceName: nonEmptyText(300),
  organisationId: z.uuid().nullable().optional(),
  departmentId: z.uuid().nullable().optional(),
  kind: z.enum(FINANCING_KINDS),
  description: optionalText(500),
  amountOre,
  isApproximate: z.boolean().default(false),
  year: z.number().int().min(1990).max(2100).nullable().optional(),
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
});
export const financingLineOut = financingLineBody.extend({ id: z.uuid(), planId: z.uuid() });

export const bodyBody = z.object({
  kind: z.enum(BODY_KINDS),
  name: nonEmptyText(300),
  purpose: optionalText(),
  hasDecisionAuthority: z.boolean(),
  meetingsPerYearMin: z.number().int().min(0).max(365).nullable().optional(),
  meetingsPerYearMax: z.number().int().min(0).max(365).nullable().optional(),
});
export const bodyOut = bodyBody.extend({ id: z.uuid(), planId: z.uuid() });

export const bodyMemberBody = z.object({
  name: optionalText(200),
  role: nonEmptyText(300),
  organisation: optionalText(300),
  party: optionalText(200),
  seats: z.number().int().min(1).max(100).default(1),
});
export const bodyMemberOut = bodyMemberBody.extend({ id: z.uuid(), bodyId: z.uuid() });

export const networkBody = z.object({
  name: nonEmptyText(300),
  purpose: optionalText(),
  howToJoin: optionalText(),
});
export const networkOut = networkBody.extend({ id: z.uuid(), planId: z.uuid() });

export const contactBody = z.object({
  name: nonEmptyText(200),
  title: optionalText(200),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d\s()-]*$/, 'Kun cifre, mellemrum, +, - og parenteser')
    .nullable()
    .optional(),
  email: z.email({ message: 'Skal være en e-mailadresse' }).max(254).nullable().optional(),
});
export const contactOut = contactBody.extend({ id: z.uuid(), planId: z.uuid() });

export const staffBody = z.object({
  role: z.enum(STAFF_ROLES),
  title: nonEmptyText(200),
  name: optionalText(200),
  weeklyHours: z.number().min(0).max(168).nullable().optional(),
});
export const staffOut = staffBody.extend({ id: z.uuid(), planId: z.uuid() });

export const activityBody = z.object({
  focusAreaId: z.uuid(),
  name: nonEmptyText(300),
  purpose: optionalText(),
  targetGroups: z.array(nonEmptyText(200)).max(20).default([]),
  status: z.enum(ACTIVITY_STATUSES).default('planned'),
  ...withDates,
  departmentIds: z.array(z.uuid()).max(50).default([]),
  partnerIds: z.array(z.uuid()).max(100).default([]),
});
export const activityOut = activityBody.extend({ id: z.uuid(), planId: z.uuid() });
