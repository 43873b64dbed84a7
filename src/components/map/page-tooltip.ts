// A map tooltip fixed to the window rather than drawn inside the map: the map's box (overflow hidden) cannot clip
// it and the London inset, drawn over the main map, cannot cover it. Above the point it is shown for, or below it
// when there is no room above; always inside the window. Its content is DOM nodes filled with textContent: names
// from data are never parsed as HTML. It ignores the pointer (Leaflet's tooltip style), so it never hides an area.

/** A map tooltip's box: its first line in bold (the name, or the code), then a line each. Areas and practices. */
export function tooltipContent(lines: readonly string[], code: string): HTMLElement {
  const [title, ...rest] = lines;
  const box = document.createElement('div');
  const strong = document.createElement('strong');
  strong.textContent = title ?? code;
  box.append(strong);
  for (const line of rest) {
    const row = document.createElement('div');
    row.textContent = line;
    box.append(row);
  }
  return box;
}

/** Gap between the point and the tooltip, and between the tooltip and the window's edge (px). */
const POINT_GAP = 14;
const EDGE_GAP = 4;

export interface PageTooltip {
  /** Shows `content` at (x, y) in window coordinates (a pointer's clientX/clientY, or a point of the map). */
  show: (content: HTMLElement, x: number, y: number) => void;
  move: (x: number, y: number) => void;
  hide: () => void;
  readonly shown: boolean;
}

/**
 * `host`: where the element lives in the page (the map's region, so it is found with the map; never inside a
 * Leaflet pane, whose transform would make "fixed" relative to the pane). `className` is added to the tooltip's.
 */
export function pageTooltip(host: () => HTMLElement, className = ''): PageTooltip {
  const element = document.createElement('div');
  element.className = `leaflet-tooltip map-page-tooltip ${className}`.trim();
  element.setAttribute('role', 'tooltip');
  const place = (x: number, y: number) => {
    const { offsetWidth: width, offsetHeight: height } = element;
    const left = Math.min(Math.max(EDGE_GAP, x - width / 2), window.innerWidth - width - EDGE_GAP);
    const above = y - POINT_GAP - height;
    const top = above >= EDGE_GAP ? above : Math.min(y + POINT_GAP, window.innerHeight - height - EDGE_GAP);
    element.style.left = `${Math.max(EDGE_GAP, left)}px`;
    element.style.top = `${Math.max(EDGE_GAP, top)}px`;
  };
  return {
    show(content, x, y) {
      element.replaceChildren(content);
      if (!element.isConnected) host().append(element);
      place(x, y);
    },
    move: place,
    hide: () => element.remove(),
    get shown() {
      return element.isConnected;
    },
  };
}
