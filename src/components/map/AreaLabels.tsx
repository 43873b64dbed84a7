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
import type { Box } from './labels/label-placement';
import { mapLabels, type LabelStyle, type Measure } from './labels/map-labels';
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

let widths: { ctx: CanvasRenderingContext2D | null; cache: Map<string, number> } | null = null;
/** Text widths from a canvas in the page's fonts, remembered per font and text (names repeat on every move). */
const measure: Measure = (text, font) => {
  widths ??= { ctx: document.createElement('canvas').getContext('2d'), cache: new Map() };
  const key = `${font}\n${text}`;
  let width = widths.cache.get(key);
  if (width === undefined) {
    const { ctx } = widths;
    // Without a canvas (never in a browser that drew the map): 0.6 em a character, a generous average.
    if (ctx) ctx.font = font;
    width = ctx ? ctx.measureText(text).width : text.length * 0.6 * parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12');
    widths.cache.set(key, width);
  }
  return width;
};

/** The pane's computed font (the dashboard's or presentation mode's size) as a label style. */
function styleOf(pane: HTMLElement): LabelStyle {
  const css = getComputedStyle(pane);
  const px = parseFloat(css.fontSize) || 12;
  return {
    font: `${css.fontStyle} ${css.fontWeight} ${px}px ${css.fontFamily}`,
    lineHeight: parseFloat(css.lineHeight) || Math.round(px * 1.15),
    halo: 2,
  };
}

/** An element's box relative to the map container, px. */
function boxWithin(element: Element, container: DOMRect): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left - container.left, y: r.top - container.top, width: r.width, height: r.height };
}

function labelElement(lines: readonly string[], style: LabelStyle): HTMLElement {
  const text = document.createElement('span');
  text.className = 'area-label-text';
  text.style.padding = `${style.halo}px`;
  text.style.lineHeight = `${style.lineHeight}px`;
  for (const line of lines) {
    const row = document.createElement('span');
    row.className = 'area-label-line';
    row.textContent = line;
    text.append(row);
  }
  return text;
}

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
      const style = styleOf(pane);
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
