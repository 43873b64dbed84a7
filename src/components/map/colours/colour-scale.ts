// Colours that can be compared: one set of class breaks for every year of a level and metric, and the
// under-doctored threshold as a class of its own.
//
// Same scale (the default): the breaks come from the metric's values in every year the map can show
// (recorded and projected) for that level's areas, so an area whose value falls changes class as the years
// play, and the national decline shows. Off: the breaks come from the year on show only (quantiles of today).
//
// The threshold: an area is under-doctored when its GP FTE per 100,000 patients is below 90% of England's in
// the same year (metrics.ts, UNDER_DOCTORED_SHARE). On a metric that measures that rate (or its inverse,
// patients per GP FTE) the threshold is a class break, and the areas beyond it take a colour of their own
// (Okabe–Ito vermilion: apart from every YlGnBu class in lightness and hue for the common colour-vision
// deficiencies). The threshold follows England's value in the year on show, so it is a break even when the
// other breaks are fixed; a quantile break on the flagged side of it is dropped.
import { SEQUENTIAL_PALETTE, type Bins } from './bins';
import { UNDER_DOCTORED_SHARE, metricValue, type MetricKey, type WorkforceSeries } from '../../../figures/metrics';
import type { PatientBasis } from '../../../figures/metric-basis';
import { fyLabel } from '../../../lib/years';

export const FLAG_COLOUR = '#D55E00';

export interface FlagThreshold {
  /** The metric's value at 90% of England's GP FTE per 100,000 patients, in the metric's own unit. */
  value: number;
  /** Which side of `value` is under-doctored: 'below' for FTE per 100,000, 'above' for patients per FTE. */
  flagged: 'below' | 'above';
}

/**
 * Where the under-doctored threshold falls on a metric's scale, given England's value of that metric in the
 * same year; null for metrics it does not apply to (FTE, change). New metrics measured against the flag's
 * basis (e.g. need-weighted FTE per 100,000 when the flag uses need-weighted patients) are added here.
 */
export function flagThreshold(
  metric: MetricKey,
  englandValue: number | null,
  basis: PatientBasis = 'registered',
): FlagThreshold | null {
  if (englandValue === null || !Number.isFinite(englandValue) || englandValue <= 0) return null;
  // The flag counts the patients the "Patients" control chose: only the metrics on that basis carry its break.
  const [per100k, perFte] =
    basis === 'weighted' ? (['ftePerWeighted100k', 'weightedPerFte'] as const) : (['ftePer100k', 'patientsPerFte'] as const);
  switch (metric) {
    case per100k:
      return { value: UNDER_DOCTORED_SHARE * englandValue, flagged: 'below' };
    case perFte:
      // FTE per 100,000 below 0.9 × England's is patients per FTE above England's ÷ 0.9.
      return { value: englandValue / UNDER_DOCTORED_SHARE, flagged: 'above' };
    default:
      return null;
  }
}

/**
 * The legend's words for the flagged class: "below 90% of England (52.3): under-doctored", or for patients per
 * FTE "over 2,012 (FTE per 100,000 below 90% of England): under-doctored".
 */
export function flagLabel(threshold: FlagThreshold, format: (n: number) => string): string {
  const share = `${Math.round(UNDER_DOCTORED_SHARE * 100)}% of England`;
  return threshold.flagged === 'below'
    ? `below ${share} (${format(threshold.value)}): under-doctored`
    : `over ${format(threshold.value)} (FTE per 100,000 below ${share}): under-doctored`;
}

/**
 * The bins with the threshold as a break: the flagged side is one class in FLAG_COLOUR; the other classes keep
 * the colours they had, so a value's colour does not depend on where this year's threshold fell.
 */
export function withFlagClass(bins: Bins, threshold: FlagThreshold | null, format: (n: number) => string): Bins {
  if (!threshold || bins.labels) return bins;
  const t = threshold.value;
  const label = flagLabel(threshold, format);
  // A break that prints as the threshold would make an empty class ("54.0 to under 54.0"): it goes too.
  const apart = (b: number) => format(b) !== format(t);
  // Before the threshold joins them, each class has its own colour: colours[i] spans breaks[i - 1] to breaks[i].
  const colours = bins.breaks.length === 0 ? [bins.colours[0] ?? SEQUENTIAL_PALETTE[2]] : [...bins.colours];
  if (threshold.flagged === 'below') {
    const above = bins.breaks.filter((b) => b > t && apart(b));
    const first = bins.breaks.filter((b) => b <= t || !apart(b)).length; // the class that holds t
    const kept = colours.slice(first);
    return {
      breaks: [t, ...above],
      colours: [FLAG_COLOUR, ...kept],
      labels: [label, ...kept.map(() => undefined)],
    };
  }
  const below = bins.breaks.filter((b) => b < t && apart(b));
  const kept = colours.slice(0, below.length + 1);
  return {
    breaks: [...below, t],
    colours: [...kept, FLAG_COLOUR],
    labels: [...kept.map(() => undefined), label],
  };
}

/** Every value of a metric for the given areas in every year of the series (nulls left out). */
export function valuesInEveryYear(args: {
  codes: readonly string[];
  series: WorkforceSeries;
  metric: MetricKey;
  baseYear: number;
}): number[] {
  const { codes, series, metric, baseYear } = args;
  const values: number[] = [];
  for (const year of series.years)
    for (const code of codes) {
      const v = metricValue(series, code, metric, year, baseYear);
      if (v !== null && Number.isFinite(v)) values.push(v);
    }
  return values;
}

/**
 * The legend's note on which years the breaks come from: "Same scale for 2015/16–2035/36", "Scale for 2024/25 only",
 * or on a bulletin month that shares the financial years' breaks, "Same scale for 2015/16–2035/36 and Oct 2025".
 */
export function scaleNote(args: { sameScale: boolean; years: readonly number[]; year: number; withMonth?: boolean }): string {
  const { sameScale, years, year, withMonth = false } = args;
  const first = years[0];
  const last = years[years.length - 1];
  if (!sameScale || first === undefined || last === undefined || (first === last && !withMonth))
    return `Scale for ${fyLabel(year)} only`;
  const span = first === last ? fyLabel(first) : `${fyLabel(first)}–${fyLabel(last)}`;
  return withMonth ? `Same scale for ${span} and ${fyLabel(year)}` : `Same scale for ${span}`;
}
