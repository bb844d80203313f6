import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { bodyParent, planParent } from '../plan-rows/parents';
import { type PlanRowResource, pick, scopeViaParent, scopeViaPlan } from '../plan-rows/plan-rows';
import { planRowRoutes } from '../plan-rows/plan-rows.routes';
import {
  bodyBody,
  bodyMemberBody,
  bodyMemberOut,
  bodyOut,
  updateBodyBody,
  updateBodyMemberBody,
} from './bodies.schema';

/** The plan's bestyrelse, boligsociale forum, arbejds- og styregrupper. */
export const bodiesResource: PlanRowResource = {
  path: 'bodies',
  tag: 'Organisering',
  noun: { indefinite: 'et organ (bestyrelse, forum eller gruppe)', plural: 'organer' },
  table: t.bodies,
  parents: [{ kind: planParent }],
  notFound: 'BODY_NOT_FOUND',
  scope: scopeViaPlan('bodies'),
  create: bodyBody,
  update: updateBodyBody,
  output: bodyOut,
  toOutput: pick(bodyOut),
  async check(_tx, _scope, v) {
    const min = v.meetingsPerYearMin;
    const max = v.meetingsPerYearMax;
    if (typeof min === 'number' && typeof max === 'number' && max < min) {
      throw new AppError('MEETINGS_RANGE_INVALID', {}, [
        { field: 'meetingsPerYearMax', message: 'Højst-antallet er mindre end mindst-antallet' },
      ]);
    }
  },
};

/** Seats on a body; one row may stand for several seats held by the same role. */
export const bodyMembersResource: PlanRowResource = {
  path: 'body-members',
  tag: 'Organisering',
  noun: { indefinite: 'et medlem (en plads)', plural: 'medlemmer' },
  table: t.bodyMembers,
  parents: [{ kind: bodyParent, segment: 'members' }],
  notFound: 'BODY_MEMBER_NOT_FOUND',
  scope: scopeViaParent('body_members', 'body_id', 'bodies'),
  create: bodyMemberBody,
  update: updateBodyMemberBody,
  output: bodyMemberOut,
  toOutput: pick(bodyMemberOut),
};

export const bodiesRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(planRowRoutes(db, bodiesResource));
    await app.register(planRowRoutes(db, bodyMembersResource));
  };
