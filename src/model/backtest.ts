/**
 * The back-test: how well the projection would have done on the recorded past, against naive benchmarks.
 *
 * Method: for each origin year, the data are cut to what was known then (`dataAsOf`: the area series to the
 * origin, the bulletin and age profile to the October after it, intakes to the origin's recruitment year),
 * the app's own projection (`prepareProjection`, `projectScenario`, `nationalSpread`) runs at its default
 * levers, and its FTE in the target year is compared with what was recorded, for every sub-ICB and ICB:
 *   - MAPE, beside "no change" (the origin's FTE) and each area's own linear and compound trend over its
 *     last 5 recorded steps (fewer if there are fewer);
 *   - the paired t of the sub-ICB absolute percentage errors against "no change" (positive: worse);
 *   - England's error;
 *   - the share of areas whose recorded FTE fell inside their 80% range, by years ahead.
 * The nine-year test starts in 2015/16 with inputs as they happened: all recorded intakes, and other net
 * joiners and the participation trend calibrated over 2015/16-2024/25 itself (held constant), starting from
 * the recorded 2015/16 (no jump-off). England's 2024/25 is then pinned by the calibration, so England's
 * error only checks that the engine runs as calibrated; what the test measures is the sharing among areas
 * over a decade. The rolling origins are the test of foresight.
 * The training-share scan asks how newly qualified GPs were spread: for λ from 0 to 1 it gives each area
 * s·(recorded England FTE) + λ·(trainee share − s)·(new GP FTE that joined over the horizon), and reports
 * the sub-ICB MAPE, which justifies the default λ.
 * Units: percentages; t is unitless.
 * Sources: the data themselves.
 */
import type { AreaHistory, ProjectionData } from './types';
import { prepareProjection, financialYearOf, TRAINING_SHARE_BLEND } from './prepare';
import { calibrate } from './calibrate';
import { bandLeaverRates } from './age-bands';
import { nationalSpread } from './monte-carlo';
import { projectScenario, type NationalSpread, type ScenarioProjection } from './project-scenario';
import { NEW_GP_FTE_PER_HEAD, knownIntakes, qualifiers } from './training';

/** The data as they stood in October after the end of financial year `origin` (e.g. 2020 = 2019/20). */
export function dataAsOf(data: ProjectionData, origin: number): ProjectionData {
  const keep = data.years.filter((y) => y <= origin).length;
  const cut = (series: readonly number[]) => series.slice(0, keep);
  return {
    years: data.years.slice(0, keep),
    areas: data.areas.map((a) => ({
      ...a,
      fte: cut(a.fte),
      headcount: cut(a.headcount),
      patients: cut(a.patients),
      traineeFte: cut(a.traineeFte),
    })),
    bulletin: data.bulletin.filter((b) => financialYearOf(b.date) <= origin + 1 && b.date <= `${origin}-10`),
    ageSnapshots: data.ageSnapshots.filter((s) => s.date <= `${origin}-10-31`),
    intakes: data.intakes.filter((i) => i.recruitmentYear <= origin),
  };
}

export interface LevelResult {
  readonly areas: number;
  /** Mean absolute percentage errors, in percent. */
  readonly model: number;
  readonly noChange: number;
  readonly linearTrend: number;
  readonly compoundTrend: number;
  /** Paired t of the model's absolute percentage errors against "no change" (positive: the model is worse). */
  readonly pairedT: number;
}

export interface CoverageResult {
  readonly yearsAhead: number;
  readonly year: number;
  /** Share of areas (percent) inside their 80% range. */
  readonly subicb: number;
  readonly icb: number;
}

export interface OriginResult {
  readonly origin: number;
  readonly target: number;
  readonly englandProjected: number;
  readonly englandRecorded: number;
  /** Percent. */
  readonly englandError: number;
  readonly subicb: LevelResult;
  readonly icb: LevelResult;
  readonly coverage: readonly CoverageResult[];
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

function pairedT(differences: readonly number[]): number {
  const n = differences.length;
  if (n < 2) return 0;
  const m = mean(differences);
  const sd = Math.sqrt(differences.reduce((s, d) => s + (d - m) ** 2, 0) / (n - 1));
  return sd > 0 ? m / (sd / Math.sqrt(n)) : 0;
}

function levelResult(
  areas: readonly AreaHistory[],
  projection: ScenarioProjection,
  years: readonly number[],
  origin: number,
  target: number,
): LevelResult {
  const o = years.indexOf(origin);
  const t = years.indexOf(target);
  const h = target - origin;
  const model: number[] = [];
  const noChange: number[] = [];
  const linear: number[] = [];
  const compound: number[] = [];
  for (const area of areas) {
    const recorded = area.fte[t] ?? 0;
    const projected = projection.byArea.get(area.code)?.fte[projection.years.indexOf(target)];
    if (!(recorded > 0) || projected === undefined) continue;
    const last = area.fte[o] ?? 0;
    const steps = Math.min(5, o);
    const first = area.fte[o - steps] ?? last;
    const ape = (value: number) => Math.abs(value - recorded) / recorded;
    model.push(ape(projected));
    noChange.push(ape(last));
    linear.push(ape(Math.max(0, last + ((last - first) / steps) * h)));
    compound.push(ape(first > 0 ? last * Math.pow(last / first, h / steps) : last));
  }
  return {
    areas: model.length,
    model: mean(model) * 100,
    noChange: mean(noChange) * 100,
    linearTrend: mean(linear) * 100,
    compoundTrend: mean(compound) * 100,
    pairedT: pairedT(model.map((e, i) => e - (noChange[i] ?? 0))),
  };
}

function coverage(areas: readonly AreaHistory[], projection: ScenarioProjection, years: readonly number[], year: number): number {
  const t = years.indexOf(year);
  const j = projection.years.indexOf(year);
  let inside = 0;
  let counted = 0;
  for (const area of areas) {
    const path = projection.byArea.get(area.code);
    const recorded = area.fte[t];
    if (!path?.low || !path.high || recorded === undefined) continue;
    counted += 1;
    if (recorded >= (path.low[j] ?? Infinity) && recorded <= (path.high[j] ?? -Infinity)) inside += 1;
  }
  return counted ? (inside / counted) * 100 : Number.NaN;
}

export interface BacktestOptions {
  readonly draws?: number;
}

/** One origin: the app's projection from what was known then, against what was recorded. */
export function backtestOrigin(
  data: ProjectionData,
  origin: number,
  target: number,
  options: BacktestOptions = {},
): OriginResult {
  const prepared = prepareProjection(dataAsOf(data, origin), { toYear: target });
  const defaults = { englandLevers: {}, scopeLevers: {}, patientGrowth: null };
  const spread = nationalSpread(prepared, defaults, { draws: options.draws });
  return compare(data, projectScenario(prepared, defaults, spread), origin, target);
}

function compare(data: ProjectionData, projection: ScenarioProjection, origin: number, target: number): OriginResult {
  const t = data.years.indexOf(target);
  const england = data.areas.find((a) => a.level === 'england');
  const englandRecorded = england?.fte[t] ?? Number.NaN;
  const englandProjected = projection.byArea.get(england?.code ?? '')?.fte[projection.years.indexOf(target)] ?? Number.NaN;
  const subicbs = data.areas.filter((a) => a.level === 'subicb');
  const icbs = data.areas.filter((a) => a.level === 'icb');
  const coverageRows: CoverageResult[] = [];
  for (let ahead = 1; ahead <= 3; ahead += 1) {
    const year = origin + ahead;
    if (year > target || !data.years.includes(year)) break;
    coverageRows.push({
      yearsAhead: ahead,
      year,
      subicb: coverage(subicbs, projection, data.years, year),
      icb: coverage(icbs, projection, data.years, year),
    });
  }
  return {
    origin,
    target,
    englandProjected,
    englandRecorded,
    englandError: (englandProjected / englandRecorded - 1) * 100,
    subicb: levelResult(subicbs, projection, data.years, origin, target),
    icb: levelResult(icbs, projection, data.years, origin, target),
    coverage: coverageRows,
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
  // A first preparation for the age profile and defaults the calibration runs with (its own calibration is replaced).
  const placeholder = {
    fromYear: origin,
    toYear: origin,
    otherNetJoiners: 0,
    participationTrend: 0,
    ratioFrom: 0,
    ratioTo: 0,
    observedRatioTrend: 0,
  };
  const first = prepareProjection(asHappened, { toYear: target, calibration: placeholder });
  const calibration = england
    ? calibrate({
        years: data.years,
        heads: england.headcount,
        fte: england.fte,
        ageSnapshots: data.ageSnapshots,
        intakes: data.intakes,
        endYear: target,
        windowYears: target - origin,
        leaverRates: bandLeaverRates({ ageProfile: first.ageProfile, leverRate: first.defaults.leaverRate }),
        uptake: first.defaults.traineeUptake,
        internationalFte: first.defaults.internationalRecruitment,
        returnersFte: first.defaults.returners,
      })
    : first.calibration;
  const prepared = prepareProjection(asHappened, { toYear: target, calibration });
  // The trend held constant over the decade, as calibrated (a half-life of a million years).
  const choices = { englandLevers: { participationHalfLife: 1e6 }, scopeLevers: {}, patientGrowth: null };
  const spread: NationalSpread = nationalSpread(prepared, choices, { draws: options.draws });
  return compare(data, projectScenario(prepared, choices, spread), origin, target);
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
): { rows: BlendScanRow[]; best: number; chosen: number } {
  const t = data.years.indexOf(target);
  const england = data.areas.find((a) => a.level === 'england');
  const intake = knownIntakes(data.intakes);
  const perOrigin = origins.map((origin) => {
    const prepared = prepareProjection(dataAsOf(data, origin), { toYear: target });
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
  return { rows, best: best.lambda, chosen: TRAINING_SHARE_BLEND };
}

/** The back-test the app shows ("How accurate is this?"): rolling origins and the nine-year test. */
export interface Backtest {
  readonly target: number;
  readonly origins: readonly OriginResult[];
  readonly nineYear: OriginResult | null;
}

/** Origins the test gates on: three to five years before the last recorded year (2019/20-2021/22 for 2024/25). */
export function gatedOrigins(years: readonly number[]): number[] {
  const last = years[years.length - 1] ?? 0;
  return years.filter((y) => y >= last - 5 && y <= last - 3 && years.indexOf(y) >= 3);
}

/** Rolling origins (the gated ones, and the year before them, reported) to the last recorded year, and the nine-year test. */
export function runBacktest(data: ProjectionData, options: BacktestOptions = {}): Backtest {
  const target = data.years[data.years.length - 1] ?? 0;
  const gated = gatedOrigins(data.years);
  const first = gated[0];
  const origins = first !== undefined && data.years.indexOf(first - 1) >= 3 ? [first - 1, ...gated] : gated;
  return {
    target,
    origins: origins.map((origin) => backtestOrigin(data, origin, target, options)),
    nineYear: data.years.length >= 4 ? nineYearTest(data, options) : null,
  };
}
