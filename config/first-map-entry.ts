// What the build bundles for Node to pre-render the first map (config/first-map.ts): the data files read
// through the app's own schemas, the app's own colours (src/features/map/first-map-colours.ts) and boundaries
// (featuresForLevel), drawn as SVG paths in Web Mercator (EPSG:3857, the live map's projection: geo/mercator.ts).
import type { Geometry, Position } from 'geojson';
import { validateDataFile } from '../src/data/load';
import {
  ageProfileFileSchema,
  areasFileSchema,
  boundariesFileSchema,
  icb2026FileSchema,
  nationalFileSchema,
  trainingFileSchema,
} from '../src/data/schemas';
import { featuresForLevel } from '../src/components/map/geo/area-features';
import { mercator } from '../src/components/map/geo/mercator';
import { NO_DATA_COLOUR } from '../src/components/map/colours/bins';
import { buildDataset } from '../src/data/dataset';
import { withIcb2026 } from '../src/data/icb-2026';
import { firstMapColours, type FirstMapFiles } from '../src/features/map/first-map-colours';
import type { MapLevel } from '../src/figures/map-levels';

export { firstMapColours };

/** The picture's width in SVG units: about the map's width on screen, so a unit is about a screen pixel. */
export const VIEWBOX_WIDTH = 1000;
/** The live map's padding around England (ChoroplethMap's boundsOptions), in the same units. */
const PADDING = 8;

type ReadJson = (file: string) => unknown;

/** The data files the first map is drawn from, validated as the app validates them. */
export function readFiles(read: ReadJson) {
  const files: FirstMapFiles = {
    areas: validateDataFile('areas.json', read('areas.json'), areasFileSchema),
    national: validateDataFile('national.json', read('national.json'), nationalFileSchema),
    ages: validateDataFile('age-profile.json', read('age-profile.json'), ageProfileFileSchema),
    training: validateDataFile('training.json', read('training.json'), trainingFileSchema),
    icb2026: validateDataFile('icb-2026.json', read('icb-2026.json'), icb2026FileSchema),
  };
  const boundaries = validateDataFile('boundaries.topo.json', read('boundaries.topo.json'), boundariesFileSchema);
  return { files, boundaries };
}

const rings = (geometry: Geometry): Position[][] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];

/**
 * One `<path>` per area with its fill, in a viewBox VIEWBOX_WIDTH wide with England fitted inside PADDING; points
 * rounded to whole units (about a screen pixel) and written relative ("m", "l"), repeated points dropped.
 */
export function firstMapSvg(files: FirstMapFiles, boundaries: ReturnType<typeof readFiles>['boundaries'], level: MapLevel) {
  const { colourByCode } = firstMapColours(files, level);
  const dataset = buildDataset(withIcb2026(files.areas, files.icb2026));
  const features = featuresForLevel(boundaries, level, dataset.icb2026Codes).features;
  const projected = features.map((f) => ({ code: f.properties.code, rings: rings(f.geometry).map((r) => r.map(mercator)) }));
  const all = projected.flatMap((f) => f.rings.flat());
  const [minX, maxX] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const scale = (VIEWBOX_WIDTH - 2 * PADDING) / (maxX - minX);
  const height = Math.round((maxY - minY) * scale + 2 * PADDING);
  // A number after another: a minus sign separates it, otherwise a space.
  const next = (n: number) => (n < 0 ? `${n}` : ` ${n}`);
  const paths = projected.map(({ code, rings: areaRings }) => {
    let d = '';
    let [px, py] = [0, 0];
    for (const ring of areaRings) {
      const points = ring.map(([x = 0, y = 0]) => [
        Math.round((x - minX) * scale + PADDING),
        Math.round((maxY - y) * scale + PADDING),
      ]);
      const [sx = 0, sy = 0] = points[0] ?? [];
      d += `m${sx - px}${next(sy - py)}`;
      [px, py] = [sx, sy];
      for (const [x = 0, y = 0] of points.slice(1)) {
        if (x === px && y === py) continue;
        d += `${next(x - px)}${next(y - py)}`;
        [px, py] = [x, y];
      }
      // "z" goes back to the ring's first point: the next ring's "m" is relative to it.
      d += 'z';
      [px, py] = [sx, sy];
    }
    const colour = colourByCode.get(code);
    const noData = colour === undefined ? ' stroke-dasharray="3 3"' : '';
    return `<path data-code="${code}" fill="${colour ?? NO_DATA_COLOUR}"${noData} d="${d}"/>`;
  });
  return {
    svg:
      `<svg viewBox="0 0 ${VIEWBOX_WIDTH} ${height}" preserveAspectRatio="xMidYMid meet" focusable="false">` +
      `<g fill-opacity="0.9" stroke="#fff" stroke-width="0.8" stroke-linejoin="round">` +
      paths.join('') +
      '</g></svg>',
    areas: features.length,
  };
}

export { serialiseScenario } from '../src/state/url/serialise';
export { defaultUrlState } from '../src/state/url/format';
