import { describe, it, expect } from 'vitest';
import { goalSeek } from '../../src/model/goal-seek';
import { projectWorkforce } from '../../src/model/project';
import { leverConfig } from '../../src/model/levers';
import type { LeverValues } from '../../src/model/levers';

const LEVER = { min: 0, max: 1000, step: 10, label: 'Test lever' };

describe('goalSeek on simple functions', () => {
  it("finds an increasing relation's answer", () => {
    // 1000 + 2v = 1500 -> v = 250
    const result = goalSeek({ run: (v) => 1000 + 2 * v, target: 1500, lever: LEVER, tolerance: 0.01 });
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.value).toBe(250);
  });

  it("finds a decreasing relation's answer", () => {
    // 1000 - v = 400 -> v = 600
    const result = goalSeek({ run: (v) => 1000 - v, target: 400, lever: LEVER, tolerance: 0.01 });
    expect(result).toMatchObject({ status: 'found', value: 600 });
  });

  it('snaps to the step only when the snapped value still meets the tolerance', () => {
    // 3v = 100: bisection tries 500, 250, 125, 62.5, 31.25 (93.75, within 15 of 100);
    // snapped 30 gives 90, still within 15 -> 30
    const loose = goalSeek({ run: (v) => 3 * v, target: 100, lever: LEVER, tolerance: 15 });
    expect(loose).toMatchObject({ status: 'found', value: 30, result: 90 });
    // tolerance 0.5: answer near 33.33; snapped 30 gives 90, 10 away -> report unsnapped
    const tight = goalSeek({ run: (v) => 3 * v, target: 100, lever: LEVER, tolerance: 0.5 });
    expect(tight.status).toBe('found');
    if (tight.status === 'found') {
      expect(Math.abs(tight.value - 100 / 3)).toBeLessThanOrEqual(0.5 / 3);
      expect(tight.value % 10).not.toBe(0);
    }
  });

  it('reports a target beyond the range as unreachable, with the closest end', () => {
    // the most 1000 + 2v reaches is 3000 at v = 1000
    const above = goalSeek({ run: (v) => 1000 + 2 * v, target: 5000, lever: LEVER, tolerance: 1 });
    expect(above).toMatchObject({ status: 'unreachable', bestValue: 1000, bestResult: 3000 });
    if (above.status === 'unreachable') expect(above.reason).toMatch(/above/);
    // decreasing: the least 1000 - v reaches is 0 at v = 1000
    const below = goalSeek({ run: (v) => 1000 - v, target: -50, lever: LEVER, tolerance: 1 });
    expect(below).toMatchObject({ status: 'unreachable', bestValue: 1000, bestResult: 0 });
    const flat = goalSeek({ run: () => 7, target: 8, lever: LEVER, tolerance: 0.1 });
    expect(flat.status).toBe('unreachable');
    if (flat.status === 'unreachable') expect(flat.reason).toMatch(/does not change/);
  });

  it('reports a jump it cannot straddle as unreachable', () => {
    const step = goalSeek({ run: (v) => (v < 500 ? 0 : 100), target: 50, lever: LEVER, tolerance: 1 });
    expect(step.status).toBe('unreachable');
  });
});

describe('goalSeek on the projection', () => {
  const levers: LeverValues = {
    trainingPlaces: 4000,
    traineeUptake: 0.7,
    leaverRate: 0.08,
    internationalRecruitment: 100,
    returners: 200,
    ftePerGp: 0.8,
  };
  const fteIn2026 = (trainingPlaces: number): number =>
    projectWorkforce({
      areas: [{ code: 'A', fte: 10000, headcount: 12500, patientsSeries: [1e6], traineeFte: 1 }],
      englandLevers: { ...levers, trainingPlaces },
      ageProfile: { 'Under 40': 0, '40-49': 1, '50-59': 0, '60 and over': 0 },
      nationalFtePerHead: 0.8,
      fromYear: 2025,
      toYear: 2026,
    })[0]?.years[1]?.fte ?? Number.NaN;

  it('finds the training places that give a hand-worked FTE', () => {
    // 10000 * 0.92 + p * 0.7 * 0.65 + 100 + 200 = 11000 -> 0.455p = 1500 -> p = 3296.70
    const exact = goalSeek({ run: fteIn2026, target: 11000, lever: leverConfig('trainingPlaces'), tolerance: 1 });
    expect(exact.status).toBe('found');
    // within 1 FTE means within 1 / 0.455 = 2.2 places; snapped 3300 gives 11001.5, too far
    if (exact.status === 'found') expect(Math.abs(exact.value - 3296.7)).toBeLessThanOrEqual(2.2);
    const loose = goalSeek({ run: fteIn2026, target: 11000, lever: leverConfig('trainingPlaces'), tolerance: 2 });
    expect(loose).toMatchObject({ status: 'found', value: 3300 });
  });

  it('reports too few places as unreachable', () => {
    // 10,500 needs p = 1000 / 0.455 = 2197.8, below the 2,500 minimum (which gives 10637.5)
    const result = goalSeek({ run: fteIn2026, target: 10500, lever: leverConfig('trainingPlaces'), tolerance: 1 });
    expect(result).toMatchObject({ status: 'unreachable', bestValue: 2500 });
    if (result.status === 'unreachable') expect(result.bestResult).toBeCloseTo(10637.5, 9);
  });
});
