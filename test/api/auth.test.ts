import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { SYSTEM_CLI } from '../../src/server/audit/with-audit';
import { registerAuth } from '../../src/server/auth/auth.plugin';
import { authRoutes } from '../../src/server/auth/auth.routes';
import { FAILURES_BEFORE_LOCK, lockDurationMs } from '../../src/server/auth/sign-in';
import { errorHandler } from '../../src/server/http/problem';
import { createUser } from '../../src/server/users/create-user';
import { usersRoutes } from '../../src/server/users/users.routes';
import { testBackends } from '../support/databases';
import { TestClient } from '../support/http-client';

const PASSWORD = 'korrekt-hest-batteri';

describe('lockDurationMs', () => {
  it('locks after the fifth failure and doubles up to an hour', () => {
    expect(lockDurationMs(FAILURES_BEFORE_LOCK - 1)).toBe(0);
    expect(lockDurationMs(FAILURES_BEFORE_LOCK)).toBe(60_000);
    expect(lockDurationMs(FAILURES_BEFORE_LOCK + 1)).toBe(120_000);
    expect(lockDurationMs(40)).toBe(3_600_000);
  });
});

describe.each(testBackends)('sign-in on $name', (backend) => {
  let handle: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await backend.create();
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler(errorHandler);
    await registerAuth(app, handle.db);
    await app.register(
      async (api) => {
        await api.register(authRoutes(handle.db));
        await api.register(usersRoutes(handle.db));
      },
      { prefix: '/api' },
    );
    await createUser(handle.db, SYSTEM_CLI, {
      email: 'Admin@Example.dk',
      displayName: 'Admin',
      password: PASSWORD,
      assignments: [{ role: 'admin' }],
      mustChangePassword: false,
    });
    await createUser(handle.db, SYSTEM_CLI, {
      email: 'lbf@example.dk',
      displayName: 'LBF',
      password: PASSWORD,
      assignments: [{ role: 'lbfReader' }],
    });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie and knows who you are', async () => {
    const client = new TestClient(app);
    const res = await client.post('/api/auth/sign-in', { email: 'admin@example.dk', password: PASSWORD });
    expect(res.statusCode).toBe(204);
    const cookie = res.cookies.find((c) => c.name === 'hp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = (await client.get('/api/auth/session')).json();
    expect(session.user).toMatchObject({ email: 'admin@example.dk', assignments: [{ role: 'admin' }] });
  });

  it('refuses a write without the CSRF token', async () => {
    const client = new TestClient(app);
    const res = await client.request(
      'POST',
      '/api/auth/sign-in',
      { email: 'admin@example.dk', password: PASSWORD },
      { csrf: false },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const client = new TestClient(app);
    const wrong = await client.post('/api/auth/sign-in', {
      email: 'lbf@example.dk',
      password: 'forkert-kode-123',
    });
    const unknown = await client.post('/api/auth/sign-in', {
      email: 'ingen@example.dk',
      password: 'forkert-kode-123',
    });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().title).toBe(unknown.json().title);
  });

  it('locks an account name after repeated failures, even for the right password', async () => {
    const client = new TestClient(app);
    for (let i = 0; i < FAILURES_BEFORE_LOCK; i++) {
      await client.post('/api/auth/sign-in', { email: 'lbf@example.dk', password: `forkert-${i}-xxxxxxxx` });
    }
    const res = await client.post('/api/auth/sign-in', { email: 'lbf@example.dk', password: PASSWORD });
    expect(res.statusCode).toBe(429);
    expect(res.json().code).toBe('SIGN_IN_LOCKED');
  });

  it('lets only an admin manage users, and signs out', async () => {
    const anonymous = new TestClient(app);
    expect((await anonymous.get('/api/users')).statusCode).toBe(401);
    const admin = await new TestClient(app).signIn('admin@example.dk', PASSWORD);
    const created = await admin.post('/api/users', {
      email: 'staff@example.dk',
      displayName: 'Staff',
      password: 'kort',
      assignments: [],
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors[0].field).toBe('body.password');
    const badScope = await admin.post('/api/users', {
      email: 'staff@example.dk',
      displayName: 'Staff',
      password: PASSWORD,
      assignments: [{ role: 'planStaff' }],
    });
    expect(badScope.statusCode).toBe(400);
    expect(badScope.json().errors[0].field).toBe('assignments.0.planId');
    expect((await admin.get('/api/users')).json()).toHaveLength(2);
    expect((await admin.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await admin.get('/api/users')).statusCode).toBe(401);
  });
});
