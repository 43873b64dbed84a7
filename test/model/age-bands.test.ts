import { describe, it, expect } from 'vitest';
import { MAPPED_LEAVER_RATES, ageShares, bandLeaverRates } from '../../src/model/age-bands';

// Qualified permanent GP FTE by band, bulletin table 2a, March 2025 (Unknown excluded).
const MARCH_2025 = { 'Under 40': 7389.3, '40-49': 9548.2, '50-59': 7497.5, '60 and over': 3001.9 };

describe('mapping the IfG leaver rates to four bands', () => {
  it('weights the five-year sub-bands by FTE', () => {
    // (165.5 * 0.216 + 2436.1 * 0.114 + 4787.7 * (0.114 + 0.059) / 2) / 7389.3
    //   = (35.748 + 277.7154 + 414.13605) / 7389.3 = 727.59945 / 7389.3 = 0.0984666
    expect(MAPPED_LEAVER_RATES['Under 40']).toBeCloseTo(0.0984666, 6);
    expect(MAPPED_LEAVER_RATES['40-49']).toBe(0.059);
    // (4240.1 * (0.059 + 0.112) / 2 + 3257.4 * 0.112) / 7497.5
    //   = (362.52855 + 364.8288) / 7497.5 = 727.35735 / 7497.5 = 0.0970133
    expect(MAPPED_LEAVER_RATES['50-59']).toBeCloseTo(0.0970133, 6);
  });

  it('derives 60 and over so the base-year mean is 8.8%', () => {
    const rates = bandLeaverRates({ ageProfile: MARCH_2025, leverRate: 0.088 });
    // known part = 727.59945 + 9548.2 * 0.059 + 727.35735 = 2018.3006 FTE leaving
    // 60+ = (0.088 * 27436.9 - 2018.3006) / 3001.9 = 396.1466 / 3001.9 = 0.131965
    expect(rates[3]).toBeCloseTo(0.131965, 5);
    expect(rates[0]).toBeCloseTo(0.0984666, 6);
    // an older band leaves faster than the one before it, from 40-49 on
    expect(rates[3]).toBeGreaterThan(rates[2]);
    expect(rates[2]).toBeGreaterThan(rates[1]);
  });

  it('scales every band so the weighted mean equals the lever', () => {
    const shares = ageShares(MARCH_2025);
    for (const leverRate of [0.03, 0.06, 0.088, 0.12, 0.15]) {
      const rates = bandLeaverRates({ ageProfile: MARCH_2025, leverRate });
      const mean = rates.reduce((sum, rate, b) => sum + rate * (shares[b] ?? Number.NaN), 0);
      expect(mean).toBeCloseTo(leverRate, 12);
    }
    // 0.059 * 0.06 / 0.088 = 0.0402273
    expect(bandLeaverRates({ ageProfile: MARCH_2025, leverRate: 0.06 })[1]).toBeCloseTo(0.0402273, 6);
  });

  it('gives a single-band profile exactly the lever rate for that band', () => {
    const rates = bandLeaverRates({
      ageProfile: { 'Under 40': 0, '40-49': 1, '50-59': 0, '60 and over': 0 },
      leverRate: 0.08,
    });
    expect(rates[1]).toBeCloseTo(0.08, 12);
    // 50-59 scaled by the same factor: 0.0970133 * 0.08 / 0.059 = 0.131543
    expect(rates[2]).toBeCloseTo(0.131543, 5);
  });

  it('never gives a negative or above-100% rate, even for odd profiles', () => {
    const oddProfiles = [
      { 'Under 40': 1, '40-49': 0, '50-59': 0, '60 and over': 0 },
      { 'Under 40': 0, '40-49': 0, '50-59': 0, '60 and over': 1 },
      { 'Under 40': 10, '40-49': 0, '50-59': 0, '60 and over': 0.001 },
      { 'Under 40': 0, '40-49': 0, '50-59': 0, '60 and over': 0 },
    ];
    for (const ageProfile of oddProfiles) {
      for (const leverRate of [0, 0.03, 0.15, 0.9]) {
        for (const rate of bandLeaverRates({ ageProfile, leverRate })) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('normalises a profile to shares', () => {
    expect(ageShares({ 'Under 40': 1, '40-49': 1, '50-59': 2, '60 and over': 0 })).toEqual([0.25, 0.25, 0.5, 0]);
  });
});
