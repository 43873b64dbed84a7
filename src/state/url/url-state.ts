// The view and scenario in the URL: two pure functions, parseScenario (here) and scenarioToSearch
// (url-serialise.ts, which never writes a link longer than MAX_URL_LENGTH and says what it left out).
//
// parseScenario never throws, and tells the person about every part of a link it does not use as written:
// unknown, malformed ("trainingPlaces:5000:junk"), empty or out-of-range values are dropped or clamped, a
// setting given more than once uses its first value (as URLSearchParams.get does), and names the planner
// does not know are ignored, each with a short notice (url-notices.ts bounds their length and number).
// Letter case never matters and is not told: `Level=Region` is `level=region`; area codes, lever names and
// metrics are matched ignoring (ASCII) case too, and written back as the app spells them.
import { DEMAND_CHOICES, LEVERS, clampToConfig, type LeverKey, type LeverValues, type TrainingPoint } from '../../model';
import { METRIC_KEYS } from '../../figures/metrics';
import { PATIENT_BASES } from '../../figures/metric-basis';
import { TREND_MODES } from '../../figures/trend-series';
import { MAP_LEVELS, MAX_SELECTED } from '../stores/view-store';
import { ENGLAND_SCOPE, PATIENT_GROWTH_RANGE } from '../stores/scenario-store';
import { boundNotices, quote, shown, someOf } from './notices';
import {
  MAX_PATH_POINTS,
  SCOPE_PREFIX,
  PARAMS,
  PRACTICE_CODE,
  SCALES,
  caseless,
  defaultUrlState,
  fmt,
  lower,
  readNumber,
  upper,
  type Param,
  type UrlContext,
  type UrlState,
} from './format';

export { MAX_SEARCH_LENGTH, MAX_URL_LENGTH, defaultUrlState, type UrlContext, type UrlState } from './format';
export { scenarioToSearch, serialiseScenario, type SerialisedScenario } from './serialise';

const LABELS: Record<Param, string> = {
  level: 'geography level',
  metric: 'metric',
  year: 'year',
  base: 'base year',
  measure: 'trend measure',
  map: 'map view',
  patients: 'patients',
  scale: 'colour scale',
  areas: 'areas',
  practices: 'Practice view',
  practice: 'practice',
  scope: 'lever scope',
  levers: 'levers for England',
  target: 'target',
  targetYear: 'target year',
  growth: 'patient growth',
  path: 'training path',
  demand: 'demand',
};
const paramNamed = caseless(PARAMS);
const leverNamed = caseless(LEVERS.map((l) => l.key));
const LEVER_BY_KEY = new Map<LeverKey, (typeof LEVERS)[number]>(LEVERS.map((l) => [l.key, l]));

/** Splits "name:value" at its first colon, so an extra ":field" stays in the value (and fails to read). */
function splitPair(text: string): [string, string | null] {
  const colon = text.indexOf(':');
  return colon < 0 ? [text, null] : [text.slice(0, colon), text.slice(colon + 1)];
}

function parseLevers(
  text: string,
  where: string,
  notices: string[],
  clamp: (key: LeverKey, v: number) => number,
): Partial<LeverValues> {
  const levers: Partial<LeverValues> = {};
  const given = new Map<LeverKey, number>();
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const [name, raw] = splitPair(part);
    const key = leverNamed(name);
    const lever = key === undefined ? undefined : LEVER_BY_KEY.get(key);
    if (!lever) {
      notices.push(`Ignored an unknown lever ${quote(name.trim())} ${where}.`);
      continue;
    }
    const times = (given.get(lever.key) ?? 0) + 1;
    given.set(lever.key, times);
    if (times > 1) continue; // the first is used, and the repeat told below
    const value = raw === null ? null : readNumber(raw);
    if (raw === null || raw.trim() === '') notices.push(`Ignored ${lever.label} ${where}: no value.`);
    else if (value === null) notices.push(`Ignored ${lever.label} ${where}: ${quote(raw)} is not a number.`);
    else {
      const clamped = clamp(lever.key, value);
      if (Math.abs(clamped - value) > 1e-9 * Math.max(1, Math.abs(value)))
        notices.push(`${lever.label} ${where} was ${shown(raw.trim())}, outside its range or step: set to ${fmt(clamped)}.`);
      levers[lever.key] = clamped;
    }
  }
  for (const [key, times] of given)
    if (times > 1) notices.push(`${LEVER_BY_KEY.get(key)?.label} ${where} was given ${times} times: used the first.`);
  return levers;
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
  const areaCode = caseless(ctx.areaCodes);
  const scopeCode = caseless([ENGLAND_SCOPE, ...ctx.scopeCodes]);

  const level = value('level', LABELS.level);
  if (level !== null) {
    const known = caseless(MAP_LEVELS)(level);
    if (known) state.level = known;
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
  const scale = value('scale', LABELS.scale);
  if (scale !== null) {
    const known = caseless(SCALES)(scale);
    if (known) state.sameScale = known === 'same';
    else notices.push(`Ignored colour scale ${quote(scale)}: use same (every year) or year (this year's).`);
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
  state.year = year('year', ctx.years) ?? state.year;
  state.baseYear = year('base', ctx.dataYears) ?? state.baseYear;
  const lastDataYear = ctx.dataYears[ctx.dataYears.length - 1] ?? 0;
  state.targetYear =
    year(
      'targetYear',
      ctx.years.filter((y) => y > lastDataYear),
    ) ?? state.targetYear;

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

  const englandClamp = (key: LeverKey, v: number) => clampToConfig(ctx.configFor(ENGLAND_SCOPE, key, {}), v);
  const englandText = value('levers', LABELS.levers);
  if (englandText !== null) state.englandLevers = parseLevers(englandText, 'for England', notices, englandClamp);
  for (const [param, { name }] of given) {
    if (!param.startsWith(SCOPE_PREFIX)) continue;
    const written = name.trim().slice(SCOPE_PREFIX.length);
    const code = scopeCode(written);
    if (code === undefined || code === ENGLAND_SCOPE) {
      notices.push(`Ignored levers for unknown area ${quote(written)}.`);
      continue;
    }
    const text = value(param, `levers for ${code}`);
    if (text === null) continue;
    // A scope's flow levers are scope totals, with the scope's own range (whole units).
    const scoped = parseLevers(text, `for ${code}`, notices, (key, v) =>
      clampToConfig(ctx.configFor(code, key, state.englandLevers), v),
    );
    if (Object.keys(scoped).length) state.scopeLevers[code] = scoped;
  }

  const target = value('target', LABELS.target);
  if (target !== null) {
    const [kind, raw] = splitPair(target);
    const n = raw === null ? null : readNumber(raw);
    const which = lower(kind.trim());
    if (which === 'hold' && n !== null && ctx.dataYears.includes(n)) state.target = { kind: 'hold', year: n };
    else if (which === 'value' && n !== null && n >= 0 && n <= 500) state.target = { kind: 'value', ftePer100k: n };
    else notices.push(`Ignored target ${quote(target)}.`);
  }
  const growth = value('growth', LABELS.growth);
  if (growth !== null) {
    const n = readNumber(growth);
    if (n === null) notices.push(`Ignored patient growth ${quote(growth)}: not a number.`);
    else {
      const clamped = Math.min(PATIENT_GROWTH_RANGE.max, Math.max(PATIENT_GROWTH_RANGE.min, n));
      if (clamped !== n)
        notices.push(
          `Patient growth was ${shown(growth.trim())}, outside ${PATIENT_GROWTH_RANGE.min} to ${PATIENT_GROWTH_RANGE.max} a year: set to ${fmt(clamped)}.`,
        );
      state.patientGrowth = clamped;
    }
  }

  const pathText = value('path', LABELS.path);
  if (pathText !== null) {
    const from = ctx.configFor(ENGLAND_SCOPE, 'trainingFrom', {});
    const years = ctx.pathYears ?? { min: from.min - 1, max: from.max };
    const placesConfig = ctx.configFor(ENGLAND_SCOPE, 'trainingPlaces', {});
    const points: TrainingPoint[] = [];
    const bad: string[] = [];
    for (const part of pathText.split(',')) {
      if (part.trim() === '') continue;
      const [yearText, placesText] = splitPair(part);
      const year = readNumber(yearText);
      const places = placesText === null ? null : readNumber(placesText);
      if (year === null || places === null || !Number.isInteger(year) || year < years.min || year > years.max) {
        bad.push(quote(part.trim()));
        continue;
      }
      if (points.some((p) => p.recruitmentYear === year)) {
        bad.push(quote(part.trim()));
        continue;
      }
      const clamped = clampToConfig(placesConfig, places);
      if (clamped !== places)
        notices.push(
          `Training path places for ${year} were ${shown((placesText ?? '').trim())}, outside their range or step: set to ${fmt(clamped)}.`,
        );
      points.push({ recruitmentYear: year, places: clamped });
    }
    if (bad.length)
      notices.push(
        `Ignored training path points ${someOf(bad)}: each is a recruitment year from ${years.min} to ${years.max} and places, such as 2027:5000, once.`,
      );
    if (points.length > MAX_PATH_POINTS)
      notices.push(`A training path has at most ${MAX_PATH_POINTS} points; kept the first ${MAX_PATH_POINTS}.`);
    const kept = points.slice(0, MAX_PATH_POINTS).sort((a, b) => a.recruitmentYear - b.recruitmentYear);
    if (kept.length) state.trainingPath = kept;
  }
  const demand = value('demand', LABELS.demand);
  if (demand !== null) {
    const known = caseless(DEMAND_CHOICES)(demand);
    if (known) state.demand = known;
    else notices.push(`Ignored demand ${quote(demand)}: use lists or ageing.`);
  }

  // A setting given more than once uses its first value (as URLSearchParams.get does), and says so.
  for (const { name, value: first, times } of given.values())
    if (times > 1) notices.push(`${quote(name)} was given ${times} times: used the first, ${quote(first)}.`);
  return { state, notices: boundNotices([...notices, ...unknown]) };
}
