// What the live map's labels (place names, practice names) need from the page: text widths in the page's fonts, a
// pane's label style, boxes relative to the map, and the label element itself (text, never parsed as HTML).
import type { Box } from './label-placement';
import type { LabelStyle, Measure } from './map-labels';

let widths: { ctx: CanvasRenderingContext2D | null; cache: Map<string, number> } | null = null;
/** Text widths from a canvas in the page's fonts, remembered per font and text (names repeat on every move). */
export const measure: Measure = (text, font) => {
  widths ??= { ctx: document.createElement('canvas').getContext('2d'), cache: new Map() };
  const key = `${font}\n${text}`;
  let width = widths.cache.get(key);
  if (width === undefined) {
    const { ctx } = widths;
    // Without a canvas (never in a browser that drew the map): 0.6 em a character, a generous average.
    if (ctx) ctx.font = font;
    width = ctx ? ctx.measureText(text).width : text.length * 0.6 * parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12');
    widths.cache.set(key, width);
  }
  return width;
};

/** The pane's computed font (the dashboard's or presentation mode's size) as a label style. */
export function labelStyleOf(pane: HTMLElement): LabelStyle {
  const css = getComputedStyle(pane);
  const px = parseFloat(css.fontSize) || 12;
  return {
    font: `${css.fontStyle} ${css.fontWeight} ${px}px ${css.fontFamily}`,
    lineHeight: parseFloat(css.lineHeight) || Math.round(px * 1.15),
    halo: 2,
  };
}

/** An element's box relative to the map container, px. */
export function boxWithin(element: Element, container: DOMRect): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left - container.left, y: r.top - container.top, width: r.width, height: r.height };
}

export function labelElement(lines: readonly string[], style: LabelStyle): HTMLElement {
  const text = document.createElement('span');
  text.className = 'area-label-text';
  text.style.padding = `${style.halo}px`;
  text.style.lineHeight = `${style.lineHeight}px`;
  for (const line of lines) {
    const row = document.createElement('span');
    row.className = 'area-label-line';
    row.textContent = line;
    text.append(row);
  }
  return text;
}
