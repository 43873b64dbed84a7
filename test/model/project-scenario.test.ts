import { describe, it, expect } from 'vitest';
import { prepareProjection } from '../../src/model/prepare';
import {
  Z_80,
  defaultEngland,
  projectScenario,
  runScope,
  type NationalSpread,
  type ScenarioProjection,
} from '../../src/model/project-scenario';
import { nationalSpread } from '../../src/model/monte-carlo';
import { scopeShares, type ScenarioChoices } from '../../src/model/scenario';
import { DATA, DEFAULT_CHOICES, at, FIXED_SETTINGS } from './fixtures';
import { TEAM_GROUPS, type TeamBase, type TeamGroup } from '../../src/model/team';

type Choices = Pick<ScenarioChoices, 'englandLevers' | 'scopeLevers' | 'patientGrowth'>;

const prepared = prepareProjection(DATA, FIXED_SETTINGS);
const SUB_ICBS = ['A1', 'A2', 'B1'] as const;
const ALL = ['ENG', 'R', 'A', 'B', ...SUB_ICBS] as const;
const project = (choices: Partial<Choices>, spread: NationalSpread | null = null) =>
  projectScenario(prepared, { ...DEFAULT_CHOICES, ...choices }, spread);
const base = project({});

function path(projection: ScenarioProjection, code: string) {
  const found = projection.byArea.get(code);
  if (!found) throw new Error(`no path for ${code}`);
  return found;
}
/** Projected FTE (or heads) of an area in a financial year ending `year`. */
const fteIn = (projection: ScenarioProjection, code: string, year: number) =>
  at(path(projection, code).fte, projection.years.indexOf(year));
const headsIn = (projection: ScenarioProjection, code: string, year: number) =>
  at(path(projection, code).headcount, projection.years.indexOf(year));
/** A scenario's FTE minus the default's. */
const fteIncrement = (projection: ScenarioProjection, code: string, year: number) =>
  fteIn(projection, code, year) - fteIn(base, code, year);
const headsIncrement = (projection: ScenarioProjection, code: string, year: number) =>
  headsIn(projection, code, year) - headsIn(base, code, year);

describe('prepareProjection on the fixture', () => {
  it('jumps off from the April-October bulletin on the practice basis', () => {
    // factor 27,270 / 27,000 = 1.01 (heads 37,370 / 37,000 = 1.01); 27,573 / 1.01 = 27,300; 37,673 / 1.01 = 37,300
    expect(prepared.jumpOff).toMatchObject({ year: 2026, bulletinFte: 27573, bulletinHeads: 37673 });
    expect(prepared.jumpOff?.factorFte).toBeCloseTo(1.01, 12);
    expect(prepared.jumpOff?.fte).toBeCloseTo(27300, 9);
    expect(prepared.jumpOff?.heads).toBeCloseTo(37300, 9);
    expect(prepared.jumpOff?.months).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10']);
    expect(prepared).toMatchObject({ baseYear: 2025, startYear: 2026, toYear: 2036, lastFixedIntakeYear: 2025 });
    expect(prepared.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    // the September 2025 age profile splits it: Under 40 has 7,400 / 27,400 of the FTE
    expect(prepared.stock.fte[0]).toBeCloseTo((27300 * 7400) / 27400, 9);
  });

  it('starts from the data year when the bulletin has nothing later', () => {
    const noLater = prepareProjection({ ...DATA, bulletin: DATA.bulletin.filter((b) => b.date < '2025-04') }, FIXED_SETTINGS);
    expect(noLater.jumpOff).toBeNull();
    expect(noLater.startYear).toBe(2025);
    const projection = projectScenario(noLater, DEFAULT_CHOICES);
    // the first projected year is one engine step from the recorded 27,000, not the recorded value itself
    expect(fteIn(projection, 'ENG', 2026)).toBeCloseTo(at(defaultEngland(noLater), 1).fte, 6);
    expect(fteIn(projection, 'ENG', 2026)).not.toBe(27000);
  });

  it('takes its data-derived defaults: latest intake, first changeable intake, FTE per GP at the jump-off', () => {
    expect(prepared.defaults).toMatchObject({ trainingPlaces: 4000, trainingFrom: 2026, leaverRate: 0.088, traineeUptake: 0.72 });
    // 27,300 / 37,300 = 0.7319035
    expect(prepared.defaults.ftePerGp).toBeCloseTo(0.7319035, 7);
    expect(prepared.defaults.participationTrend).toBe(prepared.calibration.participationTrend);
  });

  it('gives each area its shares of England in the data year', () => {
    const a1 = prepared.byCode.get('A1');
    const b1 = prepared.byCode.get('B1');
    // FTE 12,000 / 27,000 = 4/9; heads 16,000 / 37,000 = 0.4324324
    expect(a1?.fteShare).toBeCloseTo(4 / 9, 12);
    expect(a1?.headShare).toBeCloseTo(16000 / 37000, 12);
    // trainees: ICB A 3,000 of 4,000, split by FTE 12,000 / 21,000 -> 0.75 * 4/7 = 3/7
    expect(a1?.traineeShare).toBeCloseTo(3 / 7, 12);
    // 0.15 * 3/7 + 0.85 * 4/9 = 0.0642857 + 0.3777778 = 0.4420635
    expect(a1?.trainingShare).toBeCloseTo(0.4420635, 7);
    // ICB B: 1,000 of 4,000 trainees, all in B1: 0.15 * 0.25 + 0.85 * 2/9 = 0.0375 + 0.1888889 = 0.2263889
    expect(b1?.trainingShare).toBeCloseTo(0.2263889, 7);
    // shares of the sub-ICBs add up to 1, and a parent's is the sum of its sub-ICBs'
    const sum = (key: 'fteShare' | 'headShare' | 'trainingShare') => prepared.subIcbs.reduce((s, a) => s + a[key], 0);
    expect(sum('fteShare')).toBeCloseTo(1, 12);
    expect(sum('headShare')).toBeCloseTo(1, 12);
    expect(sum('trainingShare')).toBeCloseTo(1, 12);
    // ICB A: A1 0.4420635 + A2 (0.15 * 0.75 * 3/7 + 0.85 * 1/3 = 0.3315476) = 0.7736111
    expect(prepared.byCode.get('A')?.trainingShare).toBeCloseTo(0.7736111, 7);
    expect(prepared.subIcbsOf('R')).toEqual(['A1', 'A2', 'B1']);
    expect(prepared.subIcbsOf('A2')).toEqual(['A2']);
  });
});

describe('projectScenario at default levers', () => {
  it("starts England at the jump-off and follows the national engine's default run", () => {
    expect(base.years).toEqual(prepared.years);
    expect(fteIn(base, 'ENG', 2026)).toBeCloseTo(27300, 9);
    expect(headsIn(base, 'ENG', 2026)).toBeCloseTo(37300, 9);
    const engine = defaultEngland(prepared);
    base.years.forEach((year, i) => {
      expect(at(path(base, 'ENG').fte, i)).toBeCloseTo(at(engine, year - 2026).fte, 6);
    });
  });

  it("keeps every area's data-year share of England in every projected year", () => {
    for (const code of ['R', 'A', 'B', ...SUB_ICBS]) {
      const area = prepared.byCode.get(code);
      for (const year of base.years) {
        expect(fteIn(base, code, year) / fteIn(base, 'ENG', year)).toBeCloseTo(area?.fteShare ?? Number.NaN, 12);
        expect(headsIn(base, code, year) / headsIn(base, 'ENG', year)).toBeCloseTo(area?.headShare ?? Number.NaN, 12);
      }
    }
    // A1: 4/9 of 27,300 = 12,133.33 in 2025/26
    expect(fteIn(base, 'A1', 2026)).toBeCloseTo(12133.333, 3);
  });

  it('has no ranges without a national spread', () => {
    for (const code of ALL) expect(path(base, code)).toMatchObject({ low: null, high: null });
  });
});

describe('projectScenario: sums', () => {
  const scenario = project({
    englandLevers: { trainingPlaces: 5500, leaverRate: 0.08 },
    scopeLevers: { A: { returners: 120 } },
    patientGrowth: 0.004,
  });

  it('makes ICBs, the region and England the exact sums of their sub-ICBs', () => {
    for (const projection of [base, scenario]) {
      for (const key of ['fte', 'headcount', 'patients'] as const) {
        const of = (code: string) => path(projection, code)[key];
        projection.years.forEach((_, i) => {
          const a1 = at(of('A1'), i);
          const a2 = at(of('A2'), i);
          const b1 = at(of('B1'), i);
          expect(at(of('A'), i)).toBeCloseTo(a1 + a2, 6);
          expect(at(of('B'), i)).toBeCloseTo(b1, 6);
          expect(at(of('R'), i)).toBeCloseTo(a1 + a2 + b1, 6);
          expect(at(of('ENG'), i)).toBeCloseTo(a1 + a2 + b1, 6);
        });
      }
    }
  });
});

describe('projectScenario: training places', () => {
  // +1,000 places from the first changeable intake (2026), at once (ramp 1)
  const more = project({ englandLevers: { trainingPlaces: 5000 } });

  it('leaves every projected year before 2029/30 (2026 + 4) unchanged, in every area', () => {
    for (const code of ALL) {
      for (const year of [2026, 2027, 2028, 2029]) {
        expect(fteIn(more, code, year)).toBe(fteIn(base, code, year));
        expect(headsIn(more, code, year)).toBe(headsIn(base, code, year));
      }
    }
  });

  it('adds 2/3 x uptake x 0.65 x places FTE to England in 2029/30, then the rest of the intake in 2030/31', () => {
    // 2029/30: 2/3 * 0.72 * 0.65 * 1000 = 312 FTE. The other net joiners scale by 1 + O / H, and the extra
    // heads move H a little, so this holds to a fraction of a percent.
    expect(Math.abs(fteIncrement(more, 'ENG', 2030) - 312)).toBeLessThan(312 * 0.01);
    // 2030/31: the 2027 intake's two thirds and the 2026 intake's last third, 0.72 * 0.65 * 1000 = 468, plus
    // 2029/30's 312 less a year of Under 40 leavers (9.84666%): 312 * 0.9015334 + 468 = 749.28
    expect(Math.abs(fteIncrement(more, 'ENG', 2031) - 749.28)).toBeLessThan(749.28 * 0.01);
    // heads: 2/3 * 0.72 * 1000 = 480 newly qualified GPs in 2029/30
    expect(Math.abs(headsIncrement(more, 'ENG', 2030) - 480)).toBeLessThan(480 * 0.01);
  });

  it('shares the increment among sub-ICBs by their training share (the lambda blend), not their FTE share', () => {
    for (const year of [2030, 2033, 2036]) {
      const england = fteIncrement(more, 'ENG', year);
      // A1 0.15 * 3/7 + 0.85 * 4/9 = 0.4420635; B1 0.15 * 1/4 + 0.85 * 2/9 = 0.2263889 (FTE share 0.2222222)
      expect(fteIncrement(more, 'A1', year) / england).toBeCloseTo(0.4420635, 7);
      expect(fteIncrement(more, 'B1', year) / england).toBeCloseTo(0.2263889, 7);
      expect(headsIncrement(more, 'B1', year) / headsIncrement(more, 'ENG', year)).toBeCloseTo(0.2263889, 7);
    }
  });

  it('reaches a ramped level later: a 4-year ramp adds a quarter of the change in 2029/30', () => {
    const ramped = project({ englandLevers: { trainingPlaces: 5000, trainingRamp: 4 } });
    // the 2026 intake is 4,000 + 1,000 / 4 = 4,250: 2/3 * 0.72 * 0.65 * 250 = 78 FTE
    expect(Math.abs(fteIncrement(ramped, 'ENG', 2030) - 78)).toBeLessThan(78 * 0.01);
  });

  it('changes nothing before the first changed intake qualifies, however late it is', () => {
    const later = project({ englandLevers: { trainingPlaces: 6000, trainingFrom: 2029 } });
    // the 2029 intake qualifies from 2032/33 on
    for (const year of [2026, 2027, 2028, 2029, 2030, 2031, 2032])
      expect(fteIn(later, 'ENG', year)).toBe(fteIn(base, 'ENG', year));
    expect(fteIncrement(later, 'ENG', 2033)).toBeGreaterThan(0);
  });
});

describe('projectScenario: rate and flow levers', () => {
  it('shares a leaver-rate change by FTE share (heads by head share)', () => {
    const leaky = project({ englandLevers: { leaverRate: 0.098 } });
    // 2025/26 is the jump-off: no lever moves it
    for (const code of ALL) expect(fteIn(leaky, code, 2026)).toBe(fteIn(base, code, 2026));
    for (const year of [2027, 2031, 2036]) {
      const england = fteIncrement(leaky, 'ENG', year);
      expect(england).toBeLessThan(0);
      // A1 4/9, B1 2/9; heads A1 16,000 / 37,000
      expect(fteIncrement(leaky, 'A1', year) / england).toBeCloseTo(4 / 9, 9);
      expect(fteIncrement(leaky, 'B1', year) / england).toBeCloseTo(2 / 9, 9);
      expect(headsIncrement(leaky, 'A1', year) / headsIncrement(leaky, 'ENG', year)).toBeCloseTo(16000 / 37000, 9);
    }
  });

  it('adds about the recruits themselves in their first year', () => {
    const recruits = project({ englandLevers: { internationalRecruitment: 150 } });
    // +100 FTE a year joining in 2026/27; they join at the stock's FTE per head, so the 1 + O / H scaling of
    // the other net joiners leaves the sum at 100 to first order
    expect(Math.abs(fteIncrement(recruits, 'ENG', 2027) - 100)).toBeLessThan(1);
    expect(fteIncrement(recruits, 'B1', 2027) / fteIncrement(recruits, 'ENG', 2027)).toBeCloseTo(2 / 9, 9);
  });

  it('scales the first projected step by the "FTE per GP" level', () => {
    const level = prepared.defaults.ftePerGp;
    const higher = project({ englandLevers: { ftePerGp: level * 1.05 } });
    // GPs in post work 5% more from 2026/27: at least 5% of what stayed, the joiners unchanged
    const stayed = at(defaultEngland(prepared), 1).fte - at(defaultEngland(prepared), 1).newGps;
    expect(fteIncrement(higher, 'ENG', 2027)).toBeGreaterThan(0.045 * stayed);
    expect(fteIncrement(higher, 'ENG', 2027)).toBeLessThan(0.055 * fteIn(base, 'ENG', 2027));
  });
});

describe('projectScenario: scopes', () => {
  const shares = scopeShares(prepared, 'A');

  it("changes only the scope's own sub-ICBs", () => {
    const scoped = project({ scopeLevers: { A: { leaverRate: 0.07 } } });
    expect(path(scoped, 'B1')).toEqual(path(base, 'B1'));
    expect(path(scoped, 'B')).toEqual(path(base, 'B'));
    expect(fteIncrement(scoped, 'A1', 2030)).toBeGreaterThan(0);
    expect(fteIncrement(scoped, 'A2', 2030)).toBeGreaterThan(0);
    expect(scoped.scopes.map((s) => s.code)).toEqual(['A']);
  });

  it("sums its sub-ICBs' increments to the scope's own run: with its levers minus with its defaults", () => {
    const defaultsInA = at(project({ scopeLevers: { A: { leaverRate: 0.07 } } }).scopes, 0).defaults;
    // rates, recruits and returners stay inside the scope; of a training change, `stay` does (the rest leaves)
    for (const [levers, inside] of [
      [{ leaverRate: 0.07 }, 1],
      [{ returners: 0 }, 1],
      [{ trainingPlaces: defaultsInA.trainingPlaces + 500 }, shares.stay],
      [{ traineeUptake: 0.8 }, shares.stay],
    ] as const) {
      const scoped = project({ scopeLevers: { A: levers } });
      const scope = at(scoped.scopes, 0);
      const withLevers = runScope(prepared, scope.levers, scope.levers, shares);
      const withDefaults = runScope(prepared, scope.defaults, scope.defaults, shares);
      for (const year of scoped.years) {
        const row = year - prepared.startYear;
        const own = at(withLevers, row).fte - at(withDefaults, row).fte;
        expect(fteIncrement(scoped, 'A1', year) + fteIncrement(scoped, 'A2', year)).toBeCloseTo(inside * own, 6);
        expect(fteIncrement(scoped, 'A', year)).toBeCloseTo(inside * own, 6);
        // within an ICB both rules split by FTE: A1 takes 12,000 / 21,000 = 4/7
        if (Math.abs(own) > 1e-6) expect(fteIncrement(scoped, 'A1', year) / (inside * own)).toBeCloseTo(4 / 7, 9);
        // the rest goes to England's other areas, so England gains the whole change
        expect(fteIncrement(scoped, 'B1', year)).toBeCloseTo((1 - inside) * own, 6);
        expect(fteIncrement(scoped, 'ENG', year)).toBeCloseTo(own, 6);
      }
    }
  });

  it('runs a scope training change through its own pipeline: 2/3 x 0.72 x 0.65 x 500 in 2029/30, of which 81% stays', () => {
    const defaultPlaces = 4000 * shares.training; // 4,000 * 0.7736111 = 3,094.44 places a year
    const scoped = project({ scopeLevers: { A: { trainingPlaces: defaultPlaces + 500 } } });
    expect(at(scoped.scopes, 0).levers.trainingPlaces).toBeCloseTo(3594.444, 3);
    for (const year of [2026, 2027, 2028, 2029]) expect(fteIncrement(scoped, 'ENG', year)).toBeCloseTo(0, 9);
    // 2/3 * 0.72 * 0.65 * 500 = 156 FTE for England (the year's other net joiners scale it a little)
    expect(Math.abs(fteIncrement(scoped, 'ENG', 2030) - 156)).toBeLessThan(156 * 0.01);
    // ICB A keeps its stay share: λ + (1 − λ) × 7/9 = 0.15 + 0.85 × 0.7777778 = 0.8111111, about 126.5 FTE
    expect(at(scoped.scopes, 0).levers.stayShare).toBeCloseTo(0.8111111, 7);
    expect(fteIncrement(scoped, 'A', 2030) / fteIncrement(scoped, 'ENG', 2030)).toBeCloseTo(0.8111111, 7);
    expect(fteIncrement(scoped, 'A', 2036)).toBeLessThan(fteIncrement(scoped, 'ENG', 2036));
  });

  it('keeps the stay share the planner sets for the scope: all of it, none of it, or 30%', () => {
    const places = 4000 * shares.training + 500;
    for (const stay of [1, 0, 0.3]) {
      const scoped = project({ scopeLevers: { A: { trainingPlaces: places, stayShare: stay } } });
      for (const year of [2030, 2036]) {
        expect(fteIncrement(scoped, 'A', year)).toBeCloseTo(stay * fteIncrement(scoped, 'ENG', year), 6);
        expect(fteIncrement(scoped, 'B1', year)).toBeCloseTo((1 - stay) * fteIncrement(scoped, 'ENG', year), 6);
      }
    }
  });

  it('lets an ICB with levers of its own win over its region for its areas', () => {
    const nested = project({ scopeLevers: { R: { leaverRate: 0.1 }, A: { leaverRate: 0.07 } } });
    expect(nested.scopes.map((s) => s.code)).toEqual(['R', 'A']);
    const onlyA = project({ scopeLevers: { A: { leaverRate: 0.07 } } });
    // the region covers all of England here, so its run is England's with 10%
    const englandAt10 = project({ englandLevers: { leaverRate: 0.1 } });
    for (const year of [2027, 2031, 2036]) {
      expect(fteIn(nested, 'A1', year)).toBeCloseTo(fteIn(onlyA, 'A1', year), 6);
      expect(fteIn(nested, 'A2', year)).toBeCloseTo(fteIn(onlyA, 'A2', year), 6);
      expect(fteIn(nested, 'B1', year)).toBeCloseTo(fteIn(englandAt10, 'B1', year), 6);
    }
  });
});

describe('projectScenario: 80% ranges', () => {
  const years = prepared.years;
  // A hand-made national spread: ln(low / central) = -0.01 h, ln(high / central) = +0.015 h, h = years ahead
  const handSpread: NationalSpread = {
    years,
    lowLog: years.map((y) => -0.01 * (y - 2025)),
    highLog: years.map((y) => 0.015 * (y - 2025)),
  };

  it("gives England exactly the national spread (England's share never moves)", () => {
    const ranged = project({}, handSpread);
    const england = path(ranged, 'ENG');
    years.forEach((year, i) => {
      // 2030/31 (h = 6): low = central * e^-0.06, high = central * e^0.09
      expect(at(england.low ?? [], i)).toBeCloseTo(at(england.fte, i) * Math.exp(-0.01 * (year - 2025)), 6);
      expect(at(england.high ?? [], i)).toBeCloseTo(at(england.fte, i) * Math.exp(0.015 * (year - 2025)), 6);
    });
  });

  it("widens an area's range by its share spread: ln(high / central) = z sqrt(sigma^2 h + (highLog / z)^2)", () => {
    const ranged = project({}, handSpread);
    const sigma = prepared.byCode.get('B1')?.shareSpread ?? Number.NaN;
    expect(sigma).toBeGreaterThan(0);
    const b1 = path(ranged, 'B1');
    // 2030/31: h = 6, highLog = 0.09
    const i = years.indexOf(2031);
    expect(Math.log(at(b1.high ?? [], i) / at(b1.fte, i))).toBeCloseTo(
      Z_80 * Math.sqrt(sigma * sigma * 6 + (0.09 / Z_80) ** 2),
      9,
    );
    expect(Math.log(at(b1.fte, i) / at(b1.low ?? [], i))).toBeCloseTo(
      Z_80 * Math.sqrt(sigma * sigma * 6 + (0.06 / Z_80) ** 2),
      9,
    );
    // wider than England's
    expect(at(b1.high ?? [], i) / at(b1.fte, i)).toBeGreaterThan(Math.exp(0.09));
  });

  it('with the Monte Carlo spread: low < central < high everywhere, widening with the years ahead', () => {
    const spread = nationalSpread(prepared, DEFAULT_CHOICES, { draws: 60 });
    const ranged = project({}, spread);
    for (const code of ALL) {
      const { fte, low, high } = path(ranged, code);
      expect(low).not.toBeNull();
      expect(high).not.toBeNull();
      const width = years.map((_, i) => Math.log(at(high ?? [], i) / at(low ?? [], i)));
      years.forEach((_, i) => {
        expect(at(low ?? [], i)).toBeLessThan(at(fte, i));
        expect(at(high ?? [], i)).toBeGreaterThan(at(fte, i));
      });
      // first projected year < 2030/31 < 2035/36 (year by year the Monte Carlo's 60 draws may wobble)
      expect(at(width, 0)).toBeLessThan(at(width, 5));
      expect(at(width, 5)).toBeLessThan(at(width, 10));
      // the central path is the one without ranges
      expect(fte).toEqual(path(base, code).fte);
    }
  });
});

describe('projectScenario: a training path (the LTWP preset)', () => {
  const ltwp = [
    { recruitmentYear: 2025, places: 4500 },
    { recruitmentYear: 2027, places: 5000 },
    { recruitmentYear: 2031, places: 6000 },
  ];
  const planned = projectScenario(prepared, { ...DEFAULT_CHOICES, trainingPath: ltwp });

  it("adds the 2025 intake's +500 from 2028/29: 2/3 x 0.72 x 0.65 x 500 = 156 FTE", () => {
    for (const year of [2026, 2027, 2028]) expect(fteIncrement(planned, 'ENG', year)).toBeCloseTo(0, 9);
    // 2028/29: two thirds of the 2025 intake qualify: 2/3 * 500 * 0.72 * 0.65 = 156 FTE
    expect(Math.abs(fteIncrement(planned, 'ENG', 2029) - 156)).toBeLessThan(156 * 0.01);
    // 2029/30: the rest of 2025 (1/3 * 500) and two thirds of 2026 (4,750: +750): (166.67 + 500) * 0.468 = 312 FTE
    // on top of what 2028/29's joiners still give after a year of leaving
    expect(fteIncrement(planned, 'ENG', 2030)).toBeGreaterThan(156 + 0.85 * 312);
  });

  it('takes the place of the training levers: moving them changes nothing while the path is set', () => {
    const withLever = projectScenario(prepared, {
      ...DEFAULT_CHOICES,
      englandLevers: { trainingPlaces: 2500 },
      trainingPath: ltwp,
    });
    expect(path(withLever, 'ENG').fte).toEqual(path(planned, 'ENG').fte);
  });

  it('is followed by a scope without training levers of its own, at its training share', () => {
    const scoped = projectScenario(prepared, {
      ...DEFAULT_CHOICES,
      scopeLevers: { A: { leaverRate: 0.088 } },
      trainingPath: ltwp,
    });
    // England the same to within 2 FTE of a 3,200 FTE gain (the scope's engine mixes its FTE, heads and training
    // shares, so it is linear only to within that)
    for (const year of [2030, 2036]) expect(Math.abs(fteIn(scoped, 'ENG', year) - fteIn(planned, 'ENG', year))).toBeLessThan(2);
    // and ICB A keeps its training share of the path's gain: it inherits it, nothing leaves
    const gain = (p: ScenarioProjection, code: string) => fteIn(p, code, 2036) - fteIn(base, code, 2036);
    expect(gain(scoped, 'A') / gain(planned, 'ENG')).toBeCloseTo(scopeShares(prepared, 'A').training, 2);
  });
});

describe('a PCN team lever does not project the GPs again', () => {
  const zero = () => Object.fromEntries(TEAM_GROUPS.map((g) => [g, 0])) as Record<TeamGroup, number>;
  // Pharmacy 30 FTE at the base in A1, 10 in A2; England's default growth 40 FTE a year for pharmacy.
  const teamBase: TeamBase = {
    baseYear: prepared.baseYear + 1,
    bySubIcb: new Map([
      ['A1', { ...zero(), pharmacy: 30 }],
      ['A2', { ...zero(), pharmacy: 10 }],
      ['B1', zero()],
    ]),
    defaultGrowth: { ...zero(), pharmacy: 40 },
  };
  const withTeam = (pharmacy: number, choices: Partial<ScenarioChoices> = {}, on = prepared) =>
    projectScenario(
      on,
      { ...DEFAULT_CHOICES, ...choices, team: { england: { pharmacy }, scopes: {}, gpTimeReleased: {} } },
      null,
      teamBase,
    );

  it('reuses the GP projection when only the team changed, and the team follows its lever', () => {
    const a = withTeam(40);
    const b = withTeam(80);
    expect(b.byArea).toBe(a.byArea);
    expect(b.england).toBe(a.england);
    // Two years after the team's base: A1 30 + 80 × 30/40 × 2 = 150 (at 40 a year: 30 + 30 × 2 = 90).
    const i = b.years.indexOf(teamBase.baseYear + 2);
    expect(b.team!.byArea.get('A1')!.pharmacy[i]).toBe(150);
    expect(a.team!.byArea.get('A1')!.pharmacy[i]).toBe(90);
  });

  it('projects the GPs again when a GP choice changes, even in an object of the same shape, and agrees with a fresh call', () => {
    const a = withTeam(40);
    const sameValues = withTeam(40, { englandLevers: { ...DEFAULT_CHOICES.englandLevers } });
    expect(sameValues.byArea).toBe(a.byArea);
    const leaving = { englandLevers: { leaverRate: 0.098 } };
    const b = withTeam(80, leaving);
    expect(b.byArea).not.toBe(a.byArea);
    expect(fteIn(b, 'ENG', 2030)).toBeLessThan(fteIn(a, 'ENG', 2030));
    // The same choices on a fresh prepared set (nothing remembered) give the same figures.
    const fresh = withTeam(80, leaving, prepareProjection(DATA, FIXED_SETTINGS));
    expect(fresh.byArea).toEqual(b.byArea);
    expect(fresh.team).toEqual(b.team);
  });
});
