import { describe, it, expect } from 'vitest';
import { DEFAULT_DRAWS, UNCERTAINTY, nationalSpread, seededRandom } from '../../src/model/monte-carlo';
import { prepareProjection } from '../../src/model/prepare';
import { DATA, DEFAULT_CHOICES, at } from './fixtures';

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
  const prepared = prepareProjection(DATA);
  const spread = nationalSpread(prepared, DEFAULT_CHOICES, { draws: 80 });

  it('has documented ranges', () => {
    expect(UNCERTAINTY.leaverRateScale).toEqual([0.85, 1.15]);
    expect(UNCERTAINTY.calibrationYears).toEqual([2, 5]);
    expect(DEFAULT_DRAWS).toBeGreaterThanOrEqual(100);
  });

  it('is deterministic for a seed, and moves with another seed', () => {
    expect(nationalSpread(prepared, DEFAULT_CHOICES, { draws: 80 })).toEqual(spread);
    // a fresh preparation (no cached draws) gives the same figures
    expect(nationalSpread(prepareProjection(DATA), DEFAULT_CHOICES, { draws: 80 })).toEqual(spread);
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

  it('widens with the years ahead', () => {
    const width = spread.years.map((_, i) => at(spread.highLog, i) - at(spread.lowLog, i));
    // the jump-off year carries only the nowcast error; nine years later the parameters have compounded
    expect(at(width, 0)).toBeLessThan(at(width, 1));
    expect(at(width, width.length - 1)).toBeGreaterThan(3 * at(width, 1));
    for (let i = 1; i < width.length; i += 1) expect(at(width, i)).toBeGreaterThanOrEqual(0.95 * at(width, i - 1));
    // and is not absurd: within +-20% of the central path in 2035/36
    expect(at(spread.lowLog, width.length - 1)).toBeGreaterThan(Math.log(0.8));
    expect(at(spread.highLog, width.length - 1)).toBeLessThan(Math.log(1.2));
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
