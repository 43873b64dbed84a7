// What the choropleth shows, as pure functions: class breaks and colours, the legend's title and number
// format, and the London inset's areas. The live map (MapPanel) and the PNG / print exports both call these,
// so an exported map always has the screen's colours and legend.
import { colourFor, divergingBins, sequentialBins, type Bins } from './bins';
import { formatNumber, formatSigned } from './format';
import type { LevelRow } from './level-rows';
import type { MetricConfig } from './metrics';
import { fyLabel } from './years';
import type { AreaFeatures } from './geometry';

/** NHS England's London region: its areas are drawn again, larger, in an inset. */
export const LONDON_REGION = 'Y56';

export interface MapColouring {
  bins: Bins;
  /** Fill colour per area code; areas without a value are absent (drawn in the no-data colour). */
  colourByCode: Map<string, string>;
}

export function mapColouring(rows: readonly LevelRow[], metric: Pick<MetricConfig, 'scale'>): MapColouring {
  const values = rows.map((r) => r.value);
  const bins = metric.scale === 'diverging' ? divergingBins(values) : sequentialBins(values);
  const colourByCode = new Map<string, string>();
  for (const row of rows) if (row.value !== null) colourByCode.set(row.code, colourFor(row.value, bins));
  return { bins, colourByCode };
}

/** Legend numbers: signed for change metrics (+12.5 / −3.0), plain otherwise, at the metric's decimals. */
export function mapValueFormatter(metric: Pick<MetricConfig, 'scale' | 'decimals'>): (n: number) => string {
  return (n) => (metric.scale === 'diverging' ? formatSigned(n, metric.decimals) : formatNumber(n, metric.decimals));
}

/** e.g. "GP FTE per 100,000 patients (FTE per 100,000 patients)", or "Change in GP FTE ..., 2015/16 to 2030/31 (FTE)". */
export function mapLegendTitle(metric: Pick<MetricConfig, 'label' | 'unit' | 'usesBaseYear'>, year: number, baseYear: number) {
  return `${metric.label}${metric.usesBaseYear ? `, ${fyLabel(baseYear)} to ${fyLabel(year)}` : ''} (${metric.unit})`;
}

/** The features whose area lies in London (itself, or any ancestor, is the London region). */
export function londonFeatures(
  features: AreaFeatures,
  byCode: ReadonlyMap<string, { code: string; parent: string | null }>,
): AreaFeatures {
  const inLondon = (code: string): boolean => {
    const area = byCode.get(code);
    return !!area && (area.code === LONDON_REGION || (area.parent !== null && inLondon(area.parent)));
  };
  return { type: 'FeatureCollection', features: features.features.filter((f) => inLondon(f.properties.code)) };
}
