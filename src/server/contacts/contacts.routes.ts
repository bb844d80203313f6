import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { bodyParent, networkParent, planParent } from '../plan-rows/parents';
import { firstScope, type PlanRowResource, pick } from '../plan-rows/plan-rows';
import { planRowRoutes } from '../plan-rows/plan-rows.routes';
import { contactBody, contactOut, updateContactBody } from './contacts.schema';

/** Whom to call about a plan, one of its bodies or one of its networks. */
export const contactsResource: PlanRowResource = {
  path: 'contacts',
  tag: 'Kontakter',
  noun: { indefinite: 'en kontaktperson', plural: 'kontaktpersoner' },
  table: t.contacts,
  parents: [{ kind: planParent }, { kind: bodyParent }, { kind: networkParent }],
  notFound: 'CONTACT_NOT_FOUND',
  scope: (db, id) =>
    firstScope(
      db,
      id,
      sql`select p.id as "planId", p.municipality_id as "municipalityId"
          from contacts c
          left join bodies b on b.id = c.body_id
          left join networks n on n.id = c.network_id
          join plans p on p.id = coalesce(c.plan_id, b.plan_id, n.plan_id)
          where c.id = ${id}`,
    ),
  create: contactBody,
  update: updateContactBody,
  output: contactOut,
  toOutput: pick(contactOut),
};

export const contactsRoutes = (db: Db): FastifyPluginAsyncZod => planRowRoutes(db, contactsResource);
