// The link for a view: defaults are omitted, and the link is never longer than MAX_URL_LENGTH. The view and
// England's levers always fit; then each scope's levers (the scope being edited first) go in while they fit.
// Whatever is left out (a saved scenario can carry levers for thousands of scope codes) is said in `leftOut`,
// naming areas as people know them ("NHS Kent and Medway ICB") when given their names, as the link's other notices do.
import { LEVEL_URL_VALUES } from '../../figures/map-levels';
import { yearParam } from '../../lib/years';
import { AS_WAS_NAMES, fyParam } from '../../figures/as-was-levels';
import { CHOICE_KEYS, type ChoiceKey } from '../../model';
import { MAX_SELECTED } from '../stores/view-store';
import { MAX_NOTICE_LENGTH, boundNotices, count, someNamed } from './notices';
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
import { CHOICE_PARAMS, type AddPiece } from './choice-params';

/** A query value with the link's own separators (`,` and `:`) left readable, as RFC 3986 allows. */
const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3A/gi, ':');

/**
 * What goes in first when the link must be shortened: the view, the scope, the target, patient growth, the areas,
 * England's levers; a scope's levers last (the one being edited first, then by code), as each fits.
 */
const PRIORITY: readonly Param[] = [
  'level',
  'metric',
  'year',
  'base',
  'measure',
  'patients',
  'scale',
  'staff',
  'practices',
  'practice',
  'map',
  'scope',
  'target',
  'targetYear',
  'growth',
  'areas',
  'levers',
  'path',
  'demand',
  'team',
];

/** One choice's settings (CHOICE_PARAMS writes each choice). */
function writeChoice<K extends ChoiceKey>(key: K, add: AddPiece, defaults: UrlState, state: UrlState) {
  CHOICE_PARAMS[key].write(state[key], add, defaults, state);
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

/** An area's name ("NHS Kent and Medway ICB"), or undefined to name it by its code. */
export type AreaNameOf = (code: string) => string | undefined;

/**
 * The link for a state: at most `maxLength` characters of query ("?" included). `areaName` names the areas whose
 * levers are left out (by code without it).
 */
export function serialiseScenario(state: UrlState, maxLength = MAX_SEARCH_LENGTH, areaName?: AreaNameOf): SerialisedScenario {
  const d = defaultUrlState();
  const leftOut: string[] = [];
  // Gathered, then put in PRIORITY order: the view, the choices, then each scope's levers.
  const pieces: Piece[] = [];
  const add = (param: Param, value: string, what: string, scope?: string) =>
    pieces.push({ param, scope, text: `${scope === undefined ? param : SCOPE_PREFIX + encode(scope)}=${encode(value)}`, what });
  // The geography as it was names its level and always its year ("2016-17"), as people write a financial year.
  if (state.asWas) add('level', AS_WAS_NAMES[state.asWas].url, 'the geography level');
  else if (state.level !== d.level) add('level', LEVEL_URL_VALUES[state.level], 'the geography level');
  if (state.metric !== d.metric) add('metric', state.metric, 'the metric');
  if (state.asWas) add('year', fyParam(state.year), 'the year');
  else if (state.year !== d.year) add('year', yearParam(state.year), 'the year');
  if (state.baseYear !== d.baseYear) add('base', String(state.baseYear), 'the base year');
  if (state.measure !== d.measure) add('measure', state.measure, 'the trend measure');
  if (state.patientBasis !== d.patientBasis)
    add('patients', state.patientBasis, 'the patients the flag and per 100,000 figures count');
  if (!state.sameScale) add('scale', 'year', 'the colour scale');
  if (state.teamStaff !== d.teamStaff) add('staff', state.teamStaff, 'the staff group of the team metrics');
  if (state.practicesOpen) add('practices', '1', 'the Practice view');
  if (state.practicesOpen && state.practice !== null) add('practice', state.practice, 'the picked practice');
  if (state.mapView) add('map', `${fmt(state.mapView.lat)},${fmt(state.mapView.lng)},${fmt(state.mapView.zoom)}`, 'the map view');
  if (state.scope !== d.scope) add('scope', state.scope, 'the lever scope');
  if (state.selected.length > MAX_SELECTED)
    leftOut.push(`The link keeps the first ${MAX_SELECTED} selected areas (${MAX_SELECTED} can be compared).`);
  if (state.selected.length) add('areas', state.selected.slice(0, MAX_SELECTED).join(','), 'the selected areas');
  for (const key of CHOICE_KEYS) writeChoice(key, add, d, state);
  // By priority (a scope's levers after every other setting; stable, so scopes keep the order they were added in).
  const rank = (p: Piece) => (p.scope === undefined ? PRIORITY.indexOf(p.param) : PRIORITY.length);
  pieces.sort((a, b) => rank(a) - rank(b));
  const codes = Object.keys(state.scopeLevers).sort();

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
  const droppedScopes = dropped.flatMap((p) => (p.scope === undefined ? [] : [areaName?.(p.scope) ?? p.scope]));
  for (const piece of dropped) if (piece.scope === undefined) leftOut.push(`The link leaves out ${piece.what} ${why}.`);
  if (droppedScopes.length) {
    const start = `The link leaves out the levers for ${count(droppedScopes.length)} ${droppedScopes.length === 1 ? 'area' : 'areas'} (`;
    const end = `) ${why}; saved scenarios keep them.`;
    leftOut.push(`${start}${someNamed(droppedScopes, MAX_NOTICE_LENGTH - start.length - end.length)}${end}`);
  }

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
