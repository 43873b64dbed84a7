// Practice points on the dashboard map, drawn on one canvas (a few hundred circles, fast to draw and restyle).
// Driven imperatively like AreaLayer: the markers are built once per set of points, and the pick only restyles.
// Each point is opaque with a dark outline in a white ring, so its colour reads as itself over any area's colour
// (the areas fade behind them: practices.css). The picked practice and the largest ones are named beside their
// circles (labels/practice-labels.ts) in a pane of their own, aria-hidden like the place names: the practice table
// is the keyboard and screen-reader route. Tooltips are fixed to the window (page-tooltip.ts), so neither the map's
// edge nor the London inset cuts them; the picked practice's stays open and follows the map.
// The map container carries data-practice-points (how many were drawn) for tests and the bench.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import * as L from 'leaflet';
import { pageTooltip, tooltipContent } from './page-tooltip';
import { measure } from './labels/label-dom';
import { useLabelPane, type LabelPlacing } from './use-label-pane';
import { practiceLabels, practiceLabelText } from './labels/practice-labels';

export interface PracticePoint {
  code: string;
  /** The practice's name, for its label. */
  name: string;
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

const OUTLINE = '#1b1b1b';
const PICKED = '#000000';
/** The white ring under each point's outline: a dark outline alone disappears on the darkest area colours. */
const RING = '#ffffff';
const LABEL_PANE = 'practiceLabels';

/** Practice names keep clear of the map's controls, the place names and the London inset. */
function coveringPracticeLabels(container: HTMLElement): Element[] {
  const inset = container.closest('.map-wrap')?.querySelector('.london-inset');
  return [
    ...container.querySelectorAll('.leaflet-control, .leaflet-areaLabels-pane .area-label-text'),
    ...(inset ? [inset] : []),
  ];
}

function styleOf(point: PracticePoint, picked: boolean): L.CircleMarkerOptions {
  return {
    radius: picked ? point.radius + 2 : point.radius,
    fillColor: point.colour,
    fillOpacity: 1,
    color: picked ? PICKED : OUTLINE,
    weight: picked ? 3 : 1.2,
  };
}

const ringStyle = (point: PracticePoint, picked: boolean): L.CircleMarkerOptions => ({
  radius: (picked ? point.radius + 2 : point.radius) + (picked ? 2.5 : 1.5),
  stroke: false,
  fillColor: RING,
  fillOpacity: 1,
  interactive: false,
});

export function PracticePoints({ points, picked, describe, onPick }: PracticePointsProps) {
  const map = useMap();
  const renderer = useMemo(() => L.canvas({ padding: 0.2 }), []);
  const markers = useRef(new Map<string, { marker: L.CircleMarker; ring: L.CircleMarker; point: PracticePoint }>());
  const latest = useRef({ describe, onPick, picked });
  useLayoutEffect(() => {
    latest.current = { describe, onPick, picked };
  });
  // One tooltip for the point under the pointer, one for the picked practice; both live in the map's region.
  const [hover, pinned] = useMemo(() => {
    const host = () => map.getContainer().closest<HTMLElement>('.map-region') ?? document.body;
    return [pageTooltip(host, 'practice-tooltip'), pageTooltip(host, 'practice-tooltip')];
  }, [map]);

  useEffect(() => {
    const group = L.layerGroup();
    const byCode = new Map<string, { marker: L.CircleMarker; ring: L.CircleMarker; point: PracticePoint }>();
    // Largest first, so a small practice is never hidden under a large neighbour.
    for (const point of [...points].sort((a, b) => b.radius - a.radius)) {
      const isPicked = point.code === latest.current.picked;
      const ring = L.circleMarker([point.lat, point.lng], { ...ringStyle(point, isPicked), renderer });
      const marker = L.circleMarker([point.lat, point.lng], {
        ...styleOf(point, isPicked),
        renderer,
        bubblingMouseEvents: false,
      });
      const at = (e: L.LeafletEvent) => (e as L.LeafletMouseEvent).originalEvent;
      marker.on('mouseover', (e) =>
        hover.show(tooltipContent(latest.current.describe(point.code), point.code), at(e).clientX, at(e).clientY),
      );
      marker.on('mousemove', (e) => hover.move(at(e).clientX, at(e).clientY));
      marker.on('mouseout', hover.hide);
      marker.on('click', () => latest.current.onPick(point.code));
      ring.addTo(group);
      marker.addTo(group);
      byCode.set(point.code, { marker, ring, point });
    }
    group.addTo(map);
    markers.current = byCode;
    const container = map.getContainer();
    container.dataset.practicePoints = String(byCode.size);
    // The areas fade while practices are shown (CSS), so points in the same palette stand out from the fill.
    container.classList.add('practice-points-shown');
    return () => {
      hover.hide();
      group.remove();
      // The canvas renderer is a layer of its own, added to the map with the first marker: without this the map
      // keeps every closed view's canvas and its 8 event listeners (40 open-and-close cycles left 40 canvases).
      renderer.remove();
      markers.current = new Map();
      delete container.dataset.practicePoints;
      container.classList.remove('practice-points-shown');
    };
  }, [map, points, renderer, hover]);

  // The pick: restyled, drawn on top, its tooltip open (and following the map as it moves).
  useEffect(() => {
    for (const [code, { marker, ring, point }] of markers.current) {
      marker.setStyle(styleOf(point, code === picked));
      ring.setStyle(ringStyle(point, code === picked));
    }
    const hit = picked === null ? undefined : markers.current.get(picked);
    if (!hit) {
      pinned.hide();
      return;
    }
    hit.ring.bringToFront();
    hit.marker.bringToFront();
    const show = () => {
      const point = map.latLngToContainerPoint(hit.marker.getLatLng());
      const box = map.getContainer().getBoundingClientRect();
      const size = map.getSize();
      if (point.x < 0 || point.y < 0 || point.x > size.x || point.y > size.y) return pinned.hide();
      pinned.show(tooltipContent(latest.current.describe(hit.point.code), hit.point.code), box.left + point.x, box.top + point.y);
    };
    show();
    map.on('move zoomend resize', show);
    return () => {
      map.off('move zoomend resize', show);
      pinned.hide();
    };
  }, [map, picked, points, pinned]);

  // Names beside the picked and the largest practices, placed again when the view changes, after the place names
  // (they wait a frame and a task: these wait a task more) so that practice names keep clear of them.
  const place = useCallback(
    ({ map: at, bounds, style, obstacles }: LabelPlacing) =>
      practiceLabels({
        points: points.map((p) => {
          const point = at.latLngToContainerPoint([p.lat, p.lng]);
          return { code: p.code, x: point.x, y: point.y, radius: p.radius, text: practiceLabelText(p.name) };
        }),
        picked,
        measure,
        style,
        bounds,
        obstacles,
      }),
    [points, picked],
  );
  useLabelPane({ pane: LABEL_PANE, className: 'practice-label', covering: coveringPracticeLabels, place, tasks: 2 });

  return null;
}
