import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/db/schema/index';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

describe.each(testBackends)('volunteers and enrolments on $name', (backend) => {
  let demo: DemoApp;
  let staff: TestClient;
  let planId: string;
  let mentor: string;
  let participant: string;

  beforeAll(async () => {
    demo = await demoApp(backend);
    staff = await demo.as('medarbejder.holbaek');
    planId = (await staff.get('/api/plans/holbaek-2024-2027')).json().id;
    const activities = (await staff.get(`/api/plans/${planId}/activities?limit=100`)).json().items;
    mentor = activities.find((a: { name: string }) => a.name === 'Mentorordning for unge 15-29-årige').id;
    participant = (
      await staff.post(`/api/plans/${planId}/participants`, { participants: [{ ageBand: '18-24' }] })
    ).json()[0].id;
  }, 120_000);
  afterAll(() => demo.close());

  describe('volunteers', () => {
    it('creates pseudonymous volunteers with a generated code, and named ones only with consent', async () => {
      const anonymous = await staff.post(`/api/plans/${planId}/volunteers`, {});
      expect(anonymous.statusCode, anonymous.body).toBe(201);
      expect(anonymous.json()).toMatchObject({
        code: expect.stringMatching(/^F-[A-HJKMNP-Z2-9]{6}$/),
        name: null,
        consentDate: null,
        active: true,
        totalHours: 0,
        sessionCount: 0,
      });
      const before = await demo.handle.db.select({ n: count() }).from(t.volunteers);
      const noConsent = await staff.post(`/api/plans/${planId}/volunteers`, { name: 'Aisha' });
      expect(noConsent.statusCode).toBe(400);
      expect(noConsent.json()).toMatchObject({
        code: 'VOLUNTEER_CONSENT_MISSING',
        errors: [{ field: 'consentDate' }],
      });
      expect(await demo.handle.db.select({ n: count() }).from(t.volunteers)).toEqual(before);
      const named = await staff.post(`/api/plans/${planId}/volunteers`, {
        name: 'Aisha',
        consentDate: '2024-01-10',
      });
      expect(named.json()).toMatchObject({ name: 'Aisha', consentDate: '2024-01-10' });
    });

    it('withdraws consent: the name goes, also from the audit trail', async () => {
      const v = (
        await staff.post(`/api/plans/${planId}/volunteers`, {
          name: 'Karim Hansen',
          consentDate: '2024-02-01',
        })
      ).json();
      const res = await staff.patch(`/api/volunteers/${v.id}`, { name: null });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ name: null, consentDate: null, code: v.code });
      const trail = await demo.handle.db
        .select()
        .from(t.auditChanges)
        .where(and(eq(t.auditChanges.tableName, 'volunteers'), eq(t.auditChanges.rowId, v.id)));
      expect(trail.length).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(trail)).not.toContain('Karim');
      const again = await staff.patch(`/api/volunteers/${v.id}`, { name: 'Karim' });
      expect(again.json().code).toBe('VOLUNTEER_CONSENT_MISSING');
    });

    it('lists volunteers with their total hours and sessions; refuses to delete one with hours', async () => {
      const v = (await staff.post(`/api/plans/${planId}/volunteers`, {})).json();
      for (const [date, hours] of [
        ['2024-03-01', 2.5],
        ['2024-03-08', 1.25],
      ] as const) {
        const res = await staff.post(`/api/activities/${mentor}/sessions`, {
          date,
          openCount: { total: 10 },
          volunteers: [{ volunteerId: v.id, hours }],
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const list = (await staff.get(`/api/plans/${planId}/volunteers`)).json();
      expect(list.items.find((x: { id: string }) => x.id === v.id)).toMatchObject({
        totalHours: 3.75,
        sessionCount: 2,
      });
      const refused = await staff.delete(`/api/volunteers/${v.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'CONFLICT' });
      expect(refused.json().errors[0].message).toContain('inaktiv');
      const inactive = await staff.patch(`/api/volunteers/${v.id}`, { active: false });
      expect(inactive.json().active).toBe(false);
      const activeOnly = (await staff.get(`/api/plans/${planId}/volunteers?includeInactive=false`)).json();
      expect(activeOnly.items.some((x: { id: string }) => x.id === v.id)).toBe(false);
      const unused = (await staff.post(`/api/plans/${planId}/volunteers`, {})).json();
      expect((await staff.delete(`/api/volunteers/${unused.id}`)).statusCode).toBe(204);
    });

    it('exports volunteers with their hours', async () => {
      const res = await staff.get(`/api/plans/${planId}/volunteers/export?format=csv`);
      expect(res.statusCode).toBe(200);
      const body = res.body.replace(/^\uFEFF/, '');
      expect(body.split(/\r?\n/)[0]).toContain('Timer i alt');
      expect(body).toContain('Aisha');
      expect(body).toMatch(/3,75/);
    });

    it('keeps other plans and roles out', async () => {
      const v = (await staff.post(`/api/plans/${planId}/volunteers`, {})).json();
      const koege = await demo.as('medarbejder.koege');
      expect((await koege.patch(`/api/volunteers/${v.id}`, { active: false })).statusCode).toBe(404);
      // A public plan: a signed-in outsider is told it may not see the volunteers.
      expect((await koege.get(`/api/plans/${planId}/volunteers`)).statusCode).toBe(403);
      const board = await demo.as('bestyrelse.koege');
      expect((await board.get('/api/plans/koege-2021-2025/volunteers')).statusCode).toBe(403);
    });
  });

  describe('enrolments (forløb)', () => {
    it('enrols a participant and ends the forløb with an outcome', async () => {
      const res = await staff.post(`/api/activities/${mentor}/enrolments`, {
        participantId: participant,
        startDate: '2024-02-01',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        endDate: null,
        outcome: null,
        participantCode: expect.stringMatching(/^HOL-/),
      });
      const ended = await staff.patch(`/api/enrolments/${res.json().id}`, {
        endDate: '2024-11-30',
        outcome: 'startedEducation',
      });
      expect(ended.statusCode, ended.body).toBe(200);
      expect(ended.json()).toMatchObject({ endDate: '2024-11-30', outcome: 'startedEducation' });
      const list = (await staff.get(`/api/activities/${mentor}/enrolments`)).json();
      expect(list.total).toBe(1);
      expect((await staff.get(`/api/activities/${mentor}/enrolments?open=true`)).json().total).toBe(0);
      expect((await staff.get(`/api/activities/${mentor}/enrolments?open=false`)).json().total).toBe(1);
    });

    it.each([
      [
        'an end before the start',
        { startDate: '2024-05-01', endDate: '2024-04-01' },
        'ENROLMENT_INVALID',
        'endDate',
      ],
      [
        'an outcome without an end',
        { startDate: '2024-05-01', outcome: 'gotJob' },
        'ENROLMENT_INVALID',
        'outcome',
      ],
      ['a start before the plan period', { startDate: '2023-12-31' }, 'ENROLMENT_INVALID', 'startDate'],
      [
        'an end after the plan period',
        { startDate: '2027-06-01', endDate: '2028-01-01' },
        'ENROLMENT_INVALID',
        'endDate',
      ],
    ])('refuses %s', async (_name, dates, code, field) => {
      const before = await demo.handle.db.select({ n: count() }).from(t.enrolments);
      const res = await staff.post(`/api/activities/${mentor}/enrolments`, {
        participantId: participant,
        ...dates,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code, errors: [expect.objectContaining({ field })] });
      expect(await demo.handle.db.select({ n: count() }).from(t.enrolments)).toEqual(before);
    });

    it('refuses a participant of another plan, and a bad patch', async () => {
      const admin = await demo.as('admin');
      const other = (
        await admin.post('/api/plans/koege-2021-2025/participants', { participants: [{}] })
      ).json()[0].id;
      const res = await staff.post(`/api/activities/${mentor}/enrolments`, {
        participantId: other,
        startDate: '2024-05-01',
      });
      expect(res.json()).toMatchObject({
        status: 400,
        code: 'PARTICIPANT_NOT_IN_PLAN',
        errors: [{ field: 'participantId' }],
      });
      const e = (
        await staff.post(`/api/activities/${mentor}/enrolments`, {
          participantId: participant,
          startDate: '2025-01-01',
        })
      ).json();
      const bad = await staff.patch(`/api/enrolments/${e.id}`, { outcome: 'left' });
      expect(bad.json()).toMatchObject({ code: 'ENROLMENT_INVALID', errors: [{ field: 'outcome' }] });
      expect((await staff.delete(`/api/enrolments/${e.id}`)).statusCode).toBe(204);
      expect((await staff.patch(`/api/enrolments/${e.id}`, { outcome: 'left' })).statusCode).toBe(404);
    });

    it('keeps other plans out', async () => {
      const koege = await demo.as('medarbejder.koege');
      expect((await koege.get(`/api/activities/${mentor}/enrolments`)).statusCode).toBe(404);
      expect(
        (
          await koege.post(`/api/activities/${mentor}/enrolments`, {
            participantId: participant,
            startDate: '2024-05-01',
          })
        ).statusCode,
      ).toBe(404);
    });
  });
});
