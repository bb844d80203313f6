import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { departmentsRoutes } from './departments/departments.routes';
import { departmentsWriteRoutes } from './departments/departments-write.routes';
import { exportsRoutes } from './exports/exports.routes';
import { participantsRoutes } from './participants/participants.routes';
import { bodyMembersRoutes } from './plan-content/body-members.routes';
import { planContentRoutes } from './plan-content/plan-content.routes';
import { plansRoutes } from './plans/plans.routes';
import { referenceRoutes } from './reference/reference.routes';
import { usersRoutes } from './users/users.routes';

/** Every feature's routes, mounted under /api. */
export async function registerApiRoutes(api: FastifyInstance, db: Db): Promise<void> {
  api.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  await api.register(plansRoutes(db));
  await api.register(departmentsRoutes(db));
  await api.register(departmentsWriteRoutes(db));
  await api.register(referenceRoutes(db));
  await api.register(planContentRoutes(db));
  await api.register(bodyMembersRoutes(db));
  await api.register(authRoutes(db));
  await api.register(usersRoutes(db));
  await api.register(auditRoutes(db));
  await api.register(participantsRoutes(db));
  await api.register(exportsRoutes(db));
}
