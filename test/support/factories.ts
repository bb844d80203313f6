import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db, DbHandle, Tx } from '../../src/db/client';
import * as t from '../../src/db/schema/index';
import type { RoleAssignment } from '../../src/domain/access/roles';
import type { StatisticScope } from '../../src/domain/statistics/indicators';
import { buildApp } from '../../src/server/app';
import { type Actor, withAudit } from '../../src/server/audit/with-audit';
import { hashPassword } from '../../src/server/auth/passwords';
import type { TestBackend } from './databases';
import { signedIn, TestClient } from './http-client';

/**
 * Small factories that insert rows straight into the database (through withAudit, which the
 * audit triggers require), so API tests do not depend on the demo data.
 */
const FACTORY: Actor = { userId: null, label: 'system:test' };
let counter = 0;
/** A slug no other factory call has used in this process. */
export const uniqueSlug = (base: string) => `${base}-${++counter}`;

type Insert<T extends { $inferInsert: unknown }> = Partial<T['$inferInsert']>;

async function insertOne<T>(db: Db, fn: (tx: Tx) => Promise<T[]>) {
  const [row] = await withAudit(db, FACTORY, { name: 'test:factory' }, fn);
  if (!row) throw new Error('factory insert returned nothing');
  return row;
}

export function makeMunicipality(db: Db, values: Insert<typeof t.municipalities> = {}) {
  const slug = values.slug ?? uniqueSlug('kommune');
  return insertOne(db, (tx) =>
    tx
      .insert(t.municipalities)
      .values({ name: `Kommune ${slug}`, ...values, slug })
      .returning(),
  );
}

export function makeOrganisation(db: Db, values: Insert<typeof t.housingOrganisations> = {}) {
  const slug = values.slug ?? uniqueSlug('boligorganisation');
  return insertOne(db, (tx) =>
    tx
      .insert(t.housingOrganisations)
      .values({ name: `Boligorganisation ${slug}`, ...values, slug })
      .returning(),
  );
}

export function makeDepartment(db: Db, values: Insert<typeof t.departments> & { municipalityId: string }) {
  const slug = values.slug ?? uniqueSlug('afdeling');
  return insertOne(db, (tx) =>
    tx
      .insert(t.departments)
      .values({ name: `Afdeling ${slug}`, ...values, slug })
      .returning(),
  );
}

/** A plan in the 2019–26 funding period unless told otherwise, with its afdelinger. */
export async function makePlan(
  db: Db,
  values: Insert<typeof t.plans> & { municipalityId: string; departmentIds?: string[] },
) {
  const { departmentIds = [], ...fields } = values;
  const slug = fields.slug ?? uniqueSlug('plan');
  return withAudit(db, FACTORY, { name: 'test:factory' }, async (tx) => {
    const [plan] = await tx
      .insert(t.plans)
      .values({ name: `Helhedsplan ${slug}`, fundingPeriodId: '2019-26', status: 'active', ...fields, slug })
      .returning();
    if (!plan) throw new Error('plan not created');
    if (departmentIds.length) {
      await tx
        .insert(t.planDepartments)
        .values(departmentIds.map((departmentId) => ({ planId: plan.id, departmentId })));
    }
    return plan;
  });
}

export function makePartner(db: Db, values: Insert<typeof t.partners> & { planId: string }) {
  return insertOne(db, (tx) =>
    tx
      .insert(t.partners)
      .values({ name: 'Jobcenter', type: 'municipalDepartment', ...values })
      .returning(),
  );
}

/** A figure; the subject columns follow its scope (an afdeling, a plan's areas, a municipality, the country). */
export function makeStatistic(db: Db, values: Insert<typeof t.areaStatistics> & { scope: StatisticScope }) {
  return insertOne(db, (tx) =>
    tx
      .insert(t.areaStatistics)
      .values({ indicator: 'residents', year: 2023, value: 1000, source: 'Danmarks Statistik', ...values })
      .returning(),
  );
}

export async function focusArea(db: Db, fundingPeriodId: string, code: string) {
  const [area] = await db
    .select()
    .from(t.focusAreas)
    .where(and(eq(t.focusAreas.fundingPeriodId, fundingPeriodId), eq(t.focusAreas.code, code)));
  if (!area) throw new Error(`no focus area ${code} in ${fundingPeriodId}`);
  return area;
}

/** A municipality with two afdelinger and a 2019–26 plan covering the first. */
export async function makePlanWorld(db: Db) {
  const municipality = await makeMunicipality(db);
  const organisation = await makeOrganisation(db);
  const inPlan = await makeDepartment(db, {
    municipalityId: municipality.id,
    organisationId: organisation.id,
    units: 600,
    residents: 1400,
  });
  const outside = await makeDepartment(db, { municipalityId: municipality.id });
  const plan = await makePlan(db, { municipalityId: municipality.id, departmentIds: [inPlan.id] });
  return { municipality, organisation, plan, departments: { inPlan, outside } };
}

const PASSWORD = 'factory-password-123';
let passwordHash: Promise<string> | undefined;

/** A user with these roles, signed in through the API as the web app would be. */
export async function signedInAs(
  app: FastifyInstance,
  db: Db,
  assignments: RoleAssignment[],
): Promise<TestClient> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const email = `${uniqueSlug('bruger')}@test.helhedsplan.dk`;
  await withAudit(db, FACTORY, { name: 'test:factory' }, async (tx) => {
    const [user] = await tx
      .insert(t.users)
      .values({ email, displayName: email, passwordHash: hash, mustChangePassword: false })
      .returning({ id: t.users.id });
    if (!user) throw new Error('user not created');
    if (assignments.length) {
      await tx.insert(t.roleAssignments).values(
        assignments.map((a) => ({
          userId: user.id,
          role: a.role,
          municipalityId: 'municipalityId' in a ? a.municipalityId : null,
          planId: 'planId' in a ? a.planId : null,
          partnerId: 'partnerId' in a ? a.partnerId : null,
        })),
      );
    }
  });
  return signedIn(app, email, PASSWORD);
}

export interface TestApp {
  handle: DbHandle;
  db: Db;
  app: FastifyInstance;
  /** A signed-in administrator. */
  admin: TestClient;
  anonymous: TestClient;
  close(): Promise<void>;
}

/** A fresh, empty (migrated) database with the app on it — no demo data. */
export async function testApp(backend: TestBackend): Promise<TestApp> {
  const handle = await backend.create();
  const app = await buildApp({ db: handle.db, webDir: '/nonexistent' });
  const admin = await signedInAs(app, handle.db, [{ role: 'admin' }]);
  return {
    handle,
    db: handle.db,
    app,
    admin,
    anonymous: new TestClient(app),
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
