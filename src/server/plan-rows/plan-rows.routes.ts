import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { actorOf } from '../auth/auth.plugin';
import { page, paginationQuery, problemSchema, uuidParam } from '../http/common.schema';
import { createRow, deleteRow, getRow, listRows, type PlanRowResource, updateRow } from './plan-rows';

export const writeErrors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The routes of one kind of plan row: list and add under each parent (/plans/:id/partners),
 * read, edit and delete by id (/partners/:id). Reading is public like the plan page; writing
 * needs `plan:write` on the row's plan, decided before the body is looked at.
 */
export function planRowRoutes(db: Db, r: PlanRowResource): FastifyPluginAsyncZod {
  const rowAccess = {
    permission: 'plan:write' as const,
    resource: (request: { params: unknown }) => r.scope(db, String((request.params as { id: string }).id)),
    notFound: r.notFound,
  };
  return async (app) => {
    for (const { kind: parent, segment = r.path } of r.parents) {
      const url = `/${parent.path}/:id/${segment}`;
      app.get(
        url,
        {
          config: { access: { public: true } },
          schema: {
            tags: [r.tag],
            summary: `${parent.possessive} ${r.noun.plural}`,
            params: parent.params,
            querystring: paginationQuery,
            response: { 200: page(r.output), 400: problemSchema, 404: problemSchema },
          },
        },
        async (request) => {
          const ref = await parent.find(db, request.params.id);
          if (!ref) throw new AppError(parent.notFound);
          return listRows(db, r, parent, ref, request.query);
        },
      );
      app.post(
        url,
        {
          config: {
            access: {
              permission: 'plan:write',
              resource: (request) => parent.find(db, String((request.params as { id: string }).id)),
              notFound: parent.notFound,
            },
          },
          schema: {
            tags: [r.tag],
            summary: `Tilføj ${r.noun.indefinite} ${parent.to}`,
            params: parent.params,
            body: r.create,
            response: { 201: r.output, ...writeErrors },
          },
        },
        async (request, reply) => {
          const ref = await parent.find(db, request.params.id);
          if (!ref) throw new AppError(parent.notFound);
          const row = await createRow(
            db,
            actorOf(request),
            r,
            parent,
            ref,
            request.body as Record<string, unknown>,
          );
          return reply.status(201).send(row);
        },
      );
    }

    app.get(
      `/${r.path}/:id`,
      {
        config: { access: { public: true } },
        schema: {
          tags: [r.tag],
          summary: capitalise(r.noun.indefinite),
          params: uuidParam,
          response: { 200: r.output, 404: problemSchema },
        },
      },
      (request) => getRow(db, r, request.params.id),
    );
    app.patch(
      `/${r.path}/:id`,
      {
        config: { access: rowAccess },
        schema: {
          tags: [r.tag],
          summary: `Ret ${r.noun.indefinite}`,
          params: uuidParam,
          body: r.update,
          response: { 200: r.output, ...writeErrors },
        },
      },
      (request) =>
        updateRow(db, actorOf(request), r, request.params.id, request.body as Record<string, unknown>),
    );
    app.delete(
      `/${r.path}/:id`,
      {
        config: { access: rowAccess },
        schema: {
          tags: [r.tag],
          summary: `Slet ${r.noun.indefinite}`,
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteRow(db, actorOf(request), r, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
