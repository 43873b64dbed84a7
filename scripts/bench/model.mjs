// Model time in Node: bundles src/model/index.ts with Vite's build() (library mode, ES module, not
// minified) into node_modules/.cache/gpw-bench/model, imports it, and times projectWorkforce over the
// 106 sub-ICB areas from the base year (2025 = 2024/25) to 2036 with every lever at its default.
// Inputs come from data/: areas.json (sub-ICB FTE, headcount, patients), snapshot-oct2025.json
// (trainee FTE per sub-ICB), age-profile.json (national FTE by age band, March 2025 snapshot).
// Timing: 20 warm-up calls, then 200 timed calls, each timed alone with performance.now().
import { build } from 'vite';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

export const MODEL_WARMUPS = 20;
export const MODEL_RUNS = 200;
const FROM_YEAR = 2025;
const TO_YEAR = 2036;
const AGE_BANDS = ['Under 40', '40-49', '50-59', '60 and over'];

/** Bundles and imports the model, or returns { unavailable: reason } if it is not there or not ready. */
export async function loadModel(root) {
  const entry = join(root, 'src/model/index.ts');
  if (!existsSync(entry)) return { unavailable: 'src/model/index.ts does not exist' };
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
  const missing = ['projectWorkforce', 'defaultLeverValues'].filter((name) => typeof model[name] !== 'function');
  if (missing.length > 0) return { unavailable: `missing exports: ${missing.join(', ')}` };
  return { model };
}

/** The model's input (and the age snapshot it used) for the 106 sub-ICB areas, with England's levers at their defaults. */
export function buildInput(root, model) {
  const read = (name) => JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
  const areasFile = read('areas.json');
  const snapshot = read('snapshot-oct2025.json');
  const ageFile = read('age-profile.json');

  const baseIndex = areasFile.years.indexOf(FROM_YEAR);
  if (baseIndex < 0) throw new Error(`areas.json has no ${FROM_YEAR}`);
  const trainees = new Map(snapshot.areas.map((a) => [a.code, a.fte?.trainees ?? 0]));
  const areas = areasFile.areas
    .filter((a) => a.level === 'subicb')
    .map((a) => ({
      code: a.code,
      fte: a.fte[baseIndex] ?? 0,
      headcount: a.headcount[baseIndex] ?? 0,
      patientsSeries: a.patients.slice(0, baseIndex + 1).filter((p) => typeof p === 'number'),
      traineeFte: trainees.get(a.code) ?? 0,
    }));

  // Age profile: the March snapshot of the base year (financial year end), falling back to the latest one before it.
  const snapshots = [...ageFile.snapshots].sort((a, b) => a.date.localeCompare(b.date));
  const base = snapshots.filter((s) => s.date <= `${FROM_YEAR}-03-31`).at(-1) ?? snapshots.at(-1);
  const ageProfile = Object.fromEntries(AGE_BANDS.map((band) => [band, base.bands.find((b) => b.band === band)?.fte ?? 0]));

  const england = areasFile.areas.find((a) => a.level === 'england');
  const nationalFtePerHead = england.fte[baseIndex] / england.headcount[baseIndex];
  const input = {
    areas,
    englandLevers: model.defaultLeverValues({ ftePerGp: nationalFtePerHead }),
    ageProfile,
    nationalFtePerHead,
    fromYear: FROM_YEAR,
    toYear: TO_YEAR,
  };
  return { input, ageSnapshot: base.date };
}

/** Times projectWorkforce; returns the per-call times in ms and a sanity check of the output. */
export function timeModel(model, input) {
  let result;
  for (let i = 0; i < MODEL_WARMUPS; i++) result = model.projectWorkforce(input);
  const times = [];
  for (let i = 0; i < MODEL_RUNS; i++) {
    const start = performance.now();
    result = model.projectWorkforce(input);
    times.push(performance.now() - start);
  }
  const years = result?.[0]?.years?.length;
  if (!Array.isArray(result) || result.length !== input.areas.length || years !== TO_YEAR - FROM_YEAR + 1) {
    throw new Error(`unexpected output: ${result?.length} areas × ${years} years`);
  }
  const englandFte2036 = result.reduce((sum, area) => sum + area.years.at(-1).fte, 0);
  return { times, areas: result.length, years, englandFte2036: Math.round(englandFte2036) };
}
