// The chart PNG's plot as an image: the SVG the chart draws (components/chart/TrendPlot, rendered offscreen by
// chart-svg.tsx) is cloned with the computed styles that matter for drawing inlined (an SVG drawn as an image sees
// none of the page's CSS), serialised, and loaded from a blob: URL (allowed by the app's CSP img-src) at the
// export's size, so lines and text stay sharp.
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

/** Standalone SVG markup for the chart's SVG, drawn at width x height (sharp at any size: it stays vector). */
export function serialiseSvg(svg: SVGSVGElement, width: number, height: number): string {
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
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // An element of the SVG namespace is written with its xmlns; one that somehow is not gets it (an image needs it).
  const markup = new XMLSerializer().serializeToString(clone);
  return xmlSafe(/^<svg[^>]*\sxmlns="/.test(markup) ? markup : markup.replace('<svg', `<svg xmlns="${SVG_NS}"`));
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
