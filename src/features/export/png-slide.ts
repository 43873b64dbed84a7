// A map PNG shaped for a 16:9 slide (1920 x 1080 px, exactly): the title block across the top, the attribution
// across the bottom, and between them the map as tall as the space allows, then a column with the legend and
// the London inset (sized to what is left of it) and a column with the scenario's levers. Pure arithmetic, as in
// png-layout.ts, so it is tested without a canvas.
import {
  FONTS,
  LINE_HEIGHT,
  MUTED,
  px,
  textWriter,
  wrapText,
  type ExportContent,
  type ExportLayout,
  type Measure,
  type Rect,
  type TextItem,
} from './png-layout';

/** The map PNG's shapes: the map's own proportions, or exactly 16:9. */
export type MapPngShape = 'screen' | 'slide';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export function layoutSlide(
  content: ExportContent,
  measure: Measure,
  size = { width: SLIDE_WIDTH, height: SLIDE_HEIGHT },
): ExportLayout {
  const { width, height } = size;
  const pad = Math.round(width * 0.025);
  const gap = pad;
  const texts: TextItem[] = [];
  const swatches: ExportLayout['swatches'] = [];
  const write = textWriter(texts, measure);

  let y = pad;
  if (content.title) y = write(content.title, pad, y, width - 2 * pad, FONTS.title);
  for (const line of content.subtitle) y = write(line, pad, y, width - 2 * pad, FONTS.body, MUTED);
  const bodyTop = y + gap * 0.5;

  // The small print, measured first so it can sit on the bottom edge.
  const small = [...(content.notes ?? []), ...content.attribution];
  const smallLines = small.reduce((n, line) => n + wrapText(line, width - 2 * pad, FONTS.small, measure).length, 0);
  const footerTop = height - pad * 0.6 - smallLines * px(FONTS.small) * LINE_HEIGHT;
  let footer = footerTop;
  for (const line of small) footer = write(line, pad, footer, width - 2 * pad, FONTS.small, MUTED);
  const bodyBottom = footerTop - gap * 0.5;
  const bodyHeight = Math.max(bodyBottom - bodyTop, 100);

  // The map: as tall as the body, no wider than 45% of the slide.
  const aspect = Math.max(content.figureAspect, 0.1);
  const figureWidth = Math.min(bodyHeight / aspect, width * 0.45);
  const figure: Rect = { x: pad, y: bodyTop, width: Math.round(figureWidth), height: Math.round(figureWidth * aspect) };

  const columnsX = figure.x + figure.width + gap;
  const columnWidth = (width - pad - columnsX - gap) / 2;
  const rowHeight = Math.max(px(FONTS.body) * LINE_HEIGHT, 34);
  const swatchWidth = 56;

  // Column 1: the legend, then the inset in whatever height is left.
  let left = write(content.legendTitle, columnsX, bodyTop, columnWidth, FONTS.heading) + 6;
  for (const entry of content.legend) {
    const after = write(entry.label, columnsX + swatchWidth + 14, left + 4, columnWidth - swatchWidth - 14, FONTS.body);
    swatches.push({ swatch: entry.swatch, rect: { x: columnsX, y: left + 4, width: swatchWidth, height: px(FONTS.body) + 4 } });
    left = Math.max(after, left + rowHeight) + 4;
  }
  let inset: Rect | null = null;
  if (content.inset) {
    left = write(content.inset.title, columnsX, left + gap * 0.5, columnWidth, FONTS.heading) + 4;
    const insetHeight = Math.max(Math.min(columnWidth * content.inset.aspect, bodyBottom - left), 0);
    const insetWidth = Math.min(columnWidth, insetHeight / Math.max(content.inset.aspect, 0.1));
    inset = { x: columnsX, y: left, width: Math.round(insetWidth), height: Math.round(insetHeight) };
  }

  // Column 2: the levers, in the small type if the body type would not fit.
  const leversX = columnsX + columnWidth + gap;
  const writeLevers = (lineFont: string) => {
    const start = texts.length;
    let right = bodyTop;
    for (const group of content.levers) {
      right = write(group.heading, leversX, right, columnWidth, FONTS.heading);
      for (const line of group.lines) right = write(line, leversX, right + 2, columnWidth, lineFont);
      right += gap * 0.4;
    }
    return { start, bottom: right };
  };
  const first = writeLevers(FONTS.body);
  if (first.bottom > bodyBottom) {
    texts.splice(first.start);
    writeLevers(FONTS.small);
  }
  return { width, height, texts: texts.filter((t) => t.y < height), swatches, figure, inset };
}
