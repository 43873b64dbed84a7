// Choropleth classes: quantile and symmetric breaks, which class a value falls in, the legend's words.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  colourFor,
  divergingBins,
  differenceBins,
  DIFFERENCE_PALETTE,
  legendLabels,
  nice,
  sequentialBins,
  DIVERGING_PALETTE,
  NO_DATA_COLOUR,
  SEQUENTIAL_PALETTE,
  type Bins,
} from '../../../../src/components/map/colours/bins';

const ONE_TO_TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('nice', () => {
  it('rounds to two significant figures', () => {
    expect(nice(123_456)).toBe(120_000);
    expect(nice(45.3)).toBe(45);
    expect(nice(-1_874)).toBe(-1_900);
    expect(nice(0.0347)).toBeCloseTo(0.035, 12);
    expect(nice(0)).toBe(0);
    expect(nice(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('sequentialBins', () => {
  it('puts quintile breaks on 1..10 at 2.8, 4.6, 6.4, 8.2', () => {
    // Linear quantiles on 10 sorted values: h = 9p. p = 0.2: h = 1.8 → 2 + 0.8 * (3 - 2) = 2.8;
    // p = 0.4: h = 3.6 → 4.6; p = 0.6: h = 5.4 → 6.4; p = 0.8: h = 7.2 → 8.2.
    const bins = sequentialBins(ONE_TO_TEN);
    expect(bins.breaks).toHaveLength(4);
    [2.8, 4.6, 6.4, 8.2].forEach((b, i) => expect(bins.breaks[i]).toBeCloseTo(b, 10));
    expect(bins.colours).toEqual([...SEQUENTIAL_PALETTE]);
  });

  it('ignores nulls and order', () => {
    const shuffled = [null, 10, 3, 1, null, 7, 2, 9, 4, 8, 6, 5];
    expect(sequentialBins(shuffled)).toEqual(sequentialBins(ONE_TO_TEN));
  });

  it('merges equal breaks, keeping one more colour than breaks', () => {
    const bins = sequentialBins([5, 5, 5, 5]);
    expect(bins.breaks).toEqual([5]);
    expect(bins.colours).toHaveLength(2);
  });

  it('gives one class and no breaks when there is no data', () => {
    expect(sequentialBins([null, null])).toEqual({ breaks: [], colours: [SEQUENTIAL_PALETTE[2]] });
  });
});

describe('divergingBins', () => {
  it('is symmetric about zero, from the 90th percentile of the magnitudes', () => {
    // |values| sorted: 0, 5, 5, 10, 10, 20; p90: h = 5 * 0.9 = 4.5 → 10 + 0.5 * (20 - 10) = 15.
    // Inner break: 15 / 3 = 5.
    const bins = divergingBins([-10, -5, 0, 5, 10, 20, null]);
    expect(bins.breaks).toEqual([-15, -5, 0, 5, 15]);
    expect(bins.colours).toEqual([...DIVERGING_PALETTE]);
  });

  it('stays symmetric for one-sided data', () => {
    // p90 of 3, 40, 120, 260, 300: h = 4 * 0.9 = 3.6 → 260 + 0.6 * 40 = 284 → nice 280; 280 / 3 = 93.3 → 93.
    expect(divergingBins([3, 40, 120, 260, 300]).breaks).toEqual([-280, -93, 0, 93, 280]);
  });

  it('falls back to ±1 when every value is zero or missing', () => {
    const bins = divergingBins([0, 0, null]);
    expect(bins.breaks[0]).toBe(-1);
    expect(bins.breaks[4]).toBe(1);
    expect(bins.breaks[2]).toBe(0);
  });
});

describe('colourFor', () => {
  const bins: Bins = { breaks: [10, 20], colours: ['low', 'mid', 'high'] };

  it('puts a value equal to a break in the upper class', () => {
    expect(colourFor(9.99, bins)).toBe('low');
    expect(colourFor(10, bins)).toBe('mid');
    expect(colourFor(19.99, bins)).toBe('mid');
    expect(colourFor(20, bins)).toBe('high');
    expect(colourFor(1e9, bins)).toBe('high');
    expect(colourFor(-1e9, bins)).toBe('low');
  });

  it('gives the no-data grey for null and non-finite values', () => {
    expect(colourFor(null, bins)).toBe(NO_DATA_COLOUR);
    expect(colourFor(Number.NaN, bins)).toBe(NO_DATA_COLOUR);
    expect(colourFor(Number.POSITIVE_INFINITY, bins)).toBe(NO_DATA_COLOUR);
  });

  it('on diverging bins, zero change goes in the first "more" class and the extremes in the end classes', () => {
    const diverging = divergingBins([-10, -5, 0, 5, 10, 20]); // breaks -15, -5, 0, 5, 15
    expect(colourFor(-16, diverging)).toBe(DIVERGING_PALETTE[0]);
    expect(colourFor(-15, diverging)).toBe(DIVERGING_PALETTE[1]);
    expect(colourFor(-0.1, diverging)).toBe(DIVERGING_PALETTE[2]);
    expect(colourFor(0, diverging)).toBe(DIVERGING_PALETTE[3]);
    expect(colourFor(15, diverging)).toBe(DIVERGING_PALETTE[5]);
  });

  // App bug (src/components/map/colours/bins.ts:19): nice() multiplies by a fractional magnitude, so 2.8 becomes
  // 2.8000000000000003. The legend reads "2.8 to under 4.6", but an area whose value is exactly 2.8
  // is coloured as "under 2.8".
  it('puts a value equal to a quantile break shown in the legend in the upper class', () => {
    const bins = sequentialBins(ONE_TO_TEN);
    expect(colourFor(2.8, bins)).toBe(SEQUENTIAL_PALETTE[1]);
  });
});

describe('legendLabels', () => {
  const format = (n: number) => n.toFixed(0);

  it('reads "under a", "a to under b", "b and over", one row per colour', () => {
    expect(legendLabels({ breaks: [10, 20], colours: ['low', 'mid', 'high'] }, format)).toEqual([
      { colour: 'low', label: 'under 10' },
      { colour: 'mid', label: '10 to under 20' },
      { colour: 'high', label: '20 and over' },
    ]);
  });

  it('says "all areas" when there are no breaks', () => {
    expect(legendLabels({ breaks: [], colours: ['only'] }, format)).toEqual([{ colour: 'only', label: 'all areas' }]);
  });

  it('uses the formatter it is given', () => {
    const rows = legendLabels({ breaks: [-5, 0, 5], colours: ['a', 'b', 'c', 'd'] }, (n) => `${n > 0 ? '+' : ''}${n}%`);
    expect(rows.map((r) => r.label)).toEqual(['under -5%', '-5% to under 0%', '0% to under +5%', '+5% and over']);
  });
});

describe('differenceBins', () => {
  const fmt = (n: number) => n.toFixed(2);
  const P = DIFFERENCE_PALETTE;
  /** How many values fall in each class. */
  const counts = (values: readonly number[], bins: ReturnType<typeof differenceBins>) =>
    bins.colours.map((c) => values.filter((v) => colourFor(v, bins) === c).length);

  it('breaks at the terciles of the sizes beyond the neutral band, symmetric about zero', () => {
    // Sizes at or beyond 0.05: 1, 2, 3, 6 (0 and 0.01 are "no difference"). Terciles by (n - 1) p: positions 1 and 2,
    // so 2 and 3; both wider than the band and below the largest (6): seven classes, ±3, ±2, ±0.05.
    const values = [0, 0.01, -1, 2, -3, 6];
    const bins = differenceBins(values, 0.05, fmt);
    expect(bins.breaks).toEqual([-3, -2, -0.05, 0.05, 2, 3]);
    expect(bins.colours).toEqual([...P]);
    expect(colourFor(0, bins)).toBe(P[3]);
    expect(colourFor(0.049, bins)).toBe(P[3]);
    expect(colourFor(-0.049, bins)).toBe(P[3]);
    expect(colourFor(0.05, bins)).toBe(P[4]);
    expect(colourFor(-0.06, bins)).toBe(P[2]);
    expect(colourFor(6, bins)).toBe(P[6]);
    // -3 in "-3 to under -2", -1 in "-2 to under -0.05", 2 in "2 to under 3", 6 in "3 and over"; nothing under -3 or
    // from 0.05 to under 2: those two are empty and left out of the legend, the breaks (and so the colours) stay.
    expect(counts(values, bins)).toEqual([0, 1, 1, 2, 0, 1, 1]);
    expect(bins.empty).toEqual([true, false, false, false, true, false, false]);
    expect(legendLabels(bins, fmt)).toEqual([
      { colour: P[1], label: '-3.00 to under -2.00' },
      { colour: P[2], label: '-2.00 to under -0.05' },
      { colour: P[3], label: 'no difference (within ±0.05)' },
      { colour: P[5], label: '2.00 to under 3.00' },
      { colour: P[6], label: '3.00 and over' },
    ]);
  });

  it('every class in the legend holds a value, on any set of differences, and the neutral class is always listed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -50, max: 50, noNaN: true }), fc.constant(0)), { maxLength: 120 }),
        (values) => {
          const bins = differenceBins(values, 0.05, fmt);
          // Symmetric: the breaks read the same from either end, negated.
          expect(bins.breaks.map((b) => -b).reverse()).toEqual(bins.breaks);
          const n = counts(values, bins);
          const listed = legendLabels(bins, fmt);
          for (const row of listed)
            if (!row.label.startsWith('no difference')) expect(n[bins.colours.indexOf(row.colour)]).toBeGreaterThan(0);
          expect(listed.filter((r) => r.colour === P[3])).toHaveLength(1);
        },
      ),
      { seed: 18, numRuns: 300 },
    );
  });

  it('has only "no difference" when every difference is zero', () => {
    const bins = differenceBins([0, 0, null], 0.05, fmt);
    expect(bins.breaks).toEqual([-0.05, 0.05]);
    expect(colourFor(0, bins)).toBe(P[3]);
    expect(legendLabels(bins, fmt).map((l) => l.label)).toEqual(['no difference (within ±0.05)']);
  });

  it('says so when no area is in the neutral class', () => {
    // Sizes 1 and 5: terciles 1 + 4/3 = 2.33 -> 2.3 and 1 + 8/3 = 3.67 -> 3.7; nothing between 2.3 and 3.7.
    const bins = differenceBins([1, 5], 0.05, fmt);
    expect(bins.breaks).toEqual([-3.7, -2.3, -0.05, 0.05, 2.3, 3.7]);
    expect(legendLabels(bins, fmt).map((l) => l.label)).toEqual([
      'no difference (within ±0.05): none',
      '0.05 to under 2.30',
      '3.70 and over',
    ]);
  });

  it('the one difference there is (-7.1): one class either way, no empty or narrower-than-the-band class', () => {
    // Issue 18: two ICB-scoped scenarios differ in one area by -7.1; the old scale ran to ±0.2 with "-0.1 to under
    // -0.1", and thirds of 7.1 (±2.4, ±4.7) left four classes empty. The terciles of [7.1] are 7.1, not below the
    // largest: no break beyond the band, so three classes, of which "0.05 and over" is empty.
    const bins = differenceBins([0, 0, 0, -7.1, 0], 0.05, fmt);
    expect(bins.breaks).toEqual([-0.05, 0.05]);
    expect(colourFor(-7.1, bins)).toBe(P[1]);
    expect(colourFor(0, bins)).toBe(P[3]);
    expect(legendLabels(bins, fmt)).toEqual([
      { colour: P[1], label: 'under -0.05' },
      { colour: P[3], label: 'no difference (within ±0.05)' },
    ]);
  });

  it('five classes when the terciles round to one break', () => {
    // Sizes 1.96, 2.0, 2.04, 2.5: terciles at positions 1 and 2, 2.0 and 2.04, both 2.0 to two figures: one break.
    const values = [-1.96, 2, 2.04, 2.5];
    const bins = differenceBins(values, 0.05, fmt);
    expect(bins.breaks).toEqual([-2, -0.05, 0.05, 2]);
    expect(bins.colours).toEqual([P[0], P[2], P[3], P[4], P[6]]);
    // -1.96 in "-2 to under -0.05"; 2, 2.04 and 2.5 in "2 and over"; nothing under -2 or from 0.05 to under 2.
    expect(counts(values, bins)).toEqual([0, 1, 0, 0, 3]);
    expect(legendLabels(bins, fmt).map((l) => l.label)).toEqual([
      '-2.00 to under -0.05',
      'no difference (within ±0.05): none',
      '2.00 and over',
    ]);
  });
});
