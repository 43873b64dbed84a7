/**
 * Sharing national (or scope-wide) flows among areas, and scaling levers to a scope.
 *
 * Method: training places follow where trainees are now (share of GPs in Training Grade FTE,
 * Oct 2025); international recruits and returners follow the size of the qualified workforce
 * (share of qualified permanent GP FTE in the base year). A scope's default flows are England's
 * flows times the scope's share, so a scope left at its defaults reproduces the England-wide run.
 * Units: shares are fractions (0-1); flows as in levers.ts.
 * Sources: NHS England GP Workforce bulletin Oct 2025, table 6a (trainee FTE by sub-ICB);
 * practice-level GP FTE 2024/25 (NHS Digital via HEEC) for the base-year FTE.
 */
import type { AreaBaseline } from './types';
import type { KeyedLeverConfig, LeverKey, LeverValues } from './levers';
import { leverConfig } from './levers';

/** The rule, in words, for the app to show beside the levers. */
export const SHARING_RULE =
  "England-wide flows are shared among areas in proportion: training places by each area's share " +
  "of GPs in Training Grade FTE (NHS England bulletin, October 2025; in the app, each ICB's trainees " +
  'are split among its sub-ICBs by their GP FTE); international recruits and ' +
  "returners by each area's share of fully qualified permanent GP FTE in the base year (2024/25). " +
  'Levers set for a region or ICB are totals for that scope, shared among its areas by the same rule; ' +
  "a scope's defaults are England's values times the scope's share.";

/** Which share a flow lever uses. Rates (uptake, leaver rate, FTE per GP) are not shared. */
export const FLOW_SHARE_BASIS = {
  trainingPlaces: 'trainees',
  internationalRecruitment: 'fte',
  returners: 'fte',
} as const satisfies Partial<Record<LeverKey, 'trainees' | 'fte'>>;

export type FlowLeverKey = keyof typeof FLOW_SHARE_BASIS;

export function isFlowLever(key: LeverKey): key is FlowLeverKey {
  return key in FLOW_SHARE_BASIS;
}

function positive(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Each area's share of a set of areas' totals, in input order, for both bases. Training places
 * fall back to FTE shares when no area has trainees, and both fall back to equal shares when
 * nothing is positive, so the shares always sum to 1 (for a non-empty set).
 */
export function sharesWithin(areas: readonly AreaBaseline[]): {
  trainees: Float64Array;
  fte: Float64Array;
} {
  const count = areas.length;
  const trainees = new Float64Array(count);
  const fte = new Float64Array(count);
  let traineeTotal = 0;
  let fteTotal = 0;
  for (const area of areas) {
    traineeTotal += positive(area.traineeFte);
    fteTotal += positive(area.fte);
  }
  areas.forEach((area, i) => {
    const fteShare = fteTotal > 0 ? positive(area.fte) / fteTotal : 1 / count;
    fte[i] = fteShare;
    trainees[i] = traineeTotal > 0 ? positive(area.traineeFte) / traineeTotal : fteShare;
  });
  return { trainees, fte };
}

/** A scope's share of England (all `areas`) on each basis, by the same rule as `sharesWithin`. */
export function scopeShares({ areas, areaCodes }: { areas: readonly AreaBaseline[]; areaCodes: readonly string[] }): {
  trainees: number;
  fte: number;
} {
  const inScope = new Set(areaCodes);
  const { trainees, fte } = sharesWithin(areas);
  let traineeShare = 0;
  let fteShare = 0;
  areas.forEach((area, i) => {
    if (!inScope.has(area.code)) return;
    traineeShare += trainees[i] ?? 0;
    fteShare += fte[i] ?? 0;
  });
  return { trainees: traineeShare, fte: fteShare };
}

/**
 * A scope's starting levers: England's values (defaults or the user's England-wide choice), with
 * flow levers multiplied by the scope's share. Projecting with these reproduces the England-wide
 * projection for the scope's areas (up to floating-point rounding).
 */
export function defaultLeversForScope({
  areas,
  areaCodes,
  englandLevers,
}: {
  areas: readonly AreaBaseline[];
  areaCodes: readonly string[];
  englandLevers: LeverValues;
}): LeverValues {
  const shares = scopeShares({ areas, areaCodes });
  return {
    ...englandLevers,
    trainingPlaces: englandLevers.trainingPlaces * shares[FLOW_SHARE_BASIS.trainingPlaces],
    internationalRecruitment: englandLevers.internationalRecruitment * shares[FLOW_SHARE_BASIS.internationalRecruitment],
    returners: englandLevers.returners * shares[FLOW_SHARE_BASIS.returners],
  };
}

/** 1, 2 or 5 times a power of ten, at most `value`, and at least 1 (flows are whole units). */
function niceStep(value: number): number {
  if (!(value > 1)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  const mantissa = value / power;
  return (mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power;
}

/**
 * A lever's config for a scope: flow levers have min, max and default scaled by the scope's
 * share and a round step; rate levers are unchanged. `defaultValue` replaces the scaled default
 * (e.g. the scope's share of the user's England-wide value). Use with `clampToConfig`.
 */
export function leverConfigForScope(
  key: LeverKey,
  shares: { trainees: number; fte: number },
  defaultValue?: number,
): KeyedLeverConfig {
  const config = leverConfig(key);
  if (!isFlowLever(key)) {
    return defaultValue === undefined ? config : { ...config, default: defaultValue };
  }
  const share = Math.max(0, shares[FLOW_SHARE_BASIS[key]]);
  return {
    ...config,
    min: config.min * share,
    max: config.max * share,
    step: niceStep(config.step * share),
    default: defaultValue ?? config.default * share,
  };
}
