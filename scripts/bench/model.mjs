// Model time in Node: bundles src/model with the app's data builder (scripts/bench/model-entry.ts) using Vite's
// build() (library mode, ES module, not minified) into node_modules/.cache/gpw-bench/model, imports it, and times
//  - prepareProjection (once per data set: jump-off, calibration, shares, spreads);
//  - projectScenario, the one projection function every screen calls, for all 156 areas × the projected years, at
//    default levers and with an ICB scope of its own (NHS Kent and Medway, QKS);
//  - nationalSpread, the Monte Carlo the app runs in a Web Worker (first call includes the draws' calibrations).
// Inputs: data/areas.json, national.json, age-profile.json, training.json, as the app loads them.
// Timing: warm-up calls, then timed calls, each timed alone with performance.now().
import { build } from 'vite';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

export const MODEL_WARMUPS = 20;
export const MODEL_RUNS = 200;
export const SPREAD_RUNS = 10;

/** Bundles and imports the model, or returns { unavailable: reason } if it is not there or not ready. */
export async function loadModel(root) {
  const entry = join(root, 'scripts/bench/model-entry.ts');
  if (!existsSync(entry)) return { unavailable: 'scripts/bench/model-entry.ts does not exist' };
  const outDir = join(root, 'node_modules/.cache/gpw-bench/model');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: {
        lib: { entry, formats: ['es'], fileName: () => 'model.mjs' },
        outDir,
        emptyOutDir: true,
        minify: false,
        write: true,
        copyPublicDir: false,
        reportCompressedSize: false,
      },
    });
  } catch (error) {
    return { unavailable: `bundling failed: ${error.message.split('\n')[0]}` };
  }
  const model = await import(`${pathToFileURL(join(outDir, 'model.mjs')).href}?t=${Date.now()}`);
  const missing = ['prepareProjection', 'projectScenario', 'nationalSpread', 'projectionData'].filter(
    (name) => typeof model[name] !== 'function',
  );
  if (missing.length > 0) return { unavailable: `missing exports: ${missing.join(', ')}` };
  return { model };
}

/** The projection's input from the committed data files, built by the app's own builder. */
export function buildInput(root, model) {
  const read = (file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
  return model.projectionData({
    areas: read('areas.json'),
    national: read('national.json'),
    ages: read('age-profile.json'),
    training: read('training.json'),
  });
}

function timeCalls(call, warmups, runs) {
  let result;
  for (let i = 0; i < warmups; i++) result = call();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = call();
    times.push(performance.now() - start);
  }
  return { times, result };
}

/** Times the model; returns per-call times in ms and a sanity check of the output. */
export function timeModel(model, data) {
  const prepareStart = performance.now();
  const prepared = model.prepareProjection(data);
  const prepareMs = performance.now() - prepareStart;
  const defaults = { englandLevers: {}, scopeLevers: {}, patientGrowth: null };
  const scoped = { englandLevers: {}, scopeLevers: { QKS: { trainingPlaces: 150, leaverRate: 0.08 } }, patientGrowth: null };
  const spreadStart = performance.now();
  const spread = model.nationalSpread(prepared, defaults);
  const firstSpreadMs = performance.now() - spreadStart;
  const project = timeCalls(() => model.projectScenario(prepared, defaults, spread), MODEL_WARMUPS, MODEL_RUNS);
  const projectScoped = timeCalls(() => model.projectScenario(prepared, scoped, spread), MODEL_WARMUPS, MODEL_RUNS);
  let n = 0;
  // A new lever value each call, as a slider gives: the draws' calibrations are cached, the runs are not.
  const spreads = timeCalls(
    () => model.nationalSpread(prepared, { englandLevers: { leaverRate: 0.08 + (n++ % 10) * 0.001 } }),
    2,
    SPREAD_RUNS,
  );
  const result = project.result;
  const england = result.byArea.get('ENG');
  if (!england || result.byArea.size < 150 || england.fte.length !== result.years.length)
    throw new Error(`unexpected output: ${result.byArea.size} areas × ${england?.fte.length} years`);
  return {
    prepareMs,
    firstSpreadMs,
    times: project.times,
    scopedTimes: projectScoped.times,
    spreadTimes: spreads.times,
    areas: result.byArea.size,
    years: result.years.length,
    englandFteLast: Math.round(england.fte.at(-1)),
    englandRangeLast: [Math.round(england.low.at(-1)), Math.round(england.high.at(-1))],
    lastYear: result.years.at(-1),
  };
}
