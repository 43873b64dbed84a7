// Practice points on the dashboard map, drawn on one canvas (a few hundred circles, fast to draw and restyle).
// Driven imperatively like AreaLayer: the markers are built once per set of points, and the pick only restyles.
// The map container carries data-practice-points (how many were drawn) for tests and the bench. Tooltips are
// DOM nodes filled with textContent: names from data are never parsed as HTML. The table is the keyboard route.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import * as L from 'leaflet';
import { tooltipContent } from './AreaLayer';

export interface PracticePoint {
  code: string;
  lat: number;
  lng: number;
  colour: string;
  /** Pixels; circle area ∝ patients. */
  radius: number;
}

export interface PracticePointsProps {
  points: readonly PracticePoint[];
  picked: string | null;
  describe: (code: string) => string[];
  onPick: (code: string) => void;
}

const OUTLINE = '#333333';
const PICKED = '#000000';

function styleOf(point: PracticePoint, picked: boolean): L.CircleMarkerOptions {
  return {
    radius: picked ? point.radius + 2 : point.radius,
    fillColor: point.colour,
    fillOpacity: 0.95,
    color: picked ? PICKED : OUTLINE,
    weight: picked ? 3 : 0.8,
  };
}

export function PracticePoints({ points, picked, describe, onPick }: PracticePointsProps) {
  const map = useMap();
  const renderer = useMemo(() => L.canvas({ padding: 0.2 }), []);
  const markers = useRef(new Map<string, { marker: L.CircleMarker; point: PracticePoint }>());
  const latest = useRef({ describe, onPick, picked });
  useLayoutEffect(() => {
    latest.current = { describe, onPick, picked };
  });

  useEffect(() => {
    const group = L.layerGroup();
    const byCode = new Map<string, { marker: L.CircleMarker; point: PracticePoint }>();
    // Largest first, so a small practice is never hidden under a large neighbour.
    for (const point of [...points].sort((a, b) => b.radius - a.radius)) {
      const marker = L.circleMarker([point.lat, point.lng], {
        ...styleOf(point, point.code === latest.current.picked),
        renderer,
        bubblingMouseEvents: false,
      });
      marker.bindTooltip(
        () => tooltipContent(latest.current.describe(point.code), point.code),
        // Wrapped at a set width (practices.css), so 'auto' (the side towards the map's centre) keeps it inside.
        { direction: 'auto', offset: [0, 0], className: 'practice-tooltip' },
      );
      marker.on('click', () => latest.current.onPick(point.code));
      marker.addTo(group);
      byCode.set(point.code, { marker, point });
    }
    group.addTo(map);
    markers.current = byCode;
    const container = map.getContainer();
    container.dataset.practicePoints = String(byCode.size);
    // The areas fade while practices are shown (CSS), so points in the same palette stand out from the fill.
    container.classList.add('practice-points-shown');
    return () => {
      group.remove();
      // The canvas renderer is a layer of its own, added to the map with the first marker: without this the map
      // keeps every closed view's canvas and its 8 event listeners (40 open-and-close cycles left 40 canvases).
      renderer.remove();
      markers.current = new Map();
      delete container.dataset.practicePoints;
      container.classList.remove('practice-points-shown');
    };
  }, [map, points, renderer]);

  useEffect(() => {
    for (const [code, { marker, point }] of markers.current) {
      marker.setStyle(styleOf(point, code === picked));
      if (code !== picked && marker.isTooltipOpen()) marker.closeTooltip();
    }
    const hit = picked === null ? undefined : markers.current.get(picked);
    if (hit) {
      hit.marker.bringToFront();
      hit.marker.openTooltip();
    }
  }, [picked, points]);

  return null;
}
