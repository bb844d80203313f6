import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { assertPeriod } from '../../domain/plans/period';
import { problemSchema, slugOrIdParam } from '../http/common.schema';
import { planParent } from '../plan-rows/parents';
import { type PlanRowResource, pick, scopeViaPlan } from '../plan-rows/plan-rows';
import { planRowRoutes } from '../plan-rows/plan-rows.routes';
import { financingSummarySchema } from '../plans/plan-detail.schema';
import { departmentsInPlan } from '../plans/plan-membership';
import { sourceText } from '../reference/citation';
import { financingLineBody, financingLineOut, updateFinancingLineBody } from './financing.schema';
import { getPlanFinancing } from './get-plan-financing';

/** The plan's financing lines, each one amount from one source in øre. */
export const financingLinesResource: PlanRowResource = {
  path: 'financing-lines',
  tag: 'Økonomi',
  noun: { indefinite: 'en finansieringslinje', plural: 'finansieringslinjer' },
  table: t.financingLines,
  parents: [{ kind: planParent }],
  notFound: 'FINANCING_LINE_NOT_FOUND',
  scope: scopeViaPlan('financing_lines'),
  create: financingLineBody,
  update: updateFinancingLineBody,
  output: financingLineOut,
  toOutput: (row) => {
    const out = pick(financingLineOut, ['amountOre'])(row);
    return { ...out, documentSource: sourceText(out.documentSource as string | null) };
  },
  async check(tx, scope, v) {
    assertPeriod(v.periodStart, v.periodEnd, 'periodEnd');
    if (typeof v.departmentId === 'string') {
      await departmentsInPlan(tx, scope.planId, [v.departmentId], () => 'departmentId');
    }
  },
};

export const financingRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(planRowRoutes(db, financingLinesResource));
    app.get(
      '/plans/:id/financing',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Økonomi'],
          summary: 'Planens økonomi: linjer, totaler pr. kilde og art, og afdelingernes medfinansiering',
          params: slugOrIdParam,
          response: { 200: financingSummarySchema, 404: problemSchema },
        },
      },
      (request) => getPlanFinancing(db, { plan: request.params.id }),
    );
  };
