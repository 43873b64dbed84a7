// The trend chart as an image: its SVG (components/chart) is cloned from the page with the computed styles that
// matter for drawing inlined (an SVG drawn as an image sees none of the page's CSS), serialised, and loaded
// from a blob: URL (allowed by the app's CSP img-src) at the export's size, so lines and text stay sharp.
// The chart's key is HTML below the plot (components/chart/TrendKey.tsx), so it is read back from the page as data and
// drawn separately.
import type { LegendEntry } from './png-layout';

/** Presentation properties copied from the page's computed style onto each cloned SVG element. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart's own drawing surface. */
export function findChartSvg(root: ParentNode): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('.chart-plot > svg.chart-surface');
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the chart's SVG worth exporting, in its own units: full width, and down to the bottom of what
 * is drawn (the key is HTML below it, which the export draws separately).
 */
export function chartViewBox(svg: SVGSVGElement): ViewBox {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const drawn = svg.getBBox();
  const bottom = drawn.height > 0 ? Math.min(height, Math.ceil(drawn.y + drawn.height + 6)) : height;
  return { x: 0, y: 0, width, height: bottom };
}

/** Standalone SVG markup for the chart's `box`, drawn at width x height (sharp at any size: it stays vector). */
export function serialiseSvg(svg: SVGSVGElement, box: ViewBox, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    const declarations = STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`);
    copy.setAttribute('style', declarations.join(';'));
  });
  // The pointer's cursor line and its dots are transient: they do not belong in an image.
  for (const transient of clone.querySelectorAll('.chart-transient')) transient.remove();
  clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return xmlSafe(new XMLSerializer().serializeToString(clone));
}

/**
 * Markup without the characters XML 1.0 forbids (C0 controls other than tab and line ends, lone surrogates,
 * U+FFFE/U+FFFF): one of them anywhere, e.g. in a line's name attribute, and the browser cannot decode the
 * image at all. They never belong to markup, only to text, where they draw nothing.
 */
export function xmlSafe(markup: string): string {
  return markup.replace(
    // eslint-disable-next-line no-control-regex -- removing control characters is this pattern's job
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Loads SVG markup into an Image via a blob: URL (no data leaves the page); resolves once decoded. */
export async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "2 3" or "2, 3" -> [2, 3]; "none", "undefined" or "" -> []. */
export function parseDash(value: string | null): number[] {
  if (!value || value === 'none') return [];
  return value
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
}

/**
 * Legend entries from the rendered chart's key (components/chart/TrendKey.tsx), in its order: areas by colour, then
 * series by pattern, each with the swatch the key draws (read from the item's data attributes).
 */
export function chartLegendFromDom(root: ParentNode): LegendEntry[] {
  return [...root.querySelectorAll<HTMLElement>('.trend-key-item')].map((item) => {
    const label = item.querySelector('.trend-key-label')?.textContent?.trim() ?? '';
    const colour = item.dataset.colour ?? '#000000';
    if (item.dataset.kind === 'fill') return { label, swatch: { kind: 'fill', colour } };
    return {
      label,
      swatch: {
        kind: 'line',
        colour,
        width: Number(item.dataset.width ?? 2) || 2,
        dash: parseDash(item.dataset.dash ?? null),
      },
    };
  });
}
