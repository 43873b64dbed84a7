// The labels one map view shows: each area's short name at its label spot (label-anchor.ts), measured in
// the view's font, then placed greedily without overlap (label-placement.ts). The live map calls this on
// every pan or zoom with Leaflet's projection; the PNG export calls it once with the canvas's. Neither
// depends on the map's values, so a slider never re-places labels.
import type { LabelSpot } from './label-anchor';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './label-placement';

/** Text width in px for a CSS / canvas font string (the canvas's measureText, or a stand-in in tests). */
export type Measure = (text: string, font: string) => number;

export interface LabelStyle {
  /** A CSS / canvas font, e.g. "600 13px sans-serif". */
  font: string;
  /** Distance between baselines of a two-line label, px. */
  lineHeight: number;
  /** Room for the white halo around the text on each side, px. */
  halo: number;
}

/**
 * How far past its area's room a label may reach and still count as fitting (1.5: by half), when no layout
 * fits within it. Names are longer than most areas are wide at England's scale; a little overhang onto a
 * neighbour reads fine, a label twice its area's width does not.
 */
export const ROOM_SLACK = 1.5;

export interface LabelView {
  /** Areas on this map, by code. */
  codes: readonly string[];
  spots: ReadonlyMap<string, LabelSpot>;
  /** The ways an area's label can be set (its short name on one line, on two), in order of preference. */
  layoutsOf: (code: string) => readonly string[][];
  selected: readonly string[];
  /** Longitude / latitude (degrees) to px in this view. */
  toPixels: (lonLat: [number, number]) => [number, number];
  /** Px per Web Mercator unit in this view (its scale). */
  pixelsPerUnit: number;
  measure: Measure;
  style: LabelStyle;
}

interface MeasuredLayout {
  lines: readonly string[];
  textWidth: number;
  textHeight: number;
}

/**
 * Which of an area's layouts (one line, two lines) fit its room: those that fit as they are, then those
 * that fit with ROOM_SLACK, each in the order given. When none fits, a selected area (labelled
 * regardless) gets the narrowest, marked as not fitting.
 */
function fittingLayouts(layouts: readonly MeasuredLayout[], room: { width: number; height: number }) {
  const within = (m: MeasuredLayout, slack: number) => m.textWidth <= room.width * slack && m.textHeight <= room.height * slack;
  const fitting = [...layouts.filter((m) => within(m, 1)), ...layouts.filter((m) => !within(m, 1) && within(m, ROOM_SLACK))];
  if (fitting.length > 0) return { layouts: fitting, fits: true };
  const narrowest = layouts.reduce<MeasuredLayout | undefined>(
    (best, m) => (!best || m.textWidth < best.textWidth ? m : best),
    undefined,
  );
  return { layouts: narrowest ? [narrowest] : [], fits: false };
}

/** One request per area with a spot and a name, measured and scaled to the view (unplaced). */
export function labelRequests(view: LabelView): LabelRequest[] {
  const { codes, spots, layoutsOf, selected, toPixels, pixelsPerUnit, measure, style } = view;
  const requests: LabelRequest[] = [];
  for (const code of codes) {
    const spot = spots.get(code);
    if (!spot) continue;
    const measured = layoutsOf(code)
      .filter((lines) => lines.length > 0)
      .map((lines) => ({
        lines,
        textWidth: Math.max(...lines.map((line) => measure(line, style.font))),
        textHeight: lines.length * style.lineHeight,
      }));
    const room = { width: spot.across * pixelsPerUnit, height: 2 * spot.clearance * pixelsPerUnit };
    const { layouts, fits } = fittingLayouts(measured, room);
    if (layouts.length === 0) continue;
    const [x, y] = toPixels(spot.anchor);
    const [left, bottom] = toPixels(spot.extent[0]);
    const [right, top] = toPixels(spot.extent[1]);
    const rank = selected.indexOf(code);
    requests.push({
      code,
      x,
      y,
      layouts: layouts.map((m) => ({
        lines: m.lines,
        width: Math.ceil(m.textWidth + 2 * style.halo),
        height: Math.ceil(m.textHeight + 2 * style.halo),
      })),
      selectedRank: rank === -1 ? null : rank,
      priority: spot.size,
      fits,
      area: { x: left, y: top, width: right - left, height: bottom - top },
    });
  }
  return requests;
}

/** The labels a view shows, placed inside `bounds` clear of `obstacles` and of each other. */
export function mapLabels(view: LabelView & { bounds: Box; obstacles?: readonly Box[] }): PlacedLabel[] {
  return placeLabels({ requests: labelRequests(view), bounds: view.bounds, obstacles: view.obstacles });
}
