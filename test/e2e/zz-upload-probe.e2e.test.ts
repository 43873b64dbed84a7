import { it, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPage, startHarness, waitForMap } from '/work/main/test/e2e/harness';
const DATA = '/work/main/data';
const areasFile = JSON.parse(readFileSync(join(DATA, 'areas.json'), 'utf8'));
const practicesFile = JSON.parse(readFileSync(join(DATA, 'practices.json'), 'utf8'));
it('probe', async () => {
  const harness = await startHarness();
  const w = await openPage(harness);
  await waitForMap(w.page);
  const pad = `"Local return, checked by the ""workforce"" team; ${'x'.repeat(190)}"`;
  const lines = ['practice_code,year,gp_fte,gp_headcount,patients,notes'];
  for (const practices of Object.values(practicesFile.subIcbs) as string[][]) for (const p of practices) for (const year of areasFile.years) lines.push(`${p},${year - 1}/${String(year).slice(2)},3.25,4,7500,${pad}`);
  writeFileSync('/tmp/upload-probe/big.csv', lines.join('\n'));
  for (let run = 0; run < 3; run++) {
    await w.page.evaluate(() => {
      const g = window as any; g.log = []; g.stop = false; let prev = performance.now();
      const tick = (now: number) => { const gap = now - prev; if (gap > 40) { const p = document.querySelector('progress') as HTMLProgressElement | null; g.log.push([Math.round(now), Math.round(gap), p ? p.value.toFixed(2) : 'none', document.querySelector('[aria-labelledby="upload-preview-heading"]') ? 'preview' : '']); } prev = now; if (!g.stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    await w.page.getByLabel('Load your own figures (CSV)').setInputFiles('/tmp/upload-probe/big.csv');
    await w.page.getByRole('region', { name: /Check before applying/ }).waitFor({ timeout: 60000 });
    await w.page.waitForTimeout(300);
    const log = await w.page.evaluate(() => { const g = window as any; g.stop = true; return g.log; });
    console.log(JSON.stringify(log));
    await w.page.getByRole('region', { name: /Check before applying/ }).getByRole('button', { name: 'Cancel' }).click();
  }
  await harness.close();
}, 120000);
