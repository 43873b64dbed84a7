// Benchmark runner for GP Workforce Planner: `npm run bench` (vite build && node scripts/bench/run.mjs).
//
// Method (details in each module's header):
//  1. Cold load (browser.mjs): built app served by Vite's preview(), headless Chromium, a fresh
//     context per run; navigation start → the frame in which the main map's paths are all filled,
//     read with performance.now() in the page. 1 discarded warm-up + 7 runs; median and p95.
//  2. Sizes (sizes.mjs): gzip level 9 of dist/assets JS and CSS, and of the first screen's data. The JS budget
//     is on what loads before the first map; what loads after it (the chart chunk with recharts among it) is its
//     own total; the service worker (dist/sw.js, outside dist/assets) separately, and all JS with it.
//  3. Switch latency (browser.mjs): ~20 changes each of "Geography level", "Metric" and "Year",
//     cycling through every option; change event → first animation frame after the map's paths change.
//  4. Model time (model.mjs): prepareProjection, projectScenario (every area, 200 runs) and the Monte Carlo
//     nationalSpread in Node.
//  5. Slider latency (browser.mjs): "International recruitment" at sub-ICB level, ~30 changes; the PCN team lever
//     "PCN growth: Pharmacy team" the same way, the map on the whole practice team per 100,000 in 2030/31 (issue 22);
//     and the time until the headline's 80% range follows a "Leaver rate" change (the Monte Carlo runs in a Web
//     Worker), 10 changes.
//  6. Reloads from the service worker (offline.mjs): the app reloaded 7 times in one context once its service
//     worker has cached the build; navigation start → first drawn map, as for the cold load.
//  7. Long session (footprint.mjs): 40 presentation cycles (map, inset, place names and chart drawn each time) and
//     20 Practice view cycles (points drawn), after a warm-up; heap, DOM nodes and JS listeners after forced GC, by
//     the DevTools protocol, as test/e2e/long-session.e2e.test.ts gates them.
//  7b. Many saved scenarios (many-scenarios.mjs, issue 20): 1,000 saved in three tabs; a save, a rename, five deletes
//     and an import of 300; each tab's main-thread CPU time until every tab shows the change. Budgets: a change
//     < 50 ms (the worst tab's median), an import < 200 ms.
//  8. The floor (floor.mjs, issue 23): a bare Leaflet page (no React) drawing the same choropleth from the same
//     boundaries.topo.json and areas.json, built by Vite and served by the same server at /floor/; the app and the
//     floor loaded alternately (fresh contexts, service workers blocked) to "all N paths filled", at the default
//     view and at sub-ICB level; floor, app and the ratio app ÷ floor (median, p95), for the app's first map on screen
//     (the picture pre-rendered into index.html, config/first-map.ts, or the Leaflet map if that came first) and for
//     its interactive map (the Leaflet paths, the cold load's criterion). Budget: first map on screen, median ratio
//     <= 1.3.
//  9. Lighthouse (lighthouse.mjs): performance and accessibility scores, desktop and mobile presets, one run each
//     against the preview server; aim 100 (desktop) and >= 90 (mobile performance). If it cannot run, the reason
//     is printed and the bench carries on.
// GPW_BENCH_ONLY="slider,team slider" runs only the sections named (comma-separated; the browser starts if any
// browser section is named), to re-measure one figure without the whole bench.
// Percentiles are nearest-rank (p95 of 7 runs is the slowest). No CPU or network throttling: figures
// are for this machine on localhost. Over-budget figures print OVER but do not fail the run; the exit
// code is non-zero only when a measurement could not run at all.
// Output: a table on stdout and bench-results/latest.json (only.json for a GPW_BENCH_ONLY run).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureSizes } from './sizes.mjs';
import { SIZE_BUDGETS } from './budgets.mjs';
import { loadModel, buildInput, timeModel, MODEL_RUNS, MODEL_WARMUPS, SPREAD_RUNS } from './model.mjs';
import {
  startBrowser,
  measureColdLoad,
  measureSwitches,
  measureSlider,
  measureTeamSlider,
  measureRangeUpdate,
} from './browser.mjs';
import { measureServiceWorkerLoad } from './offline.mjs';
import { measurePracticeOpen } from './practices.mjs';
import { measureLongSession } from './footprint.mjs';
import { CHANGE_BUDGET_MS, IMPORT_BUDGET_MS, measureManyScenarios } from './many-scenarios.mjs';
import { summarise, table } from './stats.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { buildFloor, measureFloorRatio, serveFloor } from './floor.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
// GPW_BENCH_QUICK=1 (a quicker run by hand; CI runs no timed bench): fewer repetitions of each browser
// measurement, every budget still checked, and the long session's cycles left to
// test/e2e/long-session.e2e.test.ts, which gates the same figures (by scripts/bench/footprint.mjs) in CI. A full
// bench (no variable) is what the README's figures come from.
const QUICK = process.env.GPW_BENCH_QUICK === '1';
const COLD_RUNS = QUICK ? 3 : 7;
const SWITCHES_PER_KIND = QUICK ? 6 : 20;
const SLIDER_CHANGES = QUICK ? 10 : 30;
const RANGE_CHANGES = QUICK ? 4 : 10;
const FLOOR_ROUNDS = QUICK ? 3 : 7;

const ONLY = process.env.GPW_BENCH_ONLY ? process.env.GPW_BENCH_ONLY.split(',').map((s) => s.trim()) : null;
const ALWAYS = ['browser start'];
/** A section another one needs: it runs when that one does. */
const NEEDED_BY = { 'floor build': 'floor' };

const rows = []; // { name, value, unit, budget: { op, limit } | null, note }
const failures = [];
const notes = [];
const json = { date: new Date().toISOString(), node: process.version, quick: QUICK, figures: [], notes, failures, details: {} };

const within = (value, { op, limit }) => (op === '<' ? value < limit : value <= limit);
function figure(name, value, unit, budget = null, note = '') {
  rows.push({ name, value, unit, budget, note });
}

/** Runs one section; a thrown error is a measurement that could not run. */
async function section(name, fn) {
  if (ONLY && !ONLY.includes(name) && !ALWAYS.includes(name) && !ONLY.includes(NEEDED_BY[name])) return;
  const started = Date.now();
  try {
    await fn();
  } catch (error) {
    failures.push({ section: name, error: error.message });
    console.error(`✗ ${name}: ${error.message}`);
  }
  console.error(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const kb = (bytes) => Math.round(bytes / 10) / 100; // 1 KB = 1,000 bytes

await section('sizes', () => {
  const s = measureSizes(DIST);
  const sw = s.serviceWorker;
  // The budget is on what the first map waits for. Everything else (the charts with recharts, scenarios, upload,
  // exports, the Practice view, the two Web Workers) loads after it and is reported as its own total.
  figure(
    'JS loaded before the first map (gzip -9)',
    kb(s.firstScreenJs.gzip),
    'KB',
    SIZE_BUDGETS.firstScreenJs,
    `${s.firstScreenJs.files.length} files (entry + modulepreloads); charts, scenarios, upload, exports load later`,
  );
  figure(
    'JS loaded after the first map (gzip -9)',
    kb(s.js.gzip - s.firstScreenJs.gzip),
    'KB',
    null,
    `${s.js.files.length - s.firstScreenJs.files.length} files: lazy chunks and 2 Web Workers, fetched as they are first used`,
  );
  figure(
    '  of which the chart chunk (gzip -9)',
    kb(s.chartJs.gzip),
    'KB',
    null,
    `${s.chartJs.files.map((f) => f.file).join(', ') || 'none'}: recharts with d3, redux, immer, and src/components/chart; loads after the first map`,
  );
  figure(
    'JS, all of dist/assets (gzip -9)',
    kb(s.js.gzip),
    'KB',
    null,
    `${s.js.files.length} files (page chunks and 2 Web Workers), ${kb(s.js.raw)} KB raw; the service worker is outside dist/assets, not counted here`,
  );
  figure(
    'Service worker, dist/sw.js (gzip -9)',
    kb(sw.gzip),
    'KB',
    null,
    `${sw.files.map((f) => f.file).join(', ') || 'none'}: Workbox runtime and precache list; fetched by the browser after the first map, not by the page`,
  );
  figure('JS, dist/assets + service worker (gzip -9)', kb(s.js.gzip + sw.gzip), 'KB', null, 'every script the app ships');
  figure('CSS, all of dist/assets (gzip -9)', kb(s.css.gzip), 'KB', null, `${s.css.files.length} files, ${kb(s.css.raw)} KB raw`);
  figure(
    'First-screen data (gzip -9)',
    kb(s.firstScreenData.gzip),
    'KB',
    SIZE_BUDGETS.firstScreenData,
    'areas, boundaries, national, age profile, training',
  );
  figure('Boundaries alone (gzip -9)', kb(s.boundaries.gzip), 'KB', SIZE_BUDGETS.boundaries);
  figure('index.html with the first map pre-rendered (gzip -9)', kb(s.indexHtml.gzip), 'KB', SIZE_BUDGETS.indexHtml);
  json.details.sizes = s;
});

await section('model', async () => {
  const loaded = await loadModel(ROOT);
  if (loaded.unavailable) {
    notes.push(`model: not available (${loaded.unavailable})`);
    return;
  }
  const data = buildInput(ROOT, loaded.model);
  const run = timeModel(loaded.model, data);
  const t = summarise(run.times);
  const scoped = summarise(run.scopedTimes);
  const spread = summarise(run.spreadTimes);
  const what = `${run.areas} areas × ${run.years} years`;
  figure(
    'Model, projectScenario (median)',
    t.median,
    'ms',
    { op: '<', limit: 2 },
    `${what} with ranges, ${MODEL_RUNS} runs after ${MODEL_WARMUPS} warm-ups`,
  );
  figure(
    'Model, projectScenario (p95)',
    t.p95,
    'ms',
    null,
    `England ${run.lastYear - 1}/${String(run.lastYear).slice(2)} at defaults: ${run.englandFteLast} (80% range ${run.englandRangeLast.join('-')})`,
  );
  figure('Model, with an ICB scope (median)', scoped.median, 'ms', null, 'NHS Kent and Medway ICB with its own levers');
  figure(
    'Model, prepareProjection (once per data)',
    Math.round(run.prepareMs * 10) / 10,
    'ms',
    null,
    'jump-off, calibration, shares',
  );
  figure(
    'Monte Carlo spread, per lever change (median)',
    spread.median,
    'ms',
    null,
    `in a Web Worker in the app; first call ${Math.round(run.firstSpreadMs)} ms (calibrates the draws); ${SPREAD_RUNS} runs`,
  );
  json.details.model = { ...t, ...run, scoped, spread, samples: run.times };
});

let harness = null;
let floorDir = null;
await section('floor build', async () => {
  floorDir = await buildFloor();
});
await section('browser start', async () => {
  harness = await startBrowser(ROOT, { plugins: floorDir ? [serveFloor(floorDir)] : [] });
});

if (harness) {
  await section('cold load', async () => {
    const samples = await measureColdLoad(harness, COLD_RUNS);
    const t = summarise(samples.map((s) => s.ms));
    const fcp = summarise(samples.map((s) => s.fcp).filter((x) => typeof x === 'number'));
    figure(
      'Cold load to first drawn map (median)',
      t.median,
      'ms',
      { op: '<', limit: 1000 },
      `${COLD_RUNS} runs, ${samples[0].paths} paths; FCP median ${fcp.median} ms`,
    );
    figure('Cold load to first drawn map (p95)', t.p95, 'ms', { op: '<', limit: 1200 });
    json.details.coldLoad = { ...t, fcp, samples };
  });

  await section('floor', async () => {
    if (!floorDir) throw new Error('the floor page did not build');
    const results = await measureFloorRatio(harness, FLOOR_ROUNDS);
    json.details.floor = {};
    const r2 = (x) => Math.round(x * 100) / 100;
    for (const v of Object.values(results)) {
      const app = summarise(v.app);
      const first = summarise(v.appFirst);
      const floor = summarise(v.floor);
      const pictures = v.appFirstSource.filter((s) => s === 'picture').length;
      const note = `${v.app.length} alternating pairs, ${v.paths} paths; service workers blocked`;
      figure(`Floor page, first drawn map, ${v.label} (median / p95)`, floor.median, 'ms', null, `p95 ${floor.p95} ms; ${note}`);
      // The first map on screen: the picture pre-rendered into index.html (issue 23), or the Leaflet map if first.
      figure(
        `App, first map on screen, ${v.label} (median / p95)`,
        first.median,
        'ms',
        null,
        `p95 ${first.p95} ms; the pre-rendered picture first in ${pictures} of ${v.appFirst.length} runs`,
      );
      figure(`App ÷ floor, first map on screen, ${v.label} (median)`, r2(first.median / floor.median), '×', {
        op: '<=',
        limit: 1.3,
      });
      figure(`App ÷ floor, first map on screen, ${v.label} (p95)`, r2(first.p95 / floor.p95), '×');
      figure(`App, interactive map, ${v.label} (median / p95)`, app.median, 'ms', null, `p95 ${app.p95} ms; same runs`);
      figure(`App ÷ floor, interactive map, ${v.label} (median)`, r2(app.median / floor.median), '×');
      figure(`App ÷ floor, interactive map, ${v.label} (p95)`, r2(app.p95 / floor.p95), '×');
      json.details.floor[v.key] = {
        paths: v.paths,
        app,
        first,
        floor,
        appSamples: v.app,
        firstSamples: v.appFirst,
        firstSources: v.appFirstSource,
        floorSamples: v.floor,
      };
    }
  });

  await section('service worker reload', async () => {
    const r = await measureServiceWorkerLoad(harness, COLD_RUNS);
    const t = summarise(r.samples);
    figure(
      'Reload from the service worker to first drawn map (median)',
      t.median,
      'ms',
      null,
      `${COLD_RUNS} reloads after the worker cached the build; ${r.fromNetwork} responses from the network`,
    );
    figure('Reload from the service worker to first drawn map (p95)', t.p95, 'ms');
    json.details.serviceWorkerReload = { ...t, fromNetwork: r.fromNetwork, samples: r.samples };
    if (r.errors.length > 0) notes.push(`page errors during service worker reloads: ${r.errors.slice(0, 3).join(' | ')}`);
  });

  await section('switches', async () => {
    const { results, errors } = await measureSwitches(harness, SWITCHES_PER_KIND);
    json.details.switches = {};
    for (const [label, r] of Object.entries(results)) {
      const t = summarise(r.repaint);
      const settled = summarise(r.settled);
      const note = `${r.repaint.length} changes over ${r.options.length} options; settled median ${settled.median}, p95 ${settled.p95}`;
      figure(`Switch "${label}" (median)`, t.median, 'ms', { op: '<', limit: 100 }, note);
      figure(`Switch "${label}" (p95)`, t.p95, 'ms', { op: '<', limit: 100 });
      json.details.switches[label] = {
        ...t,
        settled,
        options: r.options,
        sequence: r.sequence,
        samples: r.repaint,
        settledSamples: r.settled,
      };
    }
    if (errors.length > 0) notes.push(`page errors during switches: ${errors.slice(0, 3).join(' | ')}`);
  });

  await section('slider', async () => {
    const r = await measureSlider(harness, SLIDER_CHANGES);
    if (r === null) {
      notes.push('slider: not available yet (no slider named "International recruitment")');
      return;
    }
    const t = summarise(r.repaint);
    const settled = summarise(r.settled);
    const note = `${r.repaint.length} changes at sub-ICB (${r.paths} paths); settled median ${settled.median}, p95 ${settled.p95}`;
    figure('Slider "International recruitment" (p50)', t.median, 'ms', null, note);
    figure('Slider "International recruitment" (p95)', t.p95, 'ms', { op: '<', limit: 50 });
    json.details.slider = { ...t, settled, range: r.range, values: r.values, samples: r.repaint, settledSamples: r.settled };
    if (r.errors.length > 0) notes.push(`page errors during slider: ${r.errors.slice(0, 3).join(' | ')}`);
  });

  await section('team slider', async () => {
    const r = await measureTeamSlider(harness, SLIDER_CHANGES);
    if (r === null) {
      notes.push('team slider: not available (no slider named "PCN growth: Pharmacy team")');
      return;
    }
    const t = summarise(r.repaint);
    const settled = summarise(r.settled);
    const note = `${r.repaint.length} changes at sub-ICB (${r.paths} paths), map on the whole practice team per 100,000 in 2030/31; settled median ${settled.median}, p95 ${settled.p95}`;
    figure('Slider "PCN growth: Pharmacy team" (p50)', t.median, 'ms', null, note);
    figure('Slider "PCN growth: Pharmacy team" (p95)', t.p95, 'ms', { op: '<', limit: 50 });
    json.details.teamSlider = { ...t, settled, range: r.range, values: r.values, samples: r.repaint, settledSamples: r.settled };
    if (r.errors.length > 0) notes.push(`page errors during team slider: ${r.errors.slice(0, 3).join(' | ')}`);
  });

  await section('range', async () => {
    const r = await measureRangeUpdate(harness, RANGE_CHANGES);
    const t = summarise(r.times);
    figure(
      'Lever to updated 80% range (median)',
      t.median,
      'ms',
      null,
      `"Leaver rate", ${r.times.length} new values; Monte Carlo in a Web Worker`,
    );
    figure('Lever to updated 80% range (p95)', t.p95, 'ms');
    json.details.range = { ...t, samples: r.times };
    if (r.errors.length > 0) notes.push(`page errors during range updates: ${r.errors.slice(0, 3).join(' | ')}`);
  });

  await section('practices', async () => {
    const r = await measurePracticeOpen(harness, COLD_RUNS);
    const cold = summarise(r.cold);
    const warm = summarise(r.warm);
    const note = `NHS Kent and Medway ICB, ${r.points} points; click to points drawn, chunk and files fetched after the click`;
    figure("Open an area's practices (median)", cold.median, 'ms', null, note);
    figure("Open an area's practices (p95)", cold.p95, 'ms', { op: '<', limit: 300 });
    figure("Reopen an area's practices (median)", warm.median, 'ms', null, 'chunk and files already loaded');
    json.details.practices = { cold, warm, points: r.points, samples: r.cold, warmSamples: r.warm };
    if (r.errors.length > 0) notes.push(`page errors while opening practices: ${r.errors.slice(0, 3).join(' | ')}`);
  });

  await section('many scenarios', async () => {
    const r = await measureManyScenarios(harness);
    const note = `1,000 saved, 3 tabs; main-thread CPU time per tab (ThreadTime) until every tab shows the change; by tab: ${JSON.stringify(r.byTab)}`;
    figure(
      'Saved-scenario change, work per tab (median, worst tab)',
      r.changeMedianMs,
      'ms',
      { op: '<', limit: CHANGE_BUDGET_MS },
      note,
    );
    figure('Saved-scenario change, work per tab (largest)', r.changeMaxMs, 'ms', null, 'save, rename and five deletes');
    figure(
      'Import of 300 scenarios, work per tab (largest)',
      r.importMaxMs,
      'ms',
      { op: '<', limit: IMPORT_BUDGET_MS },
      `writes per tab ${JSON.stringify(r.importWrites)}; longest task by the clock ${JSON.stringify(r.imported.longestTaskMs)} ms`,
    );
    json.details.manyScenarios = r;
    if (r.errors.length > 0) notes.push(`page errors with many scenarios: ${r.errors.slice(0, 3).join(' | ')}`);
  });

  await section('long session', async () => {
    if (QUICK) {
      notes.push('long session: not measured here (GPW_BENCH_QUICK=1); test/e2e/long-session.e2e.test.ts gates it');
      return;
    }
    const r = await measureLongSession(harness);
    for (const [label, g] of [
      ['Presentation', r.presentation],
      ['Practice view', r.practices],
    ]) {
      const note = `${g.cycles} open/drawn/close cycles in ${g.seconds.toFixed(0)} s; window/document listeners added: ${
        [...g.windowListeners, ...g.documentListeners].length
      }`;
      figure(
        `${label}: heap growth over ${g.cycles} cycles`,
        Math.round(g.heapMB * 100) / 100,
        'MB',
        { op: '<', limit: 2 },
        note,
      );
      figure(`${label}: DOM nodes added over ${g.cycles} cycles`, g.nodes, 'nodes', { op: '<=', limit: 20 });
      figure(`${label}: JS listeners added over ${g.cycles} cycles`, g.listeners, 'listeners', { op: '<=', limit: 20 });
    }
    json.details.longSession = { presentation: r.presentation, practices: r.practices };
    if (r.errors.length > 0) notes.push(`page errors during the long session: ${r.errors.slice(0, 3).join(' | ')}`);
  });

  await harness.close();
}
if (floorDir) rmSync(floorDir, { recursive: true, force: true });

await section('lighthouse', async () => {
  for (const preset of ['desktop', 'mobile']) {
    const lh = await runLighthouse({ root: ROOT, outDir: DIST, preset });
    if (lh.unavailable) {
      notes.push(`lighthouse (${preset}): not run (${lh.unavailable})`);
      continue;
    }
    const failed = lh.failedAccessibilityAudits.length > 0 ? `; failed: ${lh.failedAccessibilityAudits.join(', ')}` : '';
    const lcp = lh.metrics['largest-contentful-paint'];
    figure(
      `Lighthouse performance (${preset})`,
      lh.performance,
      '/100',
      null,
      `aim ${preset === 'desktop' ? '100' : '>= 90'}; Lighthouse ${lh.version}, 1 run; LCP ${lcp === undefined ? '?' : Math.round(lcp)} ms, TBT ${Math.round(lh.metrics['total-blocking-time'] ?? NaN)} ms`,
    );
    figure(`Lighthouse accessibility (${preset})`, lh.accessibility, '/100', null, `aim 100${failed}`);
    json.details[`lighthouse${preset === 'desktop' ? '' : 'Mobile'}`] = lh;
  }
});

// Report.
const header = ['Figure', 'Value', 'Budget', 'Result', 'Notes'];
const body = rows.map(({ name, value, unit, budget, note }) => {
  const verdict = budget ? (within(value, budget) ? 'PASS' : 'OVER') : '';
  json.figures.push({
    name,
    value,
    unit,
    budget: budget ? `${budget.op} ${budget.limit} ${unit}` : null,
    result: verdict || null,
    note,
  });
  return [name, `${value} ${unit}`, budget ? `${budget.op} ${budget.limit} ${unit}` : '—', verdict, note];
});
console.log(table(header, body));
for (const note of notes) console.log(note);
for (const f of failures) console.log(`FAILED ${f.section}: ${f.error}`);

const outDir = join(ROOT, 'bench-results');
mkdirSync(outDir, { recursive: true });
// A run of some sections (GPW_BENCH_ONLY) does not overwrite the whole bench's results.
const outFile = ONLY ? 'only.json' : 'latest.json';
writeFileSync(join(outDir, outFile), JSON.stringify(json, null, 2) + '\n');
console.log(`wrote ${join('bench-results', outFile)}`);
process.exit(failures.length > 0 ? 1 : 0);
