// The size budgets on the build under test (no browser needed, but it needs dist/, as the browser suite does):
// the JS the first map waits for (index.html's module script and its modulepreloads), the first screen's data files
// the boundaries and index.html (the first map pre-rendered in it), gzip -9, against scripts/bench/budgets.mjs, the budgets the bench reports. Sizes do not
// depend on the machine, so they are gated here; times are measured by the bench (`npm run bench`), never gated.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZE_BUDGETS } from '../../scripts/bench/budgets.mjs';
import { measureSizes } from '../../scripts/bench/sizes.mjs';
import { DIST } from './harness';

const kb = (bytes: number) => bytes / 1000;
const within = (value: number, budget: { op: '<' | '<='; limit: number }) =>
  budget.op === '<' ? value < budget.limit : value <= budget.limit;

describe('size budgets (gzip -9)', () => {
  const sizes = measureSizes(DIST);

  it('weighs what it claims: the entry script and its modulepreloads, and every first-screen data file', () => {
    expect(sizes.firstScreenJs.files.some((f) => /^assets\/index-[\w-]+\.js$/.test(f.file))).toBe(true);
    expect(sizes.firstScreenJs.files.every((f) => f.gzip > 0)).toBe(true);
    // The chart chunk (recharts) loads after the first map: never among what the first map waits for.
    expect(sizes.firstScreenJs.files.some((f) => /charts-/.test(f.file))).toBe(false);
    expect(sizes.firstScreenData.files.map((f) => f.file)).toContain('data/boundaries.topo.json');
    // The app's modules that only lazy chunks share are a chunk of their own, not among what the first map waits for
    // (vite.config.ts, firstScreenModules); the first screen's shared modules are.
    expect(readdirSync(resolve(DIST, 'assets')).some((f) => /^shared-lazy-[\w-]+\.js$/.test(f))).toBe(true);
    expect(sizes.firstScreenJs.files.some((f) => /shared-lazy-/.test(f.file))).toBe(false);
    expect(sizes.firstScreenJs.files.some((f) => /^assets\/shared-[\w-]+\.js$/.test(f.file))).toBe(true);
  });

  for (const key of ['firstScreenJs', 'firstScreenData', 'boundaries', 'indexHtml'] as const) {
    it(`${key}: ${SIZE_BUDGETS[key].op} ${SIZE_BUDGETS[key].limit} KB`, () => {
      const value = kb(sizes[key].gzip);
      console.log(`${key}: ${value.toFixed(2)} KB (${sizes[key].files.length} files)`);
      expect(within(value, SIZE_BUDGETS[key]), `${key} is ${value.toFixed(2)} KB`).toBe(true);
    });
  }
});
