import { describe, it, expect } from 'vitest';
import {
  LEVERS,
  LEVER_KEYS,
  clampLever,
  clampToConfig,
  defaultLeverValues,
  leverConfig,
  snapToStep,
} from '../../src/model/levers';

describe('LEVERS table', () => {
  it('has the six levers with the exact labels, in order', () => {
    expect(LEVERS.map((lever) => [lever.key, lever.label])).toEqual([
      ['trainingPlaces', 'Training places'],
      ['traineeUptake', 'Trainee uptake'],
      ['leaverRate', 'Leaver rate'],
      ['internationalRecruitment', 'International recruitment'],
      ['returners', 'Returners'],
      ['ftePerGp', 'FTE per GP'],
    ]);
    expect(LEVER_KEYS).toHaveLength(6);
  });

  it('stores percent levers as fractions with the DATA.md defaults', () => {
    expect(leverConfig('traineeUptake')).toMatchObject({ unit: '%', default: 0.72, min: 0.3, max: 1 });
    expect(leverConfig('leaverRate')).toMatchObject({ unit: '%', default: 0.088, min: 0.03, max: 0.15 });
    expect(leverConfig('trainingPlaces')).toMatchObject({ default: 4000, min: 2500, max: 8000, step: 50 });
    expect(leverConfig('ftePerGp')).toMatchObject({ default: 0.74, min: 0.5, max: 1, step: 0.01 });
  });

  it('keeps every default inside its range and on its step grid, with a source', () => {
    for (const lever of LEVERS) {
      expect(lever.default).toBeGreaterThanOrEqual(lever.min);
      expect(lever.default).toBeLessThanOrEqual(lever.max);
      expect(snapToStep(lever, lever.default)).toBe(lever.default);
      expect(lever.source.length).toBeGreaterThan(10);
      expect(lever.description.length).toBeGreaterThan(10);
    }
  });
});

describe('defaultLeverValues', () => {
  it('gives every default, and takes observed overrides', () => {
    expect(defaultLeverValues()).toEqual({
      trainingPlaces: 4000,
      traineeUptake: 0.72,
      leaverRate: 0.088,
      internationalRecruitment: 50,
      returners: 500,
      ftePerGp: 0.74,
    });
    expect(defaultLeverValues({ ftePerGp: 0.7147 }).ftePerGp).toBe(0.7147);
    expect(defaultLeverValues({ ftePerGp: Number.NaN }).ftePerGp).toBe(0.74);
  });
});

describe('clampLever', () => {
  it('clamps to the range', () => {
    expect(clampLever('trainingPlaces', 9000)).toBe(8000);
    expect(clampLever('trainingPlaces', -5)).toBe(2500);
    expect(clampLever('traineeUptake', 1.4)).toBe(1);
  });

  it('snaps to the step from min, without float noise', () => {
    // (4020 - 2500) / 50 = 30.4 -> 30 steps -> 2500 + 30 * 50 = 4000
    expect(clampLever('trainingPlaces', 4020)).toBe(4000);
    // (4030 - 2500) / 50 = 30.6 -> 31 steps -> 4050
    expect(clampLever('trainingPlaces', 4030)).toBe(4050);
    // (0.0884 - 0.03) / 0.001 = 58.4 -> 58 -> 0.03 + 0.058 = 0.088 exactly, not 0.08800000000000001
    expect(clampLever('leaverRate', 0.0884)).toBe(0.088);
    expect(clampLever('traineeUptake', 0.726)).toBe(0.73);
  });

  it('turns NaN and infinities into the default', () => {
    expect(clampLever('returners', Number.NaN)).toBe(500);
    expect(clampLever('returners', Number.POSITIVE_INFINITY)).toBe(500);
    expect(clampLever('ftePerGp', Number.NaN, 0.7147)).toBe(0.7147);
  });

  it('keeps an off-grid default exactly, but snaps values near it', () => {
    expect(clampLever('ftePerGp', 0.7147, 0.7147)).toBe(0.7147);
    expect(clampLever('ftePerGp', 0.7147)).toBe(0.71);
    expect(clampLever('ftePerGp', 0.716, 0.7147)).toBe(0.72);
  });

  it('works on any config (e.g. one scaled to a scope)', () => {
    const scoped = { ...leverConfig('returners'), min: 0, max: 45, step: 2, default: 4.5 };
    expect(clampToConfig(scoped, 4.5)).toBe(4.5);
    expect(clampToConfig(scoped, 7.2)).toBe(8);
    expect(clampToConfig(scoped, 99)).toBe(44);
  });
});
