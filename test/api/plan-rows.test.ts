import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { makePlanWorld, signedInAs, type TestApp, testApp } from '../support/factories';

type World = Awaited<ReturnType<typeof makePlanWorld>>;

describe.each(testBackends)('plan rows (partners, bodies, networks, contacts, staff) on $name', (backend) => {
  let ctx: TestApp;
  let world: World;
  let bodyId: string;
  let networkId: string;
  beforeAll(async () => {
    ctx = await testApp(backend);
    world = await makePlanWorld(ctx.db);
    const plan = `/api/plans/${world.plan.id}`;
    bodyId = (
      await ctx.admin.post(`${plan}/bodies`, {
        kind: 'board',
        name: 'Bestyrelsen',
        hasDecisionAuthority: true,
      })
    ).json().id;
    networkId = (await ctx.admin.post(`${plan}/networks`, { name: 'Kvindenetværket' })).json().id;
  });
  afterAll(() => ctx.close());

  /** [list/create URL, row URL prefix, create body, edit, a field the edit must leave alone, 404 code]. */
  const cases = (): [string, string, Record<string, unknown>, Record<string, unknown>, string, string][] => {
    const plan = `/api/plans/${world.plan.slug}`;
    return [
      [
        `${plan}/partners`,
        '/api/partners',
        { name: 'Lokalrådet', type: 'association', contributionInsidePlan: 'Lokaler' },
        { name: 'Lokalrådet Øst' },
        'contributionInsidePlan',
        'PARTNER_NOT_FOUND',
      ],
      [
        `${plan}/bodies`,
        '/api/bodies',
        { kind: 'forum', name: 'Forum', hasDecisionAuthority: false, meetingsPerYearMin: 2 },
        { meetingsPerYearMax: 4 },
        'meetingsPerYearMin',
        'BODY_NOT_FOUND',
      ],
      [
        `/api/bodies/${bodyId}/members`,
        '/api/body-members',
        { role: 'Beboerrepræsentant', seats: 3 },
        { name: 'Aisha' },
        'seats',
        'BODY_MEMBER_NOT_FOUND',
      ],
      [
        `${plan}/networks`,
        '/api/networks',
        { name: 'Fædrenetværket', purpose: 'Fællesskab' },
        { howToJoin: 'Mød op' },
        'purpose',
        'NETWORK_NOT_FOUND',
      ],
      [
        `/api/networks/${networkId}/groups`,
        '/api/network-groups',
        { name: 'Strikkeklubben', status: 'past' },
        { description: 'Hver tirsdag' },
        'status',
        'NETWORK_GROUP_NOT_FOUND',
      ],
      [
        `/api/networks/${networkId}/activities`,
        '/api/network-activities',
        { name: 'NADA-kursus', description: 'Øre-akupunktur' },
        { name: 'NADA' },
        'description',
        'NETWORK_ACTIVITY_NOT_FOUND',
      ],
      [
        `${plan}/contacts`,
        '/api/contacts',
        { name: 'Mette', phone: '+45 12 34 56 78' },
        { email: 'mette@example.dk' },
        'phone',
        'CONTACT_NOT_FOUND',
      ],
      [
        `/api/bodies/${bodyId}/contacts`,
        '/api/contacts',
        { name: 'Formanden', title: 'Formand' },
        { phone: '11223344' },
        'title',
        'CONTACT_NOT_FOUND',
      ],
      [
        `/api/networks/${networkId}/contacts`,
        '/api/contacts',
        { name: 'Tovholder' },
        { title: 'Frivillig' },
        'name',
        'CONTACT_NOT_FOUND',
      ],
      [
        `${plan}/staff`,
        '/api/staff',
        { role: 'socialWorker', title: 'Boligsocial medarbejder', weeklyHours: 37 },
        { name: 'Jonas' },
        'weeklyHours',
        'STAFF_NOT_FOUND',
      ],
    ];
  };

  it('creates, reads, lists, edits (keeping what the edit leaves out) and deletes each kind of row', async () => {
    for (const [listUrl, rowUrl, body, edit, kept, notFound] of cases()) {
      const created = await ctx.admin.post(listUrl, body);
      expect(created.statusCode, `${listUrl}: ${created.body}`).toBe(201);
      const row = created.json();
      expect(row).toMatchObject(body);
      const url = `${rowUrl}/${row.id}`;
      expect((await ctx.anonymous.get(url)).json()).toEqual(row);
      const list = (await ctx.anonymous.get(`${listUrl}?limit=100`)).json();
      expect(
        list.items.map((r: { id: string }) => r.id),
        listUrl,
      ).toContain(row.id);
      const edited = await ctx.admin.patch(url, edit);
      expect(edited.statusCode, `${url}: ${edited.body}`).toBe(200);
      expect(edited.json()).toMatchObject({ ...edit, [kept]: body[kept] });
      expect((await ctx.admin.delete(url)).statusCode).toBe(204);
      const gone = await ctx.anonymous.get(url);
      expect(gone.statusCode).toBe(404);
      expect(gone.json().code).toBe(notFound);
    }
  });

  it('keeps the order rows were added in, and pages through them', async () => {
    const url = `/api/plans/${world.plan.id}/staff`;
    for (const title of ['Projektleder', 'Medarbejder 1', 'Medarbejder 2']) {
      await ctx.admin.post(url, { role: 'other', title });
    }
    const first = (await ctx.anonymous.get(`${url}?limit=2`)).json();
    const second = (await ctx.anonymous.get(`${url}?limit=2&offset=2`)).json();
    expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect([...first.items, ...second.items].map((s: { title: string }) => s.title)).toEqual([
      'Projektleder',
      'Medarbejder 1',
      'Medarbejder 2',
    ]);
  });

  it('answers 404 with the right code for an unknown id, an unknown slug and an unknown parent', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [url, code] of [
      [`/api/partners/${unknown}`, 'PARTNER_NOT_FOUND'],
      [`/api/plans/${unknown}/partners`, 'PLAN_NOT_FOUND'],
      ['/api/plans/findes-ikke/contacts', 'PLAN_NOT_FOUND'],
      [`/api/bodies/${unknown}/members`, 'BODY_NOT_FOUND'],
      [`/api/networks/${unknown}/groups`, 'NETWORK_NOT_FOUND'],
    ]) {
      const res = await ctx.anonymous.get(url as string);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code, url).toBe(code);
    }
    const edit = await ctx.admin.patch(`/api/contacts/${unknown}`, { name: 'x' });
    expect(edit.json()).toMatchObject({ status: 404, code: 'CONTACT_NOT_FOUND' });
    const add = await ctx.admin.post('/api/plans/findes-ikke/partners', { name: 'x', type: 'ngo' });
    expect(add.json()).toMatchObject({ status: 404, code: 'PLAN_NOT_FOUND' });
  });

  it('answers 400 naming the field for a missing field, a wrong type and a rule broken', async () => {
    const plan = `/api/plans/${world.plan.id}`;
    const cases: [string, unknown, string][] = [
      [`${plan}/partners`, { type: 'ngo' }, 'body.name'],
      [`${plan}/partners`, { name: 'x', type: 'bank' }, 'body.type'],
      [
        `${plan}/bodies`,
        { kind: 'board', name: 'x', hasDecisionAuthority: 'ja' },
        'body.hasDecisionAuthority',
      ],
      [`${plan}/contacts`, { name: 'x', email: 'ikke-en-mail' }, 'body.email'],
      [`${plan}/staff`, { role: 'other', title: 'x', weeklyHours: 200 }, 'body.weeklyHours'],
      [`/api/bodies/${bodyId}/members`, { role: 'x', seats: 0 }, 'body.seats'],
    ];
    for (const [url, body, field] of cases) {
      const res = await ctx.admin.post(url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const meetings = await ctx.admin.post(`${plan}/bodies`, {
      kind: 'board',
      name: 'x',
      hasDecisionAuthority: true,
      meetingsPerYearMin: 6,
      meetingsPerYearMax: 4,
    });
    expect(meetings.json()).toMatchObject({
      status: 400,
      code: 'MEETINGS_RANGE_INVALID',
      errors: [{ field: 'meetingsPerYearMax' }],
    });
    const empty = await ctx.admin.patch(`/api/bodies/${bodyId}`, {});
    expect(empty.statusCode).toBe(400);
  });

  it('refuses a network activity held by another network’s group', async () => {
    const plan = `/api/plans/${world.plan.id}`;
    const other = (await ctx.admin.post(`${plan}/networks`, { name: 'Andet netværk' })).json();
    const group = (await ctx.admin.post(`/api/networks/${other.id}/groups`, { name: 'Gruppe' })).json();
    const res = await ctx.admin.post(`/api/networks/${networkId}/activities`, {
      name: 'x',
      groupId: group.id,
    });
    expect(res.json()).toMatchObject({
      status: 400,
      code: 'NETWORK_GROUP_NOT_IN_NETWORK',
      errors: [{ field: 'groupId' }],
    });
    const own = await ctx.admin.post(`/api/networks/${other.id}/activities`, {
      name: 'x',
      groupId: group.id,
    });
    expect(own.statusCode).toBe(201);
  });

  it('shows the rows on the plan page', async () => {
    await ctx.admin.post(`/api/bodies/${bodyId}/members`, { role: 'Formand', name: 'Hans' });
    await ctx.admin.post(`/api/networks/${networkId}/groups`, { name: 'Madklubben' });
    const detail = (await ctx.anonymous.get(`/api/plans/${world.plan.slug}`)).json();
    const board = detail.bodies.find((b: { id: string }) => b.id === bodyId);
    expect(board.members.map((m: { name: string }) => m.name)).toContain('Hans');
    const network = detail.networks.find((n: { id: string }) => n.id === networkId);
    expect(network.groups.map((g: { name: string }) => g.name)).toContain('Madklubben');
  });

  it('lets the plan’s staff write and keeps everyone else out', async () => {
    const plan = `/api/plans/${world.plan.id}`;
    const staff = await signedInAs(ctx.app, ctx.db, [{ role: 'planStaff', planId: world.plan.id }]);
    const board = await signedInAs(ctx.app, ctx.db, [{ role: 'boardMember', planId: world.plan.id }]);
    const elsewhere = await makePlanWorld(ctx.db);
    const other = await signedInAs(ctx.app, ctx.db, [{ role: 'planStaff', planId: elsewhere.plan.id }]);
    const body = { name: 'Skolen', type: 'school' };
    expect((await staff.post(`${plan}/partners`, body)).statusCode).toBe(201);
    expect((await board.post(`${plan}/partners`, body)).statusCode).toBe(403);
    expect((await other.post(`${plan}/partners`, body)).json()).toMatchObject({
      status: 404,
      code: 'PLAN_NOT_FOUND',
    });
    expect((await ctx.anonymous.post(`${plan}/partners`, body)).statusCode).toBe(401);
  });
});
