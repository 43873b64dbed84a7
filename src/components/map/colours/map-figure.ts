// What the choropleth shows, as pure functions: class breaks and colours, the legend's title and number
// format, and the London inset's areas. The live map (MapPanel) and the PNG / print exports both call these,
// so an exported map always has the screen's colours and legend.
import { yearSuffix } from '../../../figures/team-series';
import { colourFor, differenceBins, sequentialBins, type Bins } from './bins';
import { flagThreshold, scaleNote, valuesInEveryYear, withFlagClass, type FlagThreshold } from './colour-scale';
import { formatNumber, formatSigned } from '../../../lib/format';
import type { LevelRow } from '../../../figures/level-rows';
import { labelWithUnit, metricValue, type MetricConfig, type WorkforceSeries } from '../../../figures/metrics';
import type { PatientBasis } from '../../../figures/metric-basis';
import { fyLabel } from '../../../lib/years';
import type { AreaFeatures } from '../geo/area-features';

/** NHS England's London region: its areas are drawn again, larger, in an inset. */
export const LONDON_REGION = 'Y56';

export interface MapColouring {
  bins: Bins;
  /** Fill colour per area code; areas without a value are absent (drawn in the no-data colour). */
  colourByCode: Map<string, string>;
}

/**
 * Colours for the rows on show. `scaleValues`: the values the breaks come from (every year's, for the same
 * scale across years; default the rows' own). `threshold`: the under-doctored break, when the metric has one.
 */
export function mapColouring(
  rows: readonly Pick<LevelRow, 'code' | 'value'>[],
  metric: Pick<MetricConfig, 'scale' | 'decimals'>,
  options: { scaleValues?: readonly (number | null)[]; threshold?: FlagThreshold | null } = {},
): MapColouring {
  const values = options.scaleValues ?? rows.map((r) => r.value);
  const quantiles = metric.scale === 'diverging' ? changeBins(values, metric.decimals) : sequentialBins(values);
  const bins = withFlagClass(quantiles, options.threshold ?? null, mapValueFormatter(metric));
  const colourByCode = new Map<string, string>();
  for (const row of rows) if (row.value !== null) colourByCode.set(row.code, colourFor(row.value, bins));
  return { bins, colourByCode };
}

/**
 * Change metrics: symmetric about zero with a neutral class for changes that show as zero at the metric's
 * decimals (under half a unit of the last place either way), so "no change" (every area in the base year
 * itself) is never painted as more or fewer.
 */
export function changeBins(values: readonly (number | null)[], decimals: number): Bins {
  const neutral = 0.5 * 10 ** -decimals;
  return differenceBins(values, neutral, (n) => formatNumber(n, decimals + 1), 'change');
}

export interface MapScale extends MapColouring {
  /** "Same scale for 2015/16–2035/36" or "Scale for 2024/25 only". */
  note: string;
}

/**
 * The map's colouring as the screen, the PNG and the presentation all draw it: breaks over every year of the
 * series (recorded and projected) for the level's areas when `sameScale`, else over the year on show, plus the
 * under-doctored threshold, drawn at England's value in `flagYear` whichever year is on show.
 */
export function mapScale(args: {
  /** The areas (or, in the Practice view, the practices) on show, keyed as in `series`. */
  rows: readonly Pick<LevelRow, 'code' | 'value'>[];
  metric: Pick<MetricConfig, 'key' | 'scale' | 'decimals'>;
  series: WorkforceSeries;
  year: number;
  baseYear: number;
  sameScale: boolean;
  englandCode: string;
  /** The patients the under-doctored flag counts (its break shows on the metrics on that basis). */
  basis?: PatientBasis;
  /** The year England's value draws the under-doctored break (the latest recorded, for every year: flagLine). */
  flagYear: number;
  /**
   * Where England's value is read, when `series` does not hold England: the Practice view colours practices
   * (keyed by practice code) against England's recorded figures.
   */
  englandSeries?: WorkforceSeries;
  /**
   * On a bulletin month (`series` its one-point series), the financial years' series: with `sameScale` the month
   * shares their breaks, so its colours compare with the years' maps (the bulletin basis is about 1% above them).
   */
  annualSeries?: WorkforceSeries;
}): MapScale {
  const { rows, metric, series, year, baseYear, sameScale, englandCode, basis = 'registered', flagYear } = args;
  const englandSeries = args.englandSeries ?? series;
  const { annualSeries } = args;
  const codes = rows.map((r) => r.code);
  const scaleValues = sameScale
    ? [
        ...valuesInEveryYear({ codes, series, metric: metric.key, baseYear }),
        ...(annualSeries ? valuesInEveryYear({ codes, series: annualSeries, metric: metric.key, baseYear }) : []),
      ]
    : undefined;
  const threshold = flagThreshold(metric.key, metricValue(englandSeries, englandCode, metric.key, flagYear, baseYear), basis);
  return {
    ...mapColouring(rows, metric, { scaleValues, threshold }),
    note: annualSeries
      ? scaleNote({ sameScale, years: annualSeries.years, year, withMonth: true })
      : scaleNote({ sameScale, years: series.years, year }),
  };
}

/** Legend numbers: signed for change metrics (+12.5 / −3.0), plain otherwise, at the metric's decimals. */
export function mapValueFormatter(metric: Pick<MetricConfig, 'scale' | 'decimals'>): (n: number) => string {
  return (n) => (metric.scale === 'diverging' ? formatSigned(n, metric.decimals) : formatNumber(n, metric.decimals));
}

/**
 * e.g. "GP FTE per 100,000 patients" (its unit already in its label), "Patients per GP FTE (patients per FTE)", or
 * "Change in GP FTE since base year, 2015/16 to 2030/31".
 */
export function mapLegendTitle(metric: Pick<MetricConfig, 'label' | 'unit' | 'usesBaseYear'>, year: number, baseYear: number) {
  const span = metric.usesBaseYear ? `, ${fyLabel(baseYear)} to ${fyLabel(year)}` : '';
  const unit = labelWithUnit(metric) === metric.label ? '' : ` (${metric.unit})`;
  return `${metric.label}${span}${unit}`;
}

/** The map panel's title, e.g. "GP FTE per 100,000 patients, 2024/25" or "Change in GP FTE (%), 2015/16 to 2030/31 (projected)". */
export function mapPanelTitle(
  metric: Pick<MetricConfig, 'label' | 'usesBaseYear' | 'group'>,
  year: number,
  baseYear: number,
  lastDataYear: number,
): string {
  const label = metric.label.replace(' since base year', '');
  const span = metric.usesBaseYear ? `${fyLabel(baseYear)} to ${fyLabel(year)}` : fyLabel(year);
  return `${label}, ${span}${yearSuffix(metric, year, lastDataYear)}`;
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
