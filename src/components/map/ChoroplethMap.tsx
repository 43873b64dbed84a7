// The England choropleth, with no online tiles: areas on a plain background, a London inset, a legend.
// For the keyboard and screen readers: a "Skip past the map" link first (to the legend), then the areas as one
// listbox with arrow keys between them (AreaLayer), with a line saying which keys do what while an area has focus;
// the London inset rings the area the keyboard is on (its own areas are a picture of the main map's, not a second list).
import { MapViewSync, type MapView } from './MapViewSync';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { AreaLayer } from './AreaLayer';
import { AreaLabels } from './AreaLabels';
import { Legend } from './Legend';
import { IsolatedText } from '../ui/IsolatedText';
import type { AreaFeatures } from './geo/area-features';
import type { Bins } from './colours/bins';
import './map.css';

export interface ChoroplethMapProps {
  features: AreaFeatures;
  /** London's areas at the current level, drawn again in the inset so they stay readable at England's scale. */
  londonFeatures: AreaFeatures;
  colourByCode: ReadonlyMap<string, string>;
  bins: Bins;
  legendTitle: string;
  /** Which years the colour breaks come from ("Same scale for 2015/16–2035/36"). */
  legendNote?: string;
  /** A control shown in the legend (the "Same colour scale for every year" checkbox). */
  legendControl?: ReactNode;
  /** Lines under the legend's classes: what the figures count, the flag's rule. */
  legendNotes?: readonly string[];
  formatValue: (n: number) => string;
  describe: (code: string) => string[];
  /**
   * An area's accessible name on the map ("Thurrock: 29.2 GP FTE per 100,000 patients, under-doctored"); without
   * it, the tooltip's first line and the rest after a colon.
   */
  nameOf?: (code: string) => string;
  selected: readonly string[];
  onSelect: (code: string) => void;
  /** A caption such as "2030/31 (projected)". */
  caption: string;
  /** The map region's accessible name, when the page has more than one map (default "Map"). */
  label?: string;
  /** The ways an area's place name can be set (one line, two), memoised; without it the map has no labels. */
  labelLayouts?: (code: string) => readonly string[][];
  /** The map's centre and zoom as the view store holds it (in the link), and a change of it; without them it is not kept. */
  view?: MapView | null;
  onViewChange?: (view: MapView | null) => void;
  /** Layers drawn over the areas on the main map (not the inset), e.g. practice points. */
  children?: ReactNode;
}

function boundsOf(features: AreaFeatures): L.LatLngBounds {
  return L.geoJSON(features).getBounds();
}

function ResetView({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap();
  return (
    <div className="leaflet-top leaflet-right">
      <div className="leaflet-control">
        <button type="button" className="map-button" onClick={() => map.flyToBounds(bounds, { duration: 0.4 })}>
          Show all England
        </button>
      </div>
    </div>
  );
}

/** Keys that move the map itself (zoom, Shift+arrows pan), not the keyboard's area. */
const movesMap = (event: KeyboardEvent) =>
  ['+', '-', '=', '_'].includes(event.key) || (event.shiftKey && event.key.startsWith('Arrow'));

/**
 * The map keeps what it shows when its box changes size (the Practice view opening full width, a window resized,
 * full screen): Leaflet measures the box again, and the map fits again what it last fitted, the selected area or
 * England, unless the person has moved the map since (or the link gave a view), when the centre stays where it was.
 */
export function RefitOnResize({
  homeBounds,
  targetBounds,
  keepView,
}: {
  homeBounds: L.LatLngBounds;
  /** The selected area's bounds (the map flies to it), or null: England. */
  targetBounds: L.LatLngBounds | null;
  /** True when the map starts at a view of its own (a link's). */
  keepView: boolean;
}) {
  const map = useMap();
  const moved = useRef(keepView);
  const target = useRef(targetBounds);
  // A new selection is a new fit (the map flies to it): earlier moves no longer count. With the selection cleared
  // the map stays where it was (nothing flies back to England), so a resize keeps its centre.
  useEffect(() => {
    if (target.current === targetBounds) return;
    moved.current = targetBounds === null;
    target.current = targetBounds;
  }, [targetBounds]);
  useEffect(() => {
    const container = map.getContainer();
    const mark = () => {
      moved.current = true;
    };
    const markKey = (event: KeyboardEvent) => {
      if (movesMap(event)) mark();
    };
    const kinds = ['pointerdown', 'wheel', 'touchstart'] as const;
    for (const kind of kinds) container.addEventListener(kind, mark, { passive: true });
    container.addEventListener('keydown', markKey);
    let width = container.clientWidth;
    let height = container.clientHeight;
    const observer = new ResizeObserver(() => {
      const w = container.clientWidth;
      const h = container.clientHeight;
      if (w === 0 || h === 0 || (Math.abs(w - width) < 2 && Math.abs(h - height) < 2)) return;
      width = w;
      height = h;
      map.invalidateSize({ animate: false, pan: moved.current });
      if (moved.current) return;
      const bounds = target.current;
      if (bounds) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10, animate: false });
      else map.fitBounds(homeBounds, { padding: [8, 8], animate: false });
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      for (const kind of kinds) container.removeEventListener(kind, mark);
      container.removeEventListener('keydown', markKey);
    };
  }, [map, homeBounds]);
  return null;
}

/** The name an area has without a nameOf: its tooltip's lines, the name first. */
const nameFromLines = ([name = '', ...rest]: readonly string[]) => (rest.length ? `${name}: ${rest.join('; ')}` : name);

export function ChoroplethMap(props: ChoroplethMapProps) {
  const { features, londonFeatures, colourByCode, bins, legendTitle, formatValue, describe, selected, onSelect, caption } = props;
  const label = props.label ?? 'Map';
  const englandBounds = useMemo(() => boundsOf(features), [features]);
  const primary = selected[0] ?? null;
  const selectedBounds = useMemo(() => {
    const chosen = primary === null ? [] : features.features.filter((f) => String(f.properties?.code) === primary);
    return chosen.length > 0 ? boundsOf({ ...features, features: chosen }) : null;
  }, [features, primary]);
  const londonBounds = useMemo(() => boundsOf(londonFeatures), [londonFeatures]);
  const insetRef = useRef<HTMLDivElement>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const { labelLayouts } = props;
  const id = useId();
  const legendId = `${id}-legend`;
  const keysId = `${id}-keys`;
  // The area the keyboard is on, ringed in the inset as well.
  const [keyboardArea, setKeyboardArea] = useState<string | null>(null);
  const { nameOf: givenName } = props;
  const nameOf = useCallback(
    (code: string) => (givenName ? givenName(code) : nameFromLines(describe(code))),
    [givenName, describe],
  );
  const keyboard = useMemo(
    () => ({
      label: label === 'Map' ? 'Areas on the map' : `${label}: areas`,
      describedBy: keysId,
      nameOf,
      onFocusArea: setKeyboardArea,
    }),
    [label, keysId, nameOf],
  );
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(legendId)?.focus();
  };
  return (
    <div className="map-wrap">
      <div role="region" aria-label={label} className="map-region" ref={regionRef}>
        <a className="skip-link" href={`#${legendId}`} onClick={skip}>
          Skip past the map
        </a>
        <MapContainer
          className="map"
          bounds={englandBounds}
          boundsOptions={{ padding: [8, 8] }}
          zoomSnap={0.25}
          attributionControl={false}
          scrollWheelZoom={false}
          keyboard={false}
        >
          <AreaLayer
            features={features}
            colourByCode={colourByCode}
            selected={selected}
            describe={describe}
            onSelect={onSelect}
            zoomToSelection
            tooltipHost={regionRef}
            keyboard={keyboard}
          />
          {labelLayouts && <AreaLabels features={features} layoutsOf={labelLayouts} selected={selected} avoid={insetRef} />}
          <ResetView bounds={englandBounds} />
          <RefitOnResize homeBounds={englandBounds} targetBounds={selectedBounds} keepView={props.view != null} />
          {props.onViewChange && (
            <MapViewSync view={props.view ?? null} onViewChange={props.onViewChange} homeBounds={englandBounds} />
          )}
          {props.children}
        </MapContainer>
        <p id={keysId} className="map-keys">
          Arrow keys: the next area that way · Enter: select · + −: zoom · Shift+arrows: pan
        </p>
        <p className="map-caption">
          <IsolatedText text={caption} />
        </p>
      </div>
      <div
        ref={insetRef}
        className="london-inset"
        role="region"
        aria-label={label === 'Map' ? 'London inset map' : `${label}: London inset`}
      >
        <p className="inset-title">London</p>
        <MapContainer
          className="map-inset"
          bounds={londonBounds}
          boundsOptions={{ padding: [2, 2] }}
          zoomSnap={0.25}
          attributionControl={false}
          zoomControl={false}
          dragging={false}
          scrollWheelZoom={false}
          doubleClickZoom={false}
          touchZoom={false}
          boxZoom={false}
          keyboard={false}
        >
          <AreaLayer
            features={londonFeatures}
            colourByCode={colourByCode}
            selected={selected}
            describe={describe}
            onSelect={onSelect}
            tooltipHost={regionRef}
            focused={keyboardArea}
          />
          {labelLayouts && <AreaLabels features={londonFeatures} layoutsOf={labelLayouts} selected={selected} />}
        </MapContainer>
      </div>
      <Legend
        id={legendId}
        bins={bins}
        title={legendTitle}
        format={formatValue}
        note={props.legendNote}
        control={props.legendControl}
        notes={props.legendNotes}
      />
    </div>
  );
}
