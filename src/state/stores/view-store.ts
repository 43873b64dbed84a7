// What the person chose to look at: geography level, metric, year, base year, selected areas.
// Data lives in react-query; projections are derived; only choices live here.
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { basisOfMetric, isTeamMetric, metricOnBasis, type MetricKey } from '../../figures/metrics';
import type { PatientBasis } from '../../figures/metric-basis';
import type { TrendMode } from '../../figures/trend-series';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR, isMonthKey } from '../../lib/years';
import { LATEST_BULLETIN_METRIC, isLatestLevel } from '../../figures/latest-bulletin';
import { PRACTICE_STAFF_YEAR, TEAM_STAFF_DEFAULT, pcnDateOfYear, type TeamStaff } from '../../figures/team-series';

import { LEVEL_LABELS, MAP_LEVELS, type MapLevel } from '../../figures/map-levels';
import type { AsWasLevel } from '../../data/schemas';

export { LEVEL_LABELS, MAP_LEVELS, type MapLevel };

/** How many areas the trend chart compares at once. */
export const MAX_SELECTED = 4;

export interface ViewState {
  /** Today's geography level: what the map shows unless `asWas` is set, and what lever scopes and projections use. */
  level: MapLevel;
  /**
   * The geography as it was ("CCG (as was)", "NHS England local office (as was)"; figures/as-was.ts), or null. While
   * set, the map and the Areas table show that level's areas in `year` on that year's boundaries; `level` is kept
   * for the levers and for when the person goes back.
   */
  asWas: AsWasLevel | null;
  /** The as-was area picked (its id in as-was.json), outlined on the map and in the table. */
  asWasArea: string | null;
  setAsWas: (level: AsWasLevel, area?: string | null) => void;
  selectAsWasArea: (id: string | null) => void;
  metric: MetricKey;
  year: number;
  baseYear: number;
  /** Selected area codes; the first is the one the headline and outline follow. */
  selected: string[];
  /** The dashboard map's centre and zoom when the person moved it (null: England, or following the selection). */
  mapView: { lat: number; lng: number; zoom: number } | null;
  setMapView: (view: { lat: number; lng: number; zoom: number } | null) => void;
  /** The trend charts' measure (dashboard and presentation alike; in the link). */
  measure: TrendMode;
  setMeasure: (measure: TrendMode) => void;
  /**
   * "Same colour scale for every year": the map's class breaks from every year of the level and metric, so
   * playing the years shows change. On unless the person turns it off (kept while they stay; not in the link).
   */
  sameScale: boolean;
  setSameScale: (sameScale: boolean) => void;
  /**
   * The patients the under-doctored flag, the headline's per-100,000 figures, the target, goal-seek and the trend
   * chart count: registered or need-weighted (the "Patients" control; in the link). The map's metric moves with it
   * (GP FTE per 100,000 patients to … need-weighted patients, and back), and choosing a metric on one basis sets it,
   * so the map, its legend, the Areas table and the flag always count the same patients.
   */
  patientBasis: PatientBasis;
  setPatientBasis: (basis: PatientBasis) => void;
  /** The staff the PCN and whole-team metrics count: all staff, a role group or a role (the "Staff group" control; in the link). */
  teamStaff: TeamStaff;
  setTeamStaff: (staff: TeamStaff) => void;
  setLevel: (level: MapLevel) => void;
  setMetric: (metric: MetricKey) => void;
  setYear: (year: number) => void;
  setBaseYear: (year: number) => void;
  selectArea: (code: string | null) => void;
  toggleCompare: (code: string) => void;
}

export const initialView = {
  level: 'icb' as MapLevel,
  asWas: null as AsWasLevel | null,
  asWasArea: null as string | null,
  metric: 'ftePer100k' as MetricKey,
  year: LAST_DATA_YEAR,
  baseYear: FIRST_DATA_YEAR,
  selected: [] as string[],
  measure: 'ftePer100k' as TrendMode,
  patientBasis: 'registered' as PatientBasis,
  mapView: null as { lat: number; lng: number; zoom: number } | null,
  sameScale: true,
  teamStaff: TEAM_STAFF_DEFAULT as TeamStaff,
};

export const useViewStore = create<ViewState>()((set) => ({
  ...initialView,
  // The latest bulletin's month is reported for region, ICB (2022–2026) and sub-ICB only: at the 36 ICBs the map
  // goes back to the latest recorded year.
  // Choosing one of today's levels leaves the geography as it was.
  setLevel: (level) =>
    set((s) => ({
      level,
      asWas: null,
      asWasArea: null,
      ...(isMonthKey(s.year) && !isLatestLevel(level) ? { year: LAST_DATA_YEAR } : {}),
    })),
  // The as-was levels have recorded years only (the app moves the year to the level's nearest once its years are
  // known, App.tsx): the bulletin's month goes back to the latest recorded year at once.
  setAsWas: (asWas, area = null) =>
    set((s) => ({ asWas, asWasArea: area, ...(isMonthKey(s.year) ? { year: LAST_DATA_YEAR } : {}) })),
  selectAsWasArea: (asWasArea) => set({ asWasArea }),
  // A team metric has figures only at the PCN files' years: from another year it opens at 2025/26 (PCN staff at
  // Nov 2025 beside practice staff at Oct 2025, the one year the whole team is known by role). The bulletin's month
  // gives GP FTE only: another metric goes back to the latest recorded year.
  setMetric: (metric) =>
    set((s) => ({
      metric,
      patientBasis: basisOfMetric(metric) ?? s.patientBasis,
      ...(isTeamMetric(metric) && !pcnDateOfYear(s.year)
        ? { year: PRACTICE_STAFF_YEAR }
        : isMonthKey(s.year) && metric !== LATEST_BULLETIN_METRIC
          ? { year: LAST_DATA_YEAR }
          : {}),
    })),
  // The bulletin's month (a month key, lib/years) shows GP FTE, the one figure it gives by area.
  setYear: (year) =>
    set((s) => ({
      year,
      ...(isMonthKey(year) && s.metric !== LATEST_BULLETIN_METRIC ? { metric: LATEST_BULLETIN_METRIC } : {}),
    })),
  setBaseYear: (baseYear) => set({ baseYear }),
  setMeasure: (measure) => set({ measure }),
  setPatientBasis: (patientBasis) => set((s) => ({ patientBasis, metric: metricOnBasis(s.metric, patientBasis) })),
  setMapView: (mapView) => set({ mapView }),
  setSameScale: (sameScale) => set({ sameScale }),
  setTeamStaff: (teamStaff) => set({ teamStaff }),
  selectArea: (code) =>
    set((s) => ({ selected: code === null ? [] : [code, ...s.selected.filter((c) => c !== code)].slice(0, MAX_SELECTED) })),
  toggleCompare: (code) =>
    set((s) => ({
      selected: s.selected.includes(code) ? s.selected.filter((c) => c !== code) : [...s.selected, code].slice(0, MAX_SELECTED),
    })),
}));

/**
 * The dashboard map's view and its setter, for the map alone: the view changes on every pan and zoom, so nothing
 * else should subscribe to it (select the fields you need from useViewStore instead of the whole store).
 */
export function useMapView(): { mapView: ViewState['mapView']; setMapView: ViewState['setMapView'] } {
  return useViewStore(useShallow((s) => ({ mapView: s.mapView, setMapView: s.setMapView })));
}
