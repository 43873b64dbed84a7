import { describe, it, expect } from 'vitest';
import { prepareProjection } from '../../src/model/prepare';
import {
  ENGLAND_SCOPE,
  clampLevers,
  englandLevers,
  presets,
  resolveScopes,
  scaleToScope,
  scopeDefaults,
  scopeLeverConfig,
  scopeShares,
  trainingIntake,
} from '../../src/model/scenario';
import { defaultLeverValues, leverConfig } from '../../src/model/levers';
import { DATA, FIXED_SETTINGS } from './fixtures';

const prepared = prepareProjection(DATA, FIXED_SETTINGS);
// Shares of England (fixtures.ts): ICB A FTE 21,000 / 27,000 = 7/9, heads 28,500 / 37,000,
// training 0.4420635 + 0.3315476 = 0.7736111; ICB B FTE 2/9, heads 8,500 / 37,000, training 0.2263889.
const A_TRAINING = 0.7736111;

describe('scopeShares', () => {
  it("sums a scope's sub-ICB shares", () => {
    const a = scopeShares(prepared, 'A');
    expect(a.fte).toBeCloseTo(7 / 9, 12);
    expect(a.heads).toBeCloseTo(28500 / 37000, 12);
    expect(a.training).toBeCloseTo(A_TRAINING, 7);
    expect(scopeShares(prepared, 'B').training).toBeCloseTo(0.2263889, 7);
    // of its own trainees the national rule keeps λ + (1 − λ) × FTE share = 0.15 + 0.85 × 7/9 = 0.8111111
    expect(a.stay).toBeCloseTo(0.8111111, 7);
  });

  it('gives England (and a region covering it) shares of 1, and an unknown code none', () => {
    for (const code of [ENGLAND_SCOPE, 'R']) {
      const shares = scopeShares(prepared, code);
      expect(shares.fte).toBeCloseTo(1, 12);
      expect(shares.heads).toBeCloseTo(1, 12);
      expect(shares.training).toBeCloseTo(1, 12);
      expect(shares.stay).toBeCloseTo(1, 12);
    }
    // none of the workforce: only λ's part would stay
    expect(scopeShares(prepared, 'nowhere')).toEqual({ training: 0, fte: 0, heads: 0, stay: 0.15 });
  });
});

describe('scaleToScope', () => {
  it('scales the flow levers by their basis and leaves the rates alone', () => {
    const england = defaultLeverValues({ trainingPlaces: 4000 });
    const scaled = scaleToScope(england, { training: 0.25, fte: 0.5, heads: 0.4, stay: 0.3 });
    // places 4,000 * 0.25 = 1,000; recruits 50 * 0.5 = 25; returners 70 * 0.5 = 35; the scope's own stay share
    expect(scaled).toEqual({
      ...england,
      trainingPlaces: 1000,
      internationalRecruitment: 25,
      returners: 35,
      stayShare: 0.3,
    });
  });
});

describe('englandLevers and scopeDefaults', () => {
  it("overlays the planner's finite choices on the data defaults", () => {
    const levers = englandLevers(prepared, { englandLevers: { leaverRate: 0.07, returners: Number.NaN } });
    expect(levers).toEqual({ ...prepared.defaults, leaverRate: 0.07 });
  });

  it("gives a scope its share of England's choices, and England its own", () => {
    const england = englandLevers(prepared, { englandLevers: { trainingPlaces: 5000 } });
    expect(scopeDefaults(prepared, ENGLAND_SCOPE, england)).toBe(england);
    // 5,000 * 0.7736111 = 3,868.06
    expect(scopeDefaults(prepared, 'A', england).trainingPlaces).toBeCloseTo(3868.056, 3);
  });
});

describe('scopeLeverConfig', () => {
  it("keeps England's ranges, with the data defaults", () => {
    expect(scopeLeverConfig(prepared, ENGLAND_SCOPE, 'trainingPlaces')).toMatchObject({
      min: 2000,
      max: 8000,
      step: 1,
      default: 4000,
    });
    // the first changeable intake: after the data year 2025, for ten years
    expect(scopeLeverConfig(prepared, ENGLAND_SCOPE, 'trainingFrom')).toMatchObject({ min: 2026, max: 2035, default: 2026 });
  });

  it("puts an ICB flow lever in whole units, from 0 to twice England's maximum times its share", () => {
    const places = scopeLeverConfig(prepared, 'A', 'trainingPlaces');
    // max ceil(2 * 8,000 * 0.7736111) = ceil(12,377.78) = 12,378; default 4,000 * 0.7736111 = 3,094.44
    expect(places).toMatchObject({ min: 0, max: 12378, step: 1 });
    expect(places.default).toBeCloseTo(3094.444, 3);
    const recruits = scopeLeverConfig(prepared, 'B', 'internationalRecruitment');
    // max ceil(2 * 500 * 2/9) = ceil(222.22) = 223; default 50 * 2/9 = 11.11
    expect(recruits).toMatchObject({ min: 0, max: 223, step: 1 });
    expect(recruits.default).toBeCloseTo(11.111, 3);
    // returners: ceil(2 * 300 * 7/9) = ceil(466.67) = 467
    expect(scopeLeverConfig(prepared, 'A', 'returners').max).toBe(467);
  });

  it('leaves rate levers as in England', () => {
    for (const key of ['leaverRate', 'traineeUptake', 'participationTrend', 'participationHalfLife'] as const) {
      const { min, max, step } = leverConfig(key);
      expect(scopeLeverConfig(prepared, 'A', key)).toMatchObject({ min, max, step, default: prepared.defaults[key] });
    }
  });

  it("follows England's choices", () => {
    // 5,000 * 0.7736111 = 3,868.06
    expect(scopeLeverConfig(prepared, 'A', 'trainingPlaces', { trainingPlaces: 5000 }).default).toBeCloseTo(3868.056, 3);
  });
});

describe('clampLevers', () => {
  it('clamps to the scope ranges and reports what it changed', () => {
    const { levers, changed } = clampLevers(prepared, 'A', {
      trainingPlaces: 20000,
      leaverRate: 0.2,
      returners: 12.4,
      traineeUptake: 0.8,
    });
    // 12,378 is A's maximum; 15% England's; returners snap to whole FTE; 80% is fine
    expect(levers).toEqual({ trainingPlaces: 12378, leaverRate: 0.15, returners: 12, traineeUptake: 0.8 });
    expect(changed).toEqual(['trainingPlaces', 'leaverRate', 'returners']);
  });

  it("keeps a scope's off-grid default exactly", () => {
    const defaultPlaces = 4000 * scopeShares(prepared, 'A').training;
    const { levers, changed } = clampLevers(prepared, 'A', { trainingPlaces: defaultPlaces });
    expect(levers.trainingPlaces).toBe(defaultPlaces);
    expect(changed).toEqual([]);
  });

  it("clamps England's levers to England's grid", () => {
    // whole places: 4,020.4 -> 4,020; intake year 2024 is already in training -> 2026
    expect(clampLevers(prepared, ENGLAND_SCOPE, { trainingPlaces: 4020.4, trainingFrom: 2024 })).toEqual({
      levers: { trainingPlaces: 4020, trainingFrom: 2026 },
      changed: ['trainingPlaces', 'trainingFrom'],
    });
  });
});

describe('resolveScopes', () => {
  it('orders larger scopes first, and skips England, empty choices and unknown codes', () => {
    const scopes = resolveScopes(prepared, {
      englandLevers: {},
      scopeLevers: {
        B: { leaverRate: 0.1 },
        A2: { returners: 5 },
        A: { leaverRate: 0.07 },
        R: { returners: 10 },
        ENG: { leaverRate: 0.05 },
        B1: {},
        nowhere: { returners: 1 },
      },
    });
    // R has 3 sub-ICBs, A 2, then B and A2 one each (by code)
    expect(scopes.map((s) => s.code)).toEqual(['R', 'A', 'A2', 'B']);
    expect(scopes.map((s) => s.areaCodes)).toEqual([['A1', 'A2', 'B1'], ['A1', 'A2'], ['A2'], ['B1']]);
  });

  it("starts a scope from England's levers scaled to it, overlaid with its own", () => {
    const [scope] = resolveScopes(prepared, {
      englandLevers: { leaverRate: 0.09, trainingPlaces: 5000 },
      scopeLevers: { A: { returners: 20 } },
    });
    // places 5,000 * 0.7736111 = 3,868.06; recruits 50 * 7/9 = 38.89; its defaults from England's defaults
    expect(scope?.levers.trainingPlaces).toBeCloseTo(3868.056, 3);
    expect(scope?.levers.internationalRecruitment).toBeCloseTo(38.889, 3);
    expect(scope?.levers).toMatchObject({ leaverRate: 0.09, returners: 20 });
    expect(scope?.defaults.trainingPlaces).toBeCloseTo(3094.444, 3);
    expect(scope?.defaults.leaverRate).toBe(0.088);
  });
});

describe('presets', () => {
  const plan = [
    { recruitmentYear: 2031, places: 6000 },
    { recruitmentYear: 2027, places: 5000 },
  ];
  const extra = { places: 500, recruitmentYear: 2025 };
  const byKey = new Map(presets(prepared, plan, extra).map((p) => [p.key, p]));

  it("has 'current trends' with no levers or path of its own", () => {
    expect(byKey.get('current')).toMatchObject({ englandLevers: {}, trainingPath: null });
    expect(byKey.get('current')?.description).toMatch(/4000 places, 2022/);
  });

  it("follows the plan's points as a path: +500 on the held level from 2025, 5,000 by 2027/28, 6,000 by 2031/32", () => {
    const ltwp = byKey.get('ltwp');
    expect(ltwp?.englandLevers).toEqual({});
    // the held level is the latest recorded intake, 4,000 (2022): 4,000 + 500 = 4,500 from the 2025 intake
    expect(ltwp?.trainingPath).toEqual([
      { recruitmentYear: 2025, places: 4500 },
      { recruitmentYear: 2027, places: 5000 },
      { recruitmentYear: 2031, places: 6000 },
    ]);
    const intake = trainingIntake(prepared, prepared.defaults, ltwp?.trainingPath, 1);
    // 2023 and 2024 held; the points; straight lines between (2026: 4,750; 2029: 5,500); held after 2031
    expect([2022, 2023, 2024, 2025, 2026, 2027, 2029, 2031, 2035].map(intake)).toEqual([
      4000, 4000, 4000, 4500, 4750, 5000, 5500, 6000, 6000,
    ]);
    expect(ltwp?.description).toMatch(/4,500 from the 2025 intake.*5,000 by 2027\/28, 6,000 by 2031\/32/);
  });

  it('scales a path to a scope by its training share', () => {
    const intake = trainingIntake(prepared, prepared.defaults, [{ recruitmentYear: 2027, places: 5000 }], 0.25);
    expect(intake(2027)).toBe(1250);
    expect(intake(2024)).toBe(1000);
  });

  it('ignores path points at or before the latest recorded intake', () => {
    const intake = trainingIntake(prepared, prepared.defaults, [{ recruitmentYear: 2020, places: 9000 }], 1);
    expect(intake(2020)).toBe(prepared.knownIntake(2020));
    expect(intake(2030)).toBe(4000);
  });

  it('lowers the leaver rate by one percentage point for retention', () => {
    expect(byKey.get('retention')?.englandLevers).toEqual({ leaverRate: 0.078 });
  });

  it('keeps the participation trend going when its default fades, and says so', () => {
    expect(byKey.get('participation')?.englandLevers).toEqual({ participationHalfLife: 100 });
    // with the default already at the longest half-life, there is nothing to add
    const held = prepareProjection(DATA, { settings: { ...FIXED_SETTINGS.settings, halfLife: 100 } });
    expect(presets(held, plan, extra).map((p) => p.key)).toEqual(['current', 'ltwp', 'retention']);
  });

  it('has no plan preset without a plan', () => {
    expect(presets(prepared, []).map((p) => p.key)).toEqual(['current', 'retention', 'participation']);
  });
});
