// Place names on the live map: a Leaflet pane of non-interactive markers, one per label that fits
// (components/map/labels/map-labels.ts), re-placed when the view changes (pan, zoom, resize, a new level or selection) but
// not when only colours change (a slider): labels do not depend on values. Placing waits for the frame
// after the change, so the map repaints first. The pane is aria-hidden: the names are in the tooltips and
// the Areas table, and the markers take no focus. Names from data are set as text, never parsed as HTML.
import { useEffect, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import * as L from 'leaflet';
import type { AreaFeatures } from './geo/area-features';
import { labelSpots } from './labels/label-anchor';
import { mapLabels } from './labels/map-labels';
import { boxWithin, labelElement, labelStyleOf, measure } from './labels/label-dom';
import { pixelsPerMercatorUnit } from './geo/mercator';

export interface AreaLabelsProps {
  features: AreaFeatures;
  /** The ways an area's label can be set (its short name on one line, on two); keep it stable (memoised):
   * a new function re-places the labels. */
  layoutsOf: (code: string) => readonly string[][];
  selected: readonly string[];
  /** Something drawn over this map (the London inset) that labels keep clear of, besides Leaflet's controls. */
  avoid?: RefObject<HTMLElement | null>;
}

/** Leaflet pane name; map.css gives `.leaflet-areaLabels-pane` its font, size and place above the areas. */
const PANE = 'areaLabels';

export function AreaLabels({ features, layoutsOf, selected, avoid }: AreaLabelsProps) {
  const map = useMap();

  useEffect(() => {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.setAttribute('aria-hidden', 'true');
    const group = L.layerGroup().addTo(map);
    const codes = features.features.map((f) => f.properties.code);

    const place = () => {
      group.clearLayers();
      const size = map.getSize();
      if (size.x === 0 || size.y === 0) return;
      const style = labelStyleOf(pane);
      const container = map.getContainer();
      const origin = container.getBoundingClientRect();
      const covering = [...container.querySelectorAll('.leaflet-control'), ...(avoid?.current ? [avoid.current] : [])];
      const labels = mapLabels({
        codes,
        spots: labelSpots(features),
        layoutsOf,
        selected,
        toPixels: ([lon, lat]) => {
          const p = map.latLngToContainerPoint([lat, lon]);
          return [p.x, p.y];
        },
        pixelsPerUnit: pixelsPerMercatorUnit(map.getZoom()),
        measure,
        style,
        bounds: { x: 0, y: 0, width: size.x, height: size.y },
        obstacles: covering.map((element) => boxWithin(element, origin)),
      });
      for (const { box, lines, anchor, selected: isSelected } of labels) {
        const icon = L.divIcon({
          html: labelElement(lines, style),
          className: isSelected ? 'area-label selected' : 'area-label',
          iconSize: [box.width, box.height],
          iconAnchor: [anchor.x - box.x, anchor.y - box.y],
        });
        const at = map.containerPointToLatLng([anchor.x, anchor.y]);
        L.marker(at, { icon, pane: PANE, interactive: false, keyboard: false }).addTo(group);
      }
    };

    let frame = 0;
    let timer = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(place, 0);
      });
    };
    schedule();
    map.on('moveend zoomend resize', schedule);
    return () => {
      map.off('moveend zoomend resize', schedule);
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      group.remove();
    };
  }, [map, features, layoutsOf, selected, avoid]);

  return null;
}
