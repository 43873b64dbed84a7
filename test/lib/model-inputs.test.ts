// The app's bridge from data files to the model, on the real committed data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../../src/data/dataset';
import { ageProfileFileSchema, areasFileSchema, snapshotFileSchema } from '../../src/data/schemas';
import { buildModelInputs, resolveScopes, scopeLeverValues } from '../../src/lib/model-inputs';
import { projectionSeries } from '../../src/lib/projection-series';
import { runProjection } from '../../src/state/use-workforce';
import { yearRange } from '../../src/lib/years';

const read = (name: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', name), 'utf8'));
const dataset = buildDataset(areasFileSchema.parse(read('areas.json')));
const snapshot = snapshotFileSchema.parse(read('snapshot-oct2025.json'));
const inputs = buildModelInputs(dataset, snapshot, ageProfileFileSchema.parse(read('age-profile.json')));
const series = (projections: ReturnType<typeof runProjection>) =>
  projectionSeries({ history: dataset.history, projections, hierarchy: inputs.hierarchy, projectedYears: yearRange(2026, 2036) });

describe('model inputs from the committed data', () => {
  it('gives every sub-ICB its ICB’s trainees split by GP FTE, so ICB totals match the Oct 2025 bulletin', () => {
    expect(inputs.areas).toHaveLength(106);
    for (const icb of dataset.atLevel.icb) {
      const codes = new Set(inputs.subIcbsOf(icb.code));
      const total = inputs.areas.filter((a) => codes.has(a.code)).reduce((s, a) => s + a.traineeFte, 0);
      expect(total).toBeCloseTo(snapshot.areas.find((a) => a.code === icb.code)?.fte.trainees ?? Number.NaN, 6);
    }
  });

  it('uses the observed national FTE per head as the FTE per GP default, so defaults reproduce the base year', () => {
    const england = dataset.atLevel.england[0]!;
    expect(inputs.defaults.ftePerGp).toBe((england.fte[9] ?? 0) / (england.headcount[9] ?? 1));
    const projected = series(runProjection(inputs, inputs.defaults, []));
    // Base year 2024/25 is index 9 of the history: the model hands it back unchanged.
    expect(projected.byArea.get('ENG')?.fte[9]).toBe(england.fte[9]);
  });

  it('sums sub-ICB projections to ICBs, regions and England', () => {
    const projected = series(runProjection(inputs, inputs.defaults, []));
    const last = projected.years.indexOf(2036);
    const sum = (codes: readonly string[]) => codes.reduce((s, c) => s + (projected.byArea.get(c)?.fte[last] ?? 0), 0);
    expect(sum(dataset.atLevel.region.map((r) => r.code))).toBeCloseTo(projected.byArea.get('ENG')?.fte[last] ?? 0, 6);
    for (const icb of dataset.atLevel.icb)
      expect(sum(inputs.subIcbsOf(icb.code))).toBeCloseTo(projected.byArea.get(icb.code)?.fte[last] ?? 0, 6);
  });

  it('a region scope at its default levers reproduces the England-wide projection; a changed one moves only that region', () => {
    const baseline = series(runProjection(inputs, inputs.defaults, []));
    const atDefaults = series(runProjection(inputs, inputs.defaults, resolveScopes(inputs, inputs.defaults, { Y56: {} })));
    const last = baseline.years.indexOf(2036);
    for (const code of ['ENG', 'Y56', 'Y58'])
      expect(atDefaults.byArea.get(code)?.fte[last]).toBeCloseTo(baseline.byArea.get(code)?.fte[last] ?? 0, 6);
    const london = scopeLeverValues(inputs, 'Y56', inputs.defaults);
    const changed = series(
      runProjection(
        inputs,
        inputs.defaults,
        resolveScopes(inputs, inputs.defaults, { Y56: { returners: london.returners + 100 } }),
      ),
    );
    expect(changed.byArea.get('Y56')?.fte[last]).toBeGreaterThan(baseline.byArea.get('Y56')?.fte[last] ?? Infinity);
    expect(changed.byArea.get('Y58')?.fte[last]).toBeCloseTo(baseline.byArea.get('Y58')?.fte[last] ?? 0, 6);
  });
});
