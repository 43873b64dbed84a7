// Choropleth classes: quantile and symmetric breaks, which class a value falls in, the legend's words.
import { describe, it, expect } from 'vitest';
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
  it('paints differences within ±neutral in the neutral middle class, never as more or fewer', () => {
    // The largest |d| is 6: breaks at its thirds, nice(2) = 2 and nice(4) = 4, so 6 is in the outer class.
    const bins = differenceBins([0, 0.01, -1, 2, -3, 6], 0.05, fmt);
    expect(bins.breaks).toEqual([-4, -2, -0.05, 0.05, 2, 4]);
    expect(colourFor(0, bins)).toBe(DIFFERENCE_PALETTE[3]);
    expect(colourFor(0.049, bins)).toBe(DIFFERENCE_PALETTE[3]);
    expect(colourFor(-0.049, bins)).toBe(DIFFERENCE_PALETTE[3]);
    expect(colourFor(0.05, bins)).toBe(DIFFERENCE_PALETTE[4]);
    expect(colourFor(-0.06, bins)).toBe(DIFFERENCE_PALETTE[2]);
    expect(colourFor(6, bins)).toBe(DIFFERENCE_PALETTE[6]);
  });

  it('labels the neutral class "no difference" in the legend', () => {
    const labels = legendLabels(differenceBins([1, -1], 0.05, fmt), fmt).map((l) => l.label);
    expect(labels[3]).toBe('no difference (within ±0.05)');
    // largest 1: inner nice(1/3) = 0.33, outer nice(2/3) = 0.67
    expect(labels[2]).toBe('-0.33 to under -0.05');
    expect(labels).toHaveLength(7);
  });

  it('has only "no difference" between a class either way when every difference is zero', () => {
    const bins = differenceBins([0, 0, null], 0.05, fmt);
    expect(bins.breaks).toEqual([-0.05, 0.05]);
    expect(colourFor(0, bins)).toBe(DIFFERENCE_PALETTE[3]);
    expect(legendLabels(bins, fmt).map((l) => l.label)).toContain('no difference (within ±0.05)');
  });

  it('draws its classes from the one difference there is: -7.1 in the outer class, no class narrower than the band', () => {
    // Issue 18: two ICB-scoped scenarios differ in one area by -7.1; the old scale (from the 90th percentile, 0) ran
    // to ±0.2 with "-0.1 to under -0.1". Thirds of 7.1: nice(2.367) = 2.4, nice(4.733) = 4.7.
    const bins = differenceBins([0, 0, 0, -7.1, 0], 0.05, fmt);
    expect(bins.breaks).toEqual([-4.7, -2.4, -0.05, 0.05, 2.4, 4.7]);
    expect(colourFor(-7.1, bins)).toBe(DIFFERENCE_PALETTE[0]);
    expect(colourFor(0, bins)).toBe(DIFFERENCE_PALETTE[3]);
    const labels = legendLabels(bins, fmt).map((l) => l.label);
    expect(labels.filter((l) => /^(-?[\d.]+) to under \1$/.test(l))).toEqual([]);
  });
});
