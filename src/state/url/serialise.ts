// The link for a view: defaults are omitted, and the link is never longer than MAX_URL_LENGTH. The view and
// England's levers always fit; then each scope's levers (the scope being edited first) go in while they fit.
// Whatever is left out (a saved scenario can carry levers for thousands of scope codes) is said in `leftOut`.
import { LEVERS, type LeverValues } from '../../model';
import { MAX_SELECTED } from '../stores/view-store';
import { boundNotices, count, someOf } from './notices';
import {
  MAX_SEARCH_LENGTH,
  MAX_URL_LENGTH,
  PARAMS,
  SCOPE_PREFIX,
  defaultUrlState,
  fmt,
  type Param,
  type UrlState,
} from './format';

/** A query value with the link's own separators (`,` and `:`) left readable, as RFC 3986 allows. */
const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3A/gi, ':');

function serialiseLevers(levers: Partial<LeverValues>): string {
  return LEVERS.filter((l) => levers[l.key] !== undefined)
    .map((l) => `${l.key}:${fmt(levers[l.key] as number)}`)
    .join(',');
}

export interface SerialisedScenario {
  /** "?level=region&…", or "" for the default view. */
  search: string;
  /** What was left out to keep the link short, for the person (empty when the link holds everything). */
  leftOut: string[];
}

interface Piece {
  param: Param;
  /** A scope's levers: its code. */
  scope?: string;
  text: string;
  /** What it holds, for a notice when it is left out (scopes left out are told together). */
  what: string;
}

/** The link for a state: at most `maxLength` characters of query ("?" included). */
export function serialiseScenario(state: UrlState, maxLength = MAX_SEARCH_LENGTH): SerialisedScenario {
  const d = defaultUrlState();
  const leftOut: string[] = [];
  // Offered in priority order: the view, England's levers, then each scope's.
  const pieces: Piece[] = [];
  const add = (param: Param, value: string, what: string, scope?: string) =>
    pieces.push({ param, scope, text: `${scope === undefined ? param : SCOPE_PREFIX + encode(scope)}=${encode(value)}`, what });
  if (state.level !== d.level) add('level', state.level, 'the geography level');
  if (state.metric !== d.metric) add('metric', state.metric, 'the metric');
  if (state.year !== d.year) add('year', String(state.year), 'the year');
  if (state.baseYear !== d.baseYear) add('base', String(state.baseYear), 'the base year');
  if (state.measure !== d.measure) add('measure', state.measure, 'the trend measure');
  if (state.patientBasis !== d.patientBasis)
    add('patients', state.patientBasis, 'the patients the flag and per 100,000 figures count');
  if (!state.sameScale) add('scale', 'year', 'the colour scale');
  if (state.practicesOpen) add('practices', '1', 'the Practice view');
  if (state.practicesOpen && state.practice !== null) add('practice', state.practice, 'the picked practice');
  if (state.mapView) add('map', `${fmt(state.mapView.lat)},${fmt(state.mapView.lng)},${fmt(state.mapView.zoom)}`, 'the map view');
  if (state.scope !== d.scope) add('scope', state.scope, 'the lever scope');
  const t = state.target;
  if (!(t.kind === 'hold' && d.target.kind === 'hold' && t.year === d.target.year))
    add('target', t.kind === 'hold' ? `hold:${t.year}` : `value:${fmt(t.ftePer100k)}`, 'the target');
  if (state.targetYear !== d.targetYear) add('targetYear', String(state.targetYear), 'the target year');
  if (state.patientGrowth !== null) add('growth', fmt(state.patientGrowth), 'patient growth');
  if (state.selected.length > MAX_SELECTED)
    leftOut.push(`The link keeps the first ${MAX_SELECTED} selected areas (${MAX_SELECTED} can be compared).`);
  if (state.selected.length) add('areas', state.selected.slice(0, MAX_SELECTED).join(','), 'the selected areas');
  const england = serialiseLevers(state.englandLevers);
  if (england) add('levers', england, "England's levers");
  if (state.trainingPath?.length)
    add('path', state.trainingPath.map((p) => `${p.recruitmentYear}:${fmt(p.places)}`).join(','), "England's training path");
  if (state.demand !== d.demand) add('demand', state.demand, 'what demand grows with');
  const codes = Object.keys(state.scopeLevers).sort();
  for (const code of [...codes.filter((c) => c === state.scope), ...codes.filter((c) => c !== state.scope)]) {
    const text = serialiseLevers(state.scopeLevers[code] ?? {});
    if (text) add('levers', text, `the levers for ${code}`, code);
  }

  // Greedy: each piece goes in if it still fits, so one long piece does not push out shorter ones after it.
  let length = 1; // the "?"
  const kept: Piece[] = [];
  const dropped: Piece[] = [];
  for (const piece of pieces) {
    const cost = piece.text.length + (kept.length ? 1 : 0);
    if (length + cost <= maxLength) {
      kept.push(piece);
      length += cost;
    } else dropped.push(piece);
  }
  const why = `to keep the link under ${count(MAX_URL_LENGTH)} characters`;
  const droppedScopes = dropped.flatMap((p) => (p.scope === undefined ? [] : [p.scope]));
  for (const piece of dropped) if (piece.scope === undefined) leftOut.push(`The link leaves out ${piece.what} ${why}.`);
  if (droppedScopes.length)
    leftOut.push(
      `The link leaves out the levers for ${count(droppedScopes.length)} ${droppedScopes.length === 1 ? 'area' : 'areas'} (${someOf(droppedScopes)}) ${why}; saved scenarios keep them.`,
    );

  // Listed in a fixed order (view, areas, scope, England's levers, each scope's by code, target), whatever fitted.
  const position = (p: Piece) => PARAMS.indexOf(p.param) * 1e6 + (p.scope === undefined ? 0 : 1 + codes.indexOf(p.scope));
  const text = kept
    .sort((a, b) => position(a) - position(b))
    .map((p) => p.text)
    .join('&');
  return { search: text ? `?${text}` : '', leftOut: boundNotices(leftOut) };
}

export const scenarioToSearch = (state: UrlState, maxLength = MAX_SEARCH_LENGTH): string =>
  serialiseScenario(state, maxLength).search;
