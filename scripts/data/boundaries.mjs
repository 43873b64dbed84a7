// Boundaries for the web: one TopoJSON topology whose three objects (sub-ICB, ICB, region) share arcs,
// so edges line up exactly between levels. The sub-ICB polygons (ONS LSOA-2011 dissolved, 2022 vintage)
// are simplified topology-preservingly (Visvalingam, via topojson-simplify), and ICBs and regions are
// built by merging their sub-ICBs' arcs (topojson-client mergeArcs), not from separate files.
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterAttachedWeight } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';

/** Share of points kept by simplification: small enough for the web, large enough to look right. */
const KEEP_QUANTILE = 0.1;
/** Grid of the final delta-encoded coordinates: about 20 m across England's width. */
const QUANTIZATION = 3e4;

export function buildBoundaries({ subIcbGeo, areas }) {
  const features = [...subIcbGeo.features]
    .sort((a, b) => a.properties.SICBL22CDH.localeCompare(b.properties.SICBL22CDH))
    .map((f) => ({ type: 'Feature', id: f.properties.SICBL22CDH, properties: {}, geometry: f.geometry }));
  let topo = toTopology({ subicb: { type: 'FeatureCollection', features } });
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, KEEP_QUANTILE));
  topo = filter(topo, filterAttachedWeight(topo, quantile(topo, KEEP_QUANTILE)));

  const subIcbGeometries = topo.objects.subicb.geometries;
  const byCode = new Map(subIcbGeometries.map((g) => [g.id, g]));
  const merged = (level, childrenOf) =>
    [...areas.values()]
      .filter((a) => a.level === level)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((a) => ({
        ...mergeArcs(
          topo,
          childrenOf(a.code).map((c) => byCode.get(c)),
        ),
        id: a.code,
      }));
  const subIcbsOf = (code) => [...areas.values()].filter((a) => a.level === 'subicb' && a.parent === code).map((a) => a.code);
  const subIcbsOfRegion = (code) =>
    [...areas.values()].filter((a) => a.level === 'icb' && a.parent === code).flatMap((icb) => subIcbsOf(icb.code));

  topo.objects.icb = { type: 'GeometryCollection', geometries: merged('icb', subIcbsOf) };
  topo.objects.region = { type: 'GeometryCollection', geometries: merged('region', subIcbsOfRegion) };
  return quantize(topo, QUANTIZATION);
}
