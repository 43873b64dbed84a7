// Developer aid: screenshot the built app (npm run build first). Usage: node scripts/screenshot.mjs [query] [out.png]
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from './chromium.mjs';

const [query = '', out = 'test-results/screenshot.png', width = '1440', height = '1800'] = process.argv.slice(2);
const server = await preview({
  build: { outDir: process.env.GPW_DIST ?? 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const { port } = server.httpServer.address();
const browser = await chromium.launch(LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(`http://127.0.0.1:${port}/${query}`);
await page.waitForSelector('[aria-label="Map"] .leaflet-overlay-pane path', { timeout: 20000 });
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: false });
console.log('wrote', out);
await browser.close();
server.httpServer.close();
