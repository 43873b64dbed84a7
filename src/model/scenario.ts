/**
 * A scenario: the planner's choices, the levers they resolve to in each scope, and ready-made presets.
 *
 * Method: only departures from the defaults are stored. England's levers are the data-derived defaults
 * overlaid with the planner's; a region's or ICB's levers start from England's (flow levers times the
 * scope's share: training places by its training share, recruits and returners by its FTE share) and are
 * overlaid with its own. A scope's flow levers are in whole units with a range from 0 to twice England's
 * maximum times its share, so a local target can be sought.
 * Units: as in levers.ts; shares are fractions of England.
 * Sources: presets from data/training.json (NHS Long Term Workforce Plan 2023 trajectory) and DATA.md.
 */
import type { KeyedLeverConfig, LeverKey, LeverValues } from './levers';
import { LEVERS, clampToConfig } from './levers';
import type { Intake } from './types';
import { englandLeverConfig, type Prepared } from './prepare';

export const ENGLAND_SCOPE = 'ENG';

/** The target a planner holds an area to: a past year's FTE per 100,000 patients, or a number. */
export type Target = { readonly kind: 'hold'; readonly year: number } | { readonly kind: 'value'; readonly ftePer100k: number };

/**
 * Everything a scenario holds: what the store, the link, a saved scenario, a scenarios file and the levers panel
 * share. The fields are listed here and in CHOICE_FIELDS below, and nowhere else: every other module copies, picks,
 * compares and defaults them with CHOICE_KEYS, pickChoices, copyChoices, sameChoices and defaultChoices.
 *
 * Adding a choice (e.g. a demand basis):
 * 1. add the field here and its entry to CHOICE_FIELDS (its default and how it is copied): the compiler asks for
 *    the entry, and the store, saved scenarios, files, merge, share links, compared series and the workforce hook
 *    carry the new field from then on;
 * 2. `npm run typecheck` then names the two places that must say how it is written down, each a record over
 *    ChoiceKey that cannot leave a field out: the stored scenario's schema (CHOICE_SCHEMAS in
 *    state/saved/scenarios.ts) and the link's reader and writer (CHOICE_PARAMS in state/url/choice-params.ts).
 */
export interface ScenarioChoices {
  readonly englandLevers: Partial<LeverValues>;
  /** Per region or ICB code; a scope with none follows England. */
  readonly scopeLevers: Readonly<Record<string, Partial<LeverValues>>>;
  /** Registered patients' growth a year for every area (0.01 = 1%), or null for each area's own trend. */
  readonly patientGrowth: number | null;
  readonly target: Target;
  /** The year the headline and "What would it take?" look at. */
  readonly targetYear: number;
}

export type ChoiceKey = keyof ScenarioChoices;

/** The years a scenario's defaults depend on (the app's, from lib/years: the model does not fix them). */
export interface ChoiceYears {
  /** The first recorded year: the default target holds its GP FTE per 100,000 patients. */
  readonly firstDataYear: number;
  /** The last projected year: the default target year. */
  readonly lastProjectionYear: number;
}

interface ChoiceField<K extends ChoiceKey> {
  /** The choice before the planner makes one ("current trends" for the projection's choices). */
  readonly initial: (years: ChoiceYears) => ScenarioChoices[K];
  /** A copy that shares nothing mutable with the original (a value stored as missing comes back as its empty form). */
  readonly copy: (value: ScenarioChoices[K]) => ScenarioChoices[K];
}

/**
 * One entry per choice: the compiler holds it to ScenarioChoices both ways (a missing or extra key fails). The order
 * is the order choices are read from a link: England's levers before a scope's (clamped given England's).
 */
const CHOICE_FIELDS: { [K in ChoiceKey]: ChoiceField<K> } = {
  englandLevers: { initial: () => ({}), copy: (levers) => ({ ...levers }) },
  scopeLevers: {
    initial: () => ({}),
    copy: (scopes) => Object.fromEntries(Object.entries(scopes).map(([code, levers]) => [code, { ...levers }])),
  },
  target: { initial: (years) => ({ kind: 'hold', year: years.firstDataYear }), copy: (target) => ({ ...target }) },
  targetYear: { initial: (years) => years.lastProjectionYear, copy: (year) => year },
  patientGrowth: { initial: () => null, copy: (growth) => growth ?? null },
};

/** The choices' names, in one order (the order of CHOICE_FIELDS). */
export const CHOICE_KEYS = Object.keys(CHOICE_FIELDS) as readonly ChoiceKey[];

/** A ScenarioChoices made field by field (`make` gives each key's value: CHOICE_FIELDS types each one). */
function eachChoice(make: (key: ChoiceKey) => unknown): ScenarioChoices {
  const out: Partial<Record<ChoiceKey, unknown>> = {};
  for (const key of CHOICE_KEYS) out[key] = make(key);
  return out as ScenarioChoices;
}

/** Every choice at its default: "current trends", with the default target. */
export const defaultChoices = (years: ChoiceYears): ScenarioChoices => eachChoice((key) => CHOICE_FIELDS[key].initial(years));

/** The choices of anything that holds them (the store's state, a saved scenario, a link's state), values shared. */
export const pickChoices = (holder: ScenarioChoices): ScenarioChoices => eachChoice((key) => holder[key]);

/** The choices of anything that holds them, copied: later changes to either never reach the other. */
export const copyChoices = (holder: ScenarioChoices): ScenarioChoices => eachChoice((key) => copyField(key, holder[key]));

function copyField<K extends ChoiceKey>(key: K, value: ScenarioChoices[K]): ScenarioChoices[K] {
  const field: ChoiceField<K> = CHOICE_FIELDS[key];
  return field.copy(value);
}

/** JSON with object keys sorted and undefined members left out: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The choices as text: equal choices (whatever order their levers were set in) give equal text. */
export const choicesText = (holder: ScenarioChoices): string => canonicalJson(copyChoices(holder));

/** Whether two holders make the same choices. */
export const sameChoices = (a: ScenarioChoices, b: ScenarioChoices): boolean => choicesText(a) === choicesText(b);

export interface ScopeShares {
  readonly training: number;
  readonly fte: number;
  readonly heads: number;
}

/** A scope's share of England: sums of its sub-ICBs' shares. */
export function scopeShares(prepared: Prepared, scope: string): ScopeShares {
  let training = 0;
  let fte = 0;
  let heads = 0;
  for (const code of prepared.subIcbsOf(scope)) {
    const area = prepared.byCode.get(code);
    if (!area) continue;
    training += area.trainingShare;
    fte += area.fteShare;
    heads += area.headShare;
  }
  return { training, fte, heads };
}

/** England's values scaled to a scope: flow levers times the scope's share, the rest unchanged. */
export function scaleToScope(levers: LeverValues, shares: ScopeShares): LeverValues {
  const scaled = { ...levers };
  for (const lever of LEVERS) {
    if (!('scopeTotal' in lever)) continue;
    scaled[lever.key] = levers[lever.key] * (lever.scopeTotal === 'training' ? shares.training : shares.fte);
  }
  return scaled;
}

/** England's levers: data defaults overlaid with the planner's. */
export function englandLevers(prepared: Prepared, choices: Pick<ScenarioChoices, 'englandLevers'>): LeverValues {
  return { ...prepared.defaults, ...finiteOnly(choices.englandLevers) };
}

function finiteOnly(levers: Partial<LeverValues>): Partial<LeverValues> {
  const out: Partial<LeverValues> = {};
  for (const [key, value] of Object.entries(levers) as [LeverKey, number | undefined][])
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  return out;
}

/** A scope's levers before its own choices: England's (the planner's England values) scaled to it. */
export function scopeDefaults(prepared: Prepared, scope: string, england: LeverValues): LeverValues {
  return scope === ENGLAND_SCOPE ? england : scaleToScope(england, scopeShares(prepared, scope));
}

/**
 * A lever's config in a scope: England's (with data defaults) in England; for a region or ICB, flow levers
 * range from 0 to twice England's maximum times the scope's share in whole units, with `defaultValue` (the
 * scope's share of England's value) as default. Used here only: scopeLeverConfig is the one getter.
 */
function leverConfigFor(prepared: Prepared, scope: string, key: LeverKey, defaultValue?: number): KeyedLeverConfig {
  const base = englandLeverConfig(prepared, key);
  const config = defaultValue === undefined ? base : { ...base, default: defaultValue };
  if (scope === ENGLAND_SCOPE || !('scopeTotal' in config) || config.scopeTotal === undefined) return config;
  const shares = scopeShares(prepared, scope);
  const share = config.scopeTotal === 'training' ? shares.training : shares.fte;
  return {
    ...config,
    min: 0,
    max: Math.max(1, Math.ceil(2 * base.max * share)),
    step: 1,
    default: defaultValue ?? base.default * share,
  };
}

/** Each lever clamped to its config in the scope; out-of-range values are reported by key. */
export function clampLevers(
  prepared: Prepared,
  scope: string,
  levers: Partial<LeverValues>,
  england: LeverValues = prepared.defaults,
): { levers: Partial<LeverValues>; changed: LeverKey[] } {
  const defaults = scopeDefaults(prepared, scope, england);
  const out: Partial<LeverValues> = {};
  const changed: LeverKey[] = [];
  for (const [key, value] of Object.entries(levers) as [LeverKey, number | undefined][]) {
    if (typeof value !== 'number') continue;
    const clamped = clampToConfig(leverConfigFor(prepared, scope, key, defaults[key]), value);
    if (Math.abs(clamped - value) > 1e-9 * Math.max(1, Math.abs(value))) changed.push(key);
    out[key] = clamped;
  }
  return { levers: out, changed };
}

export interface ResolvedScope {
  readonly code: string;
  readonly areaCodes: readonly string[];
  readonly shares: ScopeShares;
  /** The scope's levers (flows are scope totals) and its defaults (its share of England's defaults). */
  readonly levers: LeverValues;
  readonly defaults: LeverValues;
}

/**
 * Scopes with choices of their own, largest first so that an ICB inside a region with its own levers wins
 * for its areas; ties by code.
 */
export function resolveScopes(
  prepared: Prepared,
  choices: Pick<ScenarioChoices, 'englandLevers' | 'scopeLevers'>,
): ResolvedScope[] {
  const england = englandLevers(prepared, choices);
  return Object.entries(choices.scopeLevers)
    .filter(([code, levers]) => code !== ENGLAND_SCOPE && prepared.subIcbsOf(code).length > 0 && Object.keys(levers).length > 0)
    .sort(([a], [b]) => prepared.subIcbsOf(b).length - prepared.subIcbsOf(a).length || a.localeCompare(b))
    .map(([code, levers]) => {
      const shares = scopeShares(prepared, code);
      return {
        code,
        areaCodes: prepared.subIcbsOf(code),
        shares,
        levers: { ...scaleToScope(england, shares), ...finiteOnly(levers) },
        defaults: scaleToScope(prepared.defaults, shares),
      };
    });
}

export interface Preset {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly source: string;
  /** England levers to set (every other lever at its default). */
  readonly englandLevers: Partial<LeverValues>;
}

/**
 * Ready-made scenarios: "Current trends" (every default), the NHS Long Term Workforce Plan's training
 * trajectory (its last point reached by a straight ramp from the first changeable intake), and retention
 * one percentage point better. `plan` is the trajectory from data/training.json.
 */
export function presets(prepared: Prepared, plan: readonly Intake[]): Preset[] {
  const out: Preset[] = [
    {
      key: 'current',
      label: 'Current trends',
      description: `Recorded intakes held at the latest confirmed level (${prepared.latestIntake?.places ?? '?'} places, ${prepared.latestIntake?.recruitmentYear ?? '?'}), and every other lever at its default.`,
      source: 'The defaults, each with its source',
      englandLevers: {},
    },
  ];
  const sorted = [...plan].sort((a, b) => a.recruitmentYear - b.recruitmentYear);
  const last = sorted[sorted.length - 1];
  if (last) {
    const from = prepared.defaults.trainingFrom;
    out.push({
      key: 'ltwp',
      label: 'Long Term Workforce Plan 2023',
      description: `Training places rise in equal steps from the ${from} intake to ${last.places.toLocaleString('en-GB')} in ${last.recruitmentYear} (the plan: ${sorted.map((p) => `${p.places.toLocaleString('en-GB')} by ${p.recruitmentYear}/${String(p.recruitmentYear + 1).slice(2)}`).join(', ')}; its first 500 extra places from September 2025 are already in training and not published, so they are not counted).`,
      source: 'NHS Long Term Workforce Plan 2023 (data/training.json)',
      englandLevers: {
        trainingPlaces: last.places,
        trainingFrom: from,
        trainingRamp: Math.max(1, last.recruitmentYear - from + 1),
      },
    });
  }
  out.push({
    key: 'retention',
    label: 'Retention improves by 1 percentage point',
    description: `Leaver rate ${((prepared.defaults.leaverRate - 0.01) * 100).toFixed(1)}% instead of ${(prepared.defaults.leaverRate * 100).toFixed(1)}% a year; the LTWP assumes 6-7%.`,
    source: 'Institute for Government via Pulse (8.8%); NHS Long Term Workforce Plan 2023',
    englandLevers: { leaverRate: Number((prepared.defaults.leaverRate - 0.01).toFixed(4)) },
  });
  return out;
}

/**
 * A lever's config in a scope (England, a region or an ICB), given England's choices (a scope's flow defaults are
 * its share of England's values): the one getter of a lever's range, step and default, which the URL, saved
 * scenarios, the levers panel and goal-seek all use.
 */
export function scopeLeverConfig(
  prepared: Prepared,
  scope: string,
  key: LeverKey,
  englandChoices: Partial<LeverValues> = {},
): KeyedLeverConfig {
  const defaults = scopeDefaults(prepared, scope, englandLevers(prepared, { englandLevers: englandChoices }));
  return leverConfigFor(prepared, scope, key, defaults[key]);
}
