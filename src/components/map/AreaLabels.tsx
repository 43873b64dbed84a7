// Place names on the live map: one label per area whose name fits (components/map/labels/map-labels.ts), in a pane
// of their own (use-label-pane.ts), re-placed when the view changes (pan, zoom, resize, a new level or selection) but
// not when only colours change (a slider): labels do not depend on values. The pane is aria-hidden: the names are in
// the tooltips and the Areas table, and the markers take no focus. Names from data are set as text, never parsed as HTML.
import { useCallback, type RefObject } from 'react';
import type { AreaFeatures } from './geo/area-features';
import { labelSpots } from './labels/label-anchor';
import { mapLabels } from './labels/map-labels';
import { measure } from './labels/label-dom';
import { useLabelPane, type LabelPlacing } from './use-label-pane';
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
  const covering = useCallback(
    (container: HTMLElement) => [...container.querySelectorAll('.leaflet-control'), ...(avoid?.current ? [avoid.current] : [])],
    [avoid],
  );
  const place = useCallback(
    ({ map, bounds, style, obstacles }: LabelPlacing) =>
      mapLabels({
        codes: features.features.map((f) => f.properties.code),
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
        bounds,
        obstacles,
      }),
    [features, layoutsOf, selected],
  );
  useLabelPane({ pane: PANE, className: 'area-label', covering, place });
  return null;
}
