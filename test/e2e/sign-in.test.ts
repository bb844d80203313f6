import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { RESULTS, startDemoSite } from '../support/demo-site';

describe('signed-in staff in Chromium (journey: the plan team at work)', () => {
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

  it('a Køge staff member signs in, opens Køge’s participants, and cannot open Holbæk’s', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Anonymous: the public plan page has no internal link.
    await page.goto(`${baseUrl}/planer/koege-2021-2025`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Deltagere (intern)' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Log ind' }).click();
    await page.getByLabel('E-mail').fill('medarbejder.koege@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('helhedsplan-demo');
    await page.screenshot({ path: `${RESULTS}/sign-in.png`, fullPage: true });
    await page.getByRole('button', { name: 'Log ind' }).click();

    // Back on the Køge plan, now with the internal link.
    await page.waitForURL(/\/planer\/koege-2021-2025$/);
    await page.getByText('Logget ind som Demo Medarbejder Køge').waitFor();
    await page.getByRole('link', { name: 'Deltagere (intern)' }).click();
    await page.getByRole('heading', { name: 'Deltagere' }).waitFor();
    await page.screenshot({ path: `${RESULTS}/koege-participants.png`, fullPage: true });

    // Holbæk's internal page: Holbæk is a public plan, so she is told she may not see its
    // participants (not that the plan does not exist), and sees none of them.
    await page.goto(`${baseUrl}/planer/holbaek-2024-2027/deltagere`);
    await page.getByText('Du har ikke adgang til deltagerne.').first().waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    // The public Holbæk page stays readable, without the internal link.
    await page.goto(`${baseUrl}/planer/holbaek-2024-2027`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Deltagere (intern)' }).count()).toBe(0);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Køge plan leader reads the plan’s audit trail', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/log-ind?til=/planer/koege-2021-2025`);
    await page.getByLabel('E-mail').fill('projektleder.koege@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('helhedsplan-demo');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('link', { name: 'Revisionsspor (intern)' }).click();
    await page.getByRole('heading', { name: 'Revisionsspor' }).waitFor();
    // The demo data were loaded by the seed, in one audited transaction, shown as "Demodata".
    await page.locator('table.audit-table').getByText('Demodata').first().waitFor();
    expect(await page.locator('table.audit-table').getByText('system:seed').count()).toBe(0);
    await page.screenshot({ path: `${RESULTS}/koege-audit.png`, fullPage: true });
    await page.close();
  });

  it('shows a wrong password as a Danish error and stays on the form', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/log-ind`);
    await page.getByLabel('E-mail').fill('medarbejder.koege@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('E-mail eller adgangskode er forkert.').waitFor();
    expect(page.url()).toContain('/log-ind');
    await page.close();
  });
});
