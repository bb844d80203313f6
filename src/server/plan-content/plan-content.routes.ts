import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { partialOf, planChildRoutes } from './plan-child-crud';
import {
  activityBody,
  activityOut,
  bodyBody,
  bodyOut,
  contactBody,
  contactOut,
  financingLineBody,
  financingLineOut,
  networkBody,
  networkOut,
  partnerBody,
  partnerOut,
  staffBody,
  staffOut,
} from './plan-content.schema';

/** Keeps only the output schema's keys (and turns numeric strings from the driver into numbers). */
const pick =
  (schema: z.ZodObject, numeric: string[] = []) =>
  (row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.keys(schema.shape).map((k) => [
        k,
        numeric.includes(k) && row[k] !== null && row[k] !== undefined ? Number(row[k]) : (row[k] ?? null),
      ]),
    );

function checkPeriod(values: Record<string, unknown>, start = 'startDate', end = 'endDate') {
  const a = values[start];
  const b = values[end];
  if (typeof a === 'string' && typeof b === 'string' && b < a) {
    throw new AppError('PERIOD_INVALID', {}, [{ field: end, message: 'Slutdatoen ligger før startdatoen' }]);
  }
}

async function departmentsInPlan(tx: Tx, planId: string, ids: readonly string[], field: string) {
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: t.planDepartments.departmentId })
    .from(t.planDepartments)
    .where(and(eq(t.planDepartments.planId, planId), inArray(t.planDepartments.departmentId, [...ids])));
  const known = new Set(rows.map((r) => r.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) {
    throw new AppError('DEPARTMENT_NOT_IN_PLAN', {}, [
      { field: `${field}.${missing}`, message: 'Afdelingen er ikke med i helhedsplanen' },
    ]);
  }
}

export const planContentRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(
      planChildRoutes(db, {
        path: 'partners',
        tag: 'Samarbejdspartnere',
        noun: 'samarbejdspartnere',
        table: t.partners,
        tableName: 'partners',
        create: partnerBody,
        update: partialOf(partnerBody),
        output: partnerOut,
        toOutput: pick(partnerOut),
      }),
    );
    await app.register(
      planChildRoutes(db, {
        path: 'financing-lines',
        tag: 'Økonomi',
        noun: 'finansieringslinjer',
        table: t.financingLines,
        tableName: 'financing_lines',
        create: financingLineBody,
        update: partialOf(financingLineBody),
        output: financingLineOut,
        toOutput: pick(financingLineOut, ['amountOre']),
        check: async (tx, planId, v) => {
          checkPeriod(v, 'periodStart', 'periodEnd');
          if (typeof v.departmentId === 'string')
            await departmentsInPlan(tx, planId, [v.departmentId], 'departmentId');
        },
      }),
    );
    await app.register(
      planChildRoutes(db, {
        path: 'bodies',
        tag: 'Organisering',
        noun: 'organer (bestyrelse, forum, arbejdsgrupper)',
        table: t.bodies,
        tableName: 'bodies',
        create: bodyBody,
        update: partialOf(bodyBody),
        output: bodyOut,
        toOutput: pick(bodyOut),
        check: async (_tx, _planId, v) => {
          const min = v.meetingsPerYearMin;
          const max = v.meetingsPerYearMax;
          if (typeof min === 'number' && typeof max === 'number' && max < min) {
            throw new AppError('VALIDATION_FAILED', {}, [
              { field: 'meetingsPerYearMax', message: 'Højst-antallet er mindre end mindst-antallet' },
            ]);
          }
        },
      }),
    );
    await app.register(
      planChildRoutes(db, {
        path: 'networks',
        tag: 'Netværk',
        noun: 'netværk',
        table: t.networks,
        tableName: 'networks',
        create: networkBody,
        update: partialOf(networkBody),
        output: networkOut,
        toOutput: pick(networkOut),
      }),
    );
    await app.register(
      planChildRoutes(db, {
        path: 'contacts',
        tag: 'Kontakter',
        noun: 'kontaktpersoner',
        table: t.contacts,
        tableName: 'contacts',
        create: contactBody,
        update: partialOf(contactBody),
        output: contactOut,
        toOutput: pick(contactOut),
      }),
    );
    await app.register(
      planChildRoutes(db, {
        path: 'staff',
        tag: 'Medarbejdere',
        noun: 'medarbejdere',
        table: t.planStaff,
        tableName: 'plan_staff',
        create: staffBody,
        update: partialOf(staffBody),
        output: staffOut,
        toOutput: pick(staffOut, ['weeklyHours']),
      }),
    );
    await app.register(
      planChildRoutes(db, {
        path: 'activities',
        tag: 'Indsatser',
        noun: 'indsatser og aktiviteter',
        table: t.activities,
        tableName: 'activities',
        create: activityBody,
        update: partialOf(activityBody),
        output: activityOut,
        afterWrite: async (tx, row, v) => {
          const activityId = row.id as string;
          // Links are replaced when given, and read back so the response shows what is stored.
          if (Array.isArray(v.departmentIds)) {
            await tx.delete(t.activityDepartments).where(eq(t.activityDepartments.activityId, activityId));
            const ids = v.departmentIds as string[];
            if (ids.length)
              await tx
                .insert(t.activityDepartments)
                .values(ids.map((departmentId) => ({ activityId, departmentId })));
          }
          if (Array.isArray(v.partnerIds)) {
            await tx.delete(t.activityPartners).where(eq(t.activityPartners.activityId, activityId));
            const ids = v.partnerIds as string[];
            if (ids.length)
              await tx.insert(t.activityPartners).values(ids.map((partnerId) => ({ activityId, partnerId })));
          }
          const [deps, parts] = await Promise.all([
            tx
              .select({ id: t.activityDepartments.departmentId })
              .from(t.activityDepartments)
              .where(eq(t.activityDepartments.activityId, activityId)),
            tx
              .select({ id: t.activityPartners.partnerId })
              .from(t.activityPartners)
              .where(eq(t.activityPartners.activityId, activityId)),
          ]);
          return { ...row, departmentIds: deps.map((d) => d.id), partnerIds: parts.map((p) => p.id) };
        },
        toOutput: (row) => ({
          ...pick(activityOut)(row),
          departmentIds: (row.departmentIds as string[] | undefined) ?? [],
          partnerIds: (row.partnerIds as string[] | undefined) ?? [],
        }),
        check: async (tx, planId, v) => {
          checkPeriod(v);
          const [plan] = await tx
            .select({ period: t.plans.fundingPeriodId })
            .from(t.plans)
            .where(eq(t.plans.id, planId));
          if (typeof v.focusAreaId === 'string') {
            const [area] = await tx
              .select({ period: t.focusAreas.fundingPeriodId })
              .from(t.focusAreas)
              .where(eq(t.focusAreas.id, v.focusAreaId));
            if (!area || area.period !== plan?.period) {
              throw new AppError('FOCUS_AREA_NOT_IN_FUNDING_PERIOD', {}, [
                {
                  field: 'focusAreaId',
                  message: `Indsatsområdet hører ikke til bevillingsperioden ${plan?.period}`,
                },
              ]);
            }
          }
          if (Array.isArray(v.departmentIds))
            await departmentsInPlan(tx, planId, v.departmentIds as string[], 'departmentIds');
          if (Array.isArray(v.partnerIds) && v.partnerIds.length > 0) {
            const ids = v.partnerIds as string[];
            const rows = await tx
              .select({ id: t.partners.id })
              .from(t.partners)
              .where(and(eq(t.partners.planId, planId), inArray(t.partners.id, ids)));
            const known = new Set(rows.map((r) => r.id));
            const missing = ids.findIndex((id) => !known.has(id));
            if (missing >= 0) {
              throw new AppError('PARTNER_NOT_IN_PLAN', {}, [
                {
                  field: `partnerIds.${missing}`,
                  message: 'Samarbejdspartneren hører ikke til helhedsplanen',
                },
              ]);
            }
          }
        },
      }),
    );
  };
