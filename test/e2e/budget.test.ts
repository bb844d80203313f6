import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { RESULTS, startDemoSite } from '../support/demo-site';

/** Journey: the funder, the municipality and the afdeling read who pays what; the team follows spending. */
describe('budget page in Chromium', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    ({ handle, app, browser, baseUrl } = await startDemoSite());
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await handle?.close();
  });

  it('shows Holbæk’s budget by source, the afdeling table and the rule results to anyone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/planer/holbaek-2024-2027`);
    await page.getByRole('link', { name: 'Budget, medfinansiering og forbrug' }).click();
    await page.waitForURL(/\/budget$/);

    const sources = page.locator('table.budget-sources');
    await sources.waitFor();
    expect(await sources.locator('tfoot').innerText()).toContain('22.069.000 kr.');
    expect(await sources.locator('tbody th').allInnerTexts()).toEqual([
      'Landsbyggefonden',
      'Holbæk Kommune',
      'Boligorganisationerne',
    ]);
    const afdeling = page.locator('table.co-financing-table').first();
    const foot = await afdeling.locator('tfoot').innerText();
    expect(foot).toContain('400.000 kr.');
    expect(foot).toContain('805.000 kr.');
    expect(foot).toContain('1.205.000 kr.');
    expect(await afdeling.innerText()).toContain('120 t à 275 kr.');
    const warning = page.locator('.alert-warning');
    // The rule's name and message, never its code (IN_KIND_VALUED stays in the API).
    expect(await warning.innerText()).not.toContain('IN_KIND_VALUED');
    // Anonymous visitors see no spending.
    expect(await page.locator('#forbrug').count()).toBe(0);
    await page.screenshot({ path: `${RESULTS}/budget-holbaek.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows Copenhagen’s 12,5 % model against Amager’s budget', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/planer/amager-2022-2025/budget`);
    const warning = page.locator('.alert-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('modellen siger 12,5 % af 31.000.000 kr. = 3.875.000 kr.');
    await page.screenshot({ path: `${RESULTS}/budget-amager.png`, fullPage: true });
    await page.close();
  });

  it('lets the plan leader import spending and follow it against the budget, also on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/log-ind`);
    await page.getByLabel('E-mail').fill('projektleder.holbaek@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('helhedsplan-demo');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
    await page.goto(`${baseUrl}/planer/holbaek-2024-2027/budget`);
    await page.locator('#forbrug table.budget-vs-actual').waitFor();

    const csv = [
      'Bogføringsdato;Kontonr;Beløb;Tekst;Budgetpost',
      ...Array.from(
        { length: 10 },
        (_, m) => `28.${String(m + 1).padStart(2, '0')}.2024;1010;450.000,00;Løn;Løn`,
      ),
      '15.06.2024;2020;125.500,50;Lokaleleje;Lokaler',
    ].join('\n');
    await page
      .locator('#forbrug input[type=file]')
      .setInputFiles({ name: 'regnskab.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const importButton = page.getByRole('button', { name: 'Importér 11 rækker' });
    await importButton.click();
    await page.getByText('11 rækker er importeret').waitFor();
    const table = page.locator('table.budget-vs-actual');
    await table.getByText('4.625.500,50 kr.').first().waitFor();
    expect(await page.locator('.burn-chart svg').count()).toBeGreaterThan(0);
    await page.locator('#forbrug').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS}/budget-spending.png`, fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/planer/holbaek-2024-2027/budget`);
    await page.locator('table.budget-sources').waitFor();
    await page.locator('#forbrug table.budget-vs-actual').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${RESULTS}/budget-phone.png`, fullPage: true });
    // Readable crops of the long page: the top, the afdeling table, the spending chart.
    await page.screenshot({ path: `${RESULTS}/budget-phone-top.png` });
    for (const section of ['afdelinger', 'forbrug']) {
      await page.locator(`#${section}`).evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: `${RESULTS}/budget-phone-${section}.png` });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
