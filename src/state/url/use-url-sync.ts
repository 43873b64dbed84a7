// Keeps the URL in step with what the person chose: read once when the data is ready (with notices for
// anything dropped or clamped), then rewritten with history.replaceState on every change, never longer than
// MAX_URL_LENGTH (with a notice of what the link leaves out, until the person dismisses that notice).
import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../data/dataset';
import { pickChoices, scopeLeverConfig, type Prepared } from '../../model';
import { yearRange } from '../../lib/years';
import { MAX_URL_LENGTH, parseScenario, serialiseScenario, type AreaNameOf, type UrlContext, type UrlState } from './url-state';
import { usePracticeViewStore } from '../stores/practice-view-store';
import { useScenarioStore } from '../stores/scenario-store';
import { useViewStore } from '../stores/view-store';

/** How long the state must stay still before the URL is rewritten. */
export const URL_WRITE_DELAY_MS = 150;

/** The view and choices as they are now, as the link records them. */
export function currentState(): UrlState {
  const v = useViewStore.getState();
  const s = useScenarioStore.getState();
  const p = usePracticeViewStore.getState();
  return {
    level: v.level,
    asWas: v.asWas,
    metric: v.metric,
    year: v.year,
    baseYear: v.baseYear,
    measure: v.measure,
    mapView: v.mapView,
    patientBasis: v.patientBasis,
    sameScale: v.sameScale,
    teamStaff: v.teamStaff,
    selected: v.selected,
    practicesOpen: p.open,
    practice: p.open ? p.practice : null,
    scope: s.scope,
    ...pickChoices(s),
  };
}

/** Areas named as people know them ("NHS Kent and Medway ICB") in the link's notices. */
export const areaNames =
  (dataset: Dataset | null): AreaNameOf =>
  (code) =>
    dataset?.byCode.get(code)?.name;

export function urlContext(dataset: Dataset, prepared: Prepared, asWasYears?: UrlContext['asWasYears']): UrlContext {
  return {
    asWasYears,
    areaCodes: new Set(dataset.areas.map((a) => a.code)),
    scopeCodes: new Set(
      dataset.areas.filter((a) => a.level === 'region' || a.level === 'icb' || a.level === 'icb2026').map((a) => a.code),
    ),
    icb2026From: dataset.icb2026From,
    years: yearRange(dataset.years[0] ?? prepared.baseYear, prepared.toYear),
    dataYears: dataset.years,
    areaName: areaNames(dataset),
    configFor: (scope, key, englandChoices) => scopeLeverConfig(prepared, scope, key, englandChoices),
    pathYears: {
      min: (prepared.latestIntake?.recruitmentYear ?? prepared.lastFixedIntakeYear) + 1,
      max: prepared.lastFixedIntakeYear + 10,
    },
  };
}

/** Room for the query in a link to this page: MAX_URL_LENGTH less the origin and path (never less than 200). */
export function searchBudget(): number {
  const { origin, pathname } = window.location;
  return Math.max(200, MAX_URL_LENGTH - origin.length - pathname.length);
}

export interface UrlNotices {
  /** What the link the person opened could not use. */
  notices: string[];
  dismiss: () => void;
  /** What the link to the current view leaves out to stay short enough (until dismissed). */
  leftOut: string[];
  dismissLeftOut: () => void;
}

/**
 * `asWas`: for a link naming an as-was level, whether its file is still loading (the link is read once it has
 * loaded or failed) and its levels' years.
 */
export function useUrlSync(
  dataset: Dataset | null,
  inputs: Prepared | null,
  asWas: { pending: boolean; years?: UrlContext['asWasYears'] } = { pending: false },
): UrlNotices {
  const [notices, setNotices] = useState<string[]>([]);
  const [leftOut, setLeftOut] = useState<string[]>([]);
  // The left-out notice dismissed (as text): it stays away while the link leaves out the same things.
  const [dismissedLeftOut, setDismissedLeftOut] = useState('');
  const applied = useRef(false);
  useEffect(() => {
    if (!dataset || !inputs || asWas.pending || applied.current) return;
    applied.current = true;
    const { state, notices: found } = parseScenario(window.location.search, urlContext(dataset, inputs, asWas.years));
    // Without icb-2026.json the 36 ICBs of 2026 cannot be shown: the 42 of 2022–2026 are, and the notice says why.
    if (state.level === 'icb2026' && dataset.atLevel.icb2026.length === 0) {
      state.level = 'icb';
      found.push(
        `The ICBs of April 2026 could not be loaded (${dataset.icb2026Error ?? 'no data'}): showing the ICBs of 2022–2026.`,
      );
    }
    useViewStore.setState({
      level: state.level,
      asWas: state.asWas,
      asWasArea: null,
      metric: state.metric,
      year: state.year,
      baseYear: state.baseYear,
      measure: state.measure,
      mapView: state.mapView,
      patientBasis: state.patientBasis,
      sameScale: state.sameScale,
      teamStaff: state.teamStaff,
      selected: state.selected,
    });
    usePracticeViewStore.setState({ open: state.practicesOpen, practice: state.practice });
    useScenarioStore.setState({ scope: state.scope, ...pickChoices(state) });
    // Reading the URL is synchronising with an external system, once, when the data arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (found.length) setNotices(found);
    const write = () => {
      const { search, leftOut: omitted } = serialiseScenario(currentState(), searchBudget(), areaNames(dataset));
      if (search !== window.location.search)
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      setLeftOut((shown) => (shown.join('\n') === omitted.join('\n') ? shown : omitted));
    };
    write();
    // A dragged slider changes the state many times a second: write the URL once it settles (browsers
    // throttle replaceState, and the URL is not what the person is looking at).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(write, URL_WRITE_DELAY_MS);
    };
    const unsubscribeView = useViewStore.subscribe(schedule);
    const unsubscribeScenario = useScenarioStore.subscribe(schedule);
    const unsubscribePractices = usePracticeViewStore.subscribe(schedule);
    return () => {
      clearTimeout(timer);
      unsubscribeView();
      unsubscribeScenario();
      unsubscribePractices();
      applied.current = false;
    };
    // Read once: the as-was years matter only until the link has been read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, inputs, asWas.pending]);
  return {
    notices,
    dismiss: () => setNotices([]),
    leftOut: leftOut.join('\n') === dismissedLeftOut ? [] : leftOut,
    dismissLeftOut: () => setDismissedLeftOut(leftOut.join('\n')),
  };
}
