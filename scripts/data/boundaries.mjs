// Boundaries for the web: one TopoJSON topology whose objects (sub-ICB, ICB, region, and the ICBs of April 2026)
// share arcs, so edges line up exactly between levels. The sub-ICB polygons (ONS LSOA-2011 dissolved, 2022 vintage)
// are simplified topology-preservingly (Visvalingam, via topojson-simplify), and ICBs and regions are
// built by merging their sub-ICBs' arcs (topojson-client mergeArcs), not from separate files.
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterAttachedWeight } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';

/** Share of points kept by simplification: small enough for the web, large enough to look right. */
const KEEP_QUANTILE = 0.1;
/** Grid of the final delta-encoded coordinates: about 20 m across England's width. */
const QUANTIZATION = 3e4;

/**
 * @param {{ subIcbGeo: { features: object[] }, areas: Map<string, { code: string, level: string, parent: string|null }>,
 *   pieces?: { id: string, subIcb: string, geometry: object }[], icb2026?: { code: string, parts: string[] }[] }} input
 *   `pieces` stand in for a sub-ICB in the topology (its arcs are their merge), so that `icb2026` (each ICB of
 *   April 2026 as sub-ICB codes and piece ids) can take part of a sub-ICB; the sub-ICB, ICB and region objects
 *   are the same areas either way.
 */
export function buildBoundaries({ subIcbGeo, areas, pieces = [], icb2026 = null }) {
  const splitCodes = new Set(pieces.map((p) => p.subIcb));
  const features = [
    ...subIcbGeo.features
      .filter((f) => !splitCodes.has(f.properties.SICBL22CDH))
      .map((f) => ({ type: 'Feature', id: f.properties.SICBL22CDH, properties: {}, geometry: f.geometry })),
    ...pieces.map((p) => ({ type: 'Feature', id: p.id, properties: {}, geometry: p.geometry })),
  ].sort((a, b) => a.id.localeCompare(b.id));
  let topo = toTopology({ subicb: { type: 'FeatureCollection', features } });
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, KEEP_QUANTILE));
  topo = filter(topo, filterAttachedWeight(topo, quantile(topo, KEEP_QUANTILE)));

  const byId = new Map(topo.objects.subicb.geometries.map((g) => [g.id, g]));
  /** The topology geometries that make up a sub-ICB code or a piece id. */
  const partsOf = (code) =>
    splitCodes.has(code) ? pieces.filter((p) => p.subIcb === code).map((p) => byId.get(p.id)) : [byId.get(code)];
  const mergedFrom = (code, codes) => ({
    ...mergeArcs(
      topo,
      codes.flatMap((c) => partsOf(c)),
    ),
    id: code,
  });
  const codesAt = (level) =>
    [...areas.values()]
      .filter((a) => a.level === level)
      .map((a) => a.code)
      .sort();
  const subIcbsOf = (code) => [...areas.values()].filter((a) => a.level === 'subicb' && a.parent === code).map((a) => a.code);
  const subIcbsOfRegion = (code) =>
    [...areas.values()].filter((a) => a.level === 'icb' && a.parent === code).flatMap((icb) => subIcbsOf(icb.code));

  const objects = {
    subicb: codesAt('subicb').map((code) => (splitCodes.has(code) ? mergedFrom(code, [code]) : byId.get(code))),
    icb: codesAt('icb').map((code) => mergedFrom(code, subIcbsOf(code))),
    region: codesAt('region').map((code) => mergedFrom(code, subIcbsOfRegion(code))),
    ...(icb2026 ? { icb2026: icb2026.map(({ code, parts }) => mergedFrom(code, parts)) } : {}),
  };
  topo.objects = Object.fromEntries(
    Object.entries(objects).map(([name, geometries]) => [name, { type: 'GeometryCollection', geometries }]),
  );
  return quantize(topo, QUANTIZATION);
}
