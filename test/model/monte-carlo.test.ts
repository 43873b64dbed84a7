import { describe, it, expect } from 'vitest';
import { shocksFor } from '../../src/model/shocks';
import { DEFAULT_DRAWS, SHOCK_SCALE, UNCERTAINTY, nationalSpread, seededRandom } from '../../src/model/monte-carlo';
import { projectScenario } from '../../src/model/project-scenario';
import { realPrepared } from '../support/real-data';
import { prepareProjection } from '../../src/model/prepare';
import { DATA, DEFAULT_CHOICES, at, FIXED_SETTINGS } from './fixtures';

describe('seededRandom', () => {
  const take = (random: () => number, n: number) => Array.from({ length: n }, () => random());

  it('gives the same sequence for the same seed, and another for another seed', () => {
    const first = take(seededRandom(42), 20);
    expect(take(seededRandom(42), 20)).toEqual(first);
    expect(take(seededRandom(43), 20)).not.toEqual(first);
    expect(new Set(first).size).toBe(20);
  });

  it('draws from [0, 1), spread over the interval', () => {
    const values = take(seededRandom(7), 2000);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    // a uniform mean is 0.5 with a standard error of 0.289 / sqrt(2000) = 0.0065
    expect(mean).toBeGreaterThan(0.47);
    expect(mean).toBeLessThan(0.53);
    expect(values.filter((v) => v < 0.1).length).toBeGreaterThan(140);
  });
});

describe('nationalSpread', () => {
  const prepared = prepareProjection(DATA, FIXED_SETTINGS);
  const spread = nationalSpread(prepared, DEFAULT_CHOICES, { draws: 80 });

  it('has documented ranges and draws', () => {
    expect(UNCERTAINTY.uptakeScale).toEqual([0.86, 1.11]);
    expect(SHOCK_SCALE).toBeGreaterThan(0);
    expect(SHOCK_SCALE).toBeLessThanOrEqual(1);
    expect(DEFAULT_DRAWS).toBeGreaterThanOrEqual(100);
  });

  it('draws future shocks from the estimated spreads (never re-fitting the past)', () => {
    // the fixture has five recorded years: four one-year errors, enough to estimate
    expect(shocksFor(prepared).estimated).toBe(true);
    expect(shocksFor(prepared).headsErrors).toHaveLength(4);
    expect(shocksFor(prepared).joiners + shocksFor(prepared).leaver).toBeGreaterThan(0);
  });

  it('is deterministic for a seed, and moves with another seed', () => {
    expect(nationalSpread(prepared, DEFAULT_CHOICES, { draws: 80 })).toEqual(spread);
    // a fresh preparation (no cached draws) gives the same figures
    expect(nationalSpread(prepareProjection(DATA, FIXED_SETTINGS), DEFAULT_CHOICES, { draws: 80 })).toEqual(spread);
    expect(nationalSpread(prepared, DEFAULT_CHOICES, { draws: 80, seed: 1 })).not.toEqual(spread);
  });

  it('gives one value per projected year, with lowLog <= 0 <= highLog', () => {
    expect(spread.years).toEqual(prepared.years);
    expect(spread.lowLog).toHaveLength(prepared.years.length);
    expect(spread.highLog).toHaveLength(prepared.years.length);
    spread.years.forEach((_, i) => {
      expect(at(spread.lowLog, i)).toBeLessThanOrEqual(0);
      expect(at(spread.highLog, i)).toBeGreaterThanOrEqual(0);
    });
  });

  it('widens with the years ahead, and stays centred on the central line', () => {
    const width = spread.years.map((_, i) => at(spread.highLog, i) - at(spread.lowLog, i));
    // the jump-off year carries only the nowcast error; the shocks then add up year by year
    expect(at(width, 0)).toBeLessThan(at(width, 5));
    expect(at(width, 5)).toBeLessThan(at(width, 10));
    // and is not absurd: within +-20% of the central path in 2035/36
    expect(at(spread.lowLog, width.length - 1)).toBeGreaterThan(Math.log(0.8));
    expect(at(spread.highLog, width.length - 1)).toBeLessThan(Math.log(1.2));
    // symmetric shocks: the central line sits between the draws' 30th and 70th percentiles before centring
    for (const p of spread.centralPercentile ?? []) {
      expect(p).toBeGreaterThanOrEqual(0.3);
      expect(p).toBeLessThanOrEqual(0.7);
    }
  });

  it('keeps only the nowcast error without future shocks: the width no longer grows', () => {
    const still = nationalSpread(prepared, DEFAULT_CHOICES, { draws: 80, shockScale: 0 });
    const width = still.years.map((_, i) => at(still.highLog, i) - at(still.lowLog, i));
    expect(Math.abs(at(width, 10) - at(width, 0))).toBeLessThan(0.002);
  });

  it('changes nothing structural with the number of draws', () => {
    const fewer = nationalSpread(prepared, DEFAULT_CHOICES, { draws: 40 });
    expect(fewer.years).toEqual(spread.years);
    const last = spread.years.length - 1;
    const width = (s: typeof spread) => at(s.highLog, last) - at(s.lowLog, last);
    expect(width(fewer)).toBeGreaterThan(0.5 * width(spread));
    expect(width(fewer)).toBeLessThan(2 * width(spread));
  });

  it("follows the scenario's levers", () => {
    const other = nationalSpread(prepared, { englandLevers: { leaverRate: 0.12, trainingPlaces: 6000 } }, { draws: 80 });
    expect(other.years).toEqual(spread.years);
    expect(other.highLog).not.toEqual(spread.highLog);
    // the same seed on the same data, so no more than a change of scale, not of kind
    expect(at(other.highLog, 10)).toBeGreaterThan(0);
  });
});

describe('England on the committed data (the done-when of issue 17)', () => {
  const prepared = realPrepared();
  const choices = { englandLevers: {}, scopeLevers: {}, patientGrowth: null };
  const spread = nationalSpread(prepared, choices);
  const england = projectScenario(prepared, choices, spread).byArea.get('ENG');
  const at2 = (year: number) => prepared.years.indexOf(year);

  it('puts the 2035/36 central figure between the 30th and 70th percentile of its own draws', () => {
    const p = at(spread.centralPercentile ?? [], at2(2036));
    console.log(
      `England 2035/36: central ${england?.fte[at2(2036)]?.toFixed(0)}, at the ${(p * 100).toFixed(0)}th percentile of its draws; 80% range ${england?.low?.[at2(2036)]?.toFixed(0)}-${england?.high?.[at2(2036)]?.toFixed(0)}`,
    );
    expect(p).toBeGreaterThanOrEqual(0.3);
    expect(p).toBeLessThanOrEqual(0.7);
  });

  it('widens the 80% range from 2026/27 to 2030/31 to 2035/36', () => {
    const width = (year: number) => (england?.high?.[at2(year)] ?? 0) / (england?.low?.[at2(year)] ?? 1) - 1;
    console.log(`England's 80% range: ${[2027, 2031, 2036].map((y) => `${y}: ${(width(y) * 100).toFixed(1)}%`).join(', ')}`);
    expect(width(2027)).toBeLessThan(width(2031));
    expect(width(2031)).toBeLessThan(width(2036));
  });
});
