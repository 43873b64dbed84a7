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
import { LEVERS, clampToConfig, leverConfig } from './levers';
import type { Intake } from './types';
import type { DemandChoice } from './demand';
import { englandLeverConfig, type Prepared } from './prepare';
import { intakeOnPath } from './training';
import { TEAM_GROUPS, emptyTeamChoices, type TeamChoices, type TeamGroupValues } from './team';

export const ENGLAND_SCOPE = 'ENG';

/** The target a planner holds an area to: a past year's FTE per 100,000 patients, or a number. */
export type Target = { readonly kind: 'hold'; readonly year: number } | { readonly kind: 'value'; readonly ftePer100k: number };

/** A point of a training path: the places of a recruitment year. */
export interface TrainingPoint {
  readonly recruitmentYear: number;
  readonly places: number;
}

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
  /**
   * England's intakes as a path of points (recruitment year, places): the straight line between points, the last
   * held after it, the known intakes before the first. It takes the place of the training levers' single ramp
   * (places, first intake, years to reach it). Points up to the latest recorded intake are not used. Absent or
   * null: the levers' ramp.
   */
  readonly trainingPath?: readonly TrainingPoint[] | null;
  /** What demand grows with: registered lists (default) or need with an ageing population (demand.ts). */
  readonly demand?: DemandChoice;
  /** The PCN team's growth a year by role group (England and scopes) and GP time released (team.ts). Absent: defaults. */
  readonly team?: TeamChoices;
}

const copyGroupValues = (values: TeamGroupValues | undefined): TeamGroupValues => {
  const out: Partial<Record<(typeof TEAM_GROUPS)[number], number>> = {};
  for (const g of TEAM_GROUPS) {
    const v = values?.[g];
    if (typeof v === 'number' && Number.isFinite(v)) out[g] = v;
  }
  return out;
};

/** The levers that set the training path's single ramp: a training path takes their place. */
export const TRAINING_PATH_LEVERS: readonly LeverKey[] = ['trainingPlaces', 'trainingFrom', 'trainingRamp'];

/**
 * Places by recruitment year for a scope with these levers: the known intakes times `share`, then either the
 * training path (points times `share`) or the levers' ramp from the held level.
 */
export function trainingIntake(
  prepared: Prepared,
  levers: Pick<LeverValues, 'trainingPlaces' | 'trainingFrom' | 'trainingRamp'>,
  path: readonly TrainingPoint[] | null | undefined,
  share: number,
): (recruitmentYear: number) => number {
  const known = (year: number) => prepared.knownIntake(year) * share;
  const recorded = prepared.latestIntake?.recruitmentYear ?? prepared.lastFixedIntakeYear;
  const points = (path ?? [])
    .filter((p) => p.recruitmentYear > recorded && Number.isFinite(p.places) && p.places >= 0)
    .slice()
    .sort((a, b) => a.recruitmentYear - b.recruitmentYear);
  const first = points[0];
  if (first) {
    const last = points[points.length - 1] ?? first;
    return (year) => {
      if (year < first.recruitmentYear) return known(year);
      if (year >= last.recruitmentYear) return last.places * share;
      let k = 1;
      while ((points[k]?.recruitmentYear ?? Infinity) < year) k += 1;
      const after = points[k] ?? last;
      const before = points[k - 1] ?? first;
      if (after.recruitmentYear === year) return after.places * share;
      const t = (year - before.recruitmentYear) / (after.recruitmentYear - before.recruitmentYear);
      return (before.places + t * (after.places - before.places)) * share;
    };
  }
  const ramp = {
    lastFixedYear: prepared.lastFixedIntakeYear,
    places: levers.trainingPlaces,
    from: levers.trainingFrom,
    ramp: levers.trainingRamp,
  };
  return (year) => intakeOnPath(known, ramp, year);
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
  trainingPath: { initial: () => null, copy: (path) => (path ? path.map((point) => ({ ...point })) : null) },
  demand: { initial: () => 'lists', copy: (demand) => demand ?? 'lists' },
  team: {
    initial: () => emptyTeamChoices(),
    copy: (team) => ({
      england: copyGroupValues(team?.england),
      scopes: Object.fromEntries(
        Object.entries(team?.scopes ?? {})
          .map(([code, values]) => [code, copyGroupValues(values)] as const)
          .filter(([, values]) => Object.keys(values).length > 0),
      ),
      gpTimeReleased: copyGroupValues(team?.gpTimeReleased),
    }),
  },
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
  /**
   * The share of newly qualified GPs trained in the scope who stay in it under the national sharing rule:
   * λ (where trainees are) + (1 − λ) × its FTE share (where the workforce is). England: 1.
   */
  readonly stay: number;
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
  const lambda = prepared.settings.lambda;
  return { training, fte, heads, stay: Math.min(1, lambda + (1 - lambda) * fte) };
}

/**
 * England's values scaled to a scope: flow levers times the scope's share, the share of its own trainees who
 * stay at the national rule's, the rest unchanged.
 */
export function scaleToScope(levers: LeverValues, shares: ScopeShares): LeverValues {
  const scaled = { ...levers };
  for (const lever of LEVERS) {
    if (!('scopeTotal' in lever)) continue;
    scaled[lever.key] = levers[lever.key] * (lever.scopeTotal === 'training' ? shares.training : shares.fte);
  }
  scaled.stayShare = shares.stay;
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
  /** England's training path, when the scope follows it (no training-path lever of its own); else null. */
  readonly trainingPath: readonly TrainingPoint[] | null;
}

/**
 * Scopes with choices of their own, largest first so that an ICB inside a region with its own levers wins
 * for its areas; ties by code.
 */
export function resolveScopes(
  prepared: Prepared,
  choices: Pick<ScenarioChoices, 'englandLevers' | 'scopeLevers' | 'trainingPath'>,
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
        trainingPath: TRAINING_PATH_LEVERS.some((key) => levers[key] !== undefined) ? null : (choices.trainingPath ?? null),
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
  /** England's training path to set (null: the levers' ramp). */
  readonly trainingPath: readonly TrainingPoint[] | null;
}

/** The plan's first extra places: `places` more than the held level from the intake of `recruitmentYear`. */
export interface PlanExtra {
  readonly places: number;
  readonly recruitmentYear: number;
}

/**
 * Ready-made scenarios: "Current trends" (every default); the NHS Long Term Workforce Plan's training trajectory
 * as a path through the plan's points (its first extra places on the held level, then each "by" figure in its
 * recruitment year, straight lines between: `plan` and `extra` from data/training.json); retention one
 * percentage point better; and the participation trend continuing (no halving).
 */
export function presets(prepared: Prepared, plan: readonly Intake[], extra?: PlanExtra): Preset[] {
  const out: Preset[] = [
    {
      key: 'current',
      label: 'Current trends',
      description: `Recorded intakes held at the latest confirmed level (${prepared.latestIntake?.places ?? '?'} places, ${prepared.latestIntake?.recruitmentYear ?? '?'}), and every other lever at its default.`,
      source: 'The defaults, each with its source',
      englandLevers: {},
      trainingPath: null,
    },
  ];
  const held = prepared.latestIntake?.places ?? prepared.defaults.trainingPlaces;
  const points: TrainingPoint[] = [
    ...(extra ? [{ recruitmentYear: extra.recruitmentYear, places: held + extra.places }] : []),
    ...plan.map((p) => ({ recruitmentYear: p.recruitmentYear, places: p.places })),
  ].sort((a, b) => a.recruitmentYear - b.recruitmentYear);
  if (plan.length > 0) {
    const fmt = (n: number) => n.toLocaleString('en-GB');
    const fy = (y: number) => `${y}/${String(y + 1).slice(2)}`;
    out.push({
      key: 'ltwp',
      label: 'Long Term Workforce Plan 2023',
      description: `Training places follow the plan's points: ${points
        .map((p, i) =>
          extra && i === 0
            ? `${fmt(p.places)} from the ${p.recruitmentYear} intake (the plan's first ${fmt(extra.places)} extra places on the ${fmt(held)} held)`
            : `${fmt(p.places)} by ${fy(p.recruitmentYear)}`,
        )
        .join(', ')}, in straight lines between them and held after the last.`,
      source: 'NHS Long Term Workforce Plan 2023 (data/training.json)',
      englandLevers: {},
      trainingPath: points,
    });
  }
  out.push({
    key: 'retention',
    label: 'Retention improves by 1 percentage point',
    description: `Leaver rate ${((prepared.defaults.leaverRate - 0.01) * 100).toFixed(1)}% instead of ${(prepared.defaults.leaverRate * 100).toFixed(1)}% a year (gross); the LTWP assumes 6-7%.`,
    source: 'Institute for Government via Pulse (8.8%); NHS Long Term Workforce Plan 2023',
    englandLevers: { leaverRate: Number((prepared.defaults.leaverRate - 0.01).toFixed(4)) },
    trainingPath: null,
  });
  const halfLife = leverConfig('participationHalfLife').max;
  // Only when the default fades it: the back-test may already have chosen the longest half-life.
  if (prepared.defaults.participationHalfLife < halfLife)
    out.push({
      key: 'participation',
      label: 'Participation trend continues',
      description: `The fall in FTE per GP in post (${(prepared.defaults.participationTrend * 100).toFixed(2)}% a year, by age band as recorded) does not fade: half-life ${halfLife} years instead of ${prepared.defaults.participationHalfLife}.`,
      source: 'THF age-band file (data/age-profile.json): FTE per head fell in every age band',
      englandLevers: { participationHalfLife: halfLife },
      trainingPath: null,
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
