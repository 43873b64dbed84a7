// Draws the app's icons (public/icons/*.png) for the web app manifest, the browser tab and a home screen:
// `node scripts/icons.mjs`. No image library and no fonts: a white bar chart with a rising line on NHS
// blue, anti-aliased by 4×4 supersampling, written as an 8-bit RGBA PNG with Node's zlib. Deterministic:
// the same bytes every run. "maskable" icons keep the drawing inside the central 80% safe zone and fill
// the whole square, so a launcher can crop them to any shape.
import { deflateSync, crc32 } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../public/icons');
const BLUE = [0x00, 0x5e, 0xb8]; // NHS blue, the app's theme colour
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4;

/** Shapes in a unit square (0..1, y down): bars rising left to right, a trend line above them. */
const BARS = [
  { x: 0.2, w: 0.14, top: 0.6 },
  { x: 0.43, w: 0.14, top: 0.47 },
  { x: 0.66, w: 0.14, top: 0.32 },
];
const BASE = 0.8;
const LINE = [
  [0.2, 0.46],
  [0.43, 0.34],
  [0.66, 0.19],
  [0.82, 0.12],
];
const LINE_HALF_WIDTH = 0.035;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Is the point (unit square, drawing coordinates) part of the white drawing? */
function inDrawing(x, y) {
  if (BARS.some((b) => x >= b.x && x <= b.x + b.w && y >= b.top && y <= BASE)) return true;
  for (let i = 0; i + 1 < LINE.length; i += 1) if (distanceToSegment(x, y, LINE[i], LINE[i + 1]) <= LINE_HALF_WIDTH) return true;
  return false;
}

/** Is the point inside the background: a rounded square, or the full square for a maskable icon? */
function inBackground(x, y, maskable) {
  if (maskable) return true;
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

function pixels(size, maskable) {
  // A maskable icon's drawing shrinks to the safe zone (a circle of 80% of the width).
  const scale = maskable ? 0.72 : 1;
  const data = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1)
    for (let px = 0; px < size; px += 1) {
      let background = 0;
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1)
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inBackground(x, y, maskable)) continue;
          background += 1;
          if (inDrawing((x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5)) white += 1;
        }
      const n = SAMPLES * SAMPLES;
      const i = (py * size + px) * 4;
      const mix = background === 0 ? 0 : white / background;
      for (let c = 0; c < 3; c += 1) data[i + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      data[i + 3] = Math.round((255 * background) / n);
    }
  return data;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICONS = [
  { file: 'icon-32.png', size: 32, maskable: false },
  { file: 'icon-180.png', size: 180, maskable: false },
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

mkdirSync(OUT, { recursive: true });
for (const { file, size, maskable } of ICONS) {
  const bytes = png(size, pixels(size, maskable));
  writeFileSync(join(OUT, file), bytes);
  console.log(`${file}: ${size}×${size}, ${bytes.length} bytes`);
}
