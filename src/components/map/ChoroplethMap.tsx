// The England choropleth, with no online tiles: areas on a plain background, a London inset, a legend.
import { MapViewSync, type MapView } from './MapViewSync';
import { useMemo, useRef, type ReactNode } from 'react';
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

export function ChoroplethMap(props: ChoroplethMapProps) {
  const { features, londonFeatures, colourByCode, bins, legendTitle, formatValue, describe, selected, onSelect, caption } = props;
  const label = props.label ?? 'Map';
  const englandBounds = useMemo(() => boundsOf(features), [features]);
  const londonBounds = useMemo(() => boundsOf(londonFeatures), [londonFeatures]);
  const insetRef = useRef<HTMLDivElement>(null);
  const { labelLayouts } = props;
  return (
    <div className="map-wrap">
      <div role="region" aria-label={label} className="map-region">
        <MapContainer
          className="map"
          bounds={englandBounds}
          boundsOptions={{ padding: [8, 8] }}
          zoomSnap={0.25}
          attributionControl={false}
          scrollWheelZoom={false}
          keyboard
        >
          <AreaLayer
            features={features}
            colourByCode={colourByCode}
            selected={selected}
            describe={describe}
            onSelect={onSelect}
            zoomToSelection
          />
          {labelLayouts && <AreaLabels features={features} layoutsOf={labelLayouts} selected={selected} avoid={insetRef} />}
          <ResetView bounds={englandBounds} />
          {props.onViewChange && (
            <MapViewSync view={props.view ?? null} onViewChange={props.onViewChange} homeBounds={englandBounds} />
          )}
          {props.children}
        </MapContainer>
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
            tooltipOutside
          />
          {labelLayouts && <AreaLabels features={londonFeatures} layoutsOf={labelLayouts} selected={selected} />}
        </MapContainer>
      </div>
      <Legend
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
