/**
 * The back-test: how well the projection would have done on the recorded past, against naive benchmarks, and how
 * often its 80% ranges held what happened.
 *
 * Method: from every origin year (2015/16 onward), the data are cut to what was known then (`dataAsOf`: the area
 * series to the origin, the bulletin and age snapshots to the October after it, intakes to the origin's
 * recruitment year), and the app's own code runs at its default levers: `prepareProjection` (which chooses its
 * settings by a back-test nested inside that cut, settings.ts), `nationalSpread` and `projectScenario`. Each
 * projection is compared with what was recorded in every later year (all origin → target pairs):
 *   - England: the absolute error of the model, of "no change" given the same nowcast the model sees (the
 *     jump-off held), and of England's own trend (linear and compound over its last 5 recorded steps, fewer if
 *     there are fewer), by years ahead; and whether the recorded figure fell inside the 80% range.
 *   - Areas (sub-ICB, ICB): the share inside their 80% range 3, 6 and 9 years ahead, and the range's width.
 *   - Rolling origins (three to five years before the last recorded year, and the year before them) to the last
 *     recorded year: MAPE of the model, "no change" (the origin's FTE), "no change with the nowcast" (each area's
 *     share of England's nowcast: what the model sees), each area's own linear and compound trend; the paired t of
 *     the model's absolute errors against the nowcast's (positive: the model is worse); England's error.
 * The shocks' sizes need three one-year errors before the origin (shocks.ts), the share spreads two one-year
 * changes and the nowcast's error one recorded year after a bulletin year; origins with fewer (2015/16 to 2017/18)
 * use those of the first origin that has them (2018/19, 2017/18 and 2016/17): the one place the back-test looks
 * ahead, and it says so (`borrowed`). England's path is held at its
 * nowcast from origins with fewer than three recorded steps (prepare.ts).
 * The nine-year test starts in 2015/16 with inputs as they happened: every recorded intake, and other net joiners
 * and the participation trend calibrated over 2015/16-2024/25 itself (held constant), starting from the recorded
 * 2015/16 (no jump-off). It checks the sharing among areas over a decade.
 * The lever test asks whether the training path predicts the newly qualified GPs who arrived: from 2021/22, with
 * what was known then, the rise in intakes 2018-2021 (3,473 to 4,000 against 3,157 in 2017) qualifies over
 * 2022/23-2024/25. The model's England headcount in 2024/25 is compared with the recorded one, with the same
 * projection had intakes stayed at the 2017 level, and with the training increment doubled (the intakes' rise
 * above 2017 twice over).
 * The training-share scan asks how newly qualified GPs were spread: for λ from 0 to 1 it gives each area
 * s·(recorded England FTE) + λ·(trainee share − s)·(new GP FTE that joined over the horizon).
 * Units: percentages; t is unitless; widths are the range's high ÷ low − 1, in percent.
 * Sources: the data themselves.
 */
import type { AreaHistory, AreaLevel, Intake, ProjectionData } from './types';
import { MIN_SHARE_CHANGES, prepareProjection, type Prepared } from './prepare';
import { calibrate } from './calibrate';
import { bandLeaverRates } from './age-bands';
import { nationalSpread } from './monte-carlo';
import { projectScenario, runScope, type ScenarioProjection } from './project-scenario';
import { NEW_GP_FTE_PER_HEAD, knownIntakes, qualifiers } from './training';
import { dataAsOf, financialYearOf } from './england';
import { shocksFor } from './shocks';

export { dataAsOf } from './england';

export interface LevelResult {
  readonly areas: number;
  /** Mean absolute percentage errors, in percent. */
  readonly model: number;
  /** "No change": the origin's own FTE. */
  readonly noChange: number;
  /** "No change" given the nowcast the model sees: the area's share of England's jump-off. */
  readonly nowcastNaive: number;
  readonly linearTrend: number;
  readonly compoundTrend: number;
  /** Paired t of the model's absolute percentage errors against the nowcast's (positive: the model is worse). */
  readonly pairedT: number;
}

export interface OriginResult {
  readonly origin: number;
  readonly target: number;
  readonly englandProjected: number;
  readonly englandRecorded: number;
  /** Percent. */
  readonly englandError: number;
  readonly englandNowcastError: number;
  readonly subicb: LevelResult;
  readonly icb: LevelResult;
}

/** One England origin → target pair. */
export interface EnglandPair {
  readonly origin: number;
  readonly target: number;
  readonly horizon: number;
  readonly recorded: number;
  readonly model: number;
  readonly low: number;
  readonly high: number;
  readonly nowcast: number;
  readonly linearTrend: number;
  readonly compoundTrend: number;
  /** The model's central figure's percentile in its own draws, percent. */
  readonly centralPercentile: number;
}

export interface HorizonSummary {
  readonly horizon: number;
  readonly pairs: number;
  /** Mean absolute percentage errors of England, percent. */
  readonly model: number;
  readonly nowcast: number;
  readonly trend: number;
  /** Share of pairs inside the 80% range, percent. */
  readonly coverage: number;
  /** Mean width of the range, (high ÷ low − 1) in percent. */
  readonly width: number;
}

export interface AreaCoverage {
  readonly level: Extract<AreaLevel, 'subicb' | 'icb'>;
  readonly horizon: number;
  readonly origins: readonly number[];
  /** Area-origin pairs counted. */
  readonly pairs: number;
  readonly coverage: number;
  /** Mean width of the range, (high ÷ low − 1) in percent. */
  readonly width: number;
}

export interface LeverTest {
  readonly origin: number;
  readonly target: number;
  /** The intake the rise is measured from (recruitment year). */
  readonly baseYear: number;
  /** England's recorded headcount in the target year. */
  readonly recorded: number;
  /** England's projected headcount in the target year: with the recorded intakes, with the intakes after the base
   * year held at its level, and with their rise above it doubled. */
  readonly withRise: number;
  readonly withoutRise: number;
  readonly doubled: number;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

function pairedT(differences: readonly number[]): number {
  const n = differences.length;
  if (n < 2) return 0;
  const m = mean(differences);
  const sd = Math.sqrt(differences.reduce((s, d) => s + (d - m) ** 2, 0) / (n - 1));
  return sd > 0 ? m / (sd / Math.sqrt(n)) : 0;
}

/** An area's own trend over its last 5 steps to index `o`, `h` years on: linear and compound. */
function ownTrends(series: readonly number[], o: number, h: number): { linear: number; compound: number } {
  const last = series[o] ?? 0;
  const steps = Math.min(5, o);
  const first = series[o - steps] ?? last;
  if (steps < 1) return { linear: last, compound: last };
  return {
    linear: Math.max(0, last + ((last - first) / steps) * h),
    compound: first > 0 ? last * Math.pow(last / first, h / steps) : last,
  };
}

interface OriginRun {
  readonly origin: number;
  readonly prepared: Prepared;
  readonly projection: ScenarioProjection;
  /** England's nowcast (the jump-off) and FTE at the origin. */
  readonly nowcast: number;
  readonly englandAtOrigin: number;
  readonly centralPercentile: readonly number[];
  /** Whether it took shocks or share spreads from a later origin. */
  readonly borrowed: boolean;
}

function levelResult(areas: readonly AreaHistory[], run: OriginRun, years: readonly number[], target: number): LevelResult {
  const o = years.indexOf(run.origin);
  const t = years.indexOf(target);
  const h = target - run.origin;
  const nowcastRatio = run.englandAtOrigin > 0 ? run.nowcast / run.englandAtOrigin : 1;
  const model: number[] = [];
  const noChange: number[] = [];
  const nowcast: number[] = [];
  const linear: number[] = [];
  const compound: number[] = [];
  for (const area of areas) {
    const recorded = area.fte[t] ?? 0;
    const projected = run.projection.byArea.get(area.code)?.fte[run.projection.years.indexOf(target)];
    if (!(recorded > 0) || projected === undefined) continue;
    const last = area.fte[o] ?? 0;
    const trends = ownTrends(area.fte, o, h);
    const ape = (value: number) => Math.abs(value - recorded) / recorded;
    model.push(ape(projected));
    noChange.push(ape(last));
    nowcast.push(ape(last * nowcastRatio));
    linear.push(ape(trends.linear));
    compound.push(ape(trends.compound));
  }
  return {
    areas: model.length,
    model: mean(model) * 100,
    noChange: mean(noChange) * 100,
    nowcastNaive: mean(nowcast) * 100,
    linearTrend: mean(linear) * 100,
    compoundTrend: mean(compound) * 100,
    pairedT: pairedT(model.map((e, i) => e - (nowcast[i] ?? 0))),
  };
}

/** Share of areas inside their range in `year`, and the mean width, percent. */
function coverageIn(areas: readonly AreaHistory[], run: OriginRun, years: readonly number[], year: number) {
  const t = years.indexOf(year);
  const j = run.projection.years.indexOf(year);
  let inside = 0;
  let counted = 0;
  let width = 0;
  for (const area of areas) {
    const path = run.projection.byArea.get(area.code);
    const recorded = area.fte[t];
    const low = path?.low?.[j];
    const high = path?.high?.[j];
    if (recorded === undefined || low === undefined || high === undefined || !(low > 0)) continue;
    counted += 1;
    width += high / low - 1;
    if (recorded >= low && recorded <= high) inside += 1;
  }
  return { inside, counted, width };
}

export interface BacktestOptions {
  readonly draws?: number;
  /** Multiplies every future shock's σ (1: as estimated; 0 removes them: a deliberate breakage). */
  readonly shockScale?: number;
}

const DEFAULTS = { englandLevers: {}, scopeLevers: {}, patientGrowth: null };

/** The app's projection from a preparation at `origin`. */
function runFrom(prepared: Prepared, origin: number, borrowed: boolean, options: BacktestOptions): OriginRun {
  const spread = nationalSpread(prepared, DEFAULTS, { draws: options.draws, shockScale: options.shockScale });
  const england = prepared.data.areas.find((a) => a.level === 'england');
  const atOrigin = england?.fte[prepared.data.years.length - 1] ?? 0;
  return {
    origin,
    prepared,
    projection: projectScenario(prepared, DEFAULTS, spread),
    nowcast: prepared.jumpOff?.fte ?? atOrigin,
    englandAtOrigin: atOrigin,
    centralPercentile: spread.centralPercentile ?? [],
    borrowed,
  };
}

const preparedCache = new WeakMap<ProjectionData, Map<string, Prepared>>();
/** Each origin's preparation, once per data set (origins too short to estimate shocks or spreads borrow them). */
function preparedOrigins(data: ProjectionData): { origin: number; prepared: Prepared; borrowed: boolean }[] {
  const last = data.years[data.years.length - 1] ?? 0;
  let cache = preparedCache.get(data);
  if (!cache) {
    cache = new Map();
    preparedCache.set(data, cache);
  }
  const origins = data.years.filter((y) => y < last);
  const own = origins.map((o) => {
    const key = `${o}`;
    const hit = cache.get(key) ?? prepareProjection(dataAsOf(data, o), { toYear: last });
    cache.set(key, hit);
    return hit;
  });
  const shocks = own.map(shocksFor).find((x) => x.estimated);
  const spreads = own.find((p) => p.data.years.length - 1 >= MIN_SHARE_CHANGES);
  const shareSpreads = spreads
    ? { spreads: new Map(spreads.areas.map((a) => [a.code, a.shareSpread])), growth: spreads.shareGrowth }
    : undefined;
  const nowcastSpread = own.find((p) => p.nowcastSpread > 0)?.nowcastSpread;
  return origins.map((origin, i) => {
    const prepared = own[i] as Prepared;
    const needsShocks = !shocksFor(prepared).estimated && shocks !== undefined;
    const needsSpreads = prepared.data.years.length - 1 < MIN_SHARE_CHANGES && shareSpreads !== undefined;
    const needsNowcast = prepared.jumpOff !== null && prepared.nowcastSpread === 0 && nowcastSpread !== undefined;
    if (!needsShocks && !needsSpreads && !needsNowcast) return { origin, prepared, borrowed: false };
    const key = `${origin}:borrowed`;
    const hit =
      cache.get(key) ??
      prepareProjection(prepared.data, {
        toYear: last,
        shocks: needsShocks ? shocks : undefined,
        shareSpreads: needsSpreads ? shareSpreads : undefined,
        nowcastSpread: needsNowcast ? nowcastSpread : undefined,
      });
    cache.set(key, hit);
    return { origin, prepared: hit, borrowed: true };
  });
}

/** Every origin's run, to the last recorded year. */
function originRuns(data: ProjectionData, options: BacktestOptions): OriginRun[] {
  return preparedOrigins(data).map(({ origin, prepared, borrowed }) => runFrom(prepared, origin, borrowed, options));
}

function originResult(data: ProjectionData, run: OriginRun, target: number): OriginResult {
  const t = data.years.indexOf(target);
  const england = data.areas.find((a) => a.level === 'england');
  const englandRecorded = england?.fte[t] ?? Number.NaN;
  const englandProjected =
    run.projection.byArea.get(england?.code ?? '')?.fte[run.projection.years.indexOf(target)] ?? Number.NaN;
  const subicbs = data.areas.filter((a) => a.level === 'subicb');
  const icbs = data.areas.filter((a) => a.level === 'icb');
  return {
    origin: run.origin,
    target,
    englandProjected,
    englandRecorded,
    englandError: (englandProjected / englandRecorded - 1) * 100,
    englandNowcastError: (run.nowcast / englandRecorded - 1) * 100,
    subicb: levelResult(subicbs, run, data.years, target),
    icb: levelResult(icbs, run, data.years, target),
  };
}

function englandPairs(data: ProjectionData, runs: readonly OriginRun[]): EnglandPair[] {
  const england = data.areas.find((a) => a.level === 'england');
  if (!england) return [];
  return runs.flatMap((run) => {
    const o = data.years.indexOf(run.origin);
    const path = run.projection.byArea.get(england.code);
    return data.years
      .filter((t) => t > run.origin)
      .flatMap((target) => {
        const j = run.projection.years.indexOf(target);
        const model = path?.fte[j];
        const low = path?.low?.[j];
        const high = path?.high?.[j];
        const recorded = england.fte[data.years.indexOf(target)] ?? 0;
        if (model === undefined || low === undefined || high === undefined || !(recorded > 0)) return [];
        const trends = ownTrends(england.fte, o, target - run.origin);
        return [
          {
            origin: run.origin,
            target,
            horizon: target - run.origin,
            recorded,
            model,
            low,
            high,
            nowcast: run.nowcast,
            linearTrend: trends.linear,
            compoundTrend: trends.compound,
            centralPercentile: (run.centralPercentile[j] ?? Number.NaN) * 100,
          },
        ];
      });
  });
}

/** England's errors and coverage by years ahead (see the header). */
export function byHorizon(pairs: readonly EnglandPair[]): HorizonSummary[] {
  const horizons = [...new Set(pairs.map((p) => p.horizon))].sort((a, b) => a - b);
  return horizons.map((horizon) => {
    const at = pairs.filter((p) => p.horizon === horizon);
    const ape = (value: (p: EnglandPair) => number) => mean(at.map((p) => Math.abs(value(p) / p.recorded - 1))) * 100;
    return {
      horizon,
      pairs: at.length,
      model: ape((p) => p.model),
      nowcast: ape((p) => p.nowcast),
      trend: Math.min(
        ape((p) => p.linearTrend),
        ape((p) => p.compoundTrend),
      ),
      coverage: (at.filter((p) => p.recorded >= p.low && p.recorded <= p.high).length / Math.max(1, at.length)) * 100,
      width: mean(at.map((p) => p.high / p.low - 1)) * 100,
    };
  });
}

/** Areas inside their range 3, 6 and 9 years ahead, over every origin that reaches that far. */
function areaCoverage(data: ProjectionData, runs: readonly OriginRun[], horizons: readonly number[]): AreaCoverage[] {
  const last = data.years[data.years.length - 1] ?? 0;
  return (['subicb', 'icb'] as const).flatMap((level) =>
    horizons.flatMap((horizon) => {
      const areas = data.areas.filter((a) => a.level === level);
      const used = runs.filter((r) => r.origin + horizon <= last && data.years.includes(r.origin + horizon));
      if (used.length === 0) return [];
      let inside = 0;
      let counted = 0;
      let width = 0;
      for (const run of used) {
        const c = coverageIn(areas, run, data.years, run.origin + horizon);
        inside += c.inside;
        counted += c.counted;
        width += c.width;
      }
      return [
        {
          level,
          horizon,
          origins: used.map((r) => r.origin),
          pairs: counted,
          coverage: counted ? (inside / counted) * 100 : Number.NaN,
          width: counted ? (width / counted) * 100 : Number.NaN,
        },
      ];
    }),
  );
}

/**
 * The lever test (see the header): England's headcount in `target` projected from `origin` with the recorded
 * intakes, with the intakes after `baseIntakeYear` held at its level, and with their rise above it doubled.
 */
export function leverTest(
  data: ProjectionData,
  origin: number,
  target: number,
  baseIntakeYear: number,
  incrementScale = 1,
): LeverTest {
  const cut = dataAsOf(data, origin);
  const withIntakes = (intakes: readonly Intake[]) => {
    const prepared = prepareProjection({ ...cut, intakes }, { toYear: target });
    const run = runScope(prepared, prepared.defaults, prepared.defaults);
    return run[target - prepared.startYear]?.heads ?? Number.NaN;
  };
  const base = cut.intakes.find((i) => i.recruitmentYear === baseIntakeYear)?.places ?? 0;
  const scaled = (factor: number) =>
    cut.intakes.map((i) => (i.recruitmentYear > baseIntakeYear ? { ...i, places: base + (i.places - base) * factor } : i));
  const england = data.areas.find((a) => a.level === 'england');
  return {
    origin,
    target,
    baseYear: baseIntakeYear,
    recorded: england?.headcount[data.years.indexOf(target)] ?? Number.NaN,
    withRise: withIntakes(scaled(incrementScale)),
    withoutRise: withIntakes(scaled(0)),
    doubled: withIntakes(scaled(2 * incrementScale)),
  };
}

/** The nine-year test: from the first recorded year with inputs as they happened (see the header). */
export function nineYearTest(data: ProjectionData, options: BacktestOptions = {}): OriginResult {
  const origin = data.years[0] ?? 0;
  const target = data.years[data.years.length - 1] ?? 0;
  const england = data.areas.find((a) => a.level === 'england');
  const known = dataAsOf(data, origin);
  // Inputs as they happened: every recorded intake, and no jump-off (the run starts from the recorded first year).
  const asHappened: ProjectionData = {
    ...known,
    bulletin: known.bulletin.filter((b) => financialYearOf(b.date) <= origin),
    intakes: data.intakes,
  };
  // The age bands as fitted on the whole record, and the calibration over the whole decade.
  const full = prepareProjection(data, { toYear: target + 1 });
  const placeholder = {
    fromYear: origin,
    toYear: origin,
    otherNetJoiners: 0,
    participationTrend: 0,
    bandParticipation: [0, 0, 0, 0] as const,
    ratioFrom: 0,
    ratioTo: 0,
    observedRatioTrend: 0,
  };
  const first = prepareProjection(asHappened, { toYear: target, calibration: placeholder, ageing: full.ageFit.ageing });
  const calibration = england
    ? calibrate({
        years: data.years,
        heads: england.headcount,
        fte: england.fte,
        ageSnapshots: data.ageSnapshots,
        ageYears: data.ageYears,
        intakes: data.intakes,
        endYear: target,
        windowYears: target - origin,
        leaverRates: bandLeaverRates({ ageProfile: first.ageProfile, leverRate: first.defaults.leaverRate }),
        uptake: first.defaults.traineeUptake,
        internationalFte: first.defaults.internationalRecruitment,
        returnersFte: first.defaults.returners,
        ageing: full.ageFit.ageing,
      })
    : first.calibration;
  const prepared = prepareProjection(asHappened, {
    toYear: target,
    calibration,
    ageing: full.ageFit.ageing,
    shocks: shocksFor(full),
    settings: { shareYears: 1 },
  });
  // The trend held constant over the decade, as calibrated (a half-life of a million years).
  const choices = { englandLevers: { participationHalfLife: 1e6 }, scopeLevers: {}, patientGrowth: null };
  const spread = nationalSpread(prepared, choices, { draws: options.draws, shockScale: options.shockScale });
  const run: OriginRun = {
    origin,
    prepared,
    projection: projectScenario(prepared, choices, spread),
    nowcast: england?.fte[0] ?? 0,
    englandAtOrigin: england?.fte[0] ?? 0,
    centralPercentile: spread.centralPercentile ?? [],
    borrowed: false,
  };
  return originResult(data, run, target);
}

export interface BlendScanRow {
  readonly lambda: number;
  /** Mean over the origins of the sub-ICB MAPE, percent. */
  readonly subicbMape: number;
}

/** Sub-ICB MAPE when new GPs are shared by λ·trainee share + (1 − λ)·FTE share (see the header). */
export function trainingBlendScan(
  data: ProjectionData,
  origins: readonly number[],
  target: number,
  lambdas: readonly number[] = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1],
): { rows: BlendScanRow[]; best: number } {
  const t = data.years.indexOf(target);
  const england = data.areas.find((a) => a.level === 'england');
  const intake = knownIntakes(data.intakes);
  const perOrigin = origins.map((origin) => {
    const prepared = prepareProjection(dataAsOf(data, origin), { toYear: target, settings: { lambda: 0, shareYears: 1 } });
    let newGpFte = 0;
    for (let y = origin + 1; y <= target; y += 1)
      newGpFte += qualifiers(intake, y) * prepared.defaults.traineeUptake * NEW_GP_FTE_PER_HEAD;
    return { prepared, newGpFte };
  });
  const rows = lambdas.map((lambda) => {
    const mapes = perOrigin.map(({ prepared, newGpFte }) => {
      const errors: number[] = [];
      for (const area of prepared.subIcbs) {
        const recorded = data.areas.find((a) => a.code === area.code)?.fte[t] ?? 0;
        if (!(recorded > 0)) continue;
        const projected = area.fteShare * (england?.fte[t] ?? 0) + lambda * (area.traineeShare - area.fteShare) * newGpFte;
        errors.push(Math.abs(projected - recorded) / recorded);
      }
      return mean(errors) * 100;
    });
    return { lambda, subicbMape: mean(mapes) };
  });
  const best = rows.reduce((a, b) => (b.subicbMape < a.subicbMape ? b : a), rows[0] ?? { lambda: 0, subicbMape: 0 });
  return { rows, best: best.lambda };
}

/** The back-test the app shows ("How accurate is this?") and the test suite gates on. */
export interface Backtest {
  readonly target: number;
  /** Rolling origins to the last recorded year (the gated ones and the year before them). */
  readonly origins: readonly OriginResult[];
  /** England from every origin to every later recorded year. */
  readonly englandPairs: readonly EnglandPair[];
  readonly englandByHorizon: readonly HorizonSummary[];
  /** Areas inside their ranges 3, 6 and 9 years ahead. */
  readonly areaCoverage: readonly AreaCoverage[];
  /** Origins whose shock sizes or share spreads came from a later origin (too few years before them). */
  readonly borrowed: readonly number[];
  /** Each origin's settings as chosen on what was known then. */
  readonly settings: readonly {
    readonly origin: number;
    readonly calibrationYears: number;
    readonly halfLife: number;
    readonly lambda: number;
    readonly shareYears: number;
    readonly fallback: boolean;
  }[];
  readonly nineYear: OriginResult | null;
  /** The training path against the new GPs who arrived (see the header); null without enough years. */
  readonly lever: LeverTest | null;
}

/**
 * The lever test's years for data to `last`: from three years before it, the intakes that qualify in the three
 * years after (recruitment years last − 7 to last − 4) against the one before them (last − 8): 2018-2021 against
 * 2017 for 2024/25.
 */
export function leverTestYears(years: readonly number[]): { origin: number; target: number; baseIntakeYear: number } | null {
  const last = years[years.length - 1];
  if (last === undefined || !years.includes(last - 3) || years.indexOf(last - 3) < 3) return null;
  return { origin: last - 3, target: last, baseIntakeYear: last - 8 };
}

/** Origins the test gates on: three to five years before the last recorded year (2019/20-2021/22 for 2024/25). */
export function gatedOrigins(years: readonly number[]): number[] {
  const last = years[years.length - 1] ?? 0;
  return years.filter((y) => y >= last - 5 && y <= last - 3 && years.indexOf(y) >= 3);
}

/** The whole back-test (see the header). */
export function runBacktest(data: ProjectionData, options: BacktestOptions = {}): Backtest {
  const target = data.years[data.years.length - 1] ?? 0;
  const runs = originRuns(data, options);
  const gated = gatedOrigins(data.years);
  const first = gated[0];
  const rolling = first !== undefined && data.years.indexOf(first - 1) >= 3 ? [first - 1, ...gated] : gated;
  const pairs = englandPairs(data, runs);
  return {
    target,
    origins: runs.filter((r) => rolling.includes(r.origin)).map((r) => originResult(data, r, target)),
    englandPairs: pairs,
    englandByHorizon: byHorizon(pairs),
    areaCoverage: areaCoverage(data, runs, [3, 6, 9]),
    borrowed: runs.filter((r) => r.borrowed).map((r) => r.origin),
    settings: runs.map((r) => ({
      origin: r.origin,
      calibrationYears: r.prepared.settings.calibrationYears,
      halfLife: r.prepared.settings.halfLife,
      lambda: r.prepared.settings.lambda,
      shareYears: r.prepared.settings.shareYears,
      fallback: Object.values(r.prepared.settings.chosen).some((c) => c.fallback),
    })),
    nineYear: data.years.length >= 4 ? nineYearTest(data, options) : null,
    lever: (() => {
      const at = leverTestYears(data.years);
      return at ? leverTest(data, at.origin, at.target, at.baseIntakeYear) : null;
    })(),
  };
}
