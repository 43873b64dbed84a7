// The view and scenario in the URL: two pure functions, parseScenario (here) and scenarioToSearch
// (url-serialise.ts, which never writes a link longer than MAX_URL_LENGTH and says what it left out).
//
// parseScenario never throws, and tells the person about every part of a link it does not use as written:
// unknown, malformed ("trainingPlaces:5000:junk"), empty or out-of-range values are dropped or clamped, a
// setting given more than once uses its first value (as URLSearchParams.get does), and names the planner
// does not know are ignored, each with a short notice (url-notices.ts bounds their length and number).
// Letter case never matters and is not told: `Level=Region` is `level=region`; area codes, lever names and
// metrics are matched ignoring (ASCII) case too, and written back as the app spells them.
import { CHOICE_KEYS, type ChoiceKey } from '../../model';
import { METRIC_KEYS, basisOfMetric, metricOnBasis } from '../../figures/metrics';
import { PATIENT_BASES } from '../../figures/metric-basis';
import { TREND_MODES } from '../../figures/trend-series';
import { MAX_SELECTED } from '../stores/view-store';
import { URL_VALUES, levelFromUrl } from '../../figures/map-levels';
import { teamStaffCaseless } from '../../figures/team-series';
import { LATEST_BULLETIN_METRIC, LATEST_NOT_AT_ICB2026, isLatestLevel } from '../../figures/latest-bulletin';
import { fyLabel, monthKeyOf } from '../../lib/years';
import { AS_WAS_NAMES, asWasLevelFromUrl, nearestYear, parseFyParam } from '../../figures/as-was-levels';
import { ENGLAND_SCOPE } from '../stores/scenario-store';
import { boundNotices, quote, someOf } from './notices';
import {
  LABELS,
  SCOPE_PREFIX,
  PARAMS,
  PRACTICE_CODE,
  SCALES,
  caseless,
  defaultUrlState,
  lower,
  readNumber,
  upper,
  type Param,
  type UrlContext,
  type UrlState,
} from './format';
import { CHOICE_PARAMS, type LinkReader } from './choice-params';

export { MAX_SEARCH_LENGTH, MAX_URL_LENGTH, defaultUrlState, type UrlContext, type UrlState } from './format';
export { scenarioToSearch, serialiseScenario, type AreaNameOf, type SerialisedScenario } from './serialise';

const paramNamed = caseless(PARAMS);

/** One choice read from the link into `state` (kept at its default when the link has none it can use). */
function readChoice<K extends ChoiceKey>(key: K, link: LinkReader, state: UrlState) {
  const value = CHOICE_PARAMS[key].read(link, state);
  if (value !== undefined) (state as unknown as Record<ChoiceKey, unknown>)[key] = value;
}

interface Given {
  /** The name as the link wrote it (its first use). */
  name: string;
  value: string;
  times: number;
}

/** The link's settings by their own names (a scope's levers as "levers.<CODE>"), first value each, in link order. */
function readParams(params: URLSearchParams): { given: Map<string, Given>; unknown: string[] } {
  const given = new Map<string, Given>();
  const unknown: string[] = [];
  for (const [name, value] of params) {
    const trimmed = name.trim();
    const scoped = lower(trimmed).startsWith(SCOPE_PREFIX);
    const canonical =
      paramNamed(trimmed) ?? (scoped ? `${SCOPE_PREFIX}${upper(trimmed.slice(SCOPE_PREFIX.length).trim())}` : null);
    if (canonical === null) {
      unknown.push(`Ignored ${quote(value === '' ? name : `${name}=${value}`)}: the planner has no such setting.`);
      continue;
    }
    const earlier = given.get(canonical);
    if (earlier) earlier.times += 1;
    else given.set(canonical, { name, value, times: 1 });
  }
  return { given, unknown };
}

export function parseScenario(search: string, ctx: UrlContext): { state: UrlState; notices: string[] } {
  const state = defaultUrlState();
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ['The link could not be read; showing the default view.'] };
  }
  const { given, unknown } = readParams(params);
  /** The first value of a setting, or null when the link has none; an empty value is told and gives null. */
  const value = (param: string, label: string): string | null => {
    const raw = given.get(param)?.value;
    if (raw === undefined) return null;
    if (raw.trim() !== '') return raw;
    notices.push(`Ignored ${label}: the link gives no value.`);
    return null;
  };
  const year = (param: Param, allowed: readonly number[]): number | null => {
    const raw = value(param, LABELS[param]);
    if (raw === null) return null;
    const n = readNumber(raw);
    if (n !== null && Number.isInteger(n) && allowed.includes(n)) return n;
    notices.push(`Ignored ${LABELS[param]} ${quote(raw)}: not an available year.`);
    return null;
  };
  // The latest bulletin's month ("year=2025-10"): at the levels the bulletin reports, with GP FTE (its one figure by
  // area). Which month is the latest is known once its file loads; a link to another month opens the latest.
  // undefined: the link's year is not a month; null: a month this level does not have (said).
  const bulletinMonth = (): number | null | undefined => {
    const raw = given.get('year')?.value;
    const key = raw === undefined ? null : monthKeyOf(raw.trim());
    if (key === null) return undefined;
    if (!isLatestLevel(state.level)) {
      notices.push(`Ignored year ${quote(raw!)}: the latest bulletin is ${LATEST_NOT_AT_ICB2026}.`);
      return null;
    }
    state.metric = LATEST_BULLETIN_METRIC;
    return key;
  };
  const areaCode = caseless(ctx.areaCodes);
  const scopeCode = caseless([ENGLAND_SCOPE, ...ctx.scopeCodes]);

  const level = value('level', LABELS.level);
  if (level !== null) {
    const named = caseless(URL_VALUES)(level);
    const known = named === undefined ? undefined : levelFromUrl(named);
    const past = asWasLevelFromUrl(level);
    if (known) state.level = known;
    else if (past && ctx.asWasYears?.[past].length) state.asWas = past;
    else if (past) notices.push(`The geography as it was could not be loaded: ignored geography level ${quote(level)}.`);
    else notices.push(`Ignored geography level ${quote(level)}.`);
  }
  const metric = value('metric', LABELS.metric);
  if (metric !== null) {
    const known = caseless(METRIC_KEYS)(metric);
    if (known) state.metric = known;
    else notices.push(`Ignored metric ${quote(metric)}.`);
  }
  const measure = value('measure', LABELS.measure);
  if (measure !== null) {
    const known = caseless(TREND_MODES)(measure);
    if (known) state.measure = known;
    else notices.push(`Ignored trend measure ${quote(measure)}.`);
  }
  const patients = value('patients', LABELS.patients);
  if (patients !== null) {
    const known = caseless(PATIENT_BASES)(patients);
    if (known) state.patientBasis = known;
    else notices.push(`Ignored patients ${quote(patients)}: use registered or weighted.`);
  }
  // One basis for the map and the flag: a link that names the patients moves a flag metric to them; one that names
  // only a need-weighted metric (the patients left at their default) means need-weighted patients.
  if (patients !== null) state.metric = metricOnBasis(state.metric, state.patientBasis);
  else state.patientBasis = basisOfMetric(state.metric) ?? state.patientBasis;
  const scale = value('scale', LABELS.scale);
  if (scale !== null) {
    const known = caseless(SCALES)(scale);
    if (known) state.sameScale = known === 'same';
    else notices.push(`Ignored colour scale ${quote(scale)}: use same (every year) or year (this year's).`);
  }
  const staff = value('staff', LABELS.staff);
  if (staff !== null) {
    const known = teamStaffCaseless(staff);
    if (known) state.teamStaff = known;
    else notices.push(`Ignored staff group ${quote(staff)}: use all, group:<group> or role:<role>.`);
  }
  const practices = value('practices', LABELS.practices);
  if (practices !== null) {
    const open = practices.trim();
    if (open === '1' || open === '0') state.practicesOpen = open === '1';
    else notices.push(`Ignored practices ${quote(practices)}: use 1 to open the Practice view.`);
  }
  const practice = value('practice', LABELS.practice);
  if (practice !== null) {
    const code = upper(practice.trim());
    if (!PRACTICE_CODE.test(code))
      notices.push(`Ignored practice ${quote(practice)}: a practice code is a letter and five digits, e.g. G82002.`);
    else if (!state.practicesOpen)
      notices.push(`Ignored practice ${code}: the link does not open the Practice view (practices=1).`);
    else state.practice = code;
  }
  const mapText = value('map', LABELS.map);
  if (mapText !== null) {
    // "lat,lng,zoom": inside England's reach and the map's zoom range, or told and ignored.
    const parts = mapText.split(',');
    const [lat, lng, zoom] = parts.map((p) => readNumber(p.trim()));
    const ok =
      parts.length === 3 &&
      lat != null &&
      lng != null &&
      zoom != null &&
      lat >= 49 &&
      lat <= 56.5 &&
      lng >= -7 &&
      lng <= 3 &&
      zoom >= 4 &&
      zoom <= 14;
    if (ok) state.mapView = { lat, lng, zoom };
    else notices.push(`Ignored map view ${quote(mapText)}: it needs latitude, longitude and zoom within England's map.`);
  }
  // At an as-was level: that level's recorded years, written "2016-17" (or "2017"); another year opens the nearest.
  const pastYears = state.asWas ? ctx.asWasYears?.[state.asWas] : undefined;
  if (state.asWas && pastYears?.length) {
    const raw = value('year', LABELS.year);
    const asked = raw === null ? null : (parseFyParam(raw) ?? monthKeyOf(raw.trim()));
    if (raw !== null && asked === null) notices.push(`Ignored year ${quote(raw)}: not a year.`);
    const wanted = asked ?? state.year;
    state.year = nearestYear(pastYears, wanted);
    if (asked !== null && state.year !== asked)
      notices.push(
        `${AS_WAS_NAMES[state.asWas].label} has no figures for ${quote(raw!)}: showing the nearest recorded year, ${fyLabel(state.year)}.`,
      );
  } else {
    const month = bulletinMonth();
    state.year = month === undefined ? (year('year', ctx.years) ?? state.year) : (month ?? state.year);
  }
  state.baseYear = year('base', ctx.dataYears) ?? state.baseYear;

  const areas = value('areas', LABELS.areas);
  if (areas !== null) {
    const unknownAreas: string[] = [];
    const repeated: string[] = [];
    for (const text of areas.split(',')) {
      if (text.trim() === '') continue;
      const code = areaCode(text);
      if (code === undefined) unknownAreas.push(text.trim());
      else if (state.selected.includes(code)) repeated.push(code);
      else state.selected.push(code);
    }
    if (unknownAreas.length) notices.push(`Ignored unknown areas: ${someOf([...new Set(unknownAreas)])}.`);
    if (repeated.length) notices.push(`Ignored areas given more than once: ${someOf([...new Set(repeated)])}.`);
    // "ICB" is the 36 of April 2026: an ICB of 2022–2026 that is not one of them (an old link) opens the one that
    // has most of its patients now, and says what happened and where the old one still is.
    if (state.level === 'icb2026' && ctx.icb2026From) {
      const moved: string[] = [];
      for (const code of state.selected) {
        const to = ctx.icb2026From[code];
        if (!to?.changed) {
          moved.push(code);
          continue;
        }
        const oldName = ctx.areaName?.(code) ?? code;
        const newName = ctx.areaName?.(to.code) ?? to.code;
        const newCode = to.code.replace(/-2026$/, '');
        const what = to.split
          ? `was split in April 2026; most of its patients (${Math.round(to.share * 100)}%) are now in ${newName} (${newCode})`
          : newCode === code
            ? `was redrawn in April 2026 (it took in part of another ICB): ${newName} (${newCode}) is the ICB of today`
            : `merged into ${newName} (${newCode}) in April 2026`;
        notices.push(
          `${oldName} (${code}) ${what}, shown instead. Choose "ICB (2022–2026)" as the geography level to see ${oldName} as it was.`,
        );
        if (!moved.includes(to.code)) moved.push(to.code);
      }
      state.selected = moved;
    }
    if (state.selected.length > MAX_SELECTED) {
      notices.push(`Only ${MAX_SELECTED} areas can be compared; kept the first ${MAX_SELECTED}.`);
      state.selected = state.selected.slice(0, MAX_SELECTED);
    }
  }
  const scope = value('scope', LABELS.scope);
  if (scope !== null) {
    const code = scopeCode(scope);
    if (code !== undefined) state.scope = code;
    else notices.push(`Ignored lever scope ${quote(scope)}.`);
  }

  // The scenario's choices, each by its own entry in CHOICE_PARAMS (choice-params.ts).
  const link: LinkReader = { ctx, notices, value, year, given, scopeCode };
  for (const key of CHOICE_KEYS) readChoice(key, link, state);

  // A setting given more than once uses its first value (as URLSearchParams.get does), and says so.
  for (const { name, value: first, times } of given.values())
    if (times > 1) notices.push(`${quote(name)} was given ${times} times: used the first, ${quote(first)}.`);
  return { state, notices: boundNotices([...notices, ...unknown]) };
}
