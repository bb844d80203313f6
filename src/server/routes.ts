import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { departmentsRoutes } from './departments/departments.routes';
import { plansRoutes } from './plans/plans.routes';

/** Every feature's routes, mounted under /api. */
export async function registerApiRoutes(api: FastifyInstance, db: Db): Promise<void> {
  api.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  await api.register(plansRoutes(db));
  await api.register(departmentsRoutes(db));
}
