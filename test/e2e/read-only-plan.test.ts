import { describe, expect, it } from 'vitest';
import { openPage, RESULTS, useDemoSite } from '../support/demo-site';

// A completed plan can only be read (issue 13 item 2): the plan page says so, and only an
// administrator can reopen it for a correction, with a reason, and close it again.
describe('a completed plan in Chromium', () => {
  const site = useDemoSite();
  const plan = '/planer/amagerbro-helhedsplan';

  it('tells a reader it is read-only, and lets an administrator reopen and close it', async () => {
    const { page, errors } = await openPage(site);

    await page.goto(`${site.baseUrl}${plan}`);
    await page.getByText('Planen er afsluttet og kan kun læses.').waitFor();
    expect(await page.getByRole('button', { name: 'Genåbn planen til rettelser' }).count()).toBe(0);

    await page.goto(`${site.baseUrl}/log-ind?til=${plan}`);
    await page.getByLabel('E-mail').fill('admin@demo.helhedsplan.dk');
    await page.getByLabel('Adgangskode').fill('helhedsplan-demo');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Planen er afsluttet og kan kun læses.').waitFor();
    // No way into a write that would be refused: the write links are gone while it is read-only.
    expect(await page.getByRole('link', { name: 'Registrér aktivitet' }).count()).toBe(0);
    const reopen = page.getByRole('button', { name: 'Genåbn planen til rettelser' });
    expect(await reopen.isDisabled()).toBe(true);
    await page.getByLabel('Hvorfor genåbnes planen?').fill('Slutregnskabet skal rettes.');
    await page.screenshot({ path: `${RESULTS}/plan-read-only-admin.png`, fullPage: false });
    await reopen.click();
    await page.getByText('Planen er genåbnet til rettelser.').waitFor();
    await page.getByText('Årsag: Slutregnskabet skal rettes.', { exact: false }).waitFor();
    await page.screenshot({ path: `${RESULTS}/plan-reopened.png`, fullPage: false });
    await page.getByRole('link', { name: 'Registrér aktivitet' }).waitFor();
    await page.getByRole('button', { name: 'Luk planen igen' }).click();
    await page.getByText('Planen er afsluttet og kan kun læses.').waitFor();

    expect(errors).toEqual([]);
    await page.close();
  });
});
