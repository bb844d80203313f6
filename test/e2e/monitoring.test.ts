import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { RESULTS, startDemoSite } from '../support/demo-site';

const PLAN = '/planer/holbaek-2024-2027';
const ACTIVITY = 'Mentorordning for unge 15-29-årige';
const INDICATOR = 'Unge i mentorforløb';
const THIS_YEAR = String(new Date().getFullYear());

/**
 * Journey 1 (issue #4 "done when"): a team member of the Holbæk plan defines a target for the
 * mentor scheme, registers a session with five new participants on a phone-sized form, and sees
 * the indicator move on the dashboard at once.
 */
describe('monitoring pages in Chromium', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    ({ handle, app, browser, baseUrl } = await startDemoSite({ chromiumArgs: ['--lang=da-DK'] }));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await handle?.close();
  });

  async function signIn(page: Page) {
    await page.goto(`${baseUrl}/log-ind`);
    await page.getByLabel('E-mail').fill('medarbejder.holbaek@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('helhedsplan-demo');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  }

  const card = (page: Page) => page.locator(`.indicator-card[data-indicator="${INDICATOR}"]`);

  it('defines a target, registers five participants and sees the indicator move', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page);

    // The plan page links staff to the three working pages.
    await page.goto(`${baseUrl}${PLAN}`);
    await page.getByRole('link', { name: 'Mål og indikatorer' }).click();
    await page.waitForURL(/\/maal$/);

    // 1. Mål og indikatorer: an indicator on the mentor scheme with a target per plan year.
    await page.getByRole('button', { name: 'Tilføj indikator' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(INDICATOR);
    await page.getByLabel('Aktivitet', { exact: true }).selectOption({ label: ACTIVITY });
    await page.getByLabel('Hvad tælles?').selectOption('uniqueParticipants');
    expect(await page.locator('.indicator-form').innerText()).toContain('Tæller hver person én gang pr. år');
    const targets = { '2024': '10', '2025': '15', '2026': '20', '2027': '20' };
    for (const [year, target] of Object.entries(targets)) {
      await page.getByLabel(`Mål ${year}`, { exact: true }).fill(target);
    }
    await page.getByRole('button', { name: 'Opret indikator' }).click();
    await page
      .getByText(`Indikatoren »${INDICATOR}« er oprettet.`)
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({ path: `${RESULTS}/monitoring-failure.png`, fullPage: true });
        throw new Error(`${await page.locator('.page-main, main').first().innerText()}\n${error}`);
      });
    const row = page.locator('table.targets-table tr', { hasText: INDICATOR });
    const rowText = await row.innerText();
    for (const target of ['10', '15', '20', '65']) expect(rowText).toContain(target);
    // Open it again: the form shows the stored targets (the screenshot shows list and form).
    await row.getByRole('button', { name: /^Ret/ }).click();
    await page.locator('.indicator-form').waitFor();
    expect(await page.getByLabel('Mål 2025', { exact: true }).inputValue()).toBe('15');
    await page.screenshot({ path: `${RESULTS}/monitoring-targets.png`, fullPage: true });
    await page.getByRole('button', { name: 'Annullér' }).click();

    // Before registering: the dashboard shows nothing yet against the period's 65.
    await page.goto(`${baseUrl}${PLAN}/fremdrift`);
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain('0 af 65');

    // 2. Registrér aktivitet: five new pseudonymous participants and a volunteer.
    await page.goto(`${baseUrl}${PLAN}/registrer`);
    await page.getByLabel('Aktivitet', { exact: true }).selectOption({ label: ACTIVITY });
    await page.getByText('Ingen har været registreret på aktiviteten endnu.').waitFor();
    const people: [string, string, string][] = [
      ['18-24', 'female', 'Ladegårdsparken'],
      ['18-24', 'male', 'Ladegårdsparken'],
      ['13-17', 'female', 'Grønneparken'],
      ['25-29', 'male', 'Bjergmarken'],
      ['18-24', 'other', 'Grønneparken'],
    ];
    for (const [index, [ageBand, gender, department]] of people.entries()) {
      await page.getByRole('button', { name: 'Tilføj deltager' }).click();
      const person = page.locator('.new-participant').nth(index);
      await person.getByLabel('Aldersgruppe').selectOption(ageBand);
      await person.getByLabel('Køn').selectOption(gender);
      await person.getByLabel('Afdeling').selectOption({ label: department });
    }
    // No field for a name exists anywhere in the form.
    expect(
      await page.locator('.register-form input[name*="name" i], .register-form [id*="name" i]').count(),
    ).toBe(0);
    await page.getByRole('button', { name: 'Tilføj frivillig' }).click();
    await page.locator('.register-form').getByLabel('Timer').fill('2,5');
    await page.screenshot({ path: `${RESULTS}/monitoring-register-filled.png`, fullPage: true });
    await page.getByRole('button', { name: 'Gem registrering (5 deltagere)' }).click();

    const saved = page.locator('.register-saved');
    await saved.waitFor();
    const savedText = await saved.innerText();
    expect(savedText).toContain(`Gemt: ${ACTIVITY}`);
    expect(savedText).toContain('5 deltagere registreret.');
    expect(await saved.locator('.new-codes li').count()).toBe(5);
    expect(savedText).toMatch(/HOL-[A-Z2-9]{6}/);
    // "The indicator moves at once": this year's figure against this year's target.
    expect(savedText).toContain(`${INDICATOR}, ${THIS_YEAR}`);
    expect(savedText).toContain('5 af 20 (25 %)');
    // The five are now the regulars, to tap next time.
    await page.locator('.toggle--large').first().waitFor();
    expect(await page.locator('.toggle--large').count()).toBe(5);
    await page.screenshot({ path: `${RESULTS}/monitoring-register.png`, fullPage: true });

    // 3. Fremdrift: the indicator has moved from 0 to 5.
    await page.getByRole('link', { name: 'Se fremdrift' }).click();
    await page.waitForURL(/\/fremdrift$/);
    await card(page).waitFor();
    const cardText = await card(page).innerText();
    expect(cardText).toContain('5 af 65 (8 %)');
    expect(cardText).toContain(`I år (${THIS_YEAR})`);
    expect(cardText).toContain('5 af 20 (25 %)');
    expect(await page.locator('form.progress-filters').count()).toBe(1);
    // The charts come with the dashboard's own request and draw once measured: wait, then count.
    await page.locator('.monitoring-chart svg').first().waitFor();
    expect(await page.locator('.monitoring-chart svg').count()).toBeGreaterThan(0);
    const months = (await page.locator('table.months-table').textContent()) ?? '';
    expect(months).toContain(`12.${THIS_YEAR}`);
    await page.screenshot({ path: `${RESULTS}/monitoring-dashboard.png`, fullPage: true });

    // The session is listed on Registreringer, with its five attendances.
    await page.goto(`${baseUrl}${PLAN}/registreringer`);
    const listed = page.locator('table.sessions-table tbody tr', { hasText: ACTIVITY });
    await listed.waitFor();
    expect(await listed.innerText()).toContain('5');
    await listed.getByRole('button', { name: /^Åbn/ }).click();
    const detail = page.locator('.session-detail');
    await detail.locator('.toggle').first().waitFor();
    expect(await detail.locator('.toggle').count()).toBe(5);
    await page.screenshot({ path: `${RESULTS}/monitoring-sessions.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone: the registration form at 390 px without sideways scrolling', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page);
    await page.goto(`${baseUrl}${PLAN}/registrer`);
    // The last choice is remembered per browser; this is a new one, so choose.
    await page.getByLabel('Aktivitet', { exact: true }).selectOption({ label: ACTIVITY });
    await page.locator('.toggle--large').first().waitFor();
    await page.locator('.toggle--large').nth(0).click();
    await page.locator('.toggle--large').nth(1).click();
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await page.locator('.new-participant').nth(0).getByLabel('Aldersgruppe').selectOption('18-24');
    await page.getByRole('button', { name: 'Tilføj frivillig' }).click();
    // Saving without the volunteer's hours is refused at the field, and nothing is saved.
    await page.getByRole('button', { name: 'Gem registrering (4 deltagere)' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Frivillig 1, timer');
    expect(await page.locator('.new-participant .form-error-message').first().innerText()).toContain(
      'Angiv timer',
    );
    await page.screenshot({ path: `${RESULTS}/monitoring-register-phone-error.png`, fullPage: true });
    await page.locator('.register-form').getByLabel('Timer').fill('3');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${RESULTS}/monitoring-register-phone.png`, fullPage: true });
    await page.getByRole('button', { name: 'Gem registrering (4 deltagere)' }).click();
    await page.locator('.register-saved').waitFor();
    expect(await page.locator('.register-saved').innerText()).toContain('4 deltagere registreret.');

    await page.goto(`${baseUrl}${PLAN}/fremdrift`);
    await card(page).waitFor();
    // Two came again, two are new: seven different young people, nine attendances.
    expect(await card(page).innerText()).toContain('7 af 65');
    const phoneWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(phoneWidth).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${RESULTS}/monitoring-dashboard-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
  it('shows the public dashboard with small numbers suppressed as "<5", never as 0', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}${PLAN}`);
    await page.getByRole('link', { name: 'Fremdrift: mål og resultater' }).click();
    await page.waitForURL(/\/fremdrift$/);
    await card(page).waitFor();
    expect(await page.locator('.alert-info').innerText()).toContain('vises tal under 5 som »<5«');
    // Seven young people over three afdelinger: each afdeling's count is hidden.
    const reach = (await page.locator('.reach-chart').first().locator('table').textContent()) ?? '';
    expect(reach).toContain('<5');
    // Suppressed: no filters (a part beside the whole would give hidden cells away), no reach total.
    expect(await page.locator('form.progress-filters').count()).toBe(0);
    expect(reach).toContain('I alt–');
    // Anonymous visitors get no links to the internal pages.
    expect(await page.getByRole('link', { name: 'Registrér aktivitet' }).count()).toBe(0);
    await page.screenshot({ path: `${RESULTS}/monitoring-dashboard-public.png`, fullPage: true });
    // The second language: the page's own words follow it (names from the plan stay Danish).
    await page.getByRole('button', { name: 'Switch to English' }).first().click();
    await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
    const english = await page.locator('main').innerText();
    for (const word of [
      'Small numbers are hidden',
      'Whole period',
      'Attendance over time',
      'By focus area',
    ]) {
      expect(english).toContain(word);
    }
    for (const danish of ['Hele perioden', 'Fremmøde over tid', 'Små tal'])
      expect(english).not.toContain(danish);
    await page.screenshot({ path: `${RESULTS}/monitoring-dashboard-en.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so, rather than failing, when a plan’s period is not given (Køge 2017–2021)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page.setDefaultTimeout(20_000);
    await page.goto(`${baseUrl}/planer/koege-2017-2021/fremdrift`);
    await page.getByText('Planens periode er ikke oplyst').waitFor();
    expect(await page.getByRole('heading', { name: 'Fremdrift', level: 1 }).count()).toBe(1);
    expect(await page.getByText('Der opstod en fejl').count()).toBe(0);
    await page.getByRole('heading', { name: 'Pr. indsatsområde' }).waitFor();
    await page.close();
  });
});
