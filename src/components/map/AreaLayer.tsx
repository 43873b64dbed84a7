// The choropleth layer, driven imperatively for speed: the GeoJSON layer is built once per level, and a
// change of metric, year or lever only restyles its paths (no re-creation, no React re-render of 106 paths).
// Tooltips are fixed to the window (page-tooltip.ts): neither the map's edge nor the London inset cuts them.
//
// Keyboard and screen readers (`keyboard`): the areas are one listbox (its own SVG, so nothing else is in it), each
// area an option named by its value ("Thurrock: 29.2 GP FTE per 100,000 patients, under-doctored") and marked
// selected when it is. The list is one Tab stop (a roving tabindex: the last area visited, else the selected one,
// else the northernmost); arrow keys move to the nearest area that way (geo/neighbours.ts), panning the map to keep
// it in view; Enter or Space selects; Shift+arrows pan; + and − zoom; Escape hides the tooltip. The focused area
// has a ring of its own (map.css) and its tooltip, and is drawn above its neighbours so the ring is whole.
import { NO_DATA_COLOUR } from './colours/bins';
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import * as L from 'leaflet';
import type { AreaFeatures } from './geo/area-features';
import { labelSpots } from './labels/label-anchor';
import { mercator } from './geo/mercator';
import { arrowDirection, neighbourInDirection, type Spot } from './geo/neighbours';
import { pageTooltip, tooltipContent } from './page-tooltip';
import { dropFirstMapPicture } from '../../lib/first-map-picture';

export interface AreaStyleInput {
  colourByCode: ReadonlyMap<string, string>;
  selected: readonly string[];
}

/** The areas as a keyboard-operable listbox. */
export interface AreaKeyboard {
  /** The listbox's name ("Areas on the map"). */
  label: string;
  /** The id of the text that says which keys do what. */
  describedBy?: string;
  /** An area's accessible name: its name, value and flag. */
  nameOf: (code: string) => string;
  /** Told which area has keyboard focus (null when none), e.g. for the inset to show it too. */
  onFocusArea?: (code: string | null) => void;
}

export interface AreaLayerProps extends AreaStyleInput {
  features: AreaFeatures;
  /** Lines of text for an area's tooltip (first line in bold). */
  describe: (code: string) => string[];
  onSelect: (code: string) => void;
  /** Zoom to the first selected area when the selection changes. */
  zoomToSelection?: boolean;
  /** Where the tooltip element is put: an element outside the Leaflet container (the map's region). */
  tooltipHost: RefObject<HTMLElement | null>;
  keyboard?: AreaKeyboard;
  /** An area drawn with the focus ring without having focus (the inset shows the main map's focused area). */
  focused?: string | null;
}

const SELECTED_COLOUR = '#000000';
/** Pixels a Shift+arrow pans, as Leaflet's own keyboard panning. */
const PAN_STEP = 80;

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

/**
 * Draws `element` above its siblings. An element that has focus stays where it is and its later siblings move
 * before it instead: moving a focused element in the DOM would take its focus away.
 */
function raise(element: Element) {
  const parent = element.parentNode;
  if (!parent) return;
  if (element !== document.activeElement) parent.appendChild(element);
  else while (element.nextSibling) parent.insertBefore(element.nextSibling, element);
}

type AreaPath = L.Path & { feature?: GeoJSON.Feature };
const codeOf = (path: L.Layer) => String((path as AreaPath).feature?.properties?.code);

export function AreaLayer({
  features,
  colourByCode,
  selected,
  describe,
  onSelect,
  zoomToSelection = false,
  tooltipHost,
  keyboard,
  focused = null,
}: AreaLayerProps) {
  const map = useMap();
  const layerRef = useRef<L.GeoJSON | null>(null);
  const pathsRef = useRef(new Map<string, L.Path>());
  const latest = useRef({ colourByCode, selected, describe, onSelect, keyboard });
  useLayoutEffect(() => {
    latest.current = { colourByCode, selected, describe, onSelect, keyboard };
  });
  // Its own SVG, so that the listbox holds the areas and nothing else.
  const renderer = useMemo(() => L.svg(), []);
  const navigable = keyboard !== undefined;
  const listLabel = keyboard?.label;
  const describedBy = keyboard?.describedBy;

  useEffect(() => {
    const floating = pageTooltip(() => tooltipHost.current ?? document.body);
    const paths = new Map<string, L.Path>();
    // GeoJSON hands its options to each polygon it makes, renderer included (the types leave it out).
    const options: L.GeoJSONOptions & { renderer: L.Renderer } = {
      renderer,
      style: (feature) => styleFor(String(feature?.properties?.code), latest.current),
      onEachFeature: (feature, path) => {
        const code = String(feature.properties?.code);
        path.options.attribution = undefined;
        paths.set(code, path as L.Path);
        const at = (e: L.LeafletEvent) => (e as L.LeafletMouseEvent).originalEvent;
        path.on('mouseover', (e) => {
          floating.show(tooltipContent(latest.current.describe(code), code), at(e).clientX, at(e).clientY);
          (path as L.Path).setStyle({ weight: 3, color: '#333333' });
        });
        path.on('mousemove', (e) => floating.move(at(e).clientX, at(e).clientY));
        path.on('mouseout', () => {
          floating.hide();
          (path as L.Path).setStyle(styleFor(code, latest.current));
        });
        path.on('click', () => latest.current.onSelect(code));
      },
    };
    const layer = L.geoJSON(features, options);
    layer.addTo(map);
    // The map's areas are drawn (in this task, so painted in the same frame): the pre-rendered picture goes.
    if (navigable) dropFirstMapPicture();
    layerRef.current = layer;
    pathsRef.current = paths;

    const first = paths.values().next().value?.getElement() as SVGElement | undefined;
    const svg = first?.ownerSVGElement;
    const group = first?.parentElement;
    // The drawing itself is not an image to name: the areas in it are the content.
    svg?.setAttribute('role', 'none');
    if (!navigable || !group) {
      return () => {
        floating.hide();
        layer.remove();
        layerRef.current = null;
      };
    }

    // The listbox: the group of area paths.
    group.setAttribute('role', 'listbox');
    group.setAttribute('aria-multiselectable', 'true');
    if (listLabel) group.setAttribute('aria-label', listLabel);
    if (describedBy) group.setAttribute('aria-describedby', describedBy);
    const codeByElement = new Map<Element, string>();
    for (const [code, path] of paths) {
      const element = path.getElement();
      if (!element) continue;
      codeByElement.set(element, code);
      element.setAttribute('role', 'option');
      element.setAttribute('tabindex', '-1');
      element.classList.add('map-area');
    }

    // Where each area sits, for arrow keys, and where its tooltip points.
    const spots = labelSpots(features);
    const mercatorSpots = new Map<string, Spot>([...spots].map(([code, spot]) => [code, mercator(spot.anchor)]));
    const anchorOf = (code: string): L.LatLng | null => {
      const spot = spots.get(code);
      return spot ? L.latLng(spot.anchor[1], spot.anchor[0]) : null;
    };

    // The one area in the tab order: the selected one if it is on this map, else the northernmost.
    const northernmost = [...mercatorSpots].reduce<[string, Spot] | null>(
      (top, entry) => (!top || entry[1][1] > top[1][1] ? entry : top),
      null,
    );
    let current = latest.current.selected.find((code) => paths.has(code)) ?? northernmost?.[0] ?? paths.keys().next().value;
    const setCurrent = (code: string) => {
      if (current !== undefined) paths.get(current)?.getElement()?.setAttribute('tabindex', '-1');
      current = code;
      paths.get(code)?.getElement()?.setAttribute('tabindex', '0');
    };
    if (current !== undefined) setCurrent(current);

    const showFocusTooltip = (code: string) => {
      const anchor = anchorOf(code);
      if (!anchor) return;
      const point = map.latLngToContainerPoint(anchor);
      const box = map.getContainer().getBoundingClientRect();
      floating.show(tooltipContent(latest.current.describe(code), code), box.left + point.x, box.top + point.y);
    };
    const focusedCode = () => (document.activeElement ? codeByElement.get(document.activeElement) : undefined);

    /** Keeps the area's spot in view: pans (never zooms) when it is outside the map's box. */
    const bringIntoView = (code: string) => {
      const anchor = anchorOf(code);
      if (!anchor) return;
      const inner = map.getBounds().pad(-0.1);
      if (!inner.contains(anchor)) map.panTo(anchor, { duration: 0.25 });
    };

    const focusArea = (code: string) => {
      const element = paths.get(code)?.getElement();
      if (!element) return;
      setCurrent(code);
      raise(element);
      (element as SVGElement).focus({ preventScroll: true });
      bringIntoView(code);
    };

    const onFocusIn = (event: FocusEvent) => {
      const code = event.target instanceof Element ? codeByElement.get(event.target) : undefined;
      if (code === undefined) return;
      if (code !== current) setCurrent(code);
      // A pointer's click focuses the area too; only keyboard focus shows the ring and the tooltip.
      if (!(event.target as Element).matches(':focus-visible')) return;
      showFocusTooltip(code);
      latest.current.keyboard?.onFocusArea?.(code);
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget instanceof Element ? codeByElement.get(event.relatedTarget) : undefined;
      if (next === undefined) {
        floating.hide();
        latest.current.keyboard?.onFocusArea?.(null);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const code = event.target instanceof Element ? codeByElement.get(event.target) : undefined;
      if (code === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      const direction = arrowDirection(event.key);
      if (direction && event.shiftKey) {
        const [x, y] = { left: [-PAN_STEP, 0], right: [PAN_STEP, 0], up: [0, -PAN_STEP], down: [0, PAN_STEP] }[direction];
        map.panBy([x ?? 0, y ?? 0]);
      } else if (direction) {
        const next = neighbourInDirection(mercatorSpots, code, direction);
        if (next !== null) focusArea(next);
      } else if (event.key === 'Enter' || event.key === ' ') latest.current.onSelect(code);
      else if (event.key === '+' || event.key === '=') map.zoomIn();
      else if (event.key === '-' || event.key === '_') map.zoomOut();
      else if (event.key === 'Escape' && floating.shown) floating.hide();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    // The tooltip of the focused area follows it while the map pans or zooms.
    const follow = () => {
      const code = focusedCode();
      if (code !== undefined && floating.shown && document.activeElement?.matches(':focus-visible')) showFocusTooltip(code);
    };
    // Listened for on the map's box, not the SVG: Chromium makes an SVG element with focus listeners a Tab stop.
    const container = map.getContainer();
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);
    container.addEventListener('keydown', onKeyDown);
    map.on('move zoomend', follow);
    return () => {
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('keydown', onKeyDown);
      map.off('move zoomend', follow);
      floating.hide();
      layer.remove();
      layerRef.current = null;
    };
  }, [map, features, renderer, tooltipHost, navigable, listLabel, describedBy]);

  useEffect(() => () => void renderer.remove(), [renderer]);

  // Colours, selection and names follow the view without rebuilding the layer.
  const nameOf = keyboard?.nameOf;
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const raised: Element[] = [];
    layer.eachLayer((path) => {
      const code = codeOf(path);
      (path as L.Path).setStyle(styleFor(code, { colourByCode, selected }));
      const element = (path as L.Path).getElement();
      if (!element) return;
      if (nameOf) {
        element.setAttribute('aria-label', nameOf(code));
        element.setAttribute('aria-selected', String(selected.includes(code)));
      }
      if (selected.includes(code)) raised.push(element);
    });
    for (const element of raised) raise(element);
    // The focused area stays on top of the selected ones, its ring whole.
    const active = document.activeElement;
    if (active && raised.length > 0 && active.parentNode === raised[0]?.parentNode) raise(active);
  }, [colourByCode, selected, nameOf, features]);

  // The area the main map's keyboard focus is on, ringed here too (the London inset).
  useEffect(() => {
    if (focused === null) return;
    const element = pathsRef.current.get(focused)?.getElement();
    if (!element) return;
    element.classList.add('map-area-focus');
    raise(element);
    return () => element.classList.remove('map-area-focus');
  }, [focused, features]);

  const primary = selected[0];
  useEffect(() => {
    if (!zoomToSelection) return;
    const target = pathsRef.current.get(primary ?? '');
    if (target && 'getBounds' in target)
      map.flyToBounds((target as L.Polygon).getBounds(), { padding: [24, 24], maxZoom: 10, duration: 0.4 });
  }, [map, primary, zoomToSelection, features]);

  return null;
}
