import { count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/db/schema/index';
import { writeXlsx } from '../../src/tabular/write-table';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

const MENTOR = 'Mentorordning for unge 15-29-årige';

describe.each(testBackends)('attendance import on $name', (backend) => {
  let demo: DemoApp;
  let staff: TestClient;
  let planId: string;
  let known: { id: string; code: string }[];
  let volunteerCode: string;
  let koegeCode: string;
  let erasedCode: string;

  const counts = async () => {
    const db = demo.handle.db;
    const [s] = await db.select({ n: count() }).from(t.activitySessions);
    const [a] = await db.select({ n: count() }).from(t.attendances);
    const [p] = await db.select({ n: count() }).from(t.participants);
    const [v] = await db.select({ n: count() }).from(t.sessionVolunteers);
    return { sessions: s?.n, attendances: a?.n, participants: p?.n, volunteers: v?.n };
  };
  const upload = (file: string, query = 'dryRun=true') =>
    staff.upload(`/api/plans/holbaek-2024-2027/imports/attendance?${query}`, file);

  beforeAll(async () => {
    demo = await demoApp(backend);
    staff = await demo.as('medarbejder.holbaek');
    const admin = await demo.as('admin');
    planId = (await staff.get('/api/plans/holbaek-2024-2027')).json().id;
    known = (
      await staff.post(`/api/plans/${planId}/participants`, { participants: [{ ageBand: '18-24' }, {}] })
    ).json();
    volunteerCode = (await staff.post(`/api/plans/${planId}/volunteers`, {})).json().code;
    koegeCode = (
      await admin.post('/api/plans/koege-2021-2025/participants', { participants: [{}] })
    ).json()[0].code;
    const leader = await demo.as('projektleder.holbaek');
    const [gone] = (await staff.post(`/api/plans/${planId}/participants`, { participants: [{}] })).json();
    erasedCode = (await leader.post(`/api/participants/${gone.id}/erase`)).json().code;
  }, 120_000);
  afterAll(() => demo.close());

  const goodFile = () =>
    [
      'Dato;Indsats;Afdeling;Sted;Deltagerkode;Aldersgruppe;Køn;Antal;Frivillig;Timer',
      `09.03.2024;${MENTOR};Ladegårdsparken;Beboerhuset;${known[0]?.code};;;;${volunteerCode};2,5`,
      `09.03.2024;${MENTOR.toUpperCase()};ladegaardsparken;Beboerhuset;${known[1]?.code};;;;;`,
      `09.03.2024;${MENTOR};Ladegårdsparken;Beboerhuset;HOL-NY2345;13-17;pige;;;`,
      `2024-03-16;${MENTOR};;;${known[0]?.code.toLowerCase()};;;;;`,
      `2024-03-16;${MENTOR};;;hol-ny2345;;;;;`,
      `23.03.2024;${MENTOR};Grønneparken;Festpladsen;;;pige;14;;`,
      `23.03.2024;${MENTOR};Grønneparken;Festpladsen;;;;9;;`,
    ].join('\n');

  it('previews without writing: sessions, attendances and new participants counted', async () => {
    const before = await counts();
    const res = await upload(goodFile());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.committed).toBe(false);
    expect(body.problems).toEqual([]);
    expect(body.rowCount).toBe(7);
    expect(body.summary).toEqual({
      rows: 7,
      sessions: 3,
      attendances: 5,
      newParticipants: 1,
      openCount: 23,
      volunteerHours: 2.5,
    });
    expect(body.preview[0].values.code).toBe(known[0]?.code);
    expect(await counts()).toEqual(before);
    // No query at all is a preview too (the shared import convention).
    expect(
      (await staff.upload('/api/plans/holbaek-2024-2027/imports/attendance', goodFile())).json().committed,
    ).toBe(false);
  });

  it('names every problem by row and column, and a commit with problems writes nothing', async () => {
    const file = [
      'Dato;Indsats;Afdeling;Deltagerkode;Aldersgruppe;Køn;Antal;Frivillig;Timer',
      `31.02.2024;${MENTOR};;${known[0]?.code};;;;;`,
      `01.03.2024;Ukendt indsats;;${known[0]?.code};;;;;`,
      `01.03.2024;${MENTOR};Karlemoseparken;${known[0]?.code};;;;;`,
      `01.03.2024;${MENTOR};;${koegeCode};;;;;`,
      `01.03.2024;${MENTOR};;${erasedCode};;;;;`,
      `01.03.2024;${MENTOR};;;;;-3;;`,
      `01.03.2024;${MENTOR};;HOL-NYNYNY;99;x;;;`,
      `01.03.2024;${MENTOR};;;;;;;`,
      `01.03.2024;${MENTOR};;${known[1]?.code};;;;;`,
      `01.03.2024;${MENTOR};;${known[1]?.code};;;;;`,
      `01.03.2024;${MENTOR};;${known[0]?.code};;;;Ukendt;2`,
      `01.01.2028;${MENTOR};;${known[1]?.code};;;;;`,
    ].join('\n');
    const preview = (await upload(file)).json();
    const where = preview.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '2:Dato',
        '3:Indsats',
        '4:Afdeling',
        '5:Deltagerkode',
        '6:Deltagerkode',
        '7:Antal',
        '8:Aldersgruppe',
        '8:Køn',
        '9:Deltagerkode',
        '11:Deltagerkode',
        '12:Frivillig',
        '13:Dato',
      ]),
    );
    const messages = Object.fromEntries(
      preview.problems.map((p: { row: number; message: string }) => [p.row, p.message]),
    );
    expect(messages[5]).toBe('Deltagerkoden hører til en anden helhedsplan.');
    expect(messages[6]).toContain('slettet');
    expect(messages[11]).toContain('række 10');
    expect(messages[13]).toContain('uden for planens periode');
    const before = await counts();
    const commit = await upload(file, 'commit=true');
    expect(commit.statusCode).toBe(422);
    expect(commit.json()).toMatchObject({ code: 'IMPORT_INVALID' });
    expect(commit.json().problems.length).toBeGreaterThanOrEqual(12);
    expect(await counts()).toEqual(before);
  });

  it('reports a missing required column as a problem of the file', async () => {
    const res = await upload('Dato;Deltagerkode\n01.03.2024;HOL-ABCDEF\n', 'dryRun=false');
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toEqual([
      { row: null, column: 'Indsats', message: 'Kolonnen mangler i filen.' },
    ]);
  });

  it('commits all in one go: sessions grouped, new codes created, counts and hours stored', async () => {
    const before = await counts();
    const res = await upload(goodFile(), 'dryRun=false');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, summary: { sessions: 3, attendances: 5 } });
    const after = await counts();
    expect(after).toEqual({
      sessions: (before.sessions ?? 0) + 3,
      attendances: (before.attendances ?? 0) + 5,
      participants: (before.participants ?? 0) + 1,
      volunteers: (before.volunteers ?? 0) + 1,
    });
    const [created] = await demo.handle.db
      .select()
      .from(t.participants)
      .where(eq(t.participants.code, 'HOL-NY2345'));
    expect(created).toMatchObject({ planId, ageBand: '13-17', gender: 'female' });
    const sessions = (await staff.get('/api/plans/holbaek-2024-2027/sessions')).json().items;
    expect(sessions.find((s: { date: string }) => s.date === '2024-03-23')).toMatchObject({
      openCount: { total: 23, female: 14, male: null },
      attendanceCount: 0,
      imported: true,
    });
    expect(sessions.find((s: { date: string }) => s.date === '2024-03-09')).toMatchObject({
      attendanceCount: 3,
      volunteerHours: 2.5,
      place: 'Beboerhuset',
    });
    const imported = await demo.handle.db
      .select({ n: count() })
      .from(t.activitySessions)
      .where(isNotNull(t.activitySessions.importId));
    expect(imported[0]?.n).toBe(3);
    // One audit event for the whole import.
    const events = await demo.handle.db
      .select()
      .from(t.auditEvents)
      .where(eq(t.auditEvents.action, 'importAttendance'));
    expect(events).toHaveLength(1);
  });

  it('reads XLSX too, and a Holbæk code another plan tries is refused', async () => {
    const xlsx = await writeXlsx([
      {
        name: 'Fremmøde',
        columns: [
          { key: 'date', header: 'Dato', type: 'date' },
          { key: 'activity', header: 'Aktivitet' },
          { key: 'code', header: 'Kode' },
        ],
        rows: [{ date: '2024-04-06', activity: MENTOR, code: known[0]?.code }],
      },
    ]);
    const res = await staff.upload(
      '/api/plans/holbaek-2024-2027/imports/attendance?dryRun=true',
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ problems: [], summary: { sessions: 1, attendances: 1 } });
    const koege = await demo.as('medarbejder.koege');
    const activity = (await koege.get('/api/plans/koege-2021-2025/activities?limit=1')).json().items[0].name;
    const refused = await koege.upload(
      '/api/plans/koege-2021-2025/imports/attendance?dryRun=true',
      `Dato;Indsats;Deltagerkode\n01.03.2022;${activity};${known[0]?.code}\n`,
    );
    expect(refused.json().problems).toEqual([
      { row: 2, column: 'Deltagerkode', message: 'Deltagerkoden hører til en anden helhedsplan.' },
    ]);
  });

  it('round-trips: the attendance export reads back as an import', async () => {
    const exported = await staff.get(`/api/plans/${planId}/attendance/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    const res = await upload(exported.body.replace(/^\uFEFF/, ''));
    expect(res.json().problems).toEqual([]);
    expect(res.json().summary).toMatchObject({
      sessions: 3,
      attendances: 5,
      newParticipants: 0,
      openCount: 23,
    });
  });

  it('is for personal-data writers of the plan only', async () => {
    const board = await demo.as('bestyrelse.koege');
    expect(
      (await board.upload('/api/plans/koege-2021-2025/imports/attendance?dryRun=true', 'Dato;Indsats\n'))
        .statusCode,
    ).toBe(403);
    const koege = await demo.as('medarbejder.koege');
    expect(
      (await koege.upload('/api/plans/holbaek-2024-2027/imports/attendance', goodFile())).statusCode,
    ).toBe(404);
  });
});
