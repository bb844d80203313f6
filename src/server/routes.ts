import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { activitiesRoutes } from './activities/activities.routes';
import { areasRoutes } from './areas/areas.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { bodiesRoutes } from './bodies/bodies.routes';
import { budgetRoutes } from './budget/budget.routes';
import { contactsRoutes } from './contacts/contacts.routes';
import { departmentsRoutes } from './departments/departments.routes';
import { exportsRoutes } from './exports/exports.routes';
import { financingRoutes } from './financing/financing.routes';
import { municipalitiesRoutes } from './municipalities/municipalities.routes';
import { networksRoutes } from './networks/networks.routes';
import { organisationsRoutes } from './organisations/organisations.routes';
import { participantsRoutes } from './participants/participants.routes';
import { partnersRoutes } from './partners/partners.routes';
import { planLinksRoutes } from './plans/plan-links.routes';
import { plansRoutes } from './plans/plans.routes';
import { referenceRoutes } from './reference/reference.routes';
import { staffRoutes } from './staff/staff.routes';
import { statisticsRoutes } from './statistics/statistics.routes';
import { usersRoutes } from './users/users.routes';

/** Every feature's routes, mounted under /api. */
export async function registerApiRoutes(api: FastifyInstance, db: Db): Promise<void> {
  api.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  await api.register(plansRoutes(db));
  await api.register(planLinksRoutes(db));
  await api.register(departmentsRoutes(db));
  await api.register(statisticsRoutes(db));
  await api.register(areasRoutes(db));
  await api.register(referenceRoutes(db));
  await api.register(municipalitiesRoutes(db));
  await api.register(organisationsRoutes(db));
  await api.register(activitiesRoutes(db));
  await api.register(partnersRoutes(db));
  await api.register(financingRoutes(db));
  await api.register(budgetRoutes(db));
  await api.register(bodiesRoutes(db));
  await api.register(networksRoutes(db));
  await api.register(contactsRoutes(db));
  await api.register(staffRoutes(db));
  await api.register(authRoutes(db));
  await api.register(usersRoutes(db));
  await api.register(auditRoutes(db));
  await api.register(participantsRoutes(db));
  await api.register(exportsRoutes(db));
}
