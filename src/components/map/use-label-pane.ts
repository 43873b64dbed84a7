// One way to put names on the live map, shared by the place names (AreaLabels) and the practice names
// (PracticePoints): a Leaflet pane of non-interactive, aria-hidden markers, placed again when the view changes (pan,
// zoom, resize) a frame and `tasks` tasks after it, so the map repaints first and a later pane can keep clear of an
// earlier one. `place` is given the map's size, its box on the page, the pane's label style and what covers the
// map, and returns the labels that fit; keep it stable (memoised): a new function places the labels again.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import * as L from 'leaflet';
import type { Box, PlacedLabel } from './labels/label-placement';
import type { LabelStyle } from './labels/map-labels';
import { boxWithin, labelElement, labelStyleOf } from './labels/label-dom';

export interface LabelPlacing {
  map: L.Map;
  /** The map's box, px, from 0,0. */
  bounds: Box;
  style: LabelStyle;
  /** What the labels keep clear of, px within the map: the elements `covering` names. */
  obstacles: Box[];
}

export interface LabelPaneOptions {
  /** The Leaflet pane's name (map.css styles `.leaflet-<name>-pane`). */
  pane: string;
  /** Class of each label's marker element. */
  className: string;
  /** Elements over the map that labels keep clear of. */
  covering: (container: HTMLElement) => Element[];
  place: (placing: LabelPlacing) => readonly PlacedLabel[];
  /** Tasks to wait after the frame: 2 places after a pane that waits 1. */
  tasks?: 1 | 2;
}

export function useLabelPane({ pane: paneName, className, covering, place, tasks = 1 }: LabelPaneOptions): void {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane(paneName) ?? map.createPane(paneName);
    pane.setAttribute('aria-hidden', 'true');
    const group = L.layerGroup().addTo(map);

    const draw = () => {
      group.clearLayers();
      const size = map.getSize();
      if (size.x === 0 || size.y === 0) return;
      const style = labelStyleOf(pane);
      const container = map.getContainer();
      const origin = container.getBoundingClientRect();
      const labels = place({
        map,
        bounds: { x: 0, y: 0, width: size.x, height: size.y },
        style,
        obstacles: covering(container).map((element) => boxWithin(element, origin)),
      });
      for (const { box, lines, anchor, selected } of labels) {
        const icon = L.divIcon({
          html: labelElement(lines, style),
          className: selected ? `${className} selected` : className,
          iconSize: [box.width, box.height],
          iconAnchor: [anchor.x - box.x, anchor.y - box.y],
        });
        L.marker(map.containerPointToLatLng([anchor.x, anchor.y]), {
          icon,
          pane: paneName,
          interactive: false,
          keyboard: false,
        }).addTo(group);
      }
    };

    let frame = 0;
    let timer = 0;
    const afterTasks = (left: number) => {
      timer = window.setTimeout(left > 1 ? () => afterTasks(left - 1) : draw, 0);
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      frame = requestAnimationFrame(() => afterTasks(tasks));
    };
    schedule();
    map.on('moveend zoomend resize', schedule);
    return () => {
      map.off('moveend zoomend resize', schedule);
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      group.remove();
    };
  }, [map, paneName, className, covering, place, tasks]);
}
