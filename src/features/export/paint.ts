// Paints a laid-out export (png-layout.ts) onto a fresh canvas: white background, text lines and legend
// swatches. The figure itself (map or chart) is drawn by the caller into layout.figure afterwards.
import type { ExportLayout, Measure, Swatch, Rect } from './png-layout';

/** A 2D context, or a clear error where the browser cannot give one (e.g. canvas disabled). */
export function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images (no canvas 2D context).');
  return ctx;
}

/** Text widths from the canvas itself, so wrapping matches what is drawn. */
export function canvasMeasure(): Measure {
  const ctx = context2d(document.createElement('canvas'));
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Line swatches are drawn thicker than on screen, in proportion to the export's larger type. */
const LINE_SCALE = 2;

function paintSwatch(ctx: CanvasRenderingContext2D, swatch: Swatch, rect: Rect) {
  ctx.save();
  if (swatch.kind === 'fill') {
    ctx.fillStyle = swatch.colour;
    ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
    ctx.strokeStyle = '#666666';
    ctx.lineWidth = 1.5;
    ctx.setLineDash(swatch.dashed ? [5, 4] : []);
    ctx.strokeRect(rect.x + 0.75, rect.y + 0.75, rect.width - 1.5, rect.height - 1.5);
  } else {
    const y = rect.y + rect.height / 2;
    ctx.strokeStyle = swatch.colour;
    ctx.lineWidth = swatch.width * LINE_SCALE;
    ctx.setLineDash(swatch.dash.map((d) => d * LINE_SCALE));
    ctx.beginPath();
    ctx.moveTo(rect.x, y);
    ctx.lineTo(rect.x + rect.width, y);
    ctx.stroke();
  }
  ctx.restore();
}

/** A canvas the layout's size with its text and swatches drawn; returns it with its context. */
export function paintLayout(layout: ExportLayout): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = context2d(canvas);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const item of layout.texts) {
    ctx.font = item.font;
    ctx.fillStyle = item.colour;
    ctx.fillText(item.text, item.x, item.y);
  }
  for (const { swatch, rect } of layout.swatches) paintSwatch(ctx, swatch, rect);
  return { canvas, ctx };
}

/** A thin frame around a figure or inset. */
export function frame(ctx: CanvasRenderingContext2D, rect: Rect, colour = '#d0d0d0', width = 2) {
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.strokeRect(rect.x, rect.y, rect.width, rect.height);
  ctx.restore();
}
