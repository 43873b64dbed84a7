// The floor for the first map (issue 23): the least a page can do to show the app's choropleth. No React, no
// state, no model: Leaflet and topojson-client, the same boundaries.topo.json and areas.json the app fetches
// (from the same server, fetched in parallel), the app's default metric (GP FTE per 100,000 registered patients,
// the latest recorded year) in 5 quantile classes of the app's palette, at the level in ?level= (default: the
// app's default level, ICB). The bench times it with the app's own "all paths filled" criterion.
import * as L from 'leaflet';
import { feature } from 'topojson-client';
import 'leaflet/dist/leaflet.css';
import { SEQUENTIAL_PALETTE } from '../../../src/components/map/colours/bins.ts';
import './floor.css';

const level = new URLSearchParams(location.search).get('level') ?? 'icb';
const getJson = (name) => fetch(`../data/${name}`).then((r) => r.json());
const [topology, areasFile] = await Promise.all([getJson('boundaries.topo.json'), getJson('areas.json')]);

const last = areasFile.years.length - 1;
const value = new Map();
for (const area of areasFile.areas) {
  if (area.level !== level) continue;
  const fte = area.fte?.[last];
  const patients = area.patients?.[last];
  if (fte != null && patients) value.set(area.code, (fte / patients) * 100_000);
}
const sorted = [...value.values()].sort((a, b) => a - b);
const breaks = [1, 2, 3, 4].map((k) => sorted[Math.floor((k * sorted.length) / 5)]);
const colour = (v) => (v === undefined ? '#bdbdbd' : SEQUENTIAL_PALETTE[breaks.filter((b) => v >= b).length]);

const map = L.map('map', { zoomSnap: 0.25, attributionControl: false, scrollWheelZoom: false, keyboard: false });
const layer = L.geoJSON(feature(topology, topology.objects[level]), {
  style: (f) => ({ fillColor: colour(value.get(f.id)), fillOpacity: 0.85, color: '#fff', weight: 1 }),
});
map.fitBounds(layer.getBounds(), { padding: [8, 8] });
layer.addTo(map);
