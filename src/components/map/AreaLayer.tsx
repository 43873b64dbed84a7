// The choropleth layer, driven imperatively for speed: the GeoJSON layer is built once per level, and a
// change of metric, year or lever only restyles its paths (no re-creation, no React re-render of 106 paths).
// Tooltips are DOM nodes filled with textContent: names from data are never parsed as HTML.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import * as L from 'leaflet';
import type { AreaFeatures } from '../../lib/geometry';

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
}

const SELECTED_COLOUR = '#000000';

function styleFor(code: string, { colourByCode, selected }: AreaStyleInput): L.PathOptions {
  const isSelected = selected.includes(code);
  return {
    fillColor: colourByCode.get(code) ?? '#bdbdbd',
    fillOpacity: 0.9,
    color: isSelected ? SELECTED_COLOUR : '#ffffff',
    weight: isSelected ? (code === selected[0] ? 3.5 : 2.5) : 0.8,
    dashArray: colourByCode.has(code) ? undefined : '3 3',
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
}: AreaLayerProps) {
  const map = useMap();
  const layerRef = useRef<L.GeoJSON | null>(null);
  const latest = useRef({ colourByCode, selected, describe, onSelect });
  useLayoutEffect(() => {
    latest.current = { colourByCode, selected, describe, onSelect };
  });

  useEffect(() => {
    const layer = L.geoJSON(features, {
      interactive,
      style: (feature) => styleFor(String(feature?.properties?.code), latest.current),
      onEachFeature: (feature, path) => {
        const code = String(feature.properties?.code);
        path.options.attribution = undefined;
        if (!interactive) return;
        path.bindTooltip(
          () => {
            const [title, ...lines] = latest.current.describe(code);
            const box = document.createElement('div');
            const strong = document.createElement('strong');
            strong.textContent = title ?? code;
            box.append(strong);
            for (const line of lines) {
              const row = document.createElement('div');
              row.textContent = line;
              box.append(row);
            }
            return box;
          },
          { sticky: true, direction: 'top', offset: [0, -6] },
        );
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
      layer.remove();
      layerRef.current = null;
    };
  }, [map, features, interactive]);

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
