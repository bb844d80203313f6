import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { planParent } from '../plan-rows/parents';
import { type PlanRowResource, pick, scopeViaPlan } from '../plan-rows/plan-rows';
import { planRowRoutes } from '../plan-rows/plan-rows.routes';
import { partnerBody, partnerOut, updatePartnerBody } from './partners.schema';

/** Samarbejdspartnere: who the plan works with, and what each brings inside and outside it. */
export const partnersResource: PlanRowResource = {
  path: 'partners',
  tag: 'Samarbejdspartnere',
  noun: { indefinite: 'en samarbejdspartner', plural: 'samarbejdspartnere' },
  table: t.partners,
  parents: [{ kind: planParent }],
  notFound: 'PARTNER_NOT_FOUND',
  scope: scopeViaPlan('partners'),
  create: partnerBody,
  update: updatePartnerBody,
  output: partnerOut,
  toOutput: pick(partnerOut),
};

export const partnersRoutes = (db: Db): FastifyPluginAsyncZod => planRowRoutes(db, partnersResource);
