import { describe, it, expect } from 'vitest';
import { goalSeek, solveLeverForTarget, withLever } from '../../src/model/goal-seek';
import { prepareProjection } from '../../src/model/prepare';
import { projectScenario, type ScenarioProjection } from '../../src/model/project-scenario';
import { scopeLeverConfig } from '../../src/model/scenario';
import { DATA, DEFAULT_CHOICES, at, FIXED_SETTINGS } from './fixtures';

const LEVER = { min: 0, max: 1000, step: 10 };

describe('goalSeek: found', () => {
  it('finds the value on an increasing relation', () => {
    // 1000 + 2v = 1500 -> v = 250 (on the grid)
    expect(goalSeek({ run: (v) => 1000 + 2 * v, target: 1500, lever: LEVER, tolerance: 0.01 })).toEqual({
      status: 'found',
      value: 250,
      result: 1500,
    });
  });

  it('finds the value on a decreasing relation', () => {
    // 1000 - v = 400 -> v = 600
    expect(goalSeek({ run: (v) => 1000 - v, target: 400, lever: LEVER, tolerance: 0.01 })).toMatchObject({
      status: 'found',
      value: 600,
    });
  });

  it('snaps to the nearest step when it still meets the target (within tolerance)', () => {
    // 3v >= 100 - 15 = 85 -> v >= 28.33; the crossing found is near 33, which snaps to 30: 90 >= 85
    expect(goalSeek({ run: (v) => 3 * v, target: 100, lever: LEVER, tolerance: 15 })).toEqual({
      status: 'found',
      value: 30,
      result: 90,
    });
  });

  it('otherwise snaps to the step on the side that meets the target', () => {
    // 3v >= 99.5 -> v >= 33.17; 30 gives 90 (short), so 40 (120)
    expect(goalSeek({ run: (v) => 3 * v, target: 100, lever: LEVER, tolerance: 0.5 })).toEqual({
      status: 'found',
      value: 40,
      result: 120,
    });
    // decreasing: 1000 - 3v >= 886 -> v <= 38; 40 gives 880 (short), so 30 (910)
    expect(goalSeek({ run: (v) => 1000 - 3 * v, target: 886, lever: LEVER, tolerance: 0.5 })).toEqual({
      status: 'found',
      value: 30,
      result: 910,
    });
  });

  it('reports a result within tolerance of the target', () => {
    const tolerance = 0.01;
    const result = goalSeek({ run: (v) => Math.sqrt(v) * 40, target: 700, lever: { min: 0, max: 1000, step: 0.001 }, tolerance });
    // 40 sqrt(v) = 700 -> v = 306.25
    expect(result.status).toBe('found');
    if (result.status === 'found') {
      expect(result.result).toBeGreaterThanOrEqual(700 - tolerance);
      expect(result.value).toBeCloseTo(306.25, 1);
    }
  });
});

describe('goalSeek: met, unreachable, no effect', () => {
  it("reports 'met' at both ends with the worst end", () => {
    // increasing: the worst end is the minimum: v = 0 gives 1000 >= 500
    expect(goalSeek({ run: (v) => 1000 + v, target: 500, lever: LEVER, tolerance: 1 })).toEqual({
      status: 'met',
      worstValue: 0,
      worstResult: 1000,
    });
    // decreasing: the worst end is the maximum: v = 1000 gives 2000 - 1000 = 1000
    expect(goalSeek({ run: (v) => 2000 - v, target: 500, lever: LEVER, tolerance: 1 })).toEqual({
      status: 'met',
      worstValue: 1000,
      worstResult: 1000,
    });
    // within tolerance counts: 1000 >= 1000.5 - 1
    expect(goalSeek({ run: (v) => 1000 + v, target: 1000.5, lever: LEVER, tolerance: 1 }).status).toBe('met');
  });

  it("reports 'unreachable' at neither end with the best end", () => {
    // the most 1000 + 2v reaches is 3000 at v = 1000
    expect(goalSeek({ run: (v) => 1000 + 2 * v, target: 5000, lever: LEVER, tolerance: 1 })).toEqual({
      status: 'unreachable',
      bestValue: 1000,
      bestResult: 3000,
    });
    // decreasing: the most 1000 - v reaches is 1000 at v = 0
    expect(goalSeek({ run: (v) => 1000 - v, target: 1500, lever: LEVER, tolerance: 1 })).toEqual({
      status: 'unreachable',
      bestValue: 0,
      bestResult: 1000,
    });
    // just outside the tolerance: 3000 < 3002 - 1
    expect(goalSeek({ run: (v) => 1000 + 2 * v, target: 3002, lever: LEVER, tolerance: 1 }).status).toBe('unreachable');
    expect(goalSeek({ run: (v) => v, target: Number.NaN, lever: LEVER, tolerance: 1 }).status).toBe('unreachable');
  });

  it("reports 'no effect' for a lever that does not change the result, with whether it is met", () => {
    expect(goalSeek({ run: () => 7, target: 8, lever: LEVER, tolerance: 0.1 })).toEqual({
      status: 'no-effect',
      result: 7,
      met: false,
    });
    expect(goalSeek({ run: () => 7, target: 5, lever: LEVER, tolerance: 0.1 })).toEqual({
      status: 'no-effect',
      result: 7,
      met: true,
    });
    // a change below a millionth of the result is rounding: 27,000 + 1e-5 v moves it by 0.01 at most
    expect(goalSeek({ run: (v) => 27000 + 1e-5 * v, target: 28000, lever: LEVER, tolerance: 1 }).status).toBe('no-effect');
  });
});

describe('goalSeek on the projection', () => {
  const prepared = prepareProjection(DATA, FIXED_SETTINGS);
  const englandFte = (year: number) => (trainingPlaces: number) => {
    const projection = projectScenario(prepared, { ...DEFAULT_CHOICES, englandLevers: { trainingPlaces } });
    return at(projection.byArea.get('ENG')?.fte ?? [], projection.years.indexOf(year));
  };
  const places = scopeLeverConfig(prepared, 'ENG', 'trainingPlaces');

  it('says training places have no effect before the first changed intake qualifies', () => {
    // the 2026 intake qualifies from 2029/30: 2028/29 cannot move
    expect(goalSeek({ run: englandFte(2029), target: 30000, lever: places, tolerance: 1 })).toMatchObject({
      status: 'no-effect',
      met: false,
    });
  });

  it('finds the places for a reachable 2029/30 target, in whole places', () => {
    const atDefault = englandFte(2030)(4000);
    // +156 FTE needs about 156 / (2/3 * 0.72 * 0.65) = 500 more places
    const result = goalSeek({ run: englandFte(2030), target: atDefault + 156, lever: places, tolerance: 0.5 });
    expect(result.status).toBe('found');
    if (result.status === 'found') {
      expect(Number.isInteger(result.value)).toBe(true);
      expect(Math.abs(result.value - 4500)).toBeLessThanOrEqual(5);
      expect(result.result).toBeGreaterThanOrEqual(atDefault + 155.5);
    }
  });

  it('says how close the maximum gets when the target is out of reach', () => {
    const result = goalSeek({ run: englandFte(2030), target: 40000, lever: places, tolerance: 1 });
    expect(result).toMatchObject({ status: 'unreachable', bestValue: 8000 });
  });
});

describe('solveLeverForTarget', () => {
  const prepared = prepareProjection(DATA);
  const fteOf = (code: string, year: number) => (projection: ScenarioProjection) =>
    at(projection.byArea.get(code)?.fte ?? [], projection.years.indexOf(year));

  it("finds England's training places for a 2029/30 target, as goalSeek over the projection does", () => {
    const atDefault = fteOf('ENG', 2030)(projectScenario(prepared, DEFAULT_CHOICES));
    // +156 FTE needs about 156 / (2/3 * 0.72 * 0.65) = 500 more places (as above)
    const { config, result } = solveLeverForTarget({
      prepared,
      choices: DEFAULT_CHOICES,
      scope: 'ENG',
      key: 'trainingPlaces',
      measure: fteOf('ENG', 2030),
      target: atDefault + 156,
      tolerance: 0.5,
    });
    expect(config).toMatchObject({ key: 'trainingPlaces', min: 2000, max: 8000 });
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(Math.abs(result.value - 4500)).toBeLessThanOrEqual(5);
  });

  it("solves for a scope's own lever within the scope's range, keeping England's choices", () => {
    // ICB A's returners (whole FTE, 0 to ceil(2 * 300 * 7/9) = 467) lift A's FTE; England's leaver rate stays.
    const choices = { ...DEFAULT_CHOICES, englandLevers: { leaverRate: 0.09 } };
    const atDefault = fteOf('A', 2030)(projectScenario(prepared, choices));
    const { config, result } = solveLeverForTarget({
      prepared,
      choices,
      scope: 'A',
      key: 'returners',
      measure: fteOf('A', 2030),
      target: atDefault + 100,
      tolerance: 0.5,
    });
    expect(config).toMatchObject({ min: 0, max: 467, step: 1 });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    const solved = projectScenario(prepared, withLever(choices, 'A', 'returners', result.value));
    expect(fteOf('A', 2030)(solved)).toBeGreaterThanOrEqual(atDefault + 99.5);
    expect(withLever(choices, 'A', 'returners', result.value)).toEqual({
      ...choices,
      scopeLevers: { A: { returners: result.value } },
    });
  });
});
