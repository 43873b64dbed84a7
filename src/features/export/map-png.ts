// The map export: what it says (pure: title, legend, levers, attribution, colours from the same rows and
// bins as the screen) and the canvas it is drawn on (map, London inset, each with its place names, legend, text).
import { withStaffLabel } from '../../figures/team-series';
import { legendLabels, NO_DATA_COLOUR } from '../../components/map/colours/bins';
import { levelRows } from '../../figures/level-rows';
import {
  flagLine,
  metricConfig,
  metricRange,
  metricValue,
  type MetricConfig,
  type MetricKey,
  type WorkforceSeries,
} from '../../figures/metrics';
import { FIGURE_BASIS } from '../../lib/attribution';
import type { PatientBasis } from '../../figures/metric-basis';
import { figureNotes } from '../../figures/metric-notes';
import { fyLabel, isMonthKey } from '../../lib/years';
import { latestBulletinNotes, type LatestBulletin } from '../../figures/latest-bulletin';
import type { Dataset } from '../../data/dataset';
import { LEVEL_LABELS, type MapLevel, type ViewState } from '../../state/stores/view-store';
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';
import type { BoundariesFile } from '../../data/schemas';
import { featuresForLevel, type AreaFeatures } from '../../components/map/geo/area-features';
import { labelLayoutsFor } from '../../components/map/labels/short-names';
import { londonFeatures, mapLegendTitle, mapScale, mapValueFormatter } from '../../components/map/colours/map-figure';
import { drawMap, mapPadding, projectedAspect } from './draw-map';
import { drawMapLabels, pngLabelStyle, pngMapLabels } from './png-labels';
import { areasLine, attributionFor, mapTitle, type LeverGroup } from './export-text';
import { frame, paintLayout } from './paint';
import { layoutSlide, type MapPngShape } from './png-slide';
import { EXPORT_WIDTH, layoutExport, type ExportContent, type LayoutOptions, type Measure, type Rect } from './png-layout';

export interface MapExportInput {
  dataset: Dataset;
  /** The series the screen's map reads (history + the scenario's projection). */
  series: WorkforceSeries;
  /** The boundaries at `level`. */
  features: AreaFeatures;
  level: MapLevel;
  metric: MetricKey;
  year: number;
  baseYear: number;
  selected: readonly string[];
  levers: readonly LeverGroup[];
  englandCode: string;
  /** The screen's "Same colour scale for every year" (default on, as on screen). */
  sameScale?: boolean;
  /** The under-doctored flag's patients (default registered). */
  basis?: PatientBasis;
  /** On the latest bulletin's month: its source and basis, said instead of the annual figures' basis. */
  monthBasis?: readonly string[];
  /** On the bulletin's month, the financial years' series: with the same scale, the month shares their breaks. */
  annualSeries?: WorkforceSeries;
}

/** The map as the screen shows it: the view's choices, the workforce series and that level's boundaries. */
export function screenMapInput(args: {
  workforce: Workforce;
  boundaries: BoundariesFile;
  view: Pick<ViewState, 'level' | 'metric' | 'year' | 'baseYear' | 'selected'> &
    Partial<Pick<ViewState, 'patientBasis' | 'sameScale'>>;
  levers: readonly LeverGroup[];
  /** The latest bulletin, for its month on the Year control (its one-point series; null until it has loaded). */
  latest?: LatestBulletin | null;
}): MapExportInput {
  const { workforce, boundaries, view, levers, latest = null } = args;
  const month = isMonthKey(view.year);
  return {
    dataset: workforce.dataset,
    series: month ? (latest?.key === view.year ? latest.series : { years: [], byArea: new Map() }) : workforce.series,
    ...(month && latest ? { monthBasis: latestBulletinNotes(latest.file), annualSeries: workforce.series } : {}),
    features: featuresForLevel(boundaries, view.level, workforce.dataset.icb2026Codes),
    level: view.level,
    metric: view.metric,
    year: view.year,
    baseYear: view.baseYear,
    selected: view.selected,
    levers,
    englandCode: ENGLAND,
    sameScale: view.sameScale,
    basis: view.patientBasis,
  };
}

export interface MapExport {
  content: ExportContent;
  colourByCode: ReadonlyMap<string, string>;
  london: AreaFeatures;
  /** Selected areas drawn at this level (others are not on this map). */
  outlined: string[];
}

/** "80% range in 2030/31: England 41.0 (40.2–42.5); NHS Kent and Medway ICB …", for a projected year. */
export function rangeLines(args: {
  series: WorkforceSeries;
  codes: readonly string[];
  nameOf: (code: string) => string;
  metric: MetricConfig;
  year: number;
  baseYear: number;
}): string[] {
  const { series, codes, nameOf, metric, year, baseYear } = args;
  const format = mapValueFormatter(metric);
  const parts = codes.flatMap((code) => {
    const value = metricValue(series, code, metric.key, year, baseYear);
    const range = metricRange(series, code, metric.key, year, baseYear);
    return value !== null && range ? [`${nameOf(code)} ${format(value)} (${format(range.low)} to ${format(range.high)})`] : [];
  });
  return parts.length ? [`80% range in ${fyLabel(year)}: ${parts.join('; ')}`] : [];
}

export function mapExport(input: MapExportInput): MapExport {
  const { dataset, series, features, level, year, baseYear, selected, levers, englandCode, basis = 'registered' } = input;
  const metric = withStaffLabel(metricConfig(input.metric), series.teamStaffLabel);
  const lastDataYear = dataset.years[dataset.years.length - 1] ?? year;
  const rows = levelRows({
    areas: dataset.atLevel[level],
    series,
    metric: metric.key,
    year,
    baseYear,
    englandCode,
    basis,
    flagYear: lastDataYear,
  });
  const { bins, colourByCode, note } = mapScale({
    rows,
    metric,
    series,
    year,
    baseYear,
    sameScale: input.sameScale ?? true,
    englandCode,
    basis,
    flagYear: lastDataYear,
    annualSeries: input.annualSeries,
  });
  const onMap = new Set(features.features.map((f) => f.properties.code));
  const outlined = selected.filter((code) => onMap.has(code));
  const london = londonFeatures(features, dataset.byCode);
  const legend = [
    ...legendLabels(bins, mapValueFormatter(metric)).map(({ colour, label }) => ({
      label,
      swatch: { kind: 'fill' as const, colour },
    })),
    ...(rows.some((r) => r.value === null)
      ? [{ label: 'no data', swatch: { kind: 'fill' as const, colour: NO_DATA_COLOUR, dashed: true } }]
      : []),
  ];
  const content: ExportContent = {
    title: mapTitle({
      metricLabel: metric.label,
      levelLabel: LEVEL_LABELS[level],
      year,
      baseYear,
      usesBaseYear: metric.usesBaseYear,
      lastDataYear: dataset.years[dataset.years.length - 1],
      group: metric.group,
    }),
    subtitle: [
      areasLine(
        outlined.map((code) => dataset.byCode.get(code)?.name ?? code),
        'outlined',
      ),
      ...rangeLines({
        series,
        codes: [...outlined, englandCode],
        nameOf: (c) => dataset.byCode.get(c)?.name ?? c,
        metric,
        year,
        baseYear,
      }),
      ...(input.monthBasis ?? [FIGURE_BASIS]),
    ],
    figureAspect: projectedAspect(features),
    legendTitle: `${mapLegendTitle(metric, year, baseYear)} · ${note}`,
    legend,
    inset: london.features.length > 0 ? { title: 'London', aspect: projectedAspect(london) } : undefined,
    levers,
    // What the figures count (staff, patients), estimates and projections, and the flag's rule on its basis.
    notes: figureNotes(
      metric,
      basis,
      {
        year,
        lastDataYear,
        estimatedWeightedYears: series.estimated?.weightedPatients ?? [],
        flagThreshold: flagLine({ series, englandCode, basis, flagYear: lastDataYear }).threshold,
      },
      { flagged: rows.filter((r) => r.underDoctored).length, of: rows.length },
    ),
    attribution: attributionFor('map'),
  };
  return { content, colourByCode, london, outlined };
}

/** Draws a map export; `options` shrink it for the print page (which has its own title and levers) or shape it 16:9. */
export function renderMapCanvas(
  input: MapExportInput,
  measure: Measure,
  options: LayoutOptions & { bare?: boolean; shape?: MapPngShape } = {},
): HTMLCanvasElement {
  const figure = mapExport(input);
  // Bare (print): the title in the subtitle's smaller type and the areas line; the page prints the ranges (in the
  // headline), what GP figures count, the levers and the attribution itself. The map's staff and patients are in its
  // title and legend title (metric label and unit); the notes of the PNG would push the page onto a second sheet.
  const content: ExportContent = options.bare
    ? {
        ...figure.content,
        title: '',
        subtitle: [figure.content.title, ...figure.content.subtitle.slice(0, 1)],
        notes: [],
        levers: [],
        attribution: [],
      }
    : figure.content;
  const layout = options.shape === 'slide' ? layoutSlide(content, measure) : layoutExport(content, measure, options);
  const { canvas, ctx } = paintLayout(layout);
  const lineScale = Math.max(1, layout.width / EXPORT_WIDTH) * 1.6;
  // The print page shows its 900 px canvas in a column less than half that wide: its labels take the full
  // PNG's 22 px type (about 9 px on paper), so fewer names fit but those that do can be read.
  const labelStyle = pngLabelStyle(options.bare ? EXPORT_WIDTH : layout.width);
  const layoutsOf = labelLayoutsFor((code) => input.dataset.byCode.get(code)?.name);
  const drawWithLabels = (rect: Rect, features: AreaFeatures) => {
    drawMap(ctx, rect, { features, colourByCode: figure.colourByCode, selected: figure.outlined, lineScale });
    const labels = pngMapLabels({
      features,
      layoutsOf,
      selected: figure.outlined,
      rect,
      padding: mapPadding(lineScale),
      measure,
      style: labelStyle,
    });
    drawMapLabels(ctx, labels, labelStyle);
  };
  drawWithLabels(layout.figure, input.features);
  if (layout.inset) {
    drawWithLabels(layout.inset, figure.london);
    frame(ctx, layout.inset, '#555555', 3);
  }
  return canvas;
}
