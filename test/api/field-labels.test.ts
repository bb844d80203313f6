import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LABELS, fieldLabel, labelledMessage } from '../../src/domain/validation/field-labels';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

interface Schema {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
type Operation = {
  requestBody?: { content: Record<string, { schema: Schema }> };
  parameters?: { in: string; name: string }[];
};

function fieldNames(schema: Schema | undefined, into: Set<string>): void {
  if (!schema || typeof schema !== 'object') return;
  for (const [name, inner] of Object.entries(schema.properties ?? {})) {
    into.add(name);
    fieldNames(inner, into);
  }
  fieldNames(schema.items, into);
  for (const list of [schema.anyOf, schema.oneOf, schema.allOf])
    for (const s of list ?? []) fieldNames(s, into);
}

/** Technical words a field error must not show: a request path, a type name, a code. */
const TECHNICAL =
  /\b(?:body|querystring|params)\.|\b(?:string|number|undefined|boolean|uuid|int)\b|[a-z][A-Z]/;

describe('field labels', () => {
  it('names a field by its label, with its position in a list', () => {
    expect(fieldLabel('body.email')).toBe('E-mail');
    expect(fieldLabel('body.newParticipants.0.ageBand')).toBe('Aldersgruppe (nr. 1)');
    expect(fieldLabel('body.financings.2.amountOre')).toBe('Beløb (nr. 3)');
    expect(fieldLabel('body.noSuchField')).toBeNull();
    expect(labelledMessage('E-mail', 'Skal være en e-mailadresse')).toBe('E-mail skal være en e-mailadresse');
    expect(labelledMessage('Beløb', 'Beløb angives i hele øre')).toBe('Beløb angives i hele øre');
    expect(labelledMessage('Beløb', 'Højst to decimaler (øre)')).toBe('Beløb: Højst to decimaler (øre)');
    expect(labelledMessage('Konto (nr. 2)', 'Kontoen 1010 står der allerede')).toBe(
      'Kontoen 1010 står der allerede',
    );
  });
});

describe.each(testBackends)('field errors in words on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
  }, 180_000);
  afterAll(() => demo.close());

  it('has a label for every field of every request in the OpenAPI document', async () => {
    const doc = (await admin.get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const names = new Set<string>();
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        fieldNames(op.requestBody?.content['application/json']?.schema, names);
        for (const p of op.parameters ?? []) if (p.in !== 'header' && p.in !== 'cookie') names.add(p.name);
      }
    }
    expect(names.size).toBeGreaterThan(100);
    expect([...names].filter((n) => !FIELD_LABELS[n]).sort()).toEqual([]);
  });

  it('tells a signed-in user what part of a public plan they may not see', async () => {
    const plan = '/api/plans/koege-2021-2025';
    const refused = async (who: string, url: string) => {
      const res = await (await demo.as(who)).get(url);
      return { status: res.statusCode, title: res.json().title as string };
    };
    for (const who of ['bestyrelse.koege', 'projektleder.holbaek', 'lbf']) {
      expect(await refused(who, `${plan}/participants`)).toEqual({
        status: 403,
        title: 'Du har ikke adgang til deltagerne.',
      });
    }
    expect(await refused('lbf', `${plan}/audit`)).toEqual({
      status: 403,
      title: 'Du har ikke adgang til planens revisionsspor.',
    });
    expect((await refused('lbf', `${plan}/spending`)).title).toMatch(
      /^Du har ikke adgang til planens interne/,
    );
    // The plan itself is public; a plan that does not exist still answers 404.
    expect((await (await demo.as('lbf')).get(plan)).statusCode).toBe(200);
    expect((await refused('lbf', '/api/plans/findes-ikke/participants')).status).toBe(404);
  });

  it('answers a bad e-mail with "E-mail skal være en e-mailadresse"', async () => {
    const res = await admin.post('/api/users', {
      email: 'ikke-en-adresse',
      displayName: 'Ny',
      password: 'x',
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; label?: string; message: string }[];
    const email = errors.find((e) => e.field === 'body.email');
    expect(email).toEqual({
      field: 'body.email',
      label: 'E-mail',
      message: 'E-mail skal være en e-mailadresse',
    });
    for (const e of errors) expect(e.message, e.field).not.toMatch(TECHNICAL);
  });

  it('words missing, mistyped and out-of-range fields without type names or paths', async () => {
    const koege = (await admin.get('/api/plans/koege-2021-2025')).json();
    const bodies: [string, unknown][] = [
      [`/api/plans/${koege.id}/partners`, {}],
      [`/api/plans/${koege.id}/partners`, { name: 7, type: 'x' }],
      [`/api/plans/${koege.id}/financing-lines`, { source: 'lbf', kind: 'cash', amountOre: -1.5 }],
      [
        `/api/plans/${koege.id}/indicators`,
        { name: '', kind: 'output', basis: 'sessions', targets: [{ yearIndex: 99, target: -1 }] },
      ],
      [`/api/plans/${koege.id}/volunteers`, { name: 'x'.repeat(500), active: 'ja' }],
    ];
    const messages: string[] = [];
    for (const [url, body] of bodies) {
      const res = await admin.post(url, body);
      expect(res.statusCode, url).toBe(400);
      for (const e of res.json().errors as { field: string; label?: string; message: string }[]) {
        expect(e.label, `${e.field} has no label`).toBeTruthy();
        expect(e.message.toLowerCase(), e.message).toContain(
          (e.label as string).replace(/ \(nr\. \d+\)$/, '').toLowerCase(),
        );
        expect(e.message, e.field).not.toMatch(TECHNICAL);
        messages.push(e.message);
      }
    }
    expect(messages).toEqual(
      expect.arrayContaining([
        'Navn skal udfyldes',
        'Navn skal være tekst',
        'Måltallet må ikke være negativt',
        'Navn må højst være 200 tegn',
        'Aktiv skal være ja eller nej',
      ]),
    );
  });
});
