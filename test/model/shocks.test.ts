// Future shocks' sizes from the recorded series (src/model/shocks.ts), by hand and on the committed data.
import { describe, it, expect } from 'vitest';
import { LEAVER_LOG_SPREAD, RECORDED_LEAVERS, lastingShare, shocksFor } from '../../src/model/shocks';
import { realPrepared } from '../support/real-data';

describe('lastingShare', () => {
  it('is 1 for a series too short to compare spans', () => {
    expect(lastingShare([100, 101, 99, 102])).toEqual({ lasting: 1, years: 0 });
  });

  it('is small when changes reverse (a zigzag) and held at 0.2', () => {
    // one-year changes ±ln(1.1); two-year changes 0: nothing lasts
    expect(lastingShare([100, 110, 100, 110, 100, 110, 100]).lasting).toBe(0.2);
  });

  it('measures England at about a half: four-year changes vary about as much as one-year ones', () => {
    const { lasting, years } = lastingShare(realPrepared().data.areas.find((a) => a.level === 'england')?.fte ?? []);
    expect(years).toBe(4);
    expect(lasting).toBeGreaterThan(0.4);
    expect(lasting).toBeLessThan(0.7);
  });
});

describe('estimateShocks on the committed data', () => {
  const shocks = shocksFor(realPrepared());

  it('takes the one-year errors of every recorded year after the first', () => {
    expect(shocks.estimated).toBe(true);
    expect(shocks.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    console.log(
      `heads σ ${(shocks.headsSpread * 100).toFixed(2)}%, participation σ ${(shocks.participationSpread * 100).toFixed(2)}%, φ ${shocks.headsPersistence.toFixed(2)} / ${shocks.participationPersistence.toFixed(2)}; leaving σ ${(shocks.leaver * 100).toFixed(1)}% of the rate, joiners σ ${(shocks.joiners * 100).toFixed(2)}% of heads`,
    );
  });

  it("splits the heads variance into leaving (the recorded leavers' spread times the rate) and joining", () => {
    // sd of ln(2,089, 2,292, 2,501, 1,926) = 0.113
    expect(RECORDED_LEAVERS).toEqual([2089, 2292, 2501, 1926]);
    expect(LEAVER_LOG_SPREAD).toBeCloseTo(0.1132, 3);
    const leaving = 0.088 * shocks.leaver;
    expect(leaving ** 2 + shocks.joiners ** 2).toBeCloseTo(shocks.headsSpread ** 2, 12);
    expect(shocks.leaver).toBeLessThanOrEqual(LEAVER_LOG_SPREAD + 1e-12);
  });

  it('keeps persistence within 0 to 0.9', () => {
    for (const phi of [shocks.headsPersistence, shocks.participationPersistence]) {
      expect(phi).toBeGreaterThanOrEqual(0);
      expect(phi).toBeLessThanOrEqual(0.9);
    }
  });
});
