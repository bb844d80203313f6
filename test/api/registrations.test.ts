import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/db/schema/index';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

interface Plan {
  id: string;
  departments: { id: string; name: string }[];
  focusAreas: { id: string }[];
}

describe.each(testBackends)('registrations (sessions) on $name', (backend) => {
  let demo: DemoApp;
  let staff: TestClient;
  let holbaek: Plan;
  let koege: Plan;
  let mentor: string;
  let koegeActivity: string;
  let staffIds: string[];
  let known: { id: string; code: string }[];
  let koegeParticipant: string;
  let volunteers: string[];

  const rows = async () => {
    const db = demo.handle.db;
    const [s] = await db.select({ n: count() }).from(t.activitySessions);
    const [a] = await db.select({ n: count() }).from(t.attendances);
    const [p] = await db.select({ n: count() }).from(t.participants);
    const [v] = await db.select({ n: count() }).from(t.sessionVolunteers);
    const [st] = await db.select({ n: count() }).from(t.sessionStaff);
    return { sessions: s?.n, attendances: a?.n, participants: p?.n, volunteers: v?.n, staff: st?.n };
  };

  beforeAll(async () => {
    demo = await demoApp(backend);
    staff = await demo.as('medarbejder.holbaek');
    const admin = await demo.as('admin');
    holbaek = (await staff.get('/api/plans/holbaek-2024-2027')).json();
    koege = (await admin.get('/api/plans/koege-2021-2025')).json();
    const activities = (await staff.get(`/api/plans/${holbaek.id}/activities?limit=100`)).json().items;
    mentor = activities.find((a: { name: string }) => a.name === 'Mentorordning for unge 15-29-årige').id;
    koegeActivity = (await admin.get(`/api/plans/${koege.id}/activities?limit=1`)).json().items[0].id;
    staffIds = (await staff.get(`/api/plans/${holbaek.id}/staff`))
      .json()
      .items.map((s: { id: string }) => s.id);
    known = (
      await staff.post(`/api/plans/${holbaek.id}/participants`, {
        participants: [{ ageBand: '18-24', gender: 'male' }, { ageBand: '25-29' }, { gender: 'female' }],
      })
    ).json();
    koegeParticipant = (
      await admin.post(`/api/plans/${koege.id}/participants`, { participants: [{}] })
    ).json()[0].id;
    volunteers = [];
    for (const body of [{}, { name: 'Aisha', consentDate: '2024-01-10' }]) {
      volunteers.push((await staff.post(`/api/plans/${holbaek.id}/volunteers`, body)).json().id);
    }
  }, 120_000);
  afterAll(() => demo.close());

  const group = () => ({
    date: '2024-03-09',
    departmentId: holbaek.departments[0]?.id,
    place: 'Beboerhuset',
    staffIds: [staffIds[0]],
    participantIds: known.map((p) => p.id),
    newParticipants: [{ ageBand: '18-24', gender: 'female', departmentId: holbaek.departments[1]?.id }, {}],
    openCount: { total: 12, female: 7, male: 4 },
    volunteers: [
      { volunteerId: volunteers[0], hours: 2.5 },
      { volunteerId: volunteers[1], hours: 3 },
    ],
  });

  it('keeps an activity with registrations: deleting it is refused, and nothing is lost', async () => {
    const admin = await demo.as('admin');
    const activity = (
      await admin.post(`/api/plans/${holbaek.id}/activities`, {
        focusAreaId: holbaek.focusAreas[0]?.id,
        name: 'Lektiecafé (slettes ikke)',
      })
    ).json();
    const session = await staff.post(`/api/activities/${activity.id}/sessions`, {
      date: '2024-05-04',
      participantIds: [known[0]?.id],
    });
    expect(session.statusCode, session.body).toBe(201);
    const before = await rows();
    const refused = await admin.delete(`/api/activities/${activity.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ACTIVITY_HAS_REGISTRATIONS');
    expect(await rows()).toEqual(before);
    expect((await staff.get(`/api/sessions/${session.json().id}`)).statusCode).toBe(200);
    // Without its registrations it can go.
    expect((await staff.delete(`/api/sessions/${session.json().id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/activities/${activity.id}`)).statusCode).toBe(204);
  });

  it('gives volunteers met for the first time a code in the same transaction, and none when refused', async () => {
    const volunteerCount = async () => (await demo.handle.db.select({ n: count() }).from(t.volunteers))[0]?.n;
    const before = await volunteerCount();
    const refused = await staff.post(`/api/activities/${mentor}/sessions`, {
      ...group(),
      date: '2031-01-01',
      newVolunteers: [{ hours: 2 }],
    });
    expect(refused.statusCode).toBe(400);
    expect(await volunteerCount()).toBe(before);
    const res = await staff.post(`/api/activities/${mentor}/sessions`, {
      ...group(),
      newVolunteers: [{ hours: 1.5 }, { hours: 2 }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const session = res.json();
    expect(session.newVolunteerCodes).toHaveLength(2);
    expect(session.newVolunteerCodes[0]).toMatch(/^F-[A-Z2-9]{6}$/);
    expect(session.volunteers.map((v: { hours: number }) => v.hours).sort()).toEqual([1.5, 2, 2.5, 3]);
    expect(await volunteerCount()).toBe((before ?? 0) + 2);
    const zero = await staff.post(`/api/activities/${mentor}/sessions`, {
      ...group(),
      newVolunteers: [{ hours: 0 }],
    });
    expect(zero.statusCode).toBe(400);
    expect(JSON.stringify(zero.json().errors)).toContain('newVolunteers.0.hours');
    await staff.delete(`/api/sessions/${session.id}`);
  });

  it('registers a whole group in one request: known and new participants, count, staff, volunteers', async () => {
    const res = await staff.post(`/api/activities/${mentor}/sessions`, group());
    expect(res.statusCode, res.body).toBe(201);
    const session = res.json();
    expect(session).toMatchObject({
      activityId: mentor,
      activityName: 'Mentorordning for unge 15-29-årige',
      date: '2024-03-09',
      place: 'Beboerhuset',
      openCount: { total: 12, female: 7, male: 4 },
      staffIds: [staffIds[0]],
      imported: false,
    });
    expect(session.newParticipantCodes).toEqual([
      expect.stringMatching(/^HOL-[A-HJKMNP-Z2-9]{6}$/),
      expect.stringMatching(/^HOL-/),
    ]);
    expect(session.attendance).toHaveLength(5);
    const newOne = session.attendance.find(
      (a: { code: string }) => a.code === session.newParticipantCodes[0],
    );
    expect(newOne).toMatchObject({
      ageBand: '18-24',
      gender: 'female',
      departmentId: holbaek.departments[1]?.id,
    });
    expect(session.volunteers).toEqual([
      expect.objectContaining({ volunteerId: expect.any(String), hours: expect.any(Number) }),
      expect.objectContaining({ hours: expect.any(Number) }),
    ]);
    expect(session.volunteers.map((v: { hours: number }) => v.hours).sort()).toEqual([2.5, 3]);
    const got = await staff.get(`/api/sessions/${session.id}`);
    expect(got.json().attendance).toHaveLength(5);
  });

  it('lists sessions with counts and never codes, filtered by activity and dates', async () => {
    const list = (
      await staff.get(`/api/plans/holbaek-2024-2027/sessions?activityId=${mentor}&from=2024-03-01`)
    ).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      attendanceCount: 5,
      openCount: { total: 12, female: 7, male: 4 },
      volunteerCount: 2,
      volunteerHours: 5.5,
      staffCount: 1,
    });
    expect(JSON.stringify(list)).not.toMatch(/HOL-/);
    expect((await staff.get(`/api/plans/holbaek-2024-2027/sessions?to=2024-03-08`)).json().total).toBe(0);
    const byActivity = (await staff.get(`/api/activities/${mentor}/sessions`)).json();
    expect(byActivity.items).toHaveLength(1);
  });

  it.each([
    [
      'a date outside the activity period',
      async () => {
        const admin = await demo.as('admin');
        await admin.patch(`/api/activities/${mentor}`, { startDate: '2024-02-01', endDate: '2026-12-31' });
        return { ...group(), date: '2024-01-15' };
      },
      400,
      'SESSION_OUTSIDE_ACTIVITY_PERIOD',
      'date',
    ],
    [
      'a date after the activity ends',
      async () => ({ ...group(), date: '2027-01-02' }),
      400,
      'SESSION_OUTSIDE_ACTIVITY_PERIOD',
      'date',
    ],
    [
      'a participant of another plan',
      async () => ({ ...group(), participantIds: [...known.map((p) => p.id), koegeParticipant] }),
      400,
      'PARTICIPANT_NOT_IN_PLAN',
      'participantIds.3',
    ],
    [
      'the same participant twice',
      async () => ({ ...group(), participantIds: [known[0]?.id, known[1]?.id, known[0]?.id] }),
      400,
      'VALIDATION_FAILED',
      'participantIds.2',
    ],
    [
      'a negative count',
      async () => ({ ...group(), openCount: { total: -1 } }),
      400,
      'VALIDATION_FAILED',
      'body.openCount.total',
    ],
    [
      'more girls and boys than participants',
      async () => ({ ...group(), openCount: { total: 23, female: 14, male: 10 } }),
      400,
      'OPEN_COUNT_INVALID',
      'openCount.female',
    ],
    [
      'an afdeling not in the plan',
      async () => ({ ...group(), departmentId: koege.departments[0]?.id }),
      400,
      'DEPARTMENT_NOT_IN_PLAN',
      'departmentId',
    ],
    [
      'a new participant of an afdeling not in the plan',
      async () => ({ ...group(), newParticipants: [{}, { departmentId: koege.departments[0]?.id }] }),
      400,
      'DEPARTMENT_NOT_IN_PLAN',
      'newParticipants.1.departmentId',
    ],
    [
      'a volunteer of another plan',
      async () => {
        const admin = await demo.as('admin');
        const other = (await admin.post(`/api/plans/${koege.id}/volunteers`, {})).json().id;
        return { ...group(), volunteers: [{ volunteerId: other, hours: 1 }] };
      },
      400,
      'VOLUNTEER_NOT_IN_PLAN',
      'volunteers.0.volunteerId',
    ],
    [
      'a staff member of another plan',
      async () => {
        const admin = await demo.as('admin');
        const other = (
          await admin.post(`/api/plans/${koege.id}/staff`, { role: 'other', title: 'Køge' })
        ).json().id;
        return { ...group(), staffIds: [other] };
      },
      400,
      'STAFF_NOT_IN_PLAN',
      'staffIds.0',
    ],
    [
      'neither participants nor a count',
      async () => ({ ...group(), participantIds: [], newParticipants: [], openCount: null }),
      400,
      'VALIDATION_FAILED',
      'participantIds',
    ],
    [
      'volunteer hours of zero',
      async () => ({ ...group(), volunteers: [{ volunteerId: volunteers[0], hours: 0 }] }),
      400,
      'VALIDATION_FAILED',
      'body.volunteers.0.hours',
    ],
  ])('refuses %s with a field error and saves nothing', async (_name, body, status, code, field) => {
    const input = await body();
    const before = await rows();
    const res = await staff.post(`/api/activities/${mentor}/sessions`, input);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await rows()).toEqual(before);
  });

  it('refuses a date outside the plan period when the activity has no end', async () => {
    const admin = await demo.as('admin');
    await admin.patch(`/api/activities/${mentor}`, { startDate: null, endDate: null });
    const before = await rows();
    const res = await staff.post(`/api/activities/${mentor}/sessions`, { ...group(), date: '2028-01-02' });
    expect(res.json()).toMatchObject({ status: 400, code: 'SESSION_OUTSIDE_PLAN_PERIOD' });
    expect(res.json().errors[0]).toMatchObject({ field: 'date' });
    expect(await rows()).toEqual(before);
  });

  it('refuses an erased participant', async () => {
    const leader = await demo.as('projektleder.holbaek');
    const [p] = (await staff.post(`/api/plans/${holbaek.id}/participants`, { participants: [{}] })).json();
    await leader.post(`/api/participants/${p.id}/erase`);
    const res = await staff.post(`/api/activities/${mentor}/sessions`, {
      date: '2024-04-01',
      participantIds: [known[0]?.id, p.id],
    });
    expect(res.json()).toMatchObject({ status: 400, code: 'PARTICIPANT_ERASED' });
    expect(res.json().errors[0].field).toBe('participantIds.1');
  });

  it('registers an open event with only a head count', async () => {
    const res = await staff.post(`/api/activities/${mentor}/sessions`, {
      date: '2024-05-01',
      openCount: { total: 23, female: 14 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ attendance: [], openCount: { total: 23, female: 14, male: null } });
  });

  it('patches the attendance set, volunteers and count; refuses bad patches; deletes', async () => {
    const created = (
      await staff.post(`/api/activities/${mentor}/sessions`, {
        date: '2024-06-01',
        participantIds: [known[0]?.id, known[1]?.id],
        volunteers: [{ volunteerId: volunteers[0], hours: 1 }],
      })
    ).json();
    const res = await staff.patch(`/api/sessions/${created.id}`, {
      participantIds: [known[1]?.id, known[2]?.id],
      newParticipants: [{ ageBand: '13-17' }],
      volunteers: [{ volunteerId: volunteers[1], hours: 4 }],
      openCount: { total: 3 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const patched = res.json();
    expect(patched.attendance.map((a: { participantId: string }) => a.participantId)).toEqual(
      expect.arrayContaining([known[1]?.id, known[2]?.id]),
    );
    expect(patched.attendance).toHaveLength(3);
    expect(patched.newParticipantCodes).toHaveLength(1);
    expect(patched.volunteers).toMatchObject([{ volunteerId: volunteers[1], hours: 4 }]);
    expect(patched.openCount).toEqual({ total: 3, female: null, male: null });

    const before = await rows();
    const bad = await staff.patch(`/api/sessions/${created.id}`, {
      openCount: { total: 1, female: 1, male: 1 },
    });
    expect(bad.json()).toMatchObject({ status: 400, code: 'OPEN_COUNT_INVALID' });
    const empty = await staff.patch(`/api/sessions/${created.id}`, { participantIds: [], openCount: null });
    expect(empty.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const other = await staff.patch(`/api/sessions/${created.id}`, { participantIds: [koegeParticipant] });
    expect(other.json()).toMatchObject({ status: 400, code: 'PARTICIPANT_NOT_IN_PLAN' });
    expect(await rows()).toEqual(before);

    expect((await staff.delete(`/api/sessions/${created.id}`)).statusCode).toBe(204);
    expect((await staff.get(`/api/sessions/${created.id}`)).json().code).toBe('SESSION_NOT_FOUND');
  });

  it('lists the regulars of the last sessions, most frequent first, without erased ones', async () => {
    const [a, b, c] = known.map((p) => p.id);
    for (const [date, ids] of [
      ['2024-09-01', [a, b]],
      ['2024-09-08', [a, c]],
      ['2024-09-15', [a, b]],
    ] as const) {
      const res = await staff.post(`/api/activities/${mentor}/sessions`, { date, participantIds: ids });
      expect(res.statusCode, res.body).toBe(201);
    }
    const res = (await staff.get(`/api/activities/${mentor}/regulars?sessions=3`)).json();
    expect(res.sessions.map((s: { date: string }) => s.date)).toEqual([
      '2024-09-15',
      '2024-09-08',
      '2024-09-01',
    ]);
    expect(
      res.items.map((i: { participantId: string; attended: number }) => [i.participantId, i.attended]),
    ).toEqual([
      [a, 3],
      [b, 2],
      [c, 1],
    ]);
    expect(res.items[0]).toMatchObject({ code: known[0]?.code, ageBand: '18-24', gender: 'male' });
    const two = (await staff.get(`/api/activities/${mentor}/regulars?sessions=1`)).json();
    expect(two.items.map((i: { attended: number }) => i.attended)).toEqual([1, 1]);
  });

  it('keeps other plans out: Holbæk staff on a Køge activity or session get 404, partners 403', async () => {
    const onKoege = await staff.post(`/api/activities/${koegeActivity}/sessions`, {
      date: '2022-03-01',
      openCount: { total: 5 },
    });
    expect(onKoege.statusCode).toBe(404);
    expect(onKoege.json().code).toBe('ACTIVITY_NOT_FOUND');
    const koegeStaff = await demo.as('medarbejder.koege');
    const koegeSession = await koegeStaff.post(`/api/activities/${koegeActivity}/sessions`, {
      date: '2022-03-01',
      openCount: { total: 5 },
    });
    expect(koegeSession.statusCode, koegeSession.body).toBe(201);
    const id = koegeSession.json().id;
    expect((await staff.get(`/api/sessions/${id}`)).statusCode).toBe(404);
    expect((await staff.patch(`/api/sessions/${id}`, { place: 'X' })).statusCode).toBe(404);
    expect((await staff.delete(`/api/sessions/${id}`)).statusCode).toBe(404);
    // Køge is a public plan: a signed-in outsider is told it may not see the sessions (item 8).
    const sessions = await staff.get(`/api/plans/koege-2021-2025/sessions`);
    expect(sessions.statusCode).toBe(403);
    expect(sessions.json().title).toMatch(/^Du har ikke adgang til/);
    expect((await staff.get(`/api/activities/${koegeActivity}/regulars`)).statusCode).toBe(404);
    const board = await demo.as('bestyrelse.koege');
    expect((await board.get(`/api/plans/koege-2021-2025/sessions`)).statusCode).toBe(200);
    expect((await board.get(`/api/sessions/${id}`)).statusCode).toBe(403);
    const partner = await demo.as('partner.koege');
    expect((await partner.get(`/api/plans/koege-2021-2025/sessions`)).statusCode).toBe(403);
  });

  it('exports sessions with counts, and attendance with codes for personal-data readers only', async () => {
    const sessions = await staff.get(`/api/plans/${holbaek.id}/sessions/export?format=csv`);
    expect(sessions.statusCode).toBe(200);
    expect(sessions.headers['content-type']).toContain('text/csv');
    const lines = sessions.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('Dato');
    expect(lines[0]).toContain('Frivillig-timer');
    expect(lines.find((l) => l.includes('Beboerhuset'))).toMatch(/09\.03\.2024|2024-03-09/);
    expect(sessions.body).not.toMatch(/HOL-/);
    const attendance = await staff.get(`/api/plans/${holbaek.id}/attendance/export?format=csv`);
    expect(attendance.statusCode).toBe(200);
    expect(attendance.body).toContain(known[0]?.code);
    expect(attendance.body).toContain('Deltagerkode');
    const xlsx = await staff.get(`/api/plans/${holbaek.id}/attendance/export`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const board = await demo.as('bestyrelse.koege');
    expect((await board.get(`/api/plans/koege-2021-2025/attendance/export`)).statusCode).toBe(403);
    expect((await board.get(`/api/plans/koege-2021-2025/sessions/export`)).statusCode).toBe(200);
  });

  it('writes every registration through the audit trail', async () => {
    const events = await demo.handle.db
      .select({ action: t.auditEvents.action })
      .from(t.auditEvents)
      .where(eq(t.auditEvents.action, 'registerSession'));
    expect(events.length).toBeGreaterThan(3);
  });
});
