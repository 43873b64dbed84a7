import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from './chromium.mjs';
const server = await preview({ build: { outDir: '/tmp/dist2' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const port = server.httpServer.address().port;
const browser = await chromium.launch(LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`http://127.0.0.1:${port}/`);
await page.waitForTimeout(8000);
const cap = () => page.evaluate(() => (document.querySelector('.areas-panel .table-scroll caption')?.textContent ?? '').slice(0, 90));
const levels = await page.getByRole('combobox', { name: 'Geography level', exact: true }).evaluate((el) => [...el.options].map((o) => o.value));
console.log(levels);
for (const level of levels) {
  await page.getByRole('combobox', { name: 'Geography level', exact: true }).selectOption(level);
  for (const m of ['ftePer100k', 'pcnFte', 'teamPer100k', 'changePct']) {
    for (const y of ['2025', '2036']) {
      await page.getByRole('combobox', { name: 'Metric', exact: true }).selectOption(m);
      await page.getByRole('combobox', { name: 'Year', exact: true }).selectOption(y);
      await page.waitForTimeout(700);
      const lv = await page.getByRole('combobox', { name: 'Metric', exact: true }).inputValue();
      console.log(level, m, y, lv, '|', await cap());
    }
  }
}
await browser.close(); await server.close();
