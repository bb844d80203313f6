import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { RESULTS, startDemoSite } from '../support/demo-site';

/** Fails the test on any script error in the page, rather than on a missing element later. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

describe('Holbæk plan in Chromium (journey: find a plan and read its budget)', () => {
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

  it('has the Holbæk demo plan behind the API', async () => {
    // Fails fast with the reason, instead of a browser timeout, when the demo data lacks the plan.
    const response = await fetch(`${baseUrl}/api/plans?q=Holb%C3%A6k`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number };
    expect(body.total, 'the demo data (seedDemo) should contain the Holbæk plan').toBeGreaterThan(0);
  });

  it('goes from the front page to the Holbæk plan and shows its total and the afdeling co-financing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/`);

    const holbaekLink = page.locator('table.plans-table th a', { hasText: 'Holbæk' }).first();
    await holbaekLink.waitFor();
    await page.screenshot({ path: `${RESULTS}/front-page.png`, fullPage: true });

    await holbaekLink.click();
    await page.waitForURL(/\/planer\//);

    const total = page.locator('table.financing-table tfoot').getByText('22.069.000 kr.', { exact: true });
    await total.waitFor();
    expect(await total.isVisible()).toBe(true);

    const coFinancing = page.locator('table.co-financing-table').first();
    await coFinancing.waitFor();
    const headers = await coFinancing.locator('thead th').allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(['Kontant', 'Timer/lokaler']));
    const grandTotal = coFinancing.locator('tfoot').getByText('1.205.000 kr.', { exact: true });
    expect(await grandTotal.isVisible()).toBe(true);
    expect(await coFinancing.locator('tfoot').textContent()).toContain(
      'Samlet medfinansiering fra afdelingen',
    );

    await page.screenshot({ path: `${RESULTS}/holbaek-plan.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads on a phone (390 px): no sideways scrolling of the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    page.setDefaultTimeout(15_000);
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/`);
    const holbaekLink = page.locator('table.plans-table th a', { hasText: 'Holbæk' }).first();
    await holbaekLink.click();
    await page.locator('table.co-financing-table').first().waitFor();

    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${RESULTS}/holbaek-plan-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
