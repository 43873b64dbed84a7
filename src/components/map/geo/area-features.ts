// TopoJSON -> GeoJSON per level, computed once per topology and level (the topology never changes).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { BoundariesFile } from '../../../data/schemas';
import type { MapLevel } from '../../../figures/map-levels';

export type AreaFeatures = FeatureCollection<Geometry, { code: string }>;

const cache = new WeakMap<BoundariesFile, Map<MapLevel, AreaFeatures>>();

/**
 * `codes`: boundary ids that are another area code in the app (QRL of April 2026 is "QRL-2026", data/icb-2026.ts);
 * the same for every call with the same data.
 */
export function featuresForLevel(boundaries: BoundariesFile, level: MapLevel, codes?: ReadonlyMap<string, string>): AreaFeatures {
  let byLevel = cache.get(boundaries);
  if (!byLevel) {
    byLevel = new Map();
    cache.set(boundaries, byLevel);
  }
  const cached = byLevel.get(level);
  if (cached) return cached;
  const topology = boundaries as unknown as Topology;
  const object = topology.objects[level] as GeometryCollection | undefined;
  if (!object) return { type: 'FeatureCollection', features: [] };
  const collection = feature(topology, object) as FeatureCollection<Geometry>;
  const rename = level === 'icb2026' ? codes : undefined;
  const result: AreaFeatures = {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f,
      properties: { code: rename?.get(String(f.id)) ?? String(f.id) },
    })),
  };
  byLevel.set(level, result);
  return result;
}

const objectCache = new WeakMap<object, Map<string, AreaFeatures>>();

/** One named object of a topology as features whose code is the geometry's id (the as-was boundaries, by vintage). */
export function featuresForObject(topologyFile: object, name: string): AreaFeatures {
  let byName = objectCache.get(topologyFile);
  if (!byName) {
    byName = new Map();
    objectCache.set(topologyFile, byName);
  }
  const cached = byName.get(name);
  if (cached) return cached;
  const topology = topologyFile as unknown as Topology;
  const object = topology.objects[name] as GeometryCollection | undefined;
  const collection = object ? (feature(topology, object) as FeatureCollection<Geometry>) : { features: [] };
  const result: AreaFeatures = {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({ ...f, properties: { code: String(f.id) } })),
  };
  byName.set(name, result);
  return result;
}
