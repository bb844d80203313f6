import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spendingEntries } from '../../src/db/schema/index';
import { readTable } from '../../src/tabular/read-table';
import { writeXlsx } from '../../src/tabular/write-table';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/** Actual spending on the Amager plan (2022–2025): mapping, import, manual entries, forecast. */
describe.each(testBackends)('spending API on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let plan: { id: string };
  const url = () => `/api/plans/${plan.id}`;
  const entries = async () => {
    const [n] = await demo.handle.db
      .select({ n: count() })
      .from(spendingEntries)
      .where(eq(spendingEntries.planId, plan.id));
    return n?.n ?? 0;
  };

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    plan = (await admin.get('/api/plans/amager-2022-2025')).json();
  }, 120_000);
  afterAll(() => demo.close());

  it('saves the account mapping, refusing an account twice', async () => {
    const dup = await admin.put(`${url()}/account-mappings`, {
      mappings: [
        { account: '1010', category: 'salaries' },
        { account: '1010', category: 'premises' },
      ],
    });
    expect(dup.json()).toMatchObject({
      errors: [{ field: 'mappings.1.account', message: 'Kontoen 1010 står der allerede (række 1)' }],
    });
    const ok = await admin.put(`${url()}/account-mappings`, {
      mappings: [
        { account: '1010', category: 'salaries', label: 'Lønninger' },
        { account: '2020', category: 'activities' },
      ],
    });
    expect(ok.json().items.map((m: { account: string }) => m.account)).toEqual(['1010', '2020']);
  });

  it('refuses a file with an unknown account, naming row and column, and saves nothing', async () => {
    const csv =
      'Bogføringsdato;Kontonr;Beløb;Tekst\n15.01.2022;1010;50.000,00;Løn januar\n20.01.2022;9999;1.250,50;Ukendt\n01.02.2022;2020;abc;Fejl\n';
    const preview = await admin.upload(`${url()}/imports/spending`, csv);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      committed: false,
      rowCount: 3,
      mapping: { date: 'Bogføringsdato', account: 'Kontonr', amount: 'Beløb', description: 'Tekst' },
      problems: [
        {
          row: 3,
          column: 'Kontonr',
          message: expect.stringContaining('Kontoen 9999 er ikke knyttet til en budgetpost'),
        },
        { row: 4, column: 'Beløb', message: '»abc« er ikke et beløb i kroner med højst to decimaler.' },
      ],
    });
    const commit = await admin.upload(`${url()}/imports/spending?commit=true`, csv);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().problems).toHaveLength(2);
    expect(await entries()).toBe(0);
  });

  it('imports an XLSX export all at once, learns accounts from a Budgetpost column, and follows the budget', async () => {
    const outside = await admin.upload(
      `${url()}/imports/spending`,
      'Dato;Konto;Beløb\n2021-12-31;1010;100\n',
    );
    expect(outside.json().problems).toEqual([
      {
        row: 2,
        column: 'Dato',
        message:
          '31.12.2021: Datoen skal ligge i planens periode eller højst 6 måneder efter (regnskabsafslutning): 01.01.2022–30.06.2026.',
      },
    ]);
    const xlsx = await writeXlsx([
      {
        name: 'Posteringer',
        columns: [
          { key: 'd', header: 'Dato', type: 'date' },
          { key: 'k', header: 'Konto' },
          { key: 'b', header: 'Beløb', type: 'number' },
          { key: 'p', header: 'Budgetpost' },
        ],
        rows: [
          ...Array.from({ length: 12 }, (_, m) => ({
            d: `2022-${String(m + 1).padStart(2, '0')}-28`,
            k: '1010',
            b: 500_000,
          })),
          { d: '2022-06-30', k: '3030', b: 12_345.67, p: 'Evaluering' },
          { d: '2022-07-01', k: '2020', b: -345.67 },
        ],
      },
    ]);
    expect((await readTable(new Uint8Array(xlsx), 'xlsx')).rows).toHaveLength(14);
    const res = await admin.upload(
      `${url()}/imports/spending?commit=true`,
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, rowCount: 14, problems: [] });
    expect(await entries()).toBe(14);
    const mappings = (await admin.get(`${url()}/account-mappings`)).json().items;
    expect(mappings).toContainEqual({
      account: '3030',
      category: 'evaluation',
      lineDescription: null,
      label: null,
    });

    const manual = await admin.post(`${url()}/spending`, {
      date: '2022-12-31',
      account: '2020',
      amountOre: 100_00,
      description: 'Kaffe',
    });
    expect(manual.json()).toMatchObject({ category: 'activities', origin: 'manual', amountOre: 100_00 });
    const unknown = await admin.post(`${url()}/spending`, {
      date: '2022-12-31',
      account: '7777',
      amountOre: 1,
    });
    expect(unknown.json().errors).toEqual([
      {
        field: 'account',
        label: 'Konto',
        message: 'Kontoen 7777 er ikke knyttet til en budgetpost; angiv en budgetpost',
      },
    ]);

    const bva = (await admin.get(`${url()}/budget-vs-actual?asOf=2022-12-31`)).json();
    expect(bva).toMatchObject({
      versionName: 'Ansøgt budget 2022–2025',
      firstYear: 2022,
      lastYear: 2025,
      monthsElapsed: 12,
      monthsLeft: 36,
    });
    const spent = 12 * 500_000_00 + 12_345_67 - 345_67 + 100_00;
    expect(bva.actualTotalOre).toBe(spent);
    expect(bva.years[0]).toMatchObject({
      year: 2022,
      budgetOre: 7_750_000_00,
      actualOre: spent,
      forecastOre: spent,
    });
    expect(bva.forecastTotalOre).toBe(spent * 4);
    expect(bva.months).toHaveLength(48);
    expect(bva.byCategory).toContainEqual({ category: 'salaries', budgetOre: 0, actualOre: 6_000_000_00 });

    const csv = await admin.get(`${url()}/spending/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Budgetpost');
    const xlsxOut = await admin.get(`${url()}/spending/export?format=xlsx`);
    expect(xlsxOut.statusCode).toBe(200);
  });

  it('exports every table of a budget version', async () => {
    const versions = (await admin.get('/api/plans/holbaek-2024-2027/budget-versions')).json();
    const id = versions.items[0].id;
    const table = await admin.get(`/api/budget-versions/${id}/export?format=csv&table=departments`);
    expect(table.statusCode).toBe(200);
    const parsed = await readTable(new Uint8Array(table.rawPayload), 'csv');
    expect(parsed.columns).toEqual(['Afdeling', 'Udgiftspost', 'Kontant', 'Timer/lokaler', 'Timer']);
    expect(parsed.rows.find((r) => r.values.Udgiftspost === 'I alt')?.values).toMatchObject({
      Kontant: '400000,00',
      'Timer/lokaler': '805000,00',
    });
    const all = await admin.get(`/api/budget-versions/${id}/export?format=xlsx`);
    const sheets = await readTable(new Uint8Array(all.rawPayload), 'xlsx');
    expect(sheets.columns).toContain('Finansieret af');
  });
});
