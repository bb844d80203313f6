import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { seedFiles } from '../../src/server/seed/seed-demo';
import { RESULTS, startDemoSite } from '../support/demo-site';

const example = (name: string) => fileURLToPath(new URL(`../../seed/examples/${name}`, import.meta.url));

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Journey 4 (the 1 December list): a municipal analyst imports a file of several years, sees
 * every area's verdict and what changed, one area's criteria over time, and the watch list.
 */
describe('statutory areas in Chromium (journey: the 1 December list)', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    ({ handle, app, browser, baseUrl } = await startDemoSite({
      seed: (db) => seedFiles(db, [example('eksempel-omraader.yaml')]),
    }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await handle?.close();
  });

  it('imports the example file and shows the municipality’s areas, an area’s verdict and charts, and the watch list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/log-ind?til=/kommuner/eksempelkommune/omraader`);
    await page.getByLabel('E-mail').fill('admin@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('helhedsplan-demo');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Boligområder i Eksempelkommune (fiktiv)' }).waitFor();

    await page.locator('input[type=file]').setInputFiles(example('area-statistics-eksempel-2016-2024.csv'));
    await page.getByRole('button', { name: 'Importér 27 rækker' }).click();
    await page.getByText('27 rækker er importeret').waitFor();
    const eksempelparken = page.locator('table.municipality-areas tr', { hasText: 'Eksempelparken' });
    await eksempelparken.getByText('Omdannelsesområde').first().waitFor();
    expect(await eksempelparken.textContent()).toContain('Fortsat på listen: Parallelsamfund');
    await expect(
      page.locator('table.municipality-areas tr', { hasText: 'Modelbyen' }).textContent(),
    ).resolves.toContain('Under 1.000 beboere');
    await page.screenshot({ path: `${RESULTS}/areas-municipality.png`, fullPage: true });

    await page.getByRole('link', { name: 'Eksempelparken' }).click();
    await page.getByRole('heading', { name: 'Afgørelse for listen 1. december 2024' }).waitFor();
    await page.getByText('41,5 % > 40 %: opfyldt, 1,5 point over').first().waitFor();
    await page
      .getByText(/44 beboere færre i 2024-tallet/)
      .first()
      .waitFor();
    await page.locator('.criterion-chart .recharts-surface').first().waitFor();
    expect(await page.locator('.criterion-chart').count()).toBe(5);
    await page.screenshot({ path: `${RESULTS}/areas-eksempelparken.png`, fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${RESULTS}/areas-eksempelparken-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Issue 13 item 3: the 2019 list in the words of the 2018–2020 rules, Danish and English.
    await page.goto(`${baseUrl}/kommuner/eksempelkommune/omraader?aar=2019`);
    await page.getByRole('heading', { name: 'Afgørelse for listen 1. december 2019' }).waitFor();
    const row2019 = page.locator('table.municipality-areas tr', { hasText: 'Eksempelparken' });
    await row2019.getByText('Hårdt ghettoområde').first().waitFor();
    expect(await row2019.textContent()).toContain('Ghettoområde');
    expect(await page.locator('table.municipality-areas').textContent()).not.toMatch(
      /Parallelsamfund|Omdannelsesområde|Forebyggelsesområde/,
    );
    await page.screenshot({ path: `${RESULTS}/areas-municipality-2019.png`, fullPage: true });
    await page.evaluate(() => localStorage.setItem('helhedsplan.language', 'en'));
    await page.reload();
    await page.getByRole('heading', { name: 'Verdict for the list of 1 December 2019' }).waitFor();
    await row2019.getByText('Hard ghetto area').first().waitFor();
    expect(await page.locator('table.municipality-areas').textContent()).not.toMatch(
      /Parallel society|Transformation area|ghettoområde/i,
    );
    await page.screenshot({ path: `${RESULTS}/areas-municipality-2019-en.png`, fullPage: true });
    await page.goto(`${baseUrl}/omraader/eksempelparken?aar=2019`);
    await page
      .getByRole('heading', { name: /^Hard ghetto area/ })
      .first()
      .waitFor();
    await page.evaluate(() => localStorage.setItem('helhedsplan.language', 'da'));

    await page.goto(`${baseUrl}/omraader/overvaagning?kommune=eksempelkommune&aar=2024`);
    const row = page.locator('table.watch-list tr', { hasText: 'Prøvehaven' }).first();
    await row.waitFor();
    await page.screenshot({ path: `${RESULTS}/areas-watch-list.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows Køge’s Karlemoseparken with its afdeling’s figures and the official ghetto lists', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/afdelinger/karlemoseparken`);
    await page.getByRole('link', { name: 'Se områdets tal og klassifikation' }).click();
    await page.getByRole('heading', { name: 'Karlemoseparken', level: 1 }).waitFor();
    await page.getByText('På listen 1.12.2019: Ghettoområde').waitFor();
    await page.getByRole('combobox', { name: 'Listeår' }).selectOption('2020');
    await page.getByRole('heading', { name: 'Afgørelse for listen 1. december 2020' }).waitFor();
    await page.getByText('51 % > 50 %: opfyldt, 1 point over').first().waitFor();
    await page
      .getByText(/mangler tal for 2020/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${RESULTS}/areas-karlemoseparken.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
