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
  /** Classes that hold no value, left out of the legend (differenceBins: a symmetric scale can leave one side empty). */
  empty?: readonly boolean[];
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
 * Breaks for a difference between two scenarios (or a change since a base year): symmetric about zero like
 * divergingBins, so a difference of +x and one of -x get the same depth of colour, with a neutral middle class for
 * differences smaller than `neutral` either way (what rounds to zero on screen), so "no difference" is never
 * painted as "more" or "fewer".
 *
 * The classes come from the differences that exist: the breaks are the terciles of the sizes of the differences
 * beyond the neutral band (each rounded to two significant figures), kept only if wider than the band and below
 * the largest, so the outer class on the largest's side always holds it; with fewer distinct sizes, fewer classes
 * (5, then 3). A symmetric scale can still leave a class empty (every difference on one side, or none of a middle
 * size): such classes are marked `empty` and left out of the legend, while their breaks stay, so a colour means
 * the same size of difference on either side. The neutral class is always listed, as the reference ("none" when
 * no area is in it). `word`: "difference" or "change".
 */
export function differenceBins(
  values: readonly (number | null)[],
  neutral: number,
  format: (n: number) => string,
  word = 'difference',
): Bins {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const sizes = finite
    .map(Math.abs)
    .filter((m) => m >= neutral)
    .sort((a, b) => a - b);
  const largest = sizes[sizes.length - 1] ?? 0;
  const [far, mid, near, none] = [DIFFERENCE_PALETTE[0], DIFFERENCE_PALETTE[1], DIFFERENCE_PALETTE[2], DIFFERENCE_PALETTE[3]];
  const [nearUp, midUp, farUp] = [DIFFERENCE_PALETTE[4], DIFFERENCE_PALETTE[5], DIFFERENCE_PALETTE[6]];
  const cuts = sizes.length
    ? [...new Set([nice(quantile(sizes, 1 / 3)), nice(quantile(sizes, 2 / 3))])].filter((b) => b > neutral && b < largest)
    : [];
  const down = [...cuts].reverse().map((b) => -b);
  const breaks = [...down, -neutral, neutral, ...cuts];
  const colours =
    cuts.length === 2
      ? [...DIFFERENCE_PALETTE]
      : cuts.length === 1
        ? [far, near, none, nearUp, farUp]
        : sizes.length
          ? [mid, none, midUp]
          : [near, none, nearUp];
  const middle = cuts.length + 1;
  const counts = colours.map(() => 0);
  for (const v of finite) {
    let i = 0;
    while (i < breaks.length && v >= (breaks[i] ?? Infinity)) i += 1;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const noDifference = `no ${word} (within ±${format(neutral)})${counts[middle] ? '' : ': none'}`;
  return {
    breaks,
    colours,
    labels: colours.map((_, i) => (i === middle ? noDifference : undefined)),
    empty: counts.map((n, i) => n === 0 && i !== middle),
  };
}

export function colourFor(value: number | null, bins: Bins): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA_COLOUR;
  let i = 0;
  while (i < bins.breaks.length && value >= (bins.breaks[i] ?? Infinity)) i += 1;
  return bins.colours[i] ?? NO_DATA_COLOUR;
}

/** Legend rows: one per class that is not empty, "under a", "a to b", ..., "b and over". */
export function legendLabels(bins: Bins, format: (n: number) => string): { colour: string; label: string }[] {
  const { breaks, colours } = bins;
  if (breaks.length === 0) return [{ colour: colours[0] ?? NO_DATA_COLOUR, label: 'all areas' }];
  return colours.flatMap((colour, i) => {
    if (bins.empty?.[i]) return [];
    const own = bins.labels?.[i];
    if (own !== undefined) return [{ colour, label: own }];
    const lo = breaks[i - 1];
    const hi = breaks[i];
    const label =
      lo === undefined
        ? `under ${format(hi ?? 0)}`
        : hi === undefined
          ? `${format(lo)} and over`
          : `${format(lo)} to under ${format(hi)}`;
    return [{ colour, label }];
  });
}
