// Keeps the map's own view (centre and zoom) in step with the view store, so it is part of the link: a view
// the person moved to (drag, wheel, zoom buttons, keys, a click) is reported when the map settles; a link's
// view is applied once, after the map's first fit and any fly to the selected area. Back at the whole-England
// fit, the view is reported as null (the default, left out of the link).
import { useEffect, useRef } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet';

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

const round = (value: number, dp: number) => Number(value.toFixed(dp));

export function MapViewSync({
  view,
  onViewChange,
  homeBounds,
}: {
  view: MapView | null;
  onViewChange: (view: MapView | null) => void;
  homeBounds: L.LatLngBounds;
}) {
  const map = useMap();
  const initial = useRef(view);
  const report = useRef(onViewChange);
  useEffect(() => {
    report.current = onViewChange;
  });

  // A link's view, once: after the children's effects (the first fit and the fly to a selected area).
  useEffect(() => {
    const start = initial.current;
    if (start) map.setView([start.lat, start.lng], start.zoom, { animate: false });
  }, [map]);

  useEffect(() => {
    const container = map.getContainer();
    let moved = false;
    const mark = () => {
      moved = true;
    };
    const kinds = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
    for (const kind of kinds) container.addEventListener(kind, mark, { passive: true });
    const settle = () => {
      if (!moved) return;
      moved = false;
      const home = map.getBoundsZoom(homeBounds);
      const zoom = map.getZoom();
      const centre = map.getCenter();
      const atHome =
        Math.abs(zoom - home) < 0.01 && homeBounds.contains(centre) && map.getBounds().contains(homeBounds.getCenter());
      report.current(atHome ? null : { lat: round(centre.lat, 3), lng: round(centre.lng, 3), zoom: round(zoom, 2) });
    };
    map.on('moveend', settle);
    return () => {
      for (const kind of kinds) container.removeEventListener(kind, mark);
      map.off('moveend', settle);
    };
  }, [map, homeBounds]);
  return null;
}
