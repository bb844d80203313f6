import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../src/cli/classify-command';
import { seedFiles } from '../../src/server/seed/seed-demo';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

const example = (name: string) => fileURLToPath(new URL(`../../seed/examples/${name}`, import.meta.url));
const [HEADER, ...ROWS] = readFileSync(example('area-statistics-eksempel-2016-2024.csv'), 'utf8')
  .trim()
  .split('\n');

/** The example file's rows of the given years; `as` moves a year to another (for a gap). */
function yearsOf(years: number[], as?: { from: number; to: number }): Buffer {
  const rows = ROWS.filter((r) => years.includes(Number(r.split(';')[1]))).map((r) =>
    as && r.split(';')[1] === String(as.from) ? r.replaceAll(String(as.from), String(as.to)) : r,
  );
  return Buffer.from([HEADER, ...rows].join('\n'));
}

type Row = {
  area: { name: string };
  verdict: { history: { category: string; change: string; lastYear: boolean | null }[] };
  changeBasis: Record<string, unknown>;
};

/**
 * Issue 13 item 6: "Ændring siden sidste år" once several years are imported. Two years: last
 * year's list needs the year before it for the two-year means, and the change says so instead of
 * a dash. Three years: the change is filled (staying, entering, leaving, or unchanged). A gap:
 * the list is not compared with an older year in silence.
 */
describe.each(testBackends)('change since last year on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  const url = '/api/municipalities/eksempelkommune/imports/area-statistics?commit=true';
  const load = async (file: Buffer) => {
    const res = await admin.upload(url, file);
    expect(res.json().problems).toEqual([]);
  };
  const row = async (year: number, area: string): Promise<Row> => {
    const res = await admin.get(`/api/classification?municipality=eksempelkommune&year=${year}`);
    expect(res.statusCode).toBe(200);
    const found = res.json().items.find((i: Row) => i.area.name === area);
    expect(found).toBeDefined();
    return found;
  };
  const csvRow = async (year: number, area: string) =>
    (await admin.get(`/api/classification/export?year=${year}&municipality=eksempelkommune&format=csv`)).body
      .split('\r\n')
      .find((l) => l.startsWith(`${area};`));
  const cliRow = async (year: number, area: string) =>
    (await classifyCommand(demo.handle.db, { year, municipality: 'eksempelkommune', format: 'table' }))
      .split('\n')
      .find((l) => l.startsWith(area));

  beforeAll(async () => {
    demo = await demoApp(backend);
    await seedFiles(demo.handle.db, [example('eksempel-omraader.yaml')]);
    admin = await demo.as('admin');
  }, 120_000);
  afterAll(() => demo.close());

  it('with two years, says that last year’s list lacks the year before it', async () => {
    await load(yearsOf([2022, 2023]));
    const r = await row(2023, 'Eksempelparken');
    expect(r.changeBasis).toEqual({
      kind: 'lastYearUndetermined',
      lastYear: 2022,
      unknown: ['vulnerable', 'parallelSociety', 'transformation', 'prevention'],
      missingYears: [2021],
      missing: expect.arrayContaining(['mangler tal for 2021']),
    });
    expect(await csvRow(2023, 'Eksempelparken')).toContain(
      ';ukendt: listen 2022 kan ikke afgøres (mangler tal for 2021);',
    );
    expect(await cliRow(2023, 'Eksempelparken')).toContain(
      'ukendt: listen 2022 kan ikke afgøres (mangler tal for 2021)',
    );
  });

  it('with three years, fills the change: staying on the list, or unchanged', async () => {
    await load(yearsOf([2021]));
    const r = await row(2023, 'Eksempelparken');
    const parallel = r.verdict.history.find((h) => h.category === 'parallelSociety');
    expect(parallel).toMatchObject({ change: 'staying', lastYear: true });
    // Only omdannelsesområde stays open: five years in a row reach back before the figures.
    expect(r.changeBasis).toEqual({
      kind: 'lastYearUndetermined',
      lastYear: 2022,
      unknown: ['transformation'],
      missingYears: [],
      missing: ['kræver 5 år i træk; ingen tal før 2021'],
    });
    expect(await csvRow(2023, 'Eksempelparken')).toContain(
      ';"uændret; ukendt for omdannelsesområde: listen 2022 kan ikke afgøres (kræver 5 år i træk; ingen tal før 2021)";',
    );
    expect(await cliRow(2023, 'Eksempelparken')).toMatch(
      /udsat boligområde, parallelsamfund\s+uændret ukendt for omdannelsesområde: listen 2022/,
    );
    const proevehaven = await row(2023, 'Prøvehaven');
    expect(proevehaven.changeBasis).toEqual({ kind: 'compared', lastYear: 2022 });
    expect(await csvRow(2023, 'Prøvehaven')).toContain(';uændret;');
    // The first list of the three still lacks 2020 for its two-year means, and says so.
    expect((await row(2022, 'Eksempelparken')).changeBasis).toMatchObject({
      kind: 'lastYearUndetermined',
      lastYear: 2021,
      missingYears: [2020],
    });
    const one = (await admin.get('/api/statutory-areas/proevehaven/verdict?year=2023')).json();
    expect(one.changeBasis).toEqual({ kind: 'compared', lastYear: 2022 });
  });

  it('names a year gap instead of comparing with an older year', async () => {
    // 2024's figures imported as 2025: no figures for 2024.
    await load(yearsOf([2024], { from: 2024, to: 2025 }));
    const r = await row(2025, 'Eksempelparken');
    expect(r.changeBasis).toMatchObject({ kind: 'noFiguresLastYear', lastYear: 2024, earlierYear: 2023 });
    expect(r.verdict.history.every((h) => h.change === 'unknown' && h.lastYear === null)).toBe(true);
    expect(await csvRow(2025, 'Eksempelparken')).toContain(
      ';ukendt: ingen tal for 2024 (sammenlignes ikke med 2023);',
    );
    expect(await cliRow(2025, 'Eksempelparken')).toContain(
      'ukendt: ingen tal for 2024 (sammenlignes ikke med 2023)',
    );
  });

  it('says when there is nothing before the first year', async () => {
    const r = await row(2021, 'Eksempelparken');
    expect(r.changeBasis).toMatchObject({ kind: 'noFiguresLastYear', lastYear: 2020, earlierYear: null });
    expect(await csvRow(2021, 'Eksempelparken')).toContain(';ukendt: ingen tal før 2021;');
  });
});
