/**
 * The projection: one pure function from the prepared data and a scenario's choices to every area's
 * projected GP FTE, headcount and patients, with 80% ranges. Map, table, charts, headline, goal-seek,
 * comparison and exports all call it.
 *
 * Method (MODEL.md):
 *   1. The national engine runs three times for England's levers: at the defaults (D), with the scenario's
 *      levers but the default newly qualified GPs (M), and with the scenario's levers (S). M − D is what the
 *      rates, recruits and returners change; S − M is what the training path and uptake change. The engine
 *      is linear in its flows, so the two parts add up to S − D exactly.
 *   2. Every sub-ICB keeps its share s of England at the defaults (prepare.ts), and takes its share of each
 *      part of a change: s of the first, its training share τ (a blend of its ICB's trainee share and s) of
 *      the second:  FTE_i(t) = s_i·D(t) + s_i·(M − D)(t) + τ_i·(S − M)(t). Headcount likewise with its
 *      share of heads.
 *   3. A region or ICB with levers of its own is run as its own engine: England's stock and calibrated flows
 *      times its shares, its own levers. Its areas take s_i·D(t) plus their part (s_i / S_fte, τ_i / S_τ) of
 *      the scope's own increments: its recruits, returners and rate changes stay inside it, and so does what it
 *      inherits of England's training change (its share, as England's rule gives it); of what its own training
 *      levers add on top, the share "Trained here who stay" (the stayShare lever) goes to its areas (τ_i / S_τ)
 *      and the rest to the sub-ICBs outside it by their training share (τ_j / (1 − S_τ)), so England gains the
 *      whole change and the scope `stay` of it. Later (smaller) scopes win for the areas they list.
 *   4. ICBs, regions and England are the sums of their sub-ICBs (an ICB of April 2026 that holds part of a split
 *      sub-ICB adds that part of its path: parts by FTE, headcount and patients of the last recorded year); patients grow at each sub-ICB's recent
 *      rate (or the planner's single rate).
 *   5. Ranges (80%): log FTE ± 1.2816 × √(σ_share² × h^α + σ_national(t)²), where h is years after the data
 *      year, σ_share the area's own share spread and α how its level's spread grows (shares.ts), and σ_national
 *      England's spread from the Monte Carlo (monte-carlo.ts). Without a national spread yet, ranges are null.
 * Units: FTE, heads, registered patients; years are financial-year ends.
 * Sources: see prepare.ts, engine.ts and MODEL.md.
 */
import type { LeverValues } from './levers';
import type { EngineYear } from './engine';
import type { ResolvedScope, ScenarioChoices, ScopeShares, TrainingPoint } from './scenario';
import { bandLeaverRates } from './age-bands';
import { runEngine } from './engine';
import { qualifiers } from './training';
import { englandLevers, resolveScopes, scaleToScope, trainingIntake } from './scenario';
import type { Prepared } from './prepare';
import { emptyTeamChoices, projectTeam, type TeamBase, type TeamProjection } from './team';

/** The sharing rule in words, for the app to show beside the levers (λ and the share years as chosen on the data). */
export function allocationRule(prepared: Prepared): string {
  const { lambda, shareYears } = prepared.settings;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    `At default levers every sub-ICB keeps its share of England's GP FTE (${shareYears === 1 ? 'in the latest recorded year' : `the mean of the last ${shareYears} recorded years`}), so areas follow England's path. ` +
    'A lever change adds its England-wide effect to areas by stated rules: changes to the leaver rate, recruits, ' +
    "returners and participation by each area's share of FTE; changes to training places and uptake by a blend of " +
    `${pct(lambda)} its ICB's share of GP registrars and locums (mean of the last 3 years, split among ` +
    `its sub-ICBs by FTE) and ${pct(1 - lambda)} its FTE share (the back-test chose the blend). ` +
    "Levers set for a region or ICB run that area on its own (England's stock and calibrated flows times its shares): " +
    'its recruits, returners and rate changes stay in it; of the extra GPs its own training places produce, the share ' +
    '"Trained here who stay" takes a first post there and the rest are shared among the other areas by the training rule. ' +
    'ICBs, regions and England are the sums of their sub-ICBs.'
  );
}

/** z for the 10th and 90th percentiles of a normal distribution. */
export const Z_80 = 1.2815515655446004;

/** England's FTE spread by year: ln(10th percentile ÷ central) ≤ 0 and ln(90th ÷ central) ≥ 0. */
export interface NationalSpread {
  readonly years: readonly number[];
  readonly lowLog: readonly number[];
  readonly highLog: readonly number[];
  /** The draws' median, ln(median ÷ central), before the range is centred on the central line. */
  readonly medianLog?: readonly number[];
  /** The share of draws below the central line (its percentile in its own draws; about 0.5). */
  readonly centralPercentile?: readonly number[];
}

export interface AreaPath {
  /** One value per projected year (the projection's `years`). */
  readonly fte: readonly number[];
  readonly headcount: readonly number[];
  readonly patients: readonly number[];
  /** The 80% range of FTE, or null while the national spread is not known. */
  readonly low: readonly number[] | null;
  readonly high: readonly number[] | null;
}

export interface ScenarioProjection {
  readonly baseYear: number;
  /** Projected years: baseYear + 1 ... toYear. */
  readonly years: readonly number[];
  /** England's engine with England's levers, from the jump-off year: the national flows. */
  readonly england: readonly EngineYear[];
  readonly englandLevers: LeverValues;
  readonly scopes: readonly ResolvedScope[];
  readonly byArea: ReadonlyMap<string, AreaPath>;
  /** The PCN team by role group (team.ts), when the team's base data was given; else null. */
  readonly team: TeamProjection | null;
}

const NATIONAL: ScopeShares = { training: 1, fte: 1, heads: 1, stay: 1 };

/** The engine for a scope (England: shares of 1) with `levers`; newly qualified GPs follow `newGpLevers` (and `path`). */
export function runScope(
  prepared: Prepared,
  levers: LeverValues,
  newGpLevers: LeverValues,
  shares: ScopeShares = NATIONAL,
  path: readonly TrainingPoint[] | null = null,
): EngineYear[] {
  const { stock, calibration } = prepared;
  const intake = trainingIntake(prepared, newGpLevers, path, shares.training);
  const uptake = Math.min(1, Math.max(0, newGpLevers.traineeUptake));
  return runEngine({
    startYear: prepared.startYear,
    toYear: prepared.toYear,
    heads: [
      stock.heads[0] * shares.heads,
      stock.heads[1] * shares.heads,
      stock.heads[2] * shares.heads,
      stock.heads[3] * shares.heads,
    ],
    fte: [stock.fte[0] * shares.fte, stock.fte[1] * shares.fte, stock.fte[2] * shares.fte, stock.fte[3] * shares.fte],
    leaverRates: bandLeaverRates({ ageProfile: prepared.ageProfile, leverRate: levers.leaverRate }),
    newGpHeads: (fyEnd) => qualifiers(intake, fyEnd) * uptake,
    internationalFte: levers.internationalRecruitment,
    returnersFte: levers.returners,
    otherNetJoiners: calibration.otherNetJoiners * shares.heads,
    participationTrend: levers.participationTrend,
    bandParticipation: calibration.bandParticipation,
    halfLife: levers.participationHalfLife,
    participationMultiplier: prepared.defaults.ftePerGp > 0 ? levers.ftePerGp / prepared.defaults.ftePerGp : 1,
    ageing: prepared.ageFit.ageing,
  });
}

interface Increments {
  /** Rates, recruits and returners (FTE, heads), by engine row. */
  readonly rateFte: Float64Array;
  readonly rateHeads: Float64Array;
  /** What the training path and uptake change as the scope inherits them from England (all of it for England). */
  readonly trainingFte: Float64Array;
  readonly trainingHeads: Float64Array;
  /** What a scope's own training levers change on top of what it inherits (zero for England). */
  readonly ownTrainingFte: Float64Array;
  readonly ownTrainingHeads: Float64Array;
}

/** The levers that set newly qualified GPs: training path and uptake. */
const NEW_GP_KEYS = ['trainingPlaces', 'trainingFrom', 'trainingRamp', 'traineeUptake'] as const;

/**
 * A scope's (or England's) increments over its defaults. With `inherited` (a scope's share of England's levers
 * and England's training path), the training part is split into what it inherits and what its own levers add.
 */
function increments(
  prepared: Prepared,
  levers: LeverValues,
  defaults: LeverValues,
  shares: ScopeShares,
  path: readonly TrainingPoint[] | null,
  inherited?: { levers: LeverValues; path: readonly TrainingPoint[] | null },
): { increments: Increments; run: EngineYear[] } {
  const base = runScope(prepared, defaults, defaults, shares);
  const mixed = runScope(prepared, levers, defaults, shares);
  const run = runScope(prepared, levers, levers, shares, path);
  const inheritedNewGps = inherited ? { ...levers } : null;
  if (inheritedNewGps && inherited) for (const key of NEW_GP_KEYS) inheritedNewGps[key] = inherited.levers[key];
  const middle = inheritedNewGps && inherited ? runScope(prepared, levers, inheritedNewGps, shares, inherited.path) : run;
  const n = run.length;
  const out: Increments = {
    rateFte: new Float64Array(n),
    rateHeads: new Float64Array(n),
    trainingFte: new Float64Array(n),
    trainingHeads: new Float64Array(n),
    ownTrainingFte: new Float64Array(n),
    ownTrainingHeads: new Float64Array(n),
  };
  for (let k = 0; k < n; k += 1) {
    const b = base[k];
    const m = mixed[k];
    const i = middle[k];
    const s = run[k];
    if (!b || !m || !i || !s) continue;
    out.rateFte[k] = m.fte - b.fte;
    out.rateHeads[k] = m.heads - b.heads;
    out.trainingFte[k] = i.fte - m.fte;
    out.trainingHeads[k] = i.heads - m.heads;
    out.ownTrainingFte[k] = s.fte - i.fte;
    out.ownTrainingHeads[k] = s.heads - i.heads;
  }
  return { increments: out, run };
}

const defaultRuns = new WeakMap<Prepared, EngineYear[]>();
/**
 * England at the default levers (cached per prepared data): the engine's run, or, when England is held (too few
 * recorded years to calibrate, prepare.ts), its first row held in every year.
 */
export function defaultEngland(prepared: Prepared): EngineYear[] {
  let run = defaultRuns.get(prepared);
  if (!run) {
    const engine = runScope(prepared, prepared.defaults, prepared.defaults);
    const first = engine[0];
    run = prepared.englandHeld && first ? engine.map((row) => ({ ...first, year: row.year })) : engine;
    defaultRuns.set(prepared, run);
  }
  return run;
}

type GpChoices = Pick<ScenarioChoices, 'englandLevers' | 'scopeLevers' | 'patientGrowth'> &
  Partial<Pick<ScenarioChoices, 'trainingPath'>>;

/**
 * The last GP projection per prepared data, with the GP choices it was made for (by value) and the spread (by
 * identity: a worker's result, never changed). A PCN team lever changes only the team: its slider then costs the
 * team's projection, not the GP projection of every area again. Values, not object identity, decide, so a caller that
 * builds its choices afresh (goal-seek, comparison) gets a new projection exactly when a GP choice differs.
 */
const lastGp = new WeakMap<Prepared, { key: string; spread: NationalSpread | null; result: Omit<ScenarioProjection, 'team'> }>();

export function projectScenario(
  prepared: Prepared,
  choices: GpChoices & Partial<Pick<ScenarioChoices, 'team'>>,
  spread: NationalSpread | null = null,
  teamBase: TeamBase | null = null,
  /** keep: false leaves the kept GP projection alone (a warm-up's throw-away variant must not replace it). */
  options: { keep?: boolean } = {},
): ScenarioProjection {
  if (options.keep === false) return withTeamProjection(prepared, projectGp(prepared, choices, spread), choices, teamBase);
  const key = JSON.stringify(
    [choices.englandLevers, choices.scopeLevers, choices.patientGrowth, choices.trainingPath ?? null],
    // NaN and ±Infinity would all be null in JSON: keep them apart.
    (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v),
  );
  const last = lastGp.get(prepared);
  let gp = last && last.key === key && last.spread === spread ? last.result : null;
  if (!gp) {
    gp = projectGp(prepared, choices, spread);
    lastGp.set(prepared, { key, spread, result: gp });
  }
  return withTeamProjection(prepared, gp, choices, teamBase);
}

/** The GP projection with the PCN team projected for the choices (none without a team base). */
function withTeamProjection(
  prepared: Prepared,
  gp: Omit<ScenarioProjection, 'team'>,
  choices: Partial<Pick<ScenarioChoices, 'team'>>,
  teamBase: TeamBase | null,
): ScenarioProjection {
  const team = teamBase
    ? projectTeam({
        base: teamBase,
        choices: choices.team ?? emptyTeamChoices(),
        years: gp.years,
        subIcbsOf: (scope) => prepared.subIcbsOf(scope),
        parentOf: (code) => prepared.byCode.get(code)?.parent ?? null,
        madeOfParts: prepared.areas.flatMap((a) => (a.parts ? [{ code: a.code, parts: a.parts }] : [])),
      })
    : null;
  return { ...gp, team };
}

/** Every area's GP projection for the GP choices (projectScenario without the PCN team). */
function projectGp(prepared: Prepared, choices: GpChoices, spread: NationalSpread | null): Omit<ScenarioProjection, 'team'> {
  const { baseYear, years, startYear } = prepared;
  const n = years.length;
  const england = englandLevers(prepared, choices);
  const base = defaultEngland(prepared);
  const national = increments(prepared, england, prepared.defaults, NATIONAL, choices.trainingPath ?? null);
  const scopes = resolveScopes(prepared, choices);
  const scopeIncrements = scopes.map((scope) => ({
    scope,
    ...increments(prepared, scope.levers, scope.defaults, scope.shares, scope.trainingPath, {
      levers: scaleToScope(england, scope.shares),
      path: choices.trainingPath ?? null,
    }),
  }));
  // Which increments govern each sub-ICB: the last (smallest) scope listing it, else England's.
  const governing = new Map<string, { inc: Increments; shares: ScopeShares; stay: number }>();
  for (const { scope, increments: inc } of scopeIncrements)
    for (const code of scope.areaCodes)
      governing.set(code, { inc, shares: scope.shares, stay: Math.min(1, Math.max(0, scope.levers.stayShare)) });
  // What a scope's own training levers send elsewhere: (1 − stay) of their change, shared among the sub-ICBs
  // outside the scope by their training share (what it inherits from England stays, as England's rule gave it).
  const spills = scopeIncrements.map(({ scope, increments: inc }) => ({
    inside: new Set(scope.areaCodes),
    outside: 1 - scope.shares.training,
    leave: 1 - Math.min(1, Math.max(0, scope.levers.stayShare)),
    inc,
  }));

  const growthOverride = choices.patientGrowth;
  const row = (year: number) => year - startYear;
  const sums = new Map<string, { fte: Float64Array; headcount: Float64Array; patients: Float64Array }>();
  const bucket = (code: string) => {
    let b = sums.get(code);
    if (!b) {
      b = { fte: new Float64Array(n), headcount: new Float64Array(n), patients: new Float64Array(n) };
      sums.set(code, b);
    }
    return b;
  };
  for (const area of prepared.subIcbs) {
    const gov = governing.get(area.code);
    const inc = gov?.inc ?? national.increments;
    const shares = gov?.shares ?? NATIONAL;
    const rateShare = shares.fte > 0 ? area.fteShare / shares.fte : 0;
    const rateHeadShare = shares.heads > 0 ? area.headShare / shares.heads : 0;
    const trainingShare = shares.training > 0 ? area.trainingShare / shares.training : 0;
    // A scope keeps `stay` of its own training levers' change.
    const ownShare = trainingShare * (gov?.stay ?? 1);
    // The other scopes' training changes that come here.
    const arriving = spills.filter((s) => !s.inside.has(area.code) && s.outside > 0 && s.leave > 0);
    const growth =
      typeof growthOverride === 'number' && Number.isFinite(growthOverride)
        ? Math.max(-0.99, growthOverride)
        : area.patientGrowth;
    const fte = new Float64Array(n);
    const headcount = new Float64Array(n);
    const patients = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const year = years[i] ?? 0;
      const k = row(year);
      const d = base[k];
      let spillFte = 0;
      let spillHeads = 0;
      for (const s of arriving) {
        const part = (s.leave * area.trainingShare) / s.outside;
        spillFte += part * (s.inc.ownTrainingFte[k] ?? 0);
        spillHeads += part * (s.inc.ownTrainingHeads[k] ?? 0);
      }
      fte[i] = Math.max(
        0,
        area.fteShare * (d?.fte ?? 0) +
          rateShare * (inc.rateFte[k] ?? 0) +
          trainingShare * (inc.trainingFte[k] ?? 0) +
          ownShare * (inc.ownTrainingFte[k] ?? 0) +
          spillFte,
      );
      headcount[i] = Math.max(
        0,
        area.headShare * (d?.heads ?? 0) +
          rateHeadShare * (inc.rateHeads[k] ?? 0) +
          trainingShare * (inc.trainingHeads[k] ?? 0) +
          ownShare * (inc.ownTrainingHeads[k] ?? 0) +
          spillHeads,
      );
      patients[i] = area.patients * Math.pow(1 + growth, year - baseYear);
    }
    // The area and every parent up to England.
    for (let code: string | null = area.code; code; code = prepared.byCode.get(code)?.parent ?? null) {
      const b = bucket(code);
      for (let i = 0; i < n; i += 1) {
        b.fte[i] = (b.fte[i] ?? 0) + (fte[i] ?? 0);
        b.headcount[i] = (b.headcount[i] ?? 0) + (headcount[i] ?? 0);
        b.patients[i] = (b.patients[i] ?? 0) + (patients[i] ?? 0);
      }
    }
  }

  // Areas made of parts of sub-ICBs (an ICB of April 2026 holding part of Frimley): each sub-ICB's path times its part.
  for (const area of prepared.areas) {
    if (!area.parts) continue;
    const b = bucket(area.code);
    for (const part of area.parts) {
      const from = sums.get(part.code);
      if (!from) continue;
      for (let i = 0; i < n; i += 1) {
        b.fte[i] = (b.fte[i] ?? 0) + part.fte * (from.fte[i] ?? 0);
        b.headcount[i] = (b.headcount[i] ?? 0) + part.headcount * (from.headcount[i] ?? 0);
        b.patients[i] = (b.patients[i] ?? 0) + part.patients * (from.patients[i] ?? 0);
      }
    }
  }

  const byArea = new Map<string, AreaPath>();
  for (const area of prepared.areas) {
    const b = sums.get(area.code);
    if (!b) continue;
    const fte = Array.from(b.fte);
    let low: number[] | null = null;
    let high: number[] | null = null;
    if (spread) {
      low = new Array<number>(n);
      high = new Array<number>(n);
      for (let i = 0; i < n; i += 1) {
        const year = years[i] ?? 0;
        const j = spread.years.indexOf(year);
        const shareVariance =
          area.shareSpread * area.shareSpread * Math.pow(year - baseYear, prepared.shareGrowth[area.level] ?? 1);
        const lowNational = j >= 0 ? -(spread.lowLog[j] ?? 0) / Z_80 : 0;
        const highNational = j >= 0 ? (spread.highLog[j] ?? 0) / Z_80 : 0;
        const c = fte[i] ?? 0;
        low[i] = c * Math.exp(-Z_80 * Math.sqrt(shareVariance + lowNational * lowNational));
        high[i] = c * Math.exp(Z_80 * Math.sqrt(shareVariance + highNational * highNational));
      }
    }
    byArea.set(area.code, { fte, headcount: Array.from(b.headcount), patients: Array.from(b.patients), low, high });
  }
  return { baseYear, years, england: national.run, englandLevers: england, scopes, byArea };
}
