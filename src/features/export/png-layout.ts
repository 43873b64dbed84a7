// Where everything goes on an exported PNG, as pure arithmetic in output pixels: a title block across the
// top; then either (map) the figure on the left and a side column with the legend, an optional inset (London)
// and the scenario's levers, or (chart) the figure across the full width with the key and the levers in
// columns below it; notes and the attribution across the bottom. Text is wrapped with a `measure` function
// (the canvas's measureText in the browser, a stand-in in tests), so layout is testable without a canvas.
import type { LeverGroup } from './export-text';
import { fileText } from '../../lib/typed-names';

/** At least 1600 px wide, so a PNG stays sharp on a full-width slide. */
export const EXPORT_WIDTH = 1800;
export const FONT_FAMILY = "'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
export const INK = '#1b1b1b';
export const MUTED = '#4a4a4a';

export type Measure = (text: string, font: string) => number;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text; (x, y) is its top-left corner (draw with textBaseline 'top'). */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  font: string;
  colour: string;
}

export type Swatch =
  { kind: 'fill'; colour: string; dashed?: boolean } | { kind: 'line'; colour: string; width: number; dash: readonly number[] };

export interface LegendEntry {
  label: string;
  swatch: Swatch;
}

export interface ExportContent {
  title: string;
  subtitle: readonly string[];
  /** The figure's height over its width (a map of England is taller than wide; a chart is wider). */
  figureAspect: number;
  legendTitle: string;
  legend: readonly LegendEntry[];
  inset?: { title: string; aspect: number };
  levers: readonly LeverGroup[];
  /** Small print above the attribution (e.g. what the figures count). */
  notes?: readonly string[];
  attribution: readonly string[];
}

export interface ExportLayout {
  width: number;
  height: number;
  texts: TextItem[];
  swatches: { swatch: Swatch; rect: Rect }[];
  figure: Rect;
  inset: Rect | null;
}

export interface LayoutOptions {
  width?: number;
  sideWidth?: number;
  /**
   * 'side' (the map): legend, inset and levers in a column beside the figure. 'below' (the chart): the figure
   * across the full width, the key and the levers (in columns) below it, so a wide chart fills the image.
   */
  arrangement?: 'side' | 'below';
}

const font = (px: number, weight: 'bold' | 'normal' = 'normal') => `${weight === 'bold' ? 'bold ' : ''}${px}px ${FONT_FAMILY}`;
export const FONTS = {
  title: font(42, 'bold'),
  subtitle: font(27),
  heading: font(25, 'bold'),
  body: font(23),
  small: font(19),
} as const;
export const LINE_HEIGHT = 1.3;
export const px = (f: string) => Number(/(\d+)px/.exec(f)?.[1] ?? 20);

/** Characters as a reader sees them (an emoji with its modifiers is one), so a cut never splits one. */
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  return Array.from(new Intl.Segmenter('en-GB', { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}

/** `word` if it fits in maxWidth; otherwise as much of it as fits followed by an ellipsis (at least "…"). */
export function fitWord(word: string, maxWidth: number, fontSpec: string, measure: Measure): string {
  if (measure(word, fontSpec) <= maxWidth) return word;
  const chars = graphemes(word);
  // The longest start that fits with its ellipsis: binary search, as measuring is the costly part.
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, fontSpec) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}

/**
 * Greedy word wrap: as many words on a line as fit in maxWidth. A word longer than a whole line (a long name
 * without spaces) is shortened with an ellipsis, so nothing runs off the image's edge.
 */
export function wrapText(text: string, maxWidth: number, fontSpec: string, measure: Measure): string[] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => fitWord(word, maxWidth, fontSpec, measure));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSpec) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A function that writes wrapped text from (x, y) in a column maxWidth wide into `texts`, returning the y below
 * it. Bidi controls in names are dropped (fileText): a canvas line cannot isolate them, so they would reorder
 * the whole line.
 */
export function textWriter(texts: TextItem[], measure: Measure) {
  return (text: string, x: number, y: number, maxWidth: number, f: string, colour = INK): number => {
    let cursor = y;
    for (const line of wrapText(fileText(text), maxWidth, f, measure)) {
      texts.push({ text: line, x, y: cursor, font: f, colour });
      cursor += px(f) * LINE_HEIGHT;
    }
    return cursor;
  };
}

/**
 * The lever groups in at most `columns` columns of about equal length, filled column by column. Every line stays
 * under its own group's heading: a group never starts at the foot of a column (its heading goes over to the next),
 * and, when there is more than one group, a column that carries on a group starts with "<its scope> (continued)",
 * so an ICB's levers never read as England's. The columns are as short as that allows.
 */
export function leverColumns(groups: readonly LeverGroup[], columns: number): { text: string; heading: boolean }[][] {
  type Item = { text: string; heading: boolean };
  // With England's levers alone, columns simply carry on; with more than one scope, each column says whose it is.
  const marked = groups.length > 1;
  const fill = (perColumn: number): Item[][] => {
    const out: Item[][] = [];
    let column: Item[] = [];
    const next = (first?: Item) => {
      if (column.length > 0) out.push(column);
      column = first ? [first] : [];
    };
    for (const group of groups) {
      if (column.length > 0 && column.length >= perColumn - 1) next();
      column.push({ text: group.heading, heading: true });
      for (const line of group.lines) {
        if (column.length >= perColumn) next(marked ? { text: `${group.scope} (continued)`, heading: true } : undefined);
        column.push({ text: line, heading: false });
      }
    }
    next();
    return out;
  };
  const total = groups.reduce((n, g) => n + 1 + g.lines.length, 0);
  for (let perColumn = Math.max(2, Math.ceil(total / Math.max(1, columns))); perColumn < total; perColumn += 1) {
    const filled = fill(perColumn);
    if (filled.length <= columns) return filled;
  }
  return fill(Math.max(2, total));
}

export function layoutExport(content: ExportContent, measure: Measure, options: LayoutOptions = {}): ExportLayout {
  const width = Math.max(options.width ?? EXPORT_WIDTH, 320);
  const pad = Math.round(width * 0.027);
  const gap = pad;
  const sideWidth = options.sideWidth ?? Math.round(width * 0.3);
  const texts: TextItem[] = [];
  const swatches: ExportLayout['swatches'] = [];

  const write = textWriter(texts, measure);

  // Title block.
  let y = pad;
  if (content.title) y = write(content.title, pad, y, width - 2 * pad, FONTS.title);
  for (const line of content.subtitle) y = write(line, pad, y, width - 2 * pad, FONTS.subtitle, MUTED);
  if (y > pad) y += gap * 0.6;

  const bodyTop = y;
  const rowHeight = Math.max(px(FONTS.body) * LINE_HEIGHT, 34);
  const swatchWidth = 56;
  const footer = (top: number, space = 0.8): ExportLayout['height'] => {
    let cursor = top;
    const small = [...(content.notes ?? []), ...content.attribution];
    if (small.length > 0) cursor += gap * space;
    for (const line of small) cursor = write(line, pad, cursor, width - 2 * pad, FONTS.small, MUTED);
    return Math.ceil(cursor + pad * space);
  };

  if (options.arrangement === 'below') {
    const full = width - 2 * pad;
    const figure: Rect = { x: pad, y: bodyTop, width: full, height: Math.round(full * content.figureAspect) };
    let below = figure.y + figure.height + gap * 0.3;
    // The key flows across the width: entry after entry, a new row when the next one would not fit.
    if (content.legend.length > 0) {
      let x = pad;
      if (content.legendTitle) {
        const title = `${content.legendTitle}:`;
        texts.push({ text: title, x, y: below + 4, font: FONTS.heading, colour: INK });
        x += measure(title, FONTS.heading) + 24;
      }
      for (const entry of content.legend) {
        const label = fitWord(fileText(entry.label), full - swatchWidth - 14, FONTS.body, measure);
        const entryWidth = swatchWidth + 14 + measure(label, FONTS.body);
        if (x > pad && x + entryWidth > pad + full) {
          x = pad;
          below += rowHeight;
        }
        swatches.push({ swatch: entry.swatch, rect: { x, y: below + 4, width: swatchWidth, height: px(FONTS.body) + 4 } });
        texts.push({ text: label, x: x + swatchWidth + 14, y: below + 4, font: FONTS.body, colour: INK });
        x += entryWidth + 36;
      }
      below += rowHeight;
    }
    // The levers in columns, each group's heading with its lines, filled column by column.
    // In the small type: the plot, not the levers, is what the slide is for.
    const columns = Math.max(1, Math.floor(full / 440));
    const columnWidth = (full - gap * (columns - 1)) / columns;
    let leversBottom = below;
    leverColumns(content.levers, columns).forEach((column, c) => {
      let cursor = below + gap * 0.2;
      for (const item of column)
        cursor = write(item.text, pad + c * (columnWidth + gap), cursor, columnWidth, item.heading ? FONTS.heading : FONTS.small);
      leversBottom = Math.max(leversBottom, cursor);
    });
    return { width, height: footer(leversBottom, 0.5), texts, swatches, figure, inset: null };
  }

  // Figure on the left, side column on the right.
  const figureWidth = width - 2 * pad - gap - sideWidth;
  const figure: Rect = { x: pad, y: bodyTop, width: figureWidth, height: Math.round(figureWidth * content.figureAspect) };
  const sideX = pad + figureWidth + gap;
  let side = bodyTop;
  side = write(content.legendTitle, sideX, side, sideWidth, FONTS.heading);
  side += 6;
  for (const entry of content.legend) {
    const top = side;
    const after = write(entry.label, sideX + swatchWidth + 14, top + 4, sideWidth - swatchWidth - 14, FONTS.body);
    swatches.push({ swatch: entry.swatch, rect: { x: sideX, y: top + 4, width: swatchWidth, height: px(FONTS.body) + 4 } });
    side = Math.max(after, top + rowHeight) + 4;
  }
  let inset: Rect | null = null;
  if (content.inset) {
    side += gap * 0.6;
    side = write(content.inset.title, sideX, side, sideWidth, FONTS.heading);
    inset = { x: sideX, y: side + 4, width: sideWidth, height: Math.round(sideWidth * content.inset.aspect) };
    side = inset.y + inset.height;
  }
  for (const group of content.levers) {
    side += gap * 0.6;
    side = write(group.heading, sideX, side, sideWidth, FONTS.heading);
    for (const line of group.lines) side = write(line, sideX, side + 2, sideWidth, FONTS.body);
  }

  // Notes and attribution across the bottom.
  return { width, height: footer(Math.max(figure.y + figure.height, side)), texts, swatches, figure, inset };
}
