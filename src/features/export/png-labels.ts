// The map PNG's place names: the live map's rule (components/map/labels/map-labels.ts: short names at each area's label spot,
// selected first, then bigger areas, none overlapping, all inside the map) at the PNG's scale, drawn on the
// canvas as dark text with a white halo so they read on every fill colour.
import type { AreaFeatures } from '../../components/map/geo/area-features';
import { labelSpots } from '../../components/map/labels/label-anchor';
import type { PlacedLabel } from '../../components/map/labels/label-placement';
import { mapLabels, type LabelStyle, type Measure } from '../../components/map/labels/map-labels';
import { fitMercatorScale } from './draw-map';
import { EXPORT_WIDTH, FONT_FAMILY, INK, type Rect } from './png-layout';

/** Labels on the 1800 px PNG are 22 px, as its legend's 23 px body type (a slide shows the PNG at about half size). */
const LABEL_PX_AT_EXPORT_WIDTH = 22;

/** The label style for a PNG `width` px wide: 22 px type at 1800 px, never under 13 px (the print page's 900 px). */
export function pngLabelStyle(width: number): LabelStyle {
  const px = Math.max(13, Math.round((LABEL_PX_AT_EXPORT_WIDTH * width) / EXPORT_WIDTH));
  return { font: `600 ${px}px ${FONT_FAMILY}`, lineHeight: Math.round(px * 1.15), halo: Math.max(2, Math.round(px / 6)) };
}

/** The labels a PNG map of `features` drawn in `rect` (with drawMap's `padding`) shows. */
export function pngMapLabels(args: {
  features: AreaFeatures;
  layoutsOf: (code: string) => readonly string[][];
  selected: readonly string[];
  rect: Rect;
  padding: number;
  measure: Measure;
  style: LabelStyle;
}): PlacedLabel[] {
  const { features, layoutsOf, selected, rect, padding, measure, style } = args;
  const { project, scale } = fitMercatorScale(features, rect, padding);
  return mapLabels({
    codes: features.features.map((f) => f.properties.code),
    spots: labelSpots(features),
    layoutsOf,
    selected,
    toPixels: project,
    pixelsPerUnit: scale,
    measure,
    style,
    bounds: rect,
  });
}

/** Draws placed labels: each line centred in its box, a white halo stroked under dark text. */
export function drawMapLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], style: LabelStyle) {
  ctx.save();
  ctx.font = style.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = style.halo * 2;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = INK;
  for (const { box, lines } of labels) {
    const x = box.x + box.width / 2;
    const top = box.y + style.halo + style.lineHeight / 2;
    lines.forEach((line, i) => {
      ctx.strokeText(line, x, top + i * style.lineHeight);
      ctx.fillText(line, x, top + i * style.lineHeight);
    });
  }
  ctx.restore();
}
