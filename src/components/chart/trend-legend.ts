// The trend chart's key, in two short lists instead of one entry per line: colour says which area (England
// black), pattern and weight say which series (recorded, current trends, scenario, each compared scenario),
// and a shaded swatch the 80% range. Four areas and three compared scenarios give 11 entries, not 35, and the
// key sits below the plot, so it never covers it. The PNG export draws the same entries.
import { ENGLAND_COLOUR, lineColour } from './palette';

export type LegendSwatch =
  | { readonly kind: 'fill'; readonly colour: string }
  | { readonly kind: 'line'; readonly colour: string; readonly width: number; readonly dash: readonly number[] };

export interface TrendLegendEntry {
  readonly group: 'area' | 'series';
  readonly label: string;
  readonly swatch: LegendSwatch;
}

/** Series patterns on the chart: recorded and scenario solid (scenario heavier), current trends dashed. */
export const SERIES_DASH: Readonly<Record<string, readonly number[]>> = { history: [], trend: [6, 4], scenario: [] };
export const SERIES_WIDTH: Readonly<Record<string, number>> = { history: 2.5, trend: 2, scenario: 3 };
/** Compared saved scenarios take these patterns in turn, unlike the three above. */
export const EXTRA_DASHES: readonly (readonly number[])[] = [
  [12, 3, 3, 3],
  [16, 5],
  [6, 2, 2, 2, 2, 2],
];
/** The target: a dotted line in its area's colour. */
export const TARGET_STYLE: SeriesStyle = { dash: [2, 3], width: 2 };
/** The key's series swatches are drawn in a neutral grey: colour belongs to the areas. */
export const KEY_GREY = '#555555';
export const BAND_GREY = '#c8c8c8';

export interface SeriesStyle {
  readonly dash: readonly number[];
  readonly width: number;
}

/** The pattern and weight of each source's line, in the order given. */
export function seriesStyles(sourceKeys: readonly string[]): Map<string, SeriesStyle> {
  let extra = 0;
  return new Map(
    sourceKeys.map((key) => {
      const known = SERIES_DASH[key];
      if (known) return [key, { dash: known, width: SERIES_WIDTH[key] ?? 2 }];
      const dash = EXTRA_DASHES[extra % EXTRA_DASHES.length] ?? [];
      extra += 1;
      return [key, { dash, width: 2 }];
    }),
  );
}

export function areaColour(code: string, index: number, englandCode: string): string {
  return code === englandCode ? ENGLAND_COLOUR : lineColour(index);
}

export function trendLegend({
  areas,
  englandCode,
  sources,
  banded,
  target = null,
}: {
  areas: readonly { code: string; name: string }[];
  englandCode: string;
  sources: readonly { key: string; label: string }[];
  /** Whether the scenario's 80% range is drawn. */
  banded: boolean;
  /** The target line's entry, when it is drawn: "Target for Kent: 48.1 in 2035/36". */
  target?: string | null;
}): TrendLegendEntry[] {
  const styles = seriesStyles(sources.map((s) => s.key));
  const areaEntries = areas.map((area, i): TrendLegendEntry => ({
    group: 'area',
    label: area.name,
    swatch: { kind: 'line', colour: areaColour(area.code, i, englandCode), width: 4, dash: [] },
  }));
  const seriesEntries = sources.map((source): TrendLegendEntry => {
    const style = styles.get(source.key) ?? { dash: [], width: 2 };
    return { group: 'series', label: source.label, swatch: { kind: 'line', colour: KEY_GREY, ...style } };
  });
  const band: TrendLegendEntry[] = banded
    ? [{ group: 'series', label: '80% range (scenario)', swatch: { kind: 'fill', colour: BAND_GREY } }]
    : [];
  const targetEntry: TrendLegendEntry[] =
    target === null ? [] : [{ group: 'series', label: target, swatch: { kind: 'line', colour: KEY_GREY, ...TARGET_STYLE } }];
  return [...areaEntries, ...seriesEntries, ...band, ...targetEntry];
}
