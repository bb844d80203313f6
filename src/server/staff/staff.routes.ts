import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { planParent } from '../plan-rows/parents';
import { type PlanRowResource, pick, scopeViaPlan } from '../plan-rows/plan-rows';
import { planRowRoutes } from '../plan-rows/plan-rows.routes';
import { staffBody, staffOut, updateStaffBody } from './staff.schema';

/** The plan's own staff: projektleder, boligsociale medarbejdere, koordinatorer. */
export const staffResource: PlanRowResource = {
  path: 'staff',
  tag: 'Medarbejdere',
  noun: { indefinite: 'en medarbejder', plural: 'medarbejdere' },
  table: t.planStaff,
  parents: [{ kind: planParent }],
  notFound: 'STAFF_NOT_FOUND',
  scope: scopeViaPlan('plan_staff'),
  create: staffBody,
  update: updateStaffBody,
  output: staffOut,
  toOutput: pick(staffOut, ['weeklyHours']),
};

export const staffRoutes = (db: Db): FastifyPluginAsyncZod => planRowRoutes(db, staffResource);
