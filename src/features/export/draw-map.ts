// The choropleth drawn onto a canvas from the GeoJSON features, for PNG export and print: a Web Mercator
// projection (the live map's, EPSG:3857) fitted to the features' bounds inside a rectangle, areas filled with
// the screen's class colours, white borders, no-data areas dashed, and selected areas outlined in black
// (the first one thicker), as on the live map. Coordinates are longitude / latitude in degrees.
import type { Geometry, Position } from 'geojson';
import { NO_DATA_COLOUR } from '../../components/map/colours/bins';
import { mercator } from '../../components/map/geo/mercator';
import type { AreaFeatures } from '../../components/map/geo/area-features';
import type { Rect } from './png-layout';

export type Project = (lonLat: Position) => [number, number];

export { mercator };

function eachPosition(geometry: Geometry | null, visit: (p: Position) => void) {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Polygon':
      geometry.coordinates.forEach((ring) => ring.forEach(visit));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => eachPosition(g, visit));
      break;
    default:
      break;
  }
}

/** The bounding box of every position once transformed (Infinity / -Infinity when there are none). */
function boundsOf(features: AreaFeatures, transform: (p: Position) => [number, number]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of features.features)
    eachPosition(f.geometry, (p) => {
      const [x, y] = transform(p);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    });
  return { minX, minY, maxX, maxY };
}

/** A projection that fits every feature inside `rect` (less `padding` px each side), centred, north up, with
 * its scale in px per Mercator unit. */
export function fitMercatorScale(features: AreaFeatures, rect: Rect, padding = 8): { project: Project; scale: number } {
  const { minX, minY, maxX, maxY } = boundsOf(features, mercator);
  if (!Number.isFinite(minX)) return { project: () => [rect.x + rect.width / 2, rect.y + rect.height / 2], scale: 0 };
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((rect.width - 2 * padding) / spanX, (rect.height - 2 * padding) / spanY);
  const offsetX = rect.x + (rect.width - spanX * scale) / 2;
  const offsetY = rect.y + (rect.height - spanY * scale) / 2;
  const project: Project = (p) => {
    const [x, y] = mercator(p);
    return [offsetX + (x - minX) * scale, offsetY + (maxY - y) * scale];
  };
  return { project, scale };
}

/** A projection that fits every feature inside `rect` (less `padding` px each side), centred, north up. */
export const fitMercator = (features: AreaFeatures, rect: Rect, padding = 8): Project =>
  fitMercatorScale(features, rect, padding).project;

/** The features' height over width once projected (to size a figure that fits them snugly). */
export function projectedAspect(features: AreaFeatures): number {
  const box = { x: 0, y: 0, width: 1000, height: 1000 };
  const { minX, minY, maxX, maxY } = boundsOf(features, fitMercator(features, box, 0));
  return Number.isFinite(minX) && maxX > minX ? (maxY - minY) / (maxX - minX) : 1;
}

function tracePath(ctx: CanvasRenderingContext2D, geometry: Geometry | null, project: Project) {
  const ring = (positions: Position[]) => {
    positions.forEach((p, i) => {
      const [x, y] = project(p);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.closePath();
  };
  if (!geometry) return;
  if (geometry.type === 'Polygon') geometry.coordinates.forEach(ring);
  else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach((polygon) => polygon.forEach(ring));
  else if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => tracePath(ctx, g, project));
}

export interface MapPaint {
  features: AreaFeatures;
  colourByCode: ReadonlyMap<string, string>;
  selected: readonly string[];
  /** Outline widths scale with the figure: 1 = the live map's (0.8 px borders, 3.5 px first selection). */
  lineScale: number;
}

/** The map's padding inside its rectangle, px: the labels are placed with the same projection. */
export const mapPadding = (lineScale: number) => 10 * lineScale;

/** Fills and outlines every area inside `rect` (clipped to it), fitted with a Web Mercator projection. */
export function drawMap(ctx: CanvasRenderingContext2D, rect: Rect, paint: MapPaint) {
  const { features, colourByCode, selected, lineScale } = paint;
  const project = fitMercator(features, rect, mapPadding(lineScale));
  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.x, rect.y, rect.width, rect.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  for (const f of features.features) {
    const colour = colourByCode.get(f.properties.code);
    ctx.beginPath();
    tracePath(ctx, f.geometry, project);
    ctx.fillStyle = colour ?? NO_DATA_COLOUR;
    ctx.fill('evenodd');
    ctx.setLineDash(colour ? [] : [3 * lineScale, 3 * lineScale]);
    ctx.strokeStyle = colour ? '#ffffff' : '#555555';
    ctx.lineWidth = 0.8 * lineScale;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  // Selected areas last, so their outlines sit on top of their neighbours' borders; the first is thickest.
  for (const code of [...selected].reverse()) {
    const f = features.features.find((feature) => feature.properties.code === code);
    if (!f) continue;
    ctx.beginPath();
    tracePath(ctx, f.geometry, project);
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = (code === selected[0] ? 3.5 : 2.5) * lineScale;
    ctx.stroke();
  }
  ctx.restore();
}
