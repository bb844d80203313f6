// Throwaway: screenshots of the demo for a human look (not committed).
import { startDemoSite } from './test/support/demo-site';
const site = await startDemoSite();
const urls = process.argv.slice(2);
const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const u of urls) {
  const [path, login] = u.split('@');
  if (login) {
    await page.goto(`${site.baseUrl}/log-ind`);
    await page.fill('input[type=email], input[name=email]', `${login}@demo.helhedsplan.dk`);
    await page.fill('input[type=password]', 'helhedsplan-demo');
    await page.click('button[type=submit]');
    await page.waitForTimeout(1000);
  }
  await page.goto(`${site.baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  const name = path.replace(/[^a-z0-9]+/gi, '_') || 'front';
  await page.screenshot({ path: `/work/shots/${name}.png`, fullPage: true });
  console.log(name, (await page.locator('main').first().innerText()).slice(0, +(process.env.CHARS ?? 3000)));
}
await site.browser.close(); await site.app.close(); await site.handle.close();
