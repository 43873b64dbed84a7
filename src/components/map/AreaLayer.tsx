// The choropleth layer, driven imperatively for speed: the GeoJSON layer is built once per level, and a
// change of metric, year or lever only restyles its paths (no re-creation, no React re-render of 106 paths).
// Tooltips are DOM nodes filled with textContent: names from data are never parsed as HTML.
// In a small map (the London inset) the tooltip is drawn outside the map, fixed to the page, so the map's
// overflow cannot clip it; it stays inside the window.
import { NO_DATA_COLOUR } from './colours/bins';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import * as L from 'leaflet';
import type { AreaFeatures } from './geo/area-features';

export interface AreaStyleInput {
  colourByCode: ReadonlyMap<string, string>;
  selected: readonly string[];
}

export interface AreaLayerProps extends AreaStyleInput {
  features: AreaFeatures;
  /** Lines of text for an area's tooltip (first line in bold). */
  describe: (code: string) => string[];
  onSelect: (code: string) => void;
  /** Zoom to the first selected area when the selection changes. */
  zoomToSelection?: boolean;
  interactive?: boolean;
  /** Draw tooltips in the page, outside this map's box (for a map too small to hold them). */
  tooltipOutside?: boolean;
}

const SELECTED_COLOUR = '#000000';

function styleFor(code: string, { colourByCode, selected }: AreaStyleInput): L.PathOptions {
  const isSelected = selected.includes(code);
  return {
    fillColor: colourByCode.get(code) ?? NO_DATA_COLOUR,
    fillOpacity: 0.9,
    color: isSelected ? SELECTED_COLOUR : '#ffffff',
    weight: isSelected ? (code === selected[0] ? 3.5 : 2.5) : 0.8,
    dashArray: colourByCode.has(code) ? undefined : '3 3',
  };
}

/** A map tooltip's box: its first line in bold (the name, or the code), then a line each. Areas and practices. */
export function tooltipContent(lines: readonly string[], code: string): HTMLElement {
  const [title, ...rest] = lines;
  const box = document.createElement('div');
  const strong = document.createElement('strong');
  strong.textContent = title ?? code;
  box.append(strong);
  for (const line of rest) {
    const row = document.createElement('div');
    row.textContent = line;
    box.append(row);
  }
  return box;
}

/** Gap between the pointer and the tooltip, and between the tooltip and the window's edge (px). */
const POINTER_GAP = 14;
const EDGE_GAP = 4;

/** A tooltip fixed to the page (see tooltipOutside): above the pointer, or below it when there is no room above. */
function pageTooltip() {
  const element = document.createElement('div');
  element.className = 'leaflet-tooltip map-page-tooltip';
  element.setAttribute('role', 'tooltip');
  const place = (x: number, y: number) => {
    const { offsetWidth: width, offsetHeight: height } = element;
    const left = Math.min(Math.max(EDGE_GAP, x - width / 2), window.innerWidth - width - EDGE_GAP);
    const above = y - POINTER_GAP - height;
    const top = above >= EDGE_GAP ? above : Math.min(y + POINTER_GAP, window.innerHeight - height - EDGE_GAP);
    element.style.left = `${Math.max(EDGE_GAP, left)}px`;
    element.style.top = `${Math.max(EDGE_GAP, top)}px`;
  };
  return {
    show(content: HTMLElement, x: number, y: number) {
      element.replaceChildren(content);
      if (!element.isConnected) document.body.append(element);
      place(x, y);
    },
    move: place,
    hide: () => element.remove(),
  };
}

export function AreaLayer({
  features,
  colourByCode,
  selected,
  describe,
  onSelect,
  zoomToSelection = false,
  interactive = true,
  tooltipOutside = false,
}: AreaLayerProps) {
  const map = useMap();
  const layerRef = useRef<L.GeoJSON | null>(null);
  const latest = useRef({ colourByCode, selected, describe, onSelect });
  useLayoutEffect(() => {
    latest.current = { colourByCode, selected, describe, onSelect };
  });

  useEffect(() => {
    const floating = pageTooltip();
    const layer = L.geoJSON(features, {
      interactive,
      style: (feature) => styleFor(String(feature?.properties?.code), latest.current),
      onEachFeature: (feature, path) => {
        const code = String(feature.properties?.code);
        path.options.attribution = undefined;
        if (!interactive) return;
        if (tooltipOutside) {
          const at = (e: L.LeafletEvent) => (e as L.LeafletMouseEvent).originalEvent;
          path.on('mouseover', (e) =>
            floating.show(tooltipContent(latest.current.describe(code), code), at(e).clientX, at(e).clientY),
          );
          path.on('mousemove', (e) => floating.move(at(e).clientX, at(e).clientY));
          path.on('mouseout', floating.hide);
        } else
          path.bindTooltip(() => tooltipContent(latest.current.describe(code), code), {
            sticky: true,
            direction: 'top',
            offset: [0, -6],
          });
        path.on('click', () => latest.current.onSelect(code));
        path.on('mouseover', () => {
          (path as L.Path).setStyle({ weight: 3, color: '#333333' });
        });
        path.on('mouseout', () => {
          (path as L.Path).setStyle(styleFor(code, latest.current));
        });
      },
    });
    layer.addTo(map);
    layerRef.current = layer;
    return () => {
      floating.hide();
      layer.remove();
      layerRef.current = null;
    };
  }, [map, features, interactive, tooltipOutside]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    layer.eachLayer((path) => {
      const code = String((path as L.Path & { feature?: GeoJSON.Feature }).feature?.properties?.code);
      (path as L.Path).setStyle(styleFor(code, { colourByCode, selected }));
      if (selected.includes(code)) (path as L.Path).bringToFront();
    });
  }, [colourByCode, selected]);

  const primary = selected[0];
  useEffect(() => {
    if (!zoomToSelection) return;
    const layer = layerRef.current;
    if (!layer) return;
    const target = layer
      .getLayers()
      .find((path) => (path as L.Path & { feature?: GeoJSON.Feature }).feature?.properties?.code === primary);
    if (target && 'getBounds' in target)
      map.flyToBounds((target as L.Polygon).getBounds(), { padding: [24, 24], maxZoom: 10, duration: 0.4 });
  }, [map, primary, zoomToSelection, features]);

  return null;
}
