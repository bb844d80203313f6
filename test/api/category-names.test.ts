import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../src/cli/classify-command';
import { seedFiles } from '../../src/server/seed/seed-demo';
import { readTable } from '../../src/tabular/read-table';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

const example = (name: string) => fileURLToPath(new URL(`../../seed/examples/${name}`, import.meta.url));
const EXAMPLE_CSV = readFileSync(example('area-statistics-eksempel-2016-2024.csv'), 'utf8');

/** The example file's 2016 rows repeated as 2014 and 2015, so the 2015 list (2013 rules) has figures. */
function earlierYears(): Buffer {
  const [header, ...rows] = EXAMPLE_CSV.split('\n');
  const rows2016 = rows.filter((r) => r.split(';')[1] === '2016');
  const moved = [2014, 2015].flatMap((year) =>
    rows2016.map((r) => r.replace(';2016;', `;${year};`).replace(/2016/g, String(year))),
  );
  return Buffer.from([header, ...moved].join('\n'));
}

type Named = { code?: string; category?: string; name: { da: string; en: string } };

/**
 * Issue 13 item 3: each list year speaks its own law's words. 2015 (rules of 2013–2017):
 * ghettoområde; 2019 (2018–2020): udsat boligområde, ghettoområde, hårdt ghettoområde; 2022
 * (2021–): udsat boligområde, parallelsamfund, omdannelsesområde, forebyggelsesområde — in the
 * API, the exports and the CLI, Danish and English (facts.md §3).
 */
describe.each(testBackends)('category names in the words of each list year on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;

  beforeAll(async () => {
    demo = await demoApp(backend);
    await seedFiles(demo.handle.db, [example('eksempel-omraader.yaml')]);
    admin = await demo.as('admin');
    const url = '/api/municipalities/eksempelkommune/imports/area-statistics?commit=true';
    expect((await admin.upload(url, Buffer.from(EXAMPLE_CSV))).json().problems).toEqual([]);
    expect((await admin.upload(url, earlierYears())).json().problems).toEqual([]);
  }, 120_000);
  afterAll(() => demo.close());

  const verdicts = async (year: number) => {
    const res = await admin.get(`/api/classification?municipality=eksempelkommune&year=${year}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const names = (list: Named[], lang: 'da' | 'en') => list.map((c) => c.name[lang]);

  it('declares each rule set’s categories with the law’s names of its period', async () => {
    const y2015 = (await verdicts(2015)).ruleSet;
    expect(y2015.id).toBe('2013-2017');
    expect(names(y2015.categories, 'da')).toEqual(['Ghettoområde']);
    expect(names(y2015.categories, 'en')).toEqual(['Ghetto area']);
    expect(y2015.categories[0].definition.da).toMatch(/^Mindst 3 af de 5 kriterier/);

    const y2019 = (await verdicts(2019)).ruleSet;
    expect(names(y2019.categories, 'da')).toEqual([
      'Udsat boligområde',
      'Ghettoområde',
      'Hårdt ghettoområde',
    ]);
    expect(names(y2019.categories, 'en')).toEqual([
      'Vulnerable housing area',
      'Ghetto area',
      'Hard ghetto area',
    ]);

    const y2022 = (await verdicts(2022)).ruleSet;
    expect(names(y2022.categories, 'da')).toEqual([
      'Udsat boligområde',
      'Parallelsamfund',
      'Omdannelsesområde',
      'Forebyggelsesområde',
    ]);
    expect(names(y2022.categories, 'en')).toEqual([
      'Vulnerable housing area',
      'Parallel society',
      'Transformation area',
      'Prevention area',
    ]);
  });

  it('names each verdict’s categories as its year’s law does', async () => {
    const eksempelparken = (list: { items: { area: { name: string }; verdict: unknown }[] }) =>
      list.items.find((i) => i.area.name === 'Eksempelparken')?.verdict as {
        categories: string[];
        details: (Named & { label: string; status: string })[];
      };
    const met = (v: ReturnType<typeof eksempelparken>, lang: 'da' | 'en') =>
      names(
        v.details.filter((d) => d.status === 'met'),
        lang,
      );

    const v2015 = eksempelparken(await verdicts(2015));
    expect(v2015.categories).toEqual(['parallelSociety']);
    expect(met(v2015, 'da')).toEqual(['Ghettoområde']);

    const v2019 = eksempelparken(await verdicts(2019));
    expect(met(v2019, 'da')).toEqual(['Udsat boligområde', 'Ghettoområde', 'Hårdt ghettoområde']);
    expect(met(v2019, 'en')).toEqual(['Vulnerable housing area', 'Ghetto area', 'Hard ghetto area']);
    expect(v2019.details.map((d) => d.label)).toEqual(names(v2019.details, 'da'));

    const one = (await admin.get('/api/statutory-areas/eksempelparken/verdict?year=2019')).json();
    const hard = one.whatWouldChange.find((o: { category: string }) => o.category === 'transformation');
    expect(hard.categoryLabel).toBe('Hårdt ghettoområde');
    expect(hard.note).toBe('Følger af år i træk (kræver 4); se ghettoområde.');

    const v2022 = eksempelparken(await verdicts(2022));
    expect(met(v2022, 'da')).toEqual(['Udsat boligområde', 'Parallelsamfund', 'Omdannelsesområde']);
    expect(JSON.stringify(v2022)).not.toMatch(/ghetto/i);
    expect(JSON.stringify(v2019.details.map((d) => d.name))).not.toMatch(/Parallel|Omdannelse/);
  });

  it('names the watch list’s and the charts’ categories in the year’s words', async () => {
    const watch = (
      await admin.get('/api/classification/watch-list?year=2019&municipality=eksempelkommune')
    ).json();
    expect(watch.ruleSet.id).toBe('2018-2020');
    expect(watch.items.length).toBeGreaterThan(0);
    for (const e of watch.items) {
      expect(['Udsat boligområde', 'Ghettoområde']).toContain(e.categoryName.da);
      expect(e.categoryLabel).toBe(e.categoryName.da);
    }
    const series = (await admin.get('/api/statutory-areas/eksempelparken/series?year=2015')).json();
    const thresholds = series.criteria.flatMap(
      (c: { thresholds: { categoryName: Named['name'] }[] }) => c.thresholds,
    );
    expect(new Set(thresholds.map((x: { categoryName: Named['name'] }) => x.categoryName.en))).toEqual(
      new Set(['Ghetto area']),
    );
  });

  it('names an official listing in its list year’s words, and refuses a category the year did not have', async () => {
    const karlemose = (await admin.get('/api/statutory-areas/karlemoseparken')).json();
    expect(
      karlemose.listings.map((l: { listYear: number; categoryName: Named['name'] }) => [
        l.listYear,
        l.categoryName.da,
        l.categoryName.en,
      ]),
    ).toEqual([
      [2018, 'Ghettoområde', 'Ghetto area'],
      [2019, 'Ghettoområde', 'Ghetto area'],
      [2020, 'Ghettoområde', 'Ghetto area'],
    ]);
    const added = await admin.post('/api/statutory-areas/eksempelparken/listings', {
      listYear: 2022,
      category: 'parallelSociety',
      listed: true,
      source: 'Syntetisk eksempel',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().categoryName).toEqual({ da: 'Parallelsamfund', en: 'Parallel society' });
    const refused = await admin.post('/api/statutory-areas/eksempelparken/listings', {
      listYear: 2015,
      category: 'prevention',
      listed: true,
      source: 'Syntetisk eksempel',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        field: 'category',
        label: 'Kategori',
        message: 'Listen 2015 kender ikke kategorien; efter årets regler findes ghettoområde',
      },
    ]);
  });

  it('exports each year’s verdicts in that year’s words (CSV and XLSX)', async () => {
    const csv = async (year: number) =>
      (await admin.get(`/api/classification/export?year=${year}&municipality=eksempelkommune&format=csv`))
        .body;
    const row = (text: string) => text.split('\r\n').find((l) => l.startsWith('Eksempelparken;'));
    expect(row(await csv(2015))).toContain(';Ghettoområde;');
    expect(row(await csv(2019))).toContain(';Udsat boligområde, Ghettoområde, Hårdt ghettoområde;');
    const csv2022 = await csv(2022);
    expect(row(csv2022)).toContain(';Udsat boligområde, Parallelsamfund, Omdannelsesområde;');
    expect(csv2022).not.toMatch(/ghetto/i);

    const xlsx = await admin.get(
      '/api/classification/export?year=2019&municipality=eksempelkommune&format=xlsx',
    );
    expect(xlsx.statusCode).toBe(200);
    const table = await readTable(new Uint8Array(xlsx.rawPayload), 'xlsx');
    const eksempelparken = table.rows.find((r) => r.values.Område === 'Eksempelparken');
    expect(eksempelparken?.values.Kategorier).toBe('Udsat boligområde, Ghettoområde, Hårdt ghettoområde');
  });

  it('prints each year’s words in the CLI (the issue: 2019 printed "parallelsamfund, omdannelse")', async () => {
    const line = async (year: number) =>
      (await classifyCommand(demo.handle.db, { year, municipality: 'eksempelkommune', format: 'table' }))
        .split('\n')
        .find((l) => l.startsWith('Eksempelparken'));
    expect(await line(2015)).toMatch(/\s2\.400\s+ghettoområde(\s|$)/);
    expect(await line(2019)).toMatch(/\s2\.370\s+udsat boligområde, ghettoområde, hårdt ghettoområde(\s|$)/);
    expect(await line(2022)).toMatch(
      /\s2\.340\s+udsat boligområde, parallelsamfund, omdannelsesområde(\s|$)/,
    );
    const one = await classifyCommand(demo.handle.db, {
      year: 2019,
      area: 'eksempelparken',
      format: 'table',
    });
    expect(one).toContain('Kategorier: udsat boligområde, ghettoområde, hårdt ghettoområde');
    expect(one).toContain('Hårdt ghettoområde: JA');
    expect(one).not.toMatch(/parallelsamfund|omdannelse/i);
  });
});
