// Names beside practice points (the Practice view): the picked practice always, then the largest practices (by
// circle size, which is by list size) while their names fit. A name goes beside its circle, never over it: to the
// right, left, below or above, the first of those inside the map and clear of other names, the labelled circles and
// what is drawn over the map (place names, the London inset, the controls). The picked practice's name takes the
// first place inside the map when none is clear, so it is always shown while its point is in view.
import { contains, moveInside, overlaps, type Box, type PlacedLabel } from './label-placement';
import type { LabelStyle, Measure } from './map-labels';

export interface LabelledPoint {
  code: string;
  /** The point's centre, px. */
  x: number;
  y: number;
  radius: number;
  /** The name to show (already shortened: practiceLabelText). */
  text: string;
}

/** How many of the largest practices are named besides the picked one (fewer where names would collide). */
export const LARGEST_NAMED = 8;
/** Px between a circle's edge and its name. */
const GAP = 3;
/** Characters of a practice name on the map; longer names end in "…" at a word break (the tooltip has it whole). */
const MAX_CHARS = 26;

/** "WHITSTABLE MEDICAL PRACTICE" stays; "THE GROVE MEDICAL CENTRE AND BRANCH SURGERIES" → "THE GROVE MEDICAL CENTRE…". */
export function practiceLabelText(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= MAX_CHARS) return trimmed;
  const cut = trimmed.slice(0, MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,&-]+$/, '')}…`;
}

const circleBox = (p: LabelledPoint): Box => ({
  x: p.x - p.radius,
  y: p.y - p.radius,
  width: 2 * p.radius,
  height: 2 * p.radius,
});

export function practiceLabels(args: {
  /** Every point in view, largest first or not (they are ordered here). */
  points: readonly LabelledPoint[];
  picked: string | null;
  measure: Measure;
  style: LabelStyle;
  /** The map's box, px. */
  bounds: Box;
  obstacles?: readonly Box[];
  largest?: number;
}): PlacedLabel[] {
  const { points, picked, measure, style, bounds, obstacles = [], largest = LARGEST_NAMED } = args;
  const inView = points.filter((p) => contains(bounds, { x: p.x, y: p.y, width: 0, height: 0 }));
  const ordered = [
    ...inView.filter((p) => p.code === picked),
    ...inView.filter((p) => p.code !== picked).sort((a, b) => b.radius - a.radius || (a.code < b.code ? -1 : 1)),
  ].slice(0, largest + (picked === null ? 0 : 1));
  // Names keep off every circle that will be named, so no name hides a named practice.
  const taken: Box[] = [...obstacles, ...ordered.map(circleBox)];
  const free = (box: Box) => contains(bounds, box) && taken.every((other) => !overlaps(box, other));
  const placed: PlacedLabel[] = [];
  for (const point of ordered) {
    const width = Math.ceil(measure(point.text, style.font) + 2 * style.halo);
    const height = Math.ceil(style.lineHeight + 2 * style.halo);
    const { x, y, radius } = point;
    const tries: Box[] = [
      { x: x + radius + GAP, y: y - height / 2, width, height },
      { x: x - radius - GAP - width, y: y - height / 2, width, height },
      { x: x - width / 2, y: y + radius + GAP, width, height },
      { x: x - width / 2, y: y - radius - GAP - height, width, height },
    ];
    const isPicked = point.code === picked;
    const box = tries.find(free) ?? (isPicked ? moveInside(tries[0]!, bounds) : undefined);
    if (!box) continue;
    placed.push({ code: point.code, lines: [point.text], box, anchor: { x, y }, selected: isPicked });
    taken.push(box);
  }
  return placed;
}
