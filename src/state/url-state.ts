// The view and scenario in the URL: two pure functions. parseScenario never throws: unknown, malformed
// or out-of-range values are dropped or clamped, and each change is reported as a notice for the person.
import { LEVERS, clampToConfig, type KeyedLeverConfig, type LeverKey, type LeverValues } from '../model';
import { METRIC_KEYS, type MetricKey } from '../lib/metrics';
import { MAP_LEVELS, MAX_SELECTED, initialView, type MapLevel } from './view-store';
import { ENGLAND_SCOPE, initialScenario, PATIENT_GROWTH_RANGE, type Target } from './scenario-store';

export interface UrlState {
  level: MapLevel;
  metric: MetricKey;
  year: number;
  baseYear: number;
  selected: string[];
  scope: string;
  englandLevers: Partial<LeverValues>;
  scopeLevers: Record<string, Partial<LeverValues>>;
  target: Target;
  targetYear: number;
  patientGrowth: number | null;
}

export interface UrlContext {
  /** Every area code the data knows. */
  areaCodes: ReadonlySet<string>;
  /** Codes that can carry their own levers (regions and ICBs). */
  scopeCodes: ReadonlySet<string>;
  /** Years the Year control offers (history and projection). */
  years: readonly number[];
  /** Recorded years (base years and "hold at" targets). */
  dataYears: readonly number[];
  /** A lever's config (range, step, default) in a scope, given England's choices: from the model. */
  configFor: (scope: string, key: LeverKey, englandLevers: Partial<LeverValues>) => KeyedLeverConfig;
}

export const defaultUrlState = (): UrlState => ({
  level: initialView.level,
  metric: initialView.metric,
  year: initialView.year,
  baseYear: initialView.baseYear,
  selected: [],
  scope: ENGLAND_SCOPE,
  englandLevers: {},
  scopeLevers: {},
  target: initialScenario.target,
  targetYear: initialScenario.targetYear,
  patientGrowth: null,
});

const LEVER_BY_KEY = new Map<string, (typeof LEVERS)[number]>(LEVERS.map((l) => [l.key, l]));
const fmt = (n: number) => String(Number(n.toPrecision(10)));

function serialiseLevers(levers: Partial<LeverValues>): string {
  return LEVERS.filter((l) => levers[l.key] !== undefined)
    .map((l) => `${l.key}:${fmt(levers[l.key] as number)}`)
    .join(',');
}

export function scenarioToSearch(state: UrlState): string {
  const params = new URLSearchParams();
  const d = defaultUrlState();
  if (state.level !== d.level) params.set('level', state.level);
  if (state.metric !== d.metric) params.set('metric', state.metric);
  if (state.year !== d.year) params.set('year', String(state.year));
  if (state.baseYear !== d.baseYear) params.set('base', String(state.baseYear));
  if (state.selected.length) params.set('areas', state.selected.join(','));
  if (state.scope !== d.scope) params.set('scope', state.scope);
  const england = serialiseLevers(state.englandLevers);
  if (england) params.set('levers', england);
  for (const code of Object.keys(state.scopeLevers).sort()) {
    const text = serialiseLevers(state.scopeLevers[code] ?? {});
    if (text) params.set(`levers.${code}`, text);
  }
  const t = state.target;
  if (!(t.kind === 'hold' && d.target.kind === 'hold' && t.year === d.target.year))
    params.set('target', t.kind === 'hold' ? `hold:${t.year}` : `value:${fmt(t.ftePer100k)}`);
  if (state.targetYear !== d.targetYear) params.set('targetYear', String(state.targetYear));
  if (state.patientGrowth !== null) params.set('growth', fmt(state.patientGrowth));
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseLevers(
  text: string,
  where: string,
  notices: string[],
  clamp: (key: LeverKey, v: number) => number,
): Partial<LeverValues> {
  const levers: Partial<LeverValues> = {};
  for (const part of text.split(',')) {
    if (!part) continue;
    const [key = '', raw = ''] = part.split(':');
    const lever = LEVER_BY_KEY.get(key);
    const value = Number(raw);
    if (!lever) {
      notices.push(`Ignored an unknown lever "${key}" ${where}.`);
      continue;
    }
    if (raw.trim() === '' || !Number.isFinite(value)) {
      notices.push(`Ignored ${lever.label} ${where}: "${raw}" is not a number.`);
      continue;
    }
    const clamped = clamp(lever.key, value);
    if (Math.abs(clamped - value) > 1e-9 * Math.max(1, Math.abs(value)))
      notices.push(`${lever.label} ${where} was ${raw}, outside its range or step: set to ${fmt(clamped)}.`);
    levers[lever.key] = clamped;
  }
  return levers;
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
  const year = (name: string, allowed: readonly number[], label: string): number | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    const value = Number(raw);
    if (Number.isInteger(value) && allowed.includes(value)) return value;
    notices.push(`Ignored ${label} "${raw}": not an available year.`);
    return null;
  };
  const level = params.get('level');
  if (level !== null) {
    if ((MAP_LEVELS as readonly string[]).includes(level)) state.level = level as MapLevel;
    else notices.push(`Ignored geography level "${level}".`);
  }
  const metric = params.get('metric');
  if (metric !== null) {
    if ((METRIC_KEYS as readonly string[]).includes(metric)) state.metric = metric as MetricKey;
    else notices.push(`Ignored metric "${metric}".`);
  }
  state.year = year('year', ctx.years, 'year') ?? state.year;
  state.baseYear = year('base', ctx.dataYears, 'base year') ?? state.baseYear;
  state.targetYear =
    year(
      'targetYear',
      ctx.years.filter((y) => y > (ctx.dataYears[ctx.dataYears.length - 1] ?? 0)),
      'target year',
    ) ?? state.targetYear;
  const areas = params.get('areas');
  if (areas !== null) {
    const codes = [...new Set(areas.split(',').filter(Boolean))];
    const known = codes.filter((c) => ctx.areaCodes.has(c));
    if (known.length < codes.length)
      notices.push(`Ignored unknown areas: ${codes.filter((c) => !ctx.areaCodes.has(c)).join(', ')}.`);
    if (known.length > MAX_SELECTED) notices.push(`Only ${MAX_SELECTED} areas can be compared; kept the first ${MAX_SELECTED}.`);
    state.selected = known.slice(0, MAX_SELECTED);
  }
  const scope = params.get('scope');
  if (scope !== null) {
    if (scope === ENGLAND_SCOPE || ctx.scopeCodes.has(scope)) state.scope = scope;
    else notices.push(`Ignored lever scope "${scope}".`);
  }
  const englandClamp = (key: LeverKey, v: number) => clampToConfig(ctx.configFor(ENGLAND_SCOPE, key, {}), v);
  const englandText = params.get('levers');
  if (englandText !== null) state.englandLevers = parseLevers(englandText, 'for England', notices, englandClamp);
  for (const [name, value] of params) {
    if (!name.startsWith('levers.')) continue;
    const code = name.slice('levers.'.length);
    if (!ctx.scopeCodes.has(code)) {
      notices.push(`Ignored levers for unknown area "${code}".`);
      continue;
    }
    // A scope's flow levers are scope totals, with the scope's own range (whole units).
    const scoped = parseLevers(value, `for ${code}`, notices, (key, v) =>
      clampToConfig(ctx.configFor(code, key, state.englandLevers), v),
    );
    if (Object.keys(scoped).length) state.scopeLevers[code] = scoped;
  }
  const target = params.get('target');
  if (target !== null) {
    const [kind, raw = ''] = target.split(':');
    const value = Number(raw);
    if (kind === 'hold' && ctx.dataYears.includes(value)) state.target = { kind: 'hold', year: value };
    else if (kind === 'value' && raw.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 500)
      state.target = { kind: 'value', ftePer100k: value };
    else notices.push(`Ignored target "${target}".`);
  }
  const growth = params.get('growth');
  if (growth !== null) {
    const value = Number(growth);
    if (growth.trim() === '' || !Number.isFinite(value)) notices.push(`Ignored patient growth "${growth}": not a number.`);
    else {
      const clamped = Math.min(PATIENT_GROWTH_RANGE.max, Math.max(PATIENT_GROWTH_RANGE.min, value));
      if (clamped !== value)
        notices.push(
          `Patient growth was ${growth}, outside ${PATIENT_GROWTH_RANGE.min} to ${PATIENT_GROWTH_RANGE.max} a year: set to ${fmt(clamped)}.`,
        );
      state.patientGrowth = clamped;
    }
  }
  return { state, notices };
}
