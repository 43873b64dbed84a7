// Colour classes for the choropleth: class breaks, colour-blind-safe palettes and the legend's labels.
// Sequential metrics use quantile breaks (ColorBrewer YlGnBu, 5 classes); change metrics use breaks
// symmetric about zero (ColorBrewer PuOr, 6 classes: orange = fewer GPs, purple = more). Both palettes
// are rated colour-blind safe by ColorBrewer.
export const SEQUENTIAL_PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const DIVERGING_PALETTE = ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'] as const;
export const NO_DATA_COLOUR = '#bdbdbd';

export interface Bins {
  /** Upper bounds of every class but the last (ascending); n breaks make n + 1 classes. */
  breaks: number[];
  colours: readonly string[];
  /** A class's own legend label where the generic "a to under b" would mislead (e.g. "no difference"). */
  labels?: readonly (string | undefined)[];
}

/** ColorBrewer PuOr, 7 classes: its middle class is a neutral near-white for "no difference". */
export const DIFFERENCE_PALETTE = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'] as const;

/** Rounds to two significant figures, so legend labels read cleanly. */
export function nice(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  // toPrecision drops binary noise (2.8000000000000003), so a value equal to a printed break lands in its class.
  return Number((Math.round(value / magnitude) * magnitude).toPrecision(12));
}

function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (h - lo);
}

export function sequentialBins(values: readonly (number | null)[]): Bins {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { breaks: [], colours: [SEQUENTIAL_PALETTE[2]] };
  const classes = SEQUENTIAL_PALETTE.length;
  const breaks = [...new Set(Array.from({ length: classes - 1 }, (_, i) => nice(quantile(sorted, (i + 1) / classes))))];
  return { breaks, colours: SEQUENTIAL_PALETTE.slice(0, breaks.length + 1) };
}

export function divergingBins(values: readonly (number | null)[]): Bins {
  const magnitudes = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .map(Math.abs)
    .sort((a, b) => a - b);
  const extent = nice(quantile(magnitudes, 0.9)) || 1;
  const inner = nice(extent / 3) || extent / 3;
  return { breaks: [-extent, -inner, 0, inner, extent], colours: DIVERGING_PALETTE };
}

/**
 * Breaks for a difference between two scenarios: symmetric about zero like divergingBins, with a neutral middle
 * class for differences smaller than `neutral` either way (what rounds to zero on screen), so "no difference"
 * is never painted as "more" or "fewer".
 */
export function differenceBins(values: readonly (number | null)[], neutral: number, format: (n: number) => string): Bins {
  // The classes come from the differences that exist: the largest beyond the neutral band sets them (its thirds,
  // rounded), so the outer class always holds it and no class is narrower than the band ("-0.1 to under -0.1").
  const largest = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .map(Math.abs)
    .filter((m) => m >= neutral)
    .reduce((m, v) => Math.max(m, v), 0);
  const noDifference = `no difference (within ±${format(neutral)})`;
  const [far, mid, near, none] = [DIFFERENCE_PALETTE[0], DIFFERENCE_PALETTE[1], DIFFERENCE_PALETTE[2], DIFFERENCE_PALETTE[3]];
  const [nearUp, midUp, farUp] = [DIFFERENCE_PALETTE[4], DIFFERENCE_PALETTE[5], DIFFERENCE_PALETTE[6]];
  const outer = nice((2 * largest) / 3);
  const inner = nice(largest / 3);
  // Nothing beyond the band: one "no difference" class between a class either way.
  if (largest === 0)
    return { breaks: [-neutral, neutral], colours: [near, none, nearUp], labels: [undefined, noDifference, undefined] };
  if (inner > neutral && outer > inner)
    return {
      breaks: [-outer, -inner, -neutral, neutral, inner, outer],
      colours: DIFFERENCE_PALETTE,
      labels: [undefined, undefined, undefined, noDifference, undefined, undefined, undefined],
    };
  // Differences only just beyond the band: one class either way.
  return {
    breaks: [-neutral, neutral],
    colours: [mid ?? far, none, midUp ?? farUp],
    labels: [undefined, noDifference, undefined],
  };
}

export function colourFor(value: number | null, bins: Bins): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA_COLOUR;
  let i = 0;
  while (i < bins.breaks.length && value >= (bins.breaks[i] ?? Infinity)) i += 1;
  return bins.colours[i] ?? NO_DATA_COLOUR;
}

/** Legend rows: one per class, "under a", "a to b", ..., "b and over". */
export function legendLabels(bins: Bins, format: (n: number) => string): { colour: string; label: string }[] {
  const { breaks, colours } = bins;
  if (breaks.length === 0) return [{ colour: colours[0] ?? NO_DATA_COLOUR, label: 'all areas' }];
  return colours.map((colour, i) => {
    const own = bins.labels?.[i];
    if (own !== undefined) return { colour, label: own };
    const lo = breaks[i - 1];
    const hi = breaks[i];
    const label =
      lo === undefined
        ? `under ${format(hi ?? 0)}`
        : hi === undefined
          ? `${format(lo)} and over`
          : `${format(lo)} to under ${format(hi)}`;
    return { colour, label };
  });
}
