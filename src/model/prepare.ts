/**
 * Preparing the data for projection, once per data set: the settings (chosen on these data only), the jump-off,
 * the age bands' fit, the calibration, each area's shares and the spread of its share, the future shocks' sizes,
 * and the data-derived lever defaults.
 *
 * Method:
 *   - Jump-off and starting stock: england.ts.
 *   - Age bands: the share of each band moving up a year is fitted to the recorded age profile (age-fit.ts).
 *   - Settings: the calibration window, the half-life, λ and the years shares are averaged over are chosen by a
 *     back-test nested inside these data (settings.ts), so a back-test origin's settings never see its future.
 *   - Calibration: other net joiners and the participation trend, per band where the age profile allows
 *     (calibrate.ts), on the chosen window. With a single recorded year (a back-test from the first year), the
 *     window is the one step from it to its own jump-off (the bulletin's nowcast of the next year). With fewer than
 *     three recorded steps (MIN_CALIBRATION_STEPS) England's default path is held at its nowcast (`englandHeld`):
 *     the flows then only measure what lever changes do.
 *   - Shares: shares.ts; training places are shared by a blend λ·(trainee share) + (1 − λ)·(FTE share).
 *   - Share spread: every recorded one-year change of an area's share (shares.ts), floored at SHARE_SPREAD_FLOOR.
 *     With fewer than two changes recorded, `options.shareSpreads` (the back-test passes the first it has) or none.
 *   - Future shocks: estimated when the Monte Carlo first needs them (`shocksFor`, shocks.ts), so the page, which
 *     never draws them, does not carry that code. With too few recorded years to estimate them, `options.shocks`
 *     (the back-test passes the first estimate it has) or none.
 *   - Nowcast error: the jump-off's own record (england.ts).
 * Units: shares are fractions; spreads are standard deviations of log FTE a year; FTE and heads as recorded.
 * Sources: data/areas.json, national.json, age-profile.json, training.json.
 */
import type { AreaLevel, AreaPart, ProjectionData } from './types';
import { childCodesByParent } from './hierarchy';
import type { AgeProfile, BandValues } from './age-bands';
import type { LeverValues } from './levers';
import { bandLeaverRates } from './age-bands';
import { defaultLeverValues, leverConfig } from './levers';
import { calibrate, type Calibration } from './calibrate';
import { knownIntakes, latestIntake } from './training';
import { patientGrowthRate } from './demand';
import { englandStart, nowcastSpreadFrom, type JumpOff } from './england';
import { fitAgeing, type AgeFit } from './age-fit';
import { MIN_CALIBRATION_STEPS, selectSettings, type ModelSettings } from './settings';
import { meanShare, shareSpreadGrowth, shareSpreads, subIcbTraineeShares } from './shares';
import type { ShockModel } from './types';
import type { Intake } from './types';

export { financialYearOf, type JumpOff } from './england';
export { TRAINEE_SHARE_YEARS } from './shares';

/** One-year share changes an area's spread needs; with fewer, `options.shareSpreads` stand in. */
export const MIN_SHARE_CHANGES = 2;
/** The last projected year (financial-year end): 2035/36. */
export const DEFAULT_LAST_YEAR = 2036;

/**
 * The least a share spread may be, by level (standard deviation of the log share a year): what the back-test's
 * area coverage at 3, 6 and 9 years held with (MODEL.md "Ranges"). 0: no floor.
 */
export const SHARE_SPREAD_FLOOR: Readonly<Partial<Record<AreaLevel, number>>> = { region: 0, icb: 0, subicb: 0 };

export interface PreparedArea {
  readonly code: string;
  readonly level: AreaLevel;
  readonly parent: string | null;
  /** Share of England's FTE and heads (mean of the chosen years). */
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
  /** An area made of parts of sub-ICBs (types.ts AreaHistory.parts): summed from them by these parts. */
  readonly parts?: readonly AreaPart[];
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
  /** The fitted age bands (share of each band moving up a year). */
  readonly ageFit: AgeFit;
  readonly settings: ModelSettings;
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
  /** How each level's share spread grows with the years ahead: variance × years^α (shares.ts). */
  readonly shareGrowth: Readonly<Record<AreaLevel, number>>;
  /** Shock sizes to use when these data are too short to estimate their own (`shocksFor`, shocks.ts), or null. */
  readonly borrowedShocks: ShockModel | null;
  /**
   * England is held at its nowcast at default levers: with fewer than MIN_CALIBRATION_STEPS recorded steps the
   * calibrated flows would read one or two years' jumps as lasting (settings.ts). Lever changes still act.
   */
  readonly englandHeld: boolean;
}

/** Share spreads and their growth from another preparation (the back-test's earliest origins). */
export interface BorrowedSpreads {
  readonly spreads: ReadonlyMap<string, number>;
  readonly growth: Readonly<Partial<Record<AreaLevel, number>>>;
}

export interface PrepareOptions {
  /** Last projected year; default 2035/36. */
  readonly toYear?: number;
  /** Replace the calibration (the back-test's "inputs as they happened"). */
  readonly calibration?: Calibration;
  /** Replace the settings (default: chosen on the data, settings.ts). */
  readonly settings?: Partial<Omit<ModelSettings, 'chosen'>>;
  /** The shocks to use when the data are too short to estimate them. */
  readonly shocks?: ShockModel;
  /** Share spreads by area code and their growth by level, to use when the data hold fewer than two one-year changes. */
  readonly shareSpreads?: BorrowedSpreads;
  /** The nowcast's error to use when the data have no year to measure it on. */
  readonly nowcastSpread?: number;
  /** Replace the age fit (the back-test's "as happened"). */
  readonly ageing?: BandValues;
}

export function prepareProjection(data: ProjectionData, options: PrepareOptions = {}): Prepared {
  const endIndex = data.years.length - 1;
  const start = englandStart(data);
  const { england, baseYear, jumpOff, stock, ageProfile } = start;
  // Calibration needs a recorded year before the data year, or its jump-off, unless it is given.
  if (endIndex < 1 && !options.calibration && !jumpOff) throw new Error('The projection needs at least two recorded years.');
  const toYear = Math.max(baseYear + 1, options.toYear ?? DEFAULT_LAST_YEAR);
  const englandFte = england.fte[endIndex] ?? 0;
  const englandHeads = england.headcount[endIndex] ?? 0;
  const table = defaultLeverValues();
  const leaverRates = bandLeaverRates({ ageProfile, leverRate: table.leaverRate });
  const flows = {
    leaverRates,
    uptake: table.traineeUptake,
    internationalFte: table.internationalRecruitment,
    returnersFte: table.returners,
  };
  const englandSeries = {
    years: data.years,
    heads: england.headcount,
    fte: england.fte,
    ageYears: data.ageYears,
    ageSnapshots: data.ageSnapshots,
    intakes: data.intakes,
  };

  const ageFit: AgeFit =
    options.ageing !== undefined
      ? { ageing: options.ageing, fitted: false, fromYear: baseYear, toYear: baseYear, error: Number.NaN, tenthError: Number.NaN }
      : fitAgeing({ ...englandSeries, ...flows, endYear: baseYear });
  const chosen = selectSettings(data, ageFit.ageing);
  const settings: ModelSettings = { ...chosen, ...options.settings };

  const intake = latestIntake(data.intakes);
  const lastFixedIntakeYear = Math.max(baseYear, intake?.recruitmentYear ?? baseYear);
  // One recorded year: calibrate on the step to its own jump-off.
  const calibrationSeries =
    endIndex < 1 && jumpOff
      ? {
          ...englandSeries,
          years: [baseYear, jumpOff.year],
          heads: [englandHeads, jumpOff.heads],
          fte: [englandFte, jumpOff.fte],
        }
      : englandSeries;
  const calibration =
    options.calibration ??
    calibrate({
      ...calibrationSeries,
      ...flows,
      endYear: calibrationSeries.years[calibrationSeries.years.length - 1] ?? baseYear,
      windowYears: settings.calibrationYears,
      ageing: ageFit.ageing,
    });
  const startHeads = stock.heads[0] + stock.heads[1] + stock.heads[2] + stock.heads[3];
  const startFte = stock.fte[0] + stock.fte[1] + stock.fte[2] + stock.fte[3];
  const defaults = defaultLeverValues({
    trainingPlaces: intake?.places,
    trainingFrom: lastFixedIntakeYear + 1,
    participationTrend: calibration.participationTrend,
    participationHalfLife: settings.halfLife,
    ftePerGp: startHeads > 0 ? startFte / startHeads : undefined,
  });

  const subTrainee = subIcbTraineeShares(data, endIndex);
  const byCodeHistory = new Map(data.areas.map((a) => [a.code, a]));
  const children = childCodesByParent(data.areas);
  const subIcbCache = new Map<string, readonly string[]>();
  const subIcbsOf = (code: string): readonly string[] => {
    const cached = subIcbCache.get(code);
    if (cached) return cached;
    const kids = children.get(code);
    const history = byCodeHistory.get(code);
    // An area made of parts governs (for lever scopes) the sub-ICBs it holds most of.
    const result = kids
      ? kids.flatMap(subIcbsOf)
      : history?.parts
        ? history.parts.filter((p) => p.fte >= 0.5).map((p) => p.code)
        : history?.level === 'subicb'
          ? [code]
          : [];
    subIcbCache.set(code, result);
    return result;
  };

  const borrowSpreads = endIndex < MIN_SHARE_CHANGES ? options.shareSpreads : undefined;
  const spreads = borrowSpreads?.spreads ?? shareSpreads(data.areas, england, endIndex, SHARE_SPREAD_FLOOR);
  const levels: AreaLevel[] = ['region', 'icb', 'subicb', 'icb2026'];
  const shareGrowth = Object.fromEntries(
    levels.map((level) => [level, borrowSpreads?.growth[level] ?? shareSpreadGrowth(data.areas, england, endIndex, level)]),
  ) as Record<AreaLevel, number>;
  const lambda = settings.lambda;
  const subShares = new Map(
    data.areas
      .filter((a) => a.level === 'subicb')
      .map((a) => [
        a.code,
        {
          fte: meanShare(a.fte, england.fte, endIndex, settings.shareYears),
          heads: meanShare(a.headcount, england.headcount, endIndex, settings.shareYears),
        },
      ]),
  );
  const sumOver = (code: string, pick: (c: string) => number, part: 'fte' | 'headcount' = 'fte') => {
    const parts = byCodeHistory.get(code)?.parts;
    return parts ? parts.reduce((s, p) => s + p[part] * pick(p.code), 0) : subIcbsOf(code).reduce((s, c) => s + pick(c), 0);
  };
  const areas: PreparedArea[] = data.areas.map((a) => {
    const fteShare = sumOver(a.code, (c) => subShares.get(c)?.fte ?? 0);
    const traineeShare = sumOver(a.code, (c) => subTrainee.get(c) ?? 0);
    return {
      code: a.code,
      level: a.level,
      parent: a.parent,
      ...(a.parts ? { parts: a.parts } : {}),
      fteShare,
      headShare: sumOver(a.code, (c) => subShares.get(c)?.heads ?? 0, 'headcount'),
      traineeShare,
      trainingShare: lambda * traineeShare + (1 - lambda) * fteShare,
      shareSpread: a.level === 'england' ? 0 : (spreads.get(a.code) ?? 0),
      fte: a.fte[endIndex] ?? 0,
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
    startYear: start.startYear,
    jumpOff,
    stock,
    ageProfile,
    ageFit,
    settings,
    knownIntake: knownIntakes(data.intakes),
    latestIntake: intake,
    lastFixedIntakeYear,
    calibration,
    defaults,
    areas,
    byCode,
    subIcbs: areas.filter((a) => a.level === 'subicb'),
    subIcbsOf,
    nowcastSpread: jumpOff ? nowcastSpreadFrom(data.bulletin, data.years, england.fte) || (options.nowcastSpread ?? 0) : 0,
    shareGrowth,
    borrowedShocks: options.shocks ?? null,
    englandHeld: !options.calibration && endIndex < MIN_CALIBRATION_STEPS,
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
