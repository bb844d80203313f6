import { describe, expect, it } from 'vitest';
import { RESULTS, useDemoSite } from '../support/demo-site';

const PLAN = 'koege-2021-2025';
/** What the audit page and a form error must never show (issue 13 item 8). */
const TECHNICAL =
  /system:seed|\b(?:create|update|delete):|\b(?:insert|delete) [a-z_]+|\b[a-z]+_[a-z]+\b|registerSession|body\.\w+/;

/** The audit trail and a form error as a user reads them, in Chromium, with screenshots. */
describe('plain words in Chromium', () => {
  const site = useDemoSite({ chromiumArgs: ['--lang=da-DK'] });

  it('names the field of a form error by its label', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 1100, height: 800 },
      locale: 'da-DK',
    });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/log-ind`);
    await page.getByLabel('E-mail').fill('ikke-en-adresse');
    await page.getByLabel('Adgangskode').fill('noget');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.locator('.alert-error');
    await alert.waitFor();
    const text = await alert.innerText();
    await page.screenshot({ path: `${RESULTS}/form-error-field-label.png`, fullPage: true });
    expect(text).toContain('E-mail skal være en e-mailadresse');
    expect(text).not.toMatch(TECHNICAL);
    await context.close();
  });

  it('shows the audit trail in Danish, with the demo loader as "Demodata"', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${site.baseUrl}/log-ind`);
    await page.getByLabel('E-mail').fill('projektleder.koege@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('helhedsplan-demo');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));

    // Two writes as the web app makes them (same cookies, CSRF token from the session).
    const api = context.request;
    const { csrfToken } = await (await api.get(`${site.baseUrl}/api/auth/session`)).json();
    const headers = { 'x-csrf-token': csrfToken };
    const plan = await (await api.get(`${site.baseUrl}/api/plans/${PLAN}`)).json();
    const activity = (await (await api.get(`${site.baseUrl}/api/plans/${plan.id}/activities`)).json())
      .items[0];
    const indicator = await api.post(`${site.baseUrl}/api/plans/${plan.id}/indicators`, {
      headers,
      data: {
        name: 'Unge i fritidsjob',
        kind: 'output',
        basis: 'uniqueParticipants',
        activityId: activity.id,
        periodTarget: 40,
      },
    });
    expect(indicator.status()).toBe(201);
    const session = await api.post(`${site.baseUrl}/api/activities/${activity.id}/sessions`, {
      headers,
      data: { date: '2022-03-01', newParticipants: [{ gender: 'female' }, {}], openCount: { total: 4 } },
    });
    expect(session.status()).toBe(201);

    await page.goto(`${site.baseUrl}/planer/${PLAN}/revisionsspor`);
    const table = page.locator('table.audit-table');
    await table.waitFor();
    await page.screenshot({ path: `${RESULTS}/audit-trail-in-danish.png`, fullPage: false });
    const text = await table.innerText();
    expect(text).toContain('Demodata');
    expect(text).toContain('Indlæste demodata');
    expect(text).toContain('Oprettede indikatoren »Unge i fritidsjob«');
    expect(text).toContain('Registrerede en aktivitetsgang');
    expect(text).toContain('projektleder.koege@demo.helhedsplan.dk');
    expect(text).not.toMatch(TECHNICAL);
    await context.close();
  });
});
