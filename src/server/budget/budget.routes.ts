import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { planFromParam } from '../auth/resources';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { scopeViaPlan } from '../plan-rows/plan-rows';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { approveBudgetVersion } from './approve-budget-version';
import {
  budgetDiffOut,
  budgetLineBody,
  budgetLineOut,
  budgetRuleSettingsBody,
  budgetRuleSettingsOut,
  budgetVersionBody,
  budgetVersionDetail,
  budgetVersionOut,
  copyBudgetVersionBody,
  diffQuery,
  updateBudgetLineBody,
  updateBudgetVersionBody,
  versionParam,
} from './budget.schema';
import { copyBudgetVersion } from './copy-budget-version';
import { createBudgetLines } from './create-budget-lines';
import { createBudgetVersion } from './create-budget-version';
import { deleteBudgetLine } from './delete-budget-line';
import { deleteBudgetVersion } from './delete-budget-version';
import { diffBudgetVersions } from './diff-budget-versions';
import { getBudgetVersion } from './get-budget-version';
import { listBudgetVersions } from './list-budget-versions';
import { updateBudgetLine } from './update-budget-line';
import { updateBudgetRuleSettings } from './update-budget-rule-settings';
import { updateBudgetVersion } from './update-budget-version';

const TAG = 'Budget';
const idOf = (request: { params: unknown }) => String((request.params as { id: string }).id);

/**
 * Budget versions, their lines and financings, rule results and diffs (issue #5, decision 011).
 * Reading is public like the plan's financing; writing needs plan:write on the plan, approving
 * a version and setting the rules' options plan:approve.
 */
export const budgetRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const versionScope = scopeViaPlan('budget_versions');
    const lineScope = scopeViaPlan('budget_lines');
    const onVersion = (permission: 'plan:write' | 'plan:approve'): AccessRule => ({
      permission,
      resource: (request) => versionScope(db, idOf(request)),
      notFound: 'BUDGET_VERSION_NOT_FOUND',
    });
    const onLine: AccessRule = {
      permission: 'plan:write',
      resource: (request) => lineScope(db, idOf(request)),
      notFound: 'BUDGET_LINE_NOT_FOUND',
    };
    const onPlan = (permission: 'plan:write' | 'plan:approve'): AccessRule => ({
      permission,
      resource: planFromParam(),
    });

    app.get(
      '/plans/:id/budget-versions',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Planens budgetversioner (ansøgt, godkendt, revisioner) med totaler',
          params: slugOrIdParam,
          response: { 200: page(budgetVersionOut), 404: problemSchema },
        },
      },
      (request) => listBudgetVersions(db, { plan: request.params.id }),
    );
    app.post(
      '/plans/:id/budget-versions',
      {
        config: { access: onPlan('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Opret en budgetversion (tom eller som kopi af en anden)',
          params: slugOrIdParam,
          body: budgetVersionBody,
          response: { 201: budgetVersionOut, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createBudgetVersion(db, actorOf(request), { plan: request.params.id, body: request.body }),
          ),
    );
    app.put(
      '/plans/:id/budget-rule-settings',
      {
        config: { access: onPlan('plan:approve') },
        schema: {
          tags: [TAG],
          summary: 'Indstil budgetreglerne, hvor kilderne lader dem stå åbne',
          params: slugOrIdParam,
          body: budgetRuleSettingsBody,
          response: { 200: budgetRuleSettingsOut, ...writeErrors },
        },
      },
      (request) =>
        updateBudgetRuleSettings(db, actorOf(request), { plan: request.params.id, body: request.body }),
    );
    app.get(
      '/budget-versions/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary:
            'En budgetversion: linjer, totaler pr. kilde/art/år/indsatsområde/afdeling og regelresultater',
          params: versionParam,
          response: { 200: budgetVersionDetail, 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => getBudgetVersion(db, { versionId: request.params.id }),
    );
    app.patch(
      '/budget-versions/:id',
      {
        config: { access: onVersion('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Ret en kladde til budgetversion (navn, år, note)',
          params: versionParam,
          body: updateBudgetVersionBody,
          response: { 200: budgetVersionOut, ...writeErrors },
        },
      },
      (request) =>
        updateBudgetVersion(db, actorOf(request), { versionId: request.params.id, changes: request.body }),
    );
    app.delete(
      '/budget-versions/:id',
      {
        config: { access: onVersion('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Slet en kladde til budgetversion',
          params: versionParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteBudgetVersion(db, actorOf(request), { versionId: request.params.id });
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/budget-versions/:id/copy',
      {
        config: { access: onVersion('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Kopiér en version til en ny kladde (typisk en revision af den godkendte)',
          params: versionParam,
          body: copyBudgetVersionBody,
          response: { 201: budgetVersionOut, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await copyBudgetVersion(db, actorOf(request), {
            versionId: request.params.id,
            body: request.body,
          }),
        ),
    );
    app.post(
      '/budget-versions/:id/approve',
      {
        config: { access: onVersion('plan:approve') },
        schema: {
          tags: [TAG],
          summary: 'Godkend en budgetversion (den låses)',
          params: versionParam,
          response: { 200: budgetVersionOut, ...writeErrors },
        },
      },
      (request) => approveBudgetVersion(db, actorOf(request), { versionId: request.params.id }),
    );
    app.get(
      '/budget-versions/:id/diff',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Forskelle mellem to budgetversioner (against = den tidligere)',
          params: versionParam,
          querystring: diffQuery,
          response: { 200: budgetDiffOut, 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => diffBudgetVersions(db, { versionId: request.params.id, againstId: request.query.against }),
    );
    app.post(
      '/budget-versions/:id/lines',
      {
        config: { access: onVersion('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Tilføj en budgetlinje (eller én pr. år med spreadOverYears)',
          params: versionParam,
          body: budgetLineBody,
          response: { 201: z.object({ items: z.array(budgetLineOut) }), ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createBudgetLines(db, actorOf(request), {
            versionId: request.params.id,
            body: request.body,
          }),
        ),
    );
    app.patch(
      '/budget-lines/:id',
      {
        config: { access: onLine },
        schema: {
          tags: [TAG],
          summary: 'Ret en budgetlinje (financings erstatter alle linjens finansieringer)',
          params: versionParam,
          body: updateBudgetLineBody,
          response: { 200: budgetLineOut, ...writeErrors },
        },
      },
      (request) =>
        updateBudgetLine(db, actorOf(request), { lineId: request.params.id, changes: request.body }),
    );
    app.delete(
      '/budget-lines/:id',
      {
        config: { access: onLine },
        schema: {
          tags: [TAG],
          summary: 'Slet en budgetlinje',
          params: versionParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteBudgetLine(db, actorOf(request), { lineId: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
