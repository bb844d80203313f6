import { describe, expect, it } from 'vitest';
import { openPage, RESULTS, useDemoSite } from '../support/demo-site';

/** Køge's financing table (issue #13 item 1): LBF's grant with its source, never as the total. */
describe('Køge plan financing in Chromium', () => {
  const site = useDemoSite();

  it('shows LBF’s 10,8 mio. kr. with its source, the others as not stated, and the total only as derived', async () => {
    const { page, errors } = await openPage(site);
    await page.goto(`${site.baseUrl}/planer/koege-2021-2025`);
    const table = page.locator('table.financing-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'Landsbyggefonden 10,8 mio. kr. [1]',
      'Kommunen Ikke oplyst',
      'Boligorganisationerne Ikke oplyst',
      'Lokal medfinansiering i alt Beregnet mindst 3,6 mio. kr.',
    ]);
    const foot = (await table.locator('tfoot').innerText()).replace(/\s+/g, ' ').trim();
    expect(foot).toBe('Samlet budget Beregnet mindst 14,4 mio. kr.');
    expect(await table.innerText()).not.toMatch(/I alt\s|100 %|10\.800\.000/);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Finansieringskilde', 'Beløb']);
    const section = page.locator('section', { has: table }).first();
    const text = await section.innerText();
    expect(text).toContain('Beregnet: Landsbyggefonden betaler højst 75 % af en helhedsplan');
    expect(text).toContain('Landsbyggefonden har bevilliget 10,8 mio.');
    await section.screenshot({ path: `${RESULTS}/koege-financing.png` });

    await page.goto(`${site.baseUrl}/planer/koege-2021-2025/budget`);
    const notAssessed = page.getByText(
      'Den lokale medfinansiering er ikke oplyst og kan ikke vurderes endnu',
      {
        exact: false,
      },
    );
    await notAssessed.first().waitFor();
    const alerts = await page.locator('.alert').allInnerTexts();
    expect(alerts.join('\n')).not.toMatch(/0 %; kravet er mindst 25 %/);
    await page.screenshot({ path: `${RESULTS}/koege-budget-rules.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
