// Web Mercator (EPSG:3857, the live map's projection), in radians of longitude and "Mercator radians" of
// northing (y grows northwards). The PNG export and the label anchors both work in these units, so a
// distance measured here scales to screen pixels by one factor at any zoom.
import type { Position } from 'geojson';

/** Longitude / latitude in degrees to Mercator units (latitude clamped to ±85°). */
export function mercator([lon = 0, lat = 0]: Position): [number, number] {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** Mercator units back to longitude / latitude in degrees. */
export function inverseMercator([x, y]: readonly [number, number]): [number, number] {
  return [(x * 180) / Math.PI, ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI];
}

/** Screen pixels per Mercator unit at a Leaflet zoom level (256 px tiles span 2π units at zoom 0). */
export const pixelsPerMercatorUnit = (zoom: number) => (256 * 2 ** zoom) / (2 * Math.PI);
