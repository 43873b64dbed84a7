// TopoJSON -> GeoJSON per level, computed once per topology and level (the topology never changes).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { BoundariesFile } from '../../../data/schemas';
import type { MapLevel } from '../../../figures/map-levels';

export type AreaFeatures = FeatureCollection<Geometry, { code: string }>;

const cache = new WeakMap<BoundariesFile, Map<MapLevel, AreaFeatures>>();

export function featuresForLevel(boundaries: BoundariesFile, level: MapLevel): AreaFeatures {
  let byLevel = cache.get(boundaries);
  if (!byLevel) {
    byLevel = new Map();
    cache.set(boundaries, byLevel);
  }
  const cached = byLevel.get(level);
  if (cached) return cached;
  const topology = boundaries as unknown as Topology;
  const collection = feature(topology, topology.objects[level] as GeometryCollection) as FeatureCollection<Geometry>;
  const result: AreaFeatures = {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({ ...f, properties: { code: String(f.id) } })),
  };
  byLevel.set(level, result);
  return result;
}
