/**
 * Preparing the data for projection, once per data set: the jump-off, the calibration, each area's shares
 * and the spread of its share, and the data-derived lever defaults.
 *
 * Method:
 *   - Jump-off: the practice-level series end in the data year (2024/25). The monthly bulletin runs further
 *     (to October 2025), so England's first projected year (2025/26) starts from the mean of that year's
 *     bulletin snapshots, converted to the practice basis by the data year's ratio of the two (bulletin mean
 *     of the year's snapshots ÷ practice-level figure: 1.0102 for FTE in 2024/25), heads likewise. The age
 *     profile of the latest snapshot splits it into bands.
 *   - Calibration: other net joiners and the participation trend (calibrate.ts), on the last 3 recorded years.
 *   - Shares: each area's share of England's FTE and heads in the data year. At default levers every area
 *     keeps it. Training places are shared by a blend λ·(its ICB's share of locum and registrar FTE, mean
 *     of the last 3 years, split among its sub-ICBs by FTE) + (1 − λ)·(its FTE share), λ = 0.15 (MODEL.md).
 *   - Share spread: the root mean square of the last 3 one-year changes in the log of each area's share of
 *     England's FTE, shrunk towards what areas of its size at its level show (one year's weight), so small,
 *     volatile areas get wider ranges.
 *   - Nowcast error: the jump-off's own record: for every recorded year with the bulletin's April-October
 *     snapshots and a year before it, the jump-off made that way against the practice-level figure recorded
 *     (root mean square of the log ratio; 1.0% over 2016/17-2024/25).
 * Units: shares are fractions; spreads are standard deviations of log FTE a year; FTE and heads as recorded.
 * Sources: data/areas.json, national.json, age-profile.json, training.json.
 */
import type { AgeSnapshot, AreaHistory, AreaLevel, BulletinSnapshot, Intake, ProjectionData } from './types';
import { childCodesByParent } from './hierarchy';
import type { AgeProfile, BandValues } from './age-bands';
import type { LeverValues } from './levers';
import { bandLeaverRates, profileFromBands } from './age-bands';
import { defaultLeverValues, leverConfig } from './levers';
import { calibrate, snapshotAt, splitByBand, type Calibration } from './calibrate';
import { knownIntakes, latestIntake } from './training';
import { patientGrowthRate } from './demand';

/** Weight of the ICB trainee share in the training blend; chosen by the back-test (MODEL.md). */
export const TRAINING_SHARE_BLEND = 0.15;
/** Recorded years averaged for the trainee share. */
export const TRAINEE_SHARE_YEARS = 3;
/** One-year share changes that define an area's spread. */
export const SHARE_SPREAD_YEARS = 3;
/** Recorded years the calibration window spans by default. */
export const CALIBRATION_YEARS = 3;
/** The last projected year (financial-year end): 2035/36. */
export const DEFAULT_LAST_YEAR = 2036;

export interface PreparedArea {
  readonly code: string;
  readonly level: AreaLevel;
  readonly parent: string | null;
  /** Share of England's FTE and heads in the data year. */
  readonly fteShare: number;
  readonly headShare: number;
  /** Share of England's locum and registrar FTE (its ICB's, split by FTE), mean of recent years. */
  readonly traineeShare: number;
  /** λ·traineeShare + (1 − λ)·fteShare: how extra newly qualified GPs are shared. */
  readonly trainingShare: number;
  /** Standard deviation of the one-year change in log share. 0 for England. */
  readonly shareSpread: number;
  readonly fte: number;
  readonly patients: number;
  /** Own recent patient growth a year (fraction). Sub-ICBs only; parents sum their sub-ICBs. */
  readonly patientGrowth: number;
}

export interface JumpOff {
  readonly year: number;
  /** The bulletin snapshots averaged, e.g. ['2025-04', ..., '2025-10']. */
  readonly months: readonly string[];
  readonly bulletinFte: number;
  readonly bulletinHeads: number;
  /** Bulletin ÷ practice level in the data year. */
  readonly factorFte: number;
  readonly factorHeads: number;
  readonly fte: number;
  readonly heads: number;
}

export interface Prepared {
  readonly data: ProjectionData;
  /** The data year and the last projected year. */
  readonly baseYear: number;
  readonly toYear: number;
  /** Projected years: baseYear + 1 ... toYear. */
  readonly years: readonly number[];
  /** The engine's first year: the jump-off year, or the data year when the bulletin has nothing later. */
  readonly startYear: number;
  readonly jumpOff: JumpOff | null;
  readonly stock: { readonly heads: BandValues; readonly fte: BandValues };
  readonly ageProfile: AgeProfile;
  readonly knownIntake: (recruitmentYear: number) => number;
  readonly latestIntake: Intake | undefined;
  /** Intakes up to this recruitment year are in training or recorded: levers cannot change them. */
  readonly lastFixedIntakeYear: number;
  readonly calibration: Calibration;
  /** England's levers at their defaults, data-derived ones included. */
  readonly defaults: LeverValues;
  readonly areas: readonly PreparedArea[];
  readonly byCode: ReadonlyMap<string, PreparedArea>;
  readonly subIcbs: readonly PreparedArea[];
  /** The sub-ICB codes of any area (England, region, ICB or sub-ICB). */
  readonly subIcbsOf: (code: string) => readonly string[];
  /** Standard deviation of log England FTE from the nowcast alone. */
  readonly nowcastSpread: number;
}

/** Financial-year end of a 'YYYY-MM' month: April starts the next financial year. */
export function financialYearOf(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 4 ? year + 1 : year;
}

const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;

function bulletinIn(bulletin: readonly BulletinSnapshot[], fy: number): BulletinSnapshot[] {
  return bulletin.filter((b) => financialYearOf(b.date) === fy && Number.isFinite(b.fte) && Number.isFinite(b.headcount));
}

function jumpOffFrom(
  bulletin: readonly BulletinSnapshot[],
  baseYear: number,
  england: { fte: number; heads: number },
): JumpOff | null {
  const base = bulletinIn(bulletin, baseYear);
  const next = bulletinIn(bulletin, baseYear + 1);
  if (base.length === 0 || next.length === 0 || !(england.fte > 0) || !(england.heads > 0)) return null;
  const factorFte = mean(base.map((b) => b.fte)) / england.fte;
  const factorHeads = mean(base.map((b) => b.headcount)) / england.heads;
  const bulletinFte = mean(next.map((b) => b.fte));
  const bulletinHeads = mean(next.map((b) => b.headcount));
  return {
    year: baseYear + 1,
    months: next.map((b) => b.date).sort(),
    bulletinFte,
    bulletinHeads,
    factorFte,
    factorHeads,
    fte: bulletinFte / factorFte,
    heads: bulletinHeads / factorHeads,
  };
}

/** April to October: the months of a financial year the bulletin has when the app's data are built (to October 2025). */
const isEarlyMonth = (date: string) => Number(date.slice(5, 7)) >= 4 && Number(date.slice(5, 7)) <= 10;

/** RMS of ln(jump-off ÷ recorded) over recorded years: the jump-off method tested on the past. */
function nowcastSpreadFrom(bulletin: readonly BulletinSnapshot[], years: readonly number[], fte: readonly number[]): number {
  const errors: number[] = [];
  for (let i = 1; i < years.length; i += 1) {
    const year = years[i] ?? 0;
    const before = bulletinIn(bulletin, year - 1);
    const early = bulletinIn(bulletin, year).filter((b) => isEarlyMonth(b.date));
    const recordedBefore = fte[i - 1] ?? 0;
    const recorded = fte[i] ?? 0;
    if (before.length === 0 || early.length === 0 || !(recordedBefore > 0) || !(recorded > 0)) continue;
    const factor = mean(before.map((b) => b.fte)) / recordedBefore;
    errors.push(Math.log(mean(early.map((b) => b.fte)) / factor / recorded));
  }
  return errors.length ? Math.sqrt(mean(errors.map((e) => e * e))) : 0;
}

/** Mean square of the last `years` one-year changes in log(area / england), over years both are positive. */
function shareChanges(area: readonly number[], england: readonly number[], endIndex: number, years: number): number[] {
  const changes: number[] = [];
  for (let i = Math.max(1, endIndex - years + 1); i <= endIndex; i += 1) {
    const a0 = area[i - 1] ?? 0;
    const a1 = area[i] ?? 0;
    const e0 = england[i - 1] ?? 0;
    const e1 = england[i] ?? 0;
    if (a0 > 0 && a1 > 0 && e0 > 0 && e1 > 0) changes.push(Math.log(a1 / e1) - Math.log(a0 / e0));
  }
  return changes;
}

/** Weight, in years of observations, of the size-based prior in an area's share spread. */
const SHRINK = 1;
/** Own spreads, shrunk towards a log-log fit of mean square on size within each level. */
function shareSpreads(areas: readonly AreaHistory[], england: AreaHistory, endIndex: number): Map<string, number> {
  const spreads = new Map<string, number>();
  const levels = new Set(areas.map((a) => a.level));
  for (const level of levels) {
    if (level === 'england') continue;
    const members = areas
      .filter((a) => a.level === level)
      .map((a) => {
        const changes = shareChanges(a.fte, england.fte, endIndex, SHARE_SPREAD_YEARS);
        const meanSquare = changes.length ? mean(changes.map((c) => c * c)) : Number.NaN;
        return { code: a.code, size: a.fte[endIndex] ?? 0, n: changes.length, meanSquare };
      });
    const usable = members.filter((m) => m.n > 0 && m.size > 0 && m.meanSquare > 0);
    const xs = usable.map((m) => Math.log(m.size));
    const ys = usable.map((m) => Math.log(m.meanSquare));
    const mx = mean(xs);
    const my = mean(ys);
    const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const slope = sxx > 0 ? xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? my) - my), 0) / sxx : 0;
    const pooled = (size: number): number => (usable.length ? Math.exp(my + slope * (Math.log(Math.max(size, 1e-9)) - mx)) : 0);
    for (const m of members) {
      const prior = pooled(m.size);
      const own = m.n > 0 && Number.isFinite(m.meanSquare) ? m.meanSquare : prior;
      spreads.set(m.code, Math.sqrt((m.n * own + SHRINK * prior) / (m.n + SHRINK)));
    }
  }
  return spreads;
}

export interface PrepareOptions {
  /** Last projected year; default 2035/36. */
  readonly toYear?: number;
  /** Replace the calibration (the back-test's "inputs as they happened"). */
  readonly calibration?: Calibration;
  /** Calibration window in recorded years; default 3. */
  readonly calibrationYears?: number;
}

export function prepareProjection(data: ProjectionData, options: PrepareOptions = {}): Prepared {
  const endIndex = data.years.length - 1;
  const baseYear = data.years[endIndex];
  // Calibration needs a recorded year before the data year, unless it is given (the nine-year back-test).
  if (baseYear === undefined || (endIndex < 1 && !options.calibration))
    throw new Error('The projection needs at least two recorded years.');
  const england = data.areas.find((a) => a.level === 'england');
  if (!england) throw new Error('The data have no England series.');
  const toYear = Math.max(baseYear + 1, options.toYear ?? DEFAULT_LAST_YEAR);
  const englandFte = england.fte[endIndex] ?? 0;
  const englandHeads = england.headcount[endIndex] ?? 0;

  const jumpOff = jumpOffFrom(data.bulletin, baseYear, { fte: englandFte, heads: englandHeads });
  const startYear = jumpOff?.year ?? baseYear;
  const lastMonth = jumpOff ? [...jumpOff.months].sort().pop() : undefined;
  const stockSnapshot: AgeSnapshot | undefined = snapshotAt(
    data.ageSnapshots,
    lastMonth ? `${lastMonth}-31` : `${baseYear}-03-31`,
  );
  const stock = splitByBand(
    jumpOff ? { heads: jumpOff.heads, fte: jumpOff.fte } : { heads: englandHeads, fte: englandFte },
    stockSnapshot,
  );
  const ageProfile = profileFromBands(stock.fte);

  const intake = latestIntake(data.intakes);
  const lastFixedIntakeYear = Math.max(baseYear, intake?.recruitmentYear ?? baseYear);
  const tableDefaults = defaultLeverValues();
  const calibration =
    options.calibration ??
    calibrate({
      years: data.years,
      heads: england.headcount,
      fte: england.fte,
      ageSnapshots: data.ageSnapshots,
      intakes: data.intakes,
      endYear: baseYear,
      windowYears: options.calibrationYears ?? CALIBRATION_YEARS,
      leaverRates: bandLeaverRates({ ageProfile, leverRate: tableDefaults.leaverRate }),
      uptake: tableDefaults.traineeUptake,
      internationalFte: tableDefaults.internationalRecruitment,
      returnersFte: tableDefaults.returners,
    });
  const startHeads = stock.heads[0] + stock.heads[1] + stock.heads[2] + stock.heads[3];
  const startFte = stock.fte[0] + stock.fte[1] + stock.fte[2] + stock.fte[3];
  const defaults = defaultLeverValues({
    trainingPlaces: intake?.places,
    trainingFrom: lastFixedIntakeYear + 1,
    participationTrend: calibration.participationTrend,
    ftePerGp: startHeads > 0 ? startFte / startHeads : undefined,
  });

  // Trainee shares: each ICB's mean locum + registrar FTE over recent years, split among its sub-ICBs by FTE.
  const traineeYears = Array.from({ length: Math.min(TRAINEE_SHARE_YEARS, endIndex + 1) }, (_, k) => endIndex - k);
  const icbs = data.areas.filter((a) => a.level === 'icb');
  const icbTrainees = new Map(icbs.map((a) => [a.code, mean(traineeYears.map((i) => Math.max(0, a.traineeFte[i] ?? 0)))]));
  const traineeTotal = [...icbTrainees.values()].reduce((a, b) => a + b, 0);
  const byCodeHistory = new Map(data.areas.map((a) => [a.code, a]));
  const subTrainee = new Map<string, number>();
  for (const a of data.areas) {
    if (a.level !== 'subicb') continue;
    const icb = a.parent ? byCodeHistory.get(a.parent) : undefined;
    const icbFte = icb?.fte[endIndex] ?? 0;
    const share =
      traineeTotal > 0 && icb && icbFte > 0
        ? ((icbTrainees.get(icb.code) ?? 0) / traineeTotal) * ((a.fte[endIndex] ?? 0) / icbFte)
        : englandFte > 0
          ? (a.fte[endIndex] ?? 0) / englandFte
          : 0;
    subTrainee.set(a.code, share);
  }
  const children = childCodesByParent(data.areas);
  const subIcbCache = new Map<string, readonly string[]>();
  const subIcbsOf = (code: string): readonly string[] => {
    const cached = subIcbCache.get(code);
    if (cached) return cached;
    const kids = children.get(code);
    const result = kids ? kids.flatMap(subIcbsOf) : byCodeHistory.get(code)?.level === 'subicb' ? [code] : [];
    subIcbCache.set(code, result);
    return result;
  };

  const spreads = shareSpreads(data.areas, england, endIndex);
  const areas: PreparedArea[] = data.areas.map((a) => {
    const fte = a.fte[endIndex] ?? 0;
    const fteShare = englandFte > 0 ? fte / englandFte : 0;
    const traineeShare = subIcbsOf(a.code).reduce((s, c) => s + (subTrainee.get(c) ?? 0), 0);
    return {
      code: a.code,
      level: a.level,
      parent: a.parent,
      fteShare,
      headShare: englandHeads > 0 ? (a.headcount[endIndex] ?? 0) / englandHeads : 0,
      traineeShare,
      trainingShare: TRAINING_SHARE_BLEND * traineeShare + (1 - TRAINING_SHARE_BLEND) * fteShare,
      shareSpread: a.level === 'england' ? 0 : (spreads.get(a.code) ?? 0),
      fte,
      patients: a.patients[endIndex] ?? 0,
      patientGrowth: patientGrowthRate(a.patients, null),
    };
  });
  const byCode = new Map(areas.map((a) => [a.code, a]));
  return {
    data,
    baseYear,
    toYear,
    years: Array.from({ length: toYear - baseYear }, (_, k) => baseYear + 1 + k),
    startYear,
    jumpOff,
    stock,
    ageProfile,
    knownIntake: knownIntakes(data.intakes),
    latestIntake: intake,
    lastFixedIntakeYear,
    calibration,
    defaults,
    areas,
    byCode,
    subIcbs: areas.filter((a) => a.level === 'subicb'),
    subIcbsOf,
    nowcastSpread: jumpOff ? nowcastSpreadFrom(data.bulletin, data.years, england.fte) : 0,
  };
}

/** A lever's config in England with its data-derived default (and, for the first intake year, range). */
export function englandLeverConfig(prepared: Prepared, key: keyof LeverValues) {
  const config = leverConfig(key);
  const defaultValue = prepared.defaults[key];
  if (key === 'trainingFrom')
    return { ...config, min: prepared.lastFixedIntakeYear + 1, max: prepared.lastFixedIntakeYear + 10, default: defaultValue };
  return { ...config, default: defaultValue };
}
