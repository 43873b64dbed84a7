import { describe, it, expect } from 'vitest';
import {
  LEVERS,
  LEVER_GROUPS,
  LEVER_KEYS,
  clampToConfig,
  defaultLeverValues,
  isLeverKey,
  leverConfig,
  snapToStep,
  type LeverKey,
} from '../../src/model/levers';

describe('LEVERS table', () => {
  it('has the eleven levers, in order, with their units', () => {
    expect(LEVERS.map((lever) => [lever.key, lever.unit])).toEqual([
      ['trainingPlaces', 'places a year'],
      ['trainingFrom', 'year'],
      ['trainingRamp', 'years'],
      ['traineeUptake', '%'],
      ['leaverRate', '%'],
      ['internationalRecruitment', 'FTE a year'],
      ['returners', 'FTE a year'],
      ['participationTrend', '% a year'],
      ['participationHalfLife', 'years'],
      ['ftePerGp', 'FTE per head'],
      ['stayShare', '%'],
    ]);
    expect(LEVER_KEYS).toEqual(LEVERS.map((lever) => lever.key));
  });

  it('marks the flow levers that are scope totals, and on which basis', () => {
    const scoped = LEVERS.filter((lever) => 'scopeTotal' in lever).map((lever) => [
      lever.key,
      'scopeTotal' in lever && lever.scopeTotal,
    ]);
    expect(scoped).toEqual([
      ['trainingPlaces', 'training'],
      ['internationalRecruitment', 'fte'],
      ['returners', 'fte'],
    ]);
  });

  it('puts each lever in a group, the groups in the order the panel shows them, and marks those goal-seek solves for', () => {
    expect(LEVER_GROUPS.map((group) => [group.title, LEVERS.filter((l) => l.group === group.key).map((l) => l.key)])).toEqual([
      ['Training pipeline', ['trainingPlaces', 'trainingFrom', 'trainingRamp', 'traineeUptake', 'stayShare']],
      ['Leaving and joining', ['leaverRate', 'internationalRecruitment', 'returners']],
      ['Participation (FTE per GP)', ['participationTrend', 'participationHalfLife', 'ftePerGp']],
    ]);
    // The training path's timing and the half-life are not targets a planner solves for.
    expect(LEVERS.filter((lever) => !lever.solvable).map((lever) => lever.key)).toEqual([
      'trainingFrom',
      'trainingRamp',
      'participationHalfLife',
      'stayShare',
    ]);
  });

  it('marks the defaults computed from the data', () => {
    expect(LEVERS.filter((lever) => 'fromData' in lever).map((lever) => lever.key)).toEqual([
      'trainingPlaces',
      'trainingFrom',
      'participationTrend',
      'participationHalfLife',
      'ftePerGp',
      'stayShare',
    ]);
  });

  it('stores percent levers as fractions, with the sourced defaults', () => {
    expect(leverConfig('traineeUptake')).toMatchObject({ default: 0.72, min: 0.3, max: 1, step: 0.01 });
    expect(leverConfig('leaverRate')).toMatchObject({ default: 0.088, min: 0.03, max: 0.15, step: 0.001 });
    expect(leverConfig('participationTrend')).toMatchObject({ min: -0.03, max: 0.01, step: 0.001 });
    expect(leverConfig('returners')).toMatchObject({ default: 70, min: 0, max: 300, step: 10 });
    expect(leverConfig('internationalRecruitment')).toMatchObject({ default: 50, min: 0, max: 500, step: 10 });
    expect(leverConfig('participationHalfLife')).toMatchObject({ min: 1, max: 100, step: 1 });
    expect(leverConfig('stayShare')).toMatchObject({ default: 1, min: 0, max: 1, step: 0.01 });
    expect(leverConfig('trainingPlaces')).toMatchObject({ default: 4032, min: 2000, max: 8000, step: 1 });
  });

  it('keeps every default in range, every sourced default on its grid, and says where each comes from', () => {
    for (const lever of LEVERS) {
      expect(lever.default).toBeGreaterThanOrEqual(lever.min);
      expect(lever.default).toBeLessThanOrEqual(lever.max);
      if (!('fromData' in lever)) expect(snapToStep(lever, lever.default)).toBe(lever.default);
      expect(lever.source.length).toBeGreaterThan(10);
      expect(lever.description.length).toBeGreaterThan(10);
      expect(lever.rangeReason.length, `${lever.key}'s range has a reason`).toBeGreaterThan(10);
    }
  });

  it('ties the flow maxima to the evidence they name (no more 40-60 times the recorded flows)', () => {
    // international recruitment: the scheme's target of 2,000 over 2018-21 is 500 a year
    expect(leverConfig('internationalRecruitment').max).toBe(500);
    expect(leverConfig('internationalRecruitment').rangeReason).toMatch(/2,000 GPs over 2018-21/);
    // returners: about three times the Induction and Refresher scheme's best (about 95 FTE a year)
    expect(leverConfig('returners').max).toBeLessThanOrEqual(3 * 100);
    // training places: twice the highest recorded intake
    expect(leverConfig('trainingPlaces').max).toBe(8000);
    expect(leverConfig('trainingPlaces').rangeReason).toMatch(/4,032/);
  });

  it('says the leaver rate is gross and that uptake changes only GPs not yet qualified', () => {
    expect(leverConfig('leaverRate').description).toMatch(/gross/);
    expect(leverConfig('traineeUptake').description).toMatch(/only GPs not yet qualified/);
  });

  it('knows its keys', () => {
    expect(isLeverKey('participationHalfLife')).toBe(true);
    expect(isLeverKey('nonsense')).toBe(false);
    expect(() => leverConfig('nonsense' as LeverKey)).toThrow(/nonsense/);
  });
});

describe('defaultLeverValues', () => {
  it('gives every table default', () => {
    expect(defaultLeverValues()).toEqual({
      trainingPlaces: 4032,
      trainingFrom: 2026,
      trainingRamp: 1,
      traineeUptake: 0.72,
      leaverRate: 0.088,
      internationalRecruitment: 50,
      returners: 70,
      participationTrend: -0.002,
      participationHalfLife: 5,
      ftePerGp: 0.715,
      stayShare: 1,
    });
  });

  it('takes finite overrides and ignores the rest', () => {
    const values = defaultLeverValues({
      ftePerGp: 0.7319,
      trainingPlaces: 4000,
      participationTrend: Number.NaN,
      returners: Infinity,
    });
    expect(values).toMatchObject({ ftePerGp: 0.7319, trainingPlaces: 4000, participationTrend: -0.002, returners: 70 });
  });
});

describe('snapToStep', () => {
  const places = leverConfig('trainingPlaces');

  it('clamps to the range', () => {
    expect(snapToStep(places, 9000)).toBe(8000);
    expect(snapToStep(places, -5)).toBe(2000);
    expect(snapToStep(leverConfig('traineeUptake'), 1.4)).toBe(1);
  });

  it('rounds to the nearest step from min, without float noise', () => {
    // whole places: 4031.4 -> 4031, 4031.6 -> 4032
    expect(snapToStep(places, 4031.4)).toBe(4031);
    expect(snapToStep(places, 4031.6)).toBe(4032);
    // a step of 50 from 2000: (4020 - 2000) / 50 = 40.4 -> 40 steps -> 4000; (4030 - 2000) / 50 = 40.6 -> 41 -> 4050
    const fifties = { min: 2000, max: 8000, step: 50 };
    expect(snapToStep(fifties, 4020)).toBe(4000);
    expect(snapToStep(fifties, 4030)).toBe(4050);
    // (0.0884 - 0.03) / 0.001 = 58.4 -> 58 -> 0.088 exactly, not 0.08800000000000001
    expect(snapToStep(leverConfig('leaverRate'), 0.0884)).toBe(0.088);
    // (-0.0074 - -0.03) / 0.001 = 22.6 -> 23 -> -0.007
    expect(snapToStep(leverConfig('participationTrend'), -0.0074)).toBe(-0.007);
  });

  it('never passes an off-grid maximum', () => {
    // 0, 2, ..., 44: 45 is not a step
    expect(snapToStep({ min: 0, max: 45, step: 2 }, 99)).toBe(44);
    expect(snapToStep({ min: 0, max: 45, step: 2 }, 44.9)).toBe(44);
  });

  it('only clamps without a usable step', () => {
    expect(snapToStep({ min: 0, max: 10, step: 0 }, 3.3333)).toBe(3.3333);
  });
});

describe('clampToConfig', () => {
  it('keeps an off-grid default exactly, but snaps values near it', () => {
    const fte = leverConfig('ftePerGp');
    // the table default 0.715 is off the 0.01 grid
    expect(clampToConfig(fte, 0.715)).toBe(0.715);
    expect(clampToConfig(fte, 0.716)).toBe(0.72);
    expect(clampToConfig(fte, 0.7149)).toBe(0.71);
    expect(clampToConfig({ ...fte, default: 0.7319 }, 0.7319)).toBe(0.7319);
  });

  it('turns NaN and infinities into the default', () => {
    expect(clampToConfig(leverConfig('returners'), Number.NaN)).toBe(70);
    expect(clampToConfig(leverConfig('returners'), Number.POSITIVE_INFINITY)).toBe(70);
    expect(clampToConfig({ ...leverConfig('ftePerGp'), default: 0.7319 }, Number.NaN)).toBe(0.7319);
  });

  it('works on a config scaled to a scope (whole units from 0)', () => {
    const scoped = { ...leverConfig('trainingPlaces'), min: 0, max: 12378, step: 1, default: 3094.444 };
    expect(clampToConfig(scoped, 3094.444)).toBe(3094.444);
    expect(clampToConfig(scoped, 3600.4)).toBe(3600);
    expect(clampToConfig(scoped, 20000)).toBe(12378);
    expect(clampToConfig(scoped, -3)).toBe(0);
  });
});
