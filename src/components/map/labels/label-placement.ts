// Greedy placement of map labels without overlap, in screen (or canvas) pixels with y downwards. Labels are
// taken in priority order: the selected areas first (in the order they were chosen), then the rest by size,
// biggest first. A label is centred on its area's anchor, in the first of its layouts (one line, two lines)
// whose box overlaps no label already placed and no obstacle drawn over the map (the London inset, the zoom
// buttons) and lies wholly inside the visible map; with none, it is dropped.
// A selected area is always labelled while its anchor is in view: if its box, centred on the anchor,
// collides or crosses the edge, it is tried below, above, right and left of the anchor, each moved inside
// the map, and failing all of those it keeps its centred place (moved inside the map). A selected area too
// small for its label is labelled beside its bounding box instead (below, above, right, left), so the label
// does not hide the area's outline.

export interface Box {
  /** Left edge, px. */
  x: number;
  /** Top edge, px. */
  y: number;
  width: number;
  height: number;
}

/** One way to set a label: its lines and its box's size, halo included, px. */
export interface LabelLayout {
  lines: readonly string[];
  width: number;
  height: number;
}

export interface LabelRequest {
  code: string;
  /** The anchor (a point well inside the area), px. */
  x: number;
  y: number;
  /** Layouts to try in turn (e.g. one line, then two); a selected label uses the first. */
  layouts: readonly LabelLayout[];
  /** 0, 1, … for selected areas in the order chosen; null for the rest. */
  selectedRank: number | null;
  /** Among unselected labels, higher goes first (the area's size). */
  priority: number;
  /** Whether the area has room for its label around the anchor; an unselected label that does not fit is dropped. */
  fits: boolean;
  /** The area's bounding box, px: a selected label that does not fit goes beside it, not over its outline. */
  area?: Box;
}

export interface PlacedLabel {
  code: string;
  lines: readonly string[];
  box: Box;
  /** The anchor the box was placed for, px (the box's centre unless a selected label had to move). */
  anchor: { x: number; y: number };
  selected: boolean;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The box moved (not resized) the least distance that puts it inside `bounds` (its top-left corner if it is too big). */
export function moveInside(box: Box, bounds: Box): Box {
  const x = Math.max(bounds.x, Math.min(box.x, bounds.x + bounds.width - box.width));
  const y = Math.max(bounds.y, Math.min(box.y, bounds.y + bounds.height - box.height));
  return { ...box, x, y };
}

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

function order(a: LabelRequest, b: LabelRequest): number {
  const rankA = a.selectedRank ?? Infinity;
  const rankB = b.selectedRank ?? Infinity;
  if (rankA !== rankB) return rankA - rankB;
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Boxes for a selected label next to its anchor, or next to its area's box when given (the label does not
 * fit inside the area): below, above, right, left, centred on the anchor along the other axis.
 */
function besideBoxes(request: LabelRequest, { width, height }: LabelLayout, area: Box | undefined): Box[] {
  const { x, y } = request;
  const margin = height / 2;
  const around = area ?? { x, y, width: 0, height: 0 };
  const centred = { x: x - width / 2, y: y - height / 2, width, height };
  return [
    { ...centred, y: around.y + around.height + (area ? 2 : margin) },
    { ...centred, y: around.y - height - (area ? 2 : margin) },
    { ...centred, x: around.x + around.width + (area ? 2 : margin) },
    { ...centred, x: around.x - width - (area ? 2 : margin) },
  ];
}

/**
 * The labels that can be shown, each with its box. `gap` px are kept clear between a label and any other
 * label or obstacle.
 */
export function placeLabels(args: {
  requests: readonly LabelRequest[];
  bounds: Box;
  obstacles?: readonly Box[];
  gap?: number;
}): PlacedLabel[] {
  const { requests, bounds, obstacles = [], gap = 2 } = args;
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const free = (box: Box) => {
    const spaced = grow(box, gap);
    return taken.every((other) => !overlaps(spaced, other));
  };
  const put = (request: LabelRequest, lines: readonly string[], box: Box) => {
    placed.push({
      code: request.code,
      lines,
      box,
      anchor: { x: request.x, y: request.y },
      selected: request.selectedRank !== null,
    });
    taken.push(box);
  };

  for (const request of [...requests].sort(order)) {
    const { x, y } = request;
    const centredOn = ({ width, height }: LabelLayout): Box => ({ x: x - width / 2, y: y - height / 2, width, height });
    if (request.selectedRank === null) {
      if (!request.fits) continue;
      const layout = request.layouts.find((l) => contains(bounds, centredOn(l)) && free(centredOn(l)));
      if (layout) put(request, layout.lines, centredOn(layout));
      continue;
    }
    // A selected area whose anchor is out of view (panned away) has no label to show.
    const layout = request.layouts[0];
    if (!layout || !contains(bounds, { x, y, width: 0, height: 0 })) continue;
    const first = moveInside(centredOn(layout), bounds);
    const beside = besideBoxes(request, layout, request.fits ? undefined : request.area).map((box) => moveInside(box, bounds));
    const tries = request.fits ? [first, ...beside] : [...beside, first];
    put(request, layout.lines, tries.find(free) ?? first);
  }
  return placed;
}
