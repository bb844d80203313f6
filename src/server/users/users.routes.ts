import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { actorOf } from '../auth/auth.plugin';
import { problemSchema, uuidParam } from '../http/common.schema';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { resetPassword, setRoles, updateUser } from './update-user';
import { createUserBody, resetPasswordBody, setRolesBody, updateUserBody, userSchema } from './users.schema';

const admin = { access: { permission: 'system:admin' as const } };
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export const usersRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/users',
      {
        config: admin,
        schema: {
          tags: ['Brugere'],
          summary: 'Alle brugere med roller',
          response: { 200: z.array(userSchema), ...errors },
        },
      },
      () => listUsers(db),
    );
    app.post(
      '/users',
      {
        config: admin,
        schema: {
          tags: ['Brugere'],
          summary: 'Opret bruger',
          body: createUserBody,
          response: { 201: userSchema, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await createUser(db, actorOf(request), request.body)),
    );
    app.patch(
      '/users/:id',
      {
        config: admin,
        schema: {
          tags: ['Brugere'],
          summary: 'Ret navn eller spær bruger',
          params: uuidParam,
          body: updateUserBody,
          response: { 200: userSchema, ...errors },
        },
      },
      (request) => updateUser(db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/users/:id/password',
      {
        config: admin,
        schema: {
          tags: ['Brugere'],
          summary: 'Nulstil adgangskode (administrator)',
          params: uuidParam,
          body: resetPasswordBody,
          response: { 200: userSchema, ...errors },
        },
      },
      (request) => resetPassword(db, actorOf(request), request.params.id, request.body.password),
    );
    app.put(
      '/users/:id/roles',
      {
        config: admin,
        schema: {
          tags: ['Brugere'],
          summary: 'Sæt brugerens roller',
          params: uuidParam,
          body: setRolesBody,
          response: { 200: userSchema, ...errors },
        },
      },
      (request) => setRoles(db, actorOf(request), request.params.id, request.body),
    );
  };
