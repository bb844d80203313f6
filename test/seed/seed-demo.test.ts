import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, queryRows } from '../../src/db/client';
import { departments, plans } from '../../src/db/schema/index';
import { demoFiles, seedDemo, seedFiles } from '../../src/db/seed/seed-demo';
import { AppError } from '../../src/domain/errors/app-error';
import { getPlanDetail } from '../../src/server/plans/get-plan-detail';
import { testBackends } from '../support/databases';

const kr = (n: number) => n * 100;

/** Row count of every table in the public schema. */
async function tableCounts(handle: DbHandle): Promise<Record<string, number>> {
  const tables = await queryRows<{ table_name: string }>(
    handle.db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from ${sql.identifier(table_name)}`,
    );
    counts[table_name] = Number(row?.n);
  }
  return counts;
}

describe.each(testBackends)('demo seed on $name', (backend) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await backend.create();
    await seedDemo(handle.db);
  });
  afterAll(() => handle.close());

  it('reproduces the Holbæk budget to the krone', async () => {
    const plan = await getPlanDetail(handle.db, 'holbaek-2024-2027');
    expect(plan.financing.totals.totalOre).toBe(kr(22_069_000));
    expect(plan.financing.totals.bySource.map((s) => [s.sourceName, s.amountOre])).toEqual([
      ['Landsbyggefonden', kr(10_500_000)],
      ['Holbæk Kommune', kr(7_776_000)],
      ['Boligorganisationerne', kr(3_793_000)],
    ]);
    expect(plan.financing.departmentCoFinancing).toMatchObject([
      { cashOre: kr(400_000), inKindOre: kr(805_000), totalOre: kr(1_205_000) },
    ]);
    expect(plan.focusAreas.flatMap((f) => f.activities)).toHaveLength(11);
    expect(plan.staff).toHaveLength(4);
    expect(plan.areaFigures.map((f) => [f.indicator, f.value])).toEqual(
      expect.arrayContaining([
        ['residents', 3498],
        ['units', 1640],
      ]),
    );
  });

  it('has Køge’s four areas with their units, 5.463 residents and the board and forum', async () => {
    const plan = await getPlanDetail(handle.db, 'koege-2021-2025');
    expect(Object.fromEntries(plan.departments.map((d) => [d.name, d.units]))).toEqual({
      Ellemarken: 1125,
      Hastrupparken: 468,
      Karlemoseparken: 629,
      Søparken: 303,
    });
    expect(plan.areaFigures.find((f) => f.indicator === 'residents')?.value).toBe(5463);
    expect(plan.financing.totals.totalOre).toBe(kr(10_800_000));
    expect(
      plan.bodies.map((b) => [b.kind, b.hasDecisionAuthority, b.meetingsPerYearMin, b.meetingsPerYearMax]),
    ).toEqual([
      ['board', true, 3, 4],
      ['forum', false, 1, 2],
    ]);
    expect(plan.networks[0]?.groups.map((g) => g.name)).toEqual([
      '8. marts gruppen',
      'Mindfulnessgruppen',
      'Cafegruppen',
    ]);
    expect(plan.predecessors).toEqual([
      expect.objectContaining({ slug: 'koege-2017-2021', kind: 'replaces' }),
    ]);
  });

  it('has Amager merged from two plans, with the approximate 31 mio.', async () => {
    const plan = await getPlanDetail(handle.db, 'amager-2022-2025');
    expect(plan.predecessors.map((p) => [p.name, p.kind])).toEqual([
      ['Amagerbro Helhedsplan', 'mergedFrom'],
      ['Partnerskabet i Urbanplanen', 'mergedFrom'],
    ]);
    expect(plan.financing.totals).toMatchObject({ totalOre: kr(31_000_000), isApproximate: true });
  });

  it('changes nothing when run again', async () => {
    const before = await tableCounts(handle);
    expect(await seedDemo(handle.db)).toBe(0);
    expect(await tableCounts(handle)).toEqual(before);
  });
});

describe.each(testBackends)('a corrupt seed file on $name', (backend) => {
  let handle: DbHandle;
  let dir: string;
  beforeAll(async () => {
    handle = await backend.create();
    dir = mkdtempSync(join(tmpdir(), 'seed-'));
  });
  afterAll(() => handle.close());

  /** A valid demo file list plus one broken file: the error names file and line, nothing is written. */
  async function expectRejected(name: string, content: string, line: number, message: RegExp) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const error = await seedFiles(handle.db, [...(await demoFiles()), path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const fieldErrors = (error as AppError).fieldErrors;
    expect(fieldErrors[0]?.field).toContain(`${name}:${line}`);
    expect(fieldErrors[0]?.message).toMatch(message);
    expect(await handle.db.select().from(plans)).toEqual([]);
    expect(await handle.db.select().from(departments).where(eq(departments.slug, 'hastrupparken'))).toEqual(
      [],
    );
  }

  const plan = (financing: string) => `source: test
municipalities:
  - { slug: testby, name: Testby Kommune }
plans:
  - slug: test-plan
    name: Test
    municipality: testby
    fundingPeriod: 2019-26
    status: idea
${financing}`;

  it('reports bad YAML with its line', () =>
    expectRejected('syntax.yaml', 'source: x\nplans: [\n  - a: b\n', 3, /Ugyldig YAML/));
  it('reports a negative amount', () =>
    expectRejected(
      'negative.yaml',
      plan('    financing:\n      - { source: lbf, sourceName: LBF, kind: cash, amountKroner: -5 }\n'),
      11,
      /negativt/,
    ));
  it('reports a share of 140 %', () =>
    expectRejected(
      'share.yaml',
      'source: x\nstatistics:\n  - scope: country\n    indicator: shareOnlyPrimarySchool30to59\n    year: 2024\n    value: 140\n',
      6,
      /100 %/,
    ));
  it('reports an unknown focus area of the funding period', () =>
    expectRejected(
      'focus.yaml',
      plan('    activities:\n      - { focusArea: sundhed, name: Løb }\n'),
      11,
      /Indsatsområdet "sundhed" findes ikke i bevillingsperioden 2019-26/,
    ));
});
