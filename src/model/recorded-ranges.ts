/**
 * What has been recorded for each lever "What would it take?" solves for: the range an answer is held against, so
 * that an answer no year has seen (38 international recruits a year for one ICB; a 3.5% leaver rate) says so.
 *
 * Method: England's recorded range of each lever, from the data where the data hold it and from sourced figures
 * where they do not:
 *   - training places: the recorded intakes in data/training.json (lowest to highest);
 *   - FTE per GP: England's qualified permanent GP FTE ÷ headcount in each recorded year (practice level);
 *   - participation trend: the yearly change of that ratio (all GPs in post, so it also holds the newly
 *     qualified joining part-time: the lever counts those separately);
 *   - leaver rate: FTE leavers a year (parliamentary answer, 2016/17 to 2019/20) ÷ England's practice-level FTE of
 *     the year before, with the Institute for Government's 8.8% (12 months to December 2022);
 *   - trainee uptake: 34% (six months after training) to 62% (two years after), Palmer et al. 2025, and the
 *     70-75% of places the LTWP reports (via HSJ);
 *   - international recruitment: 155 GPs recruited by the national scheme over 2018-21, a year;
 *   - returners: about 400 GPs back through the Induction and Refresher scheme over 2015-2017, a year, at the
 *     data's FTE per GP.
 * A region's or ICB's flows (training places, recruits, returners) are its share of England's, as the levers
 * scale them (scaleToScope); rates and levels are England's (an area's own may differ).
 * An answer is outside the recorded range when a flow is more than FLOW_MARGIN times the highest recorded for its
 * scope (a scope's flows are only England's shared out, so a margin stands for what is not known locally), or a
 * rate or level lies outside England's recorded range at all.
 * Units: as the levers (levers.ts): fractions for rates, places or FTE a year for flows.
 * Sources: data/training.json, data/areas.json; DATA.md "Model parameters" (parliamentary answer on FTE leavers;
 * Institute for Government via Pulse; Palmer et al. 2025; LTWP via HSJ; NHS England international GP recruitment;
 * Induction and Refresher scheme via Pulse, 2017).
 */
import { leverConfig, type LeverKey } from './levers';
import type { Prepared } from './prepare';
import { ENGLAND_SCOPE, scopeShares } from './scenario';

/** A flow answer beyond this many times the highest recorded for its scope is outside the recorded range. */
export const FLOW_MARGIN = 3;

/** FTE leaving general practice a year (financial-year end), parliamentary answer (DATA.md). */
export const RECORDED_FTE_LEAVERS = [
  { year: 2017, fte: 2089 },
  { year: 2018, fte: 2292 },
  { year: 2019, fte: 2501 },
  { year: 2020, fte: 1926 },
] as const;
/** Institute for Government via Pulse: share of GPs leaving in the 12 months to December 2022. */
export const LEAVER_RATE_2022 = 0.088;
/** Trainee uptake: Palmer et al. 2025 (34% six months after training, 62% two years after); LTWP via HSJ (70-75%). */
export const RECORDED_UPTAKE = { low: 0.34, high: 0.75 } as const;
/** NHS England's international GP recruitment scheme: 155 recruited over the three years 2018-21. */
export const INTERNATIONAL_RECRUITED = { gps: 155, years: 3 } as const;
/** Induction and Refresher scheme: about 400 GPs back in practice over the three years 2015-2017 (Pulse, 2017). */
export const RETURNERS_RECORDED = { gps: 400, years: 3 } as const;

export interface RecordedRange {
  /** In the lever's units, for the scope (flows scaled to it). A single recorded figure has low = high. */
  readonly low: number;
  readonly high: number;
  /** 'flow': a scope total, outside beyond FLOW_MARGIN × high; 'rate': outside [low, high]. */
  readonly kind: 'flow' | 'rate';
  /** What was recorded, for England, in words ("England's recorded GP training intakes, 2014–2022"). */
  readonly what: string;
  /** The scope's share of England that scaled a flow, or null (England, or a rate). */
  readonly share: number | null;
}

const finite = (values: readonly number[]) => values.filter((v) => Number.isFinite(v));
const years = (first: number | undefined, last: number | undefined) =>
  first === undefined || last === undefined ? '' : first === last ? `${first}` : `${first}–${last}`;
/** "2016/17" for the financial year ending 2017. */
const fy = (end: number) => `${end - 1}/${String(end % 100).padStart(2, '0')}`;

/** England's qualified permanent GP FTE ÷ headcount, each recorded year (practice level). */
function ftePerGpByYear(prepared: Prepared): { year: number; ratio: number }[] {
  const england = prepared.data.areas.find((a) => a.level === 'england');
  if (!england) return [];
  return prepared.data.years.flatMap((year, i) => {
    const fte = england.fte[i];
    const heads = england.headcount[i];
    return fte !== undefined && heads !== undefined && heads > 0 && fte > 0 ? [{ year, ratio: fte / heads }] : [];
  });
}

/** England's recorded range of a lever, or null for a lever with none (the training path's timing, the half-life). */
function englandRange(prepared: Prepared, key: LeverKey): Omit<RecordedRange, 'share'> | null {
  switch (key) {
    case 'trainingPlaces': {
      const intakes = [...prepared.data.intakes].sort((a, b) => a.recruitmentYear - b.recruitmentYear);
      const places = finite(intakes.map((i) => i.places));
      if (places.length === 0) return null;
      return {
        low: Math.min(...places),
        high: Math.max(...places),
        kind: 'flow',
        what: `England's recorded GP training intakes, ${years(intakes[0]?.recruitmentYear, intakes[intakes.length - 1]?.recruitmentYear)}`,
      };
    }
    case 'internationalRecruitment':
      return {
        low: INTERNATIONAL_RECRUITED.gps / INTERNATIONAL_RECRUITED.years,
        high: INTERNATIONAL_RECRUITED.gps / INTERNATIONAL_RECRUITED.years,
        kind: 'flow',
        what: `England's international GP recruitment scheme: ${INTERNATIONAL_RECRUITED.gps} GPs over 2018–21`,
      };
    case 'returners': {
      const fte = (RETURNERS_RECORDED.gps / RETURNERS_RECORDED.years) * prepared.defaults.ftePerGp;
      return {
        low: fte,
        high: fte,
        kind: 'flow',
        what: `England's Induction and Refresher scheme: about ${RETURNERS_RECORDED.gps} GPs back over 2015–2017, at ${prepared.defaults.ftePerGp.toFixed(2)} FTE per GP`,
      };
    }
    case 'leaverRate': {
      const opening = (year: number) => {
        const england = prepared.data.areas.find((a) => a.level === 'england');
        const i = prepared.data.years.indexOf(year - 1);
        return england && i >= 0 ? (england.fte[i] ?? Number.NaN) : Number.NaN;
      };
      const rates = finite([...RECORDED_FTE_LEAVERS.map((l) => l.fte / opening(l.year)), LEAVER_RATE_2022]);
      return {
        low: Math.min(...rates),
        high: Math.max(...rates),
        kind: 'rate',
        what: `England: FTE leavers ÷ FTE, ${fy(RECORDED_FTE_LEAVERS[0].year)} to ${fy(RECORDED_FTE_LEAVERS[RECORDED_FTE_LEAVERS.length - 1]?.year ?? 2020)}, and 8.8% in the 12 months to December 2022`,
      };
    }
    case 'traineeUptake':
      return {
        ...RECORDED_UPTAKE,
        kind: 'rate',
        what: 'England: 34% six months and 62% two years after training (Palmer et al. 2025); 70–75% of places (LTWP)',
      };
    case 'ftePerGp': {
      const ratios = ftePerGpByYear(prepared);
      if (ratios.length === 0) return null;
      const values = ratios.map((r) => r.ratio);
      return {
        low: Math.min(...values),
        high: Math.max(...values),
        kind: 'rate',
        what: `England's FTE per GP, ${fy(ratios[0]?.year ?? 0)} to ${fy(ratios[ratios.length - 1]?.year ?? 0)} (practice level)`,
      };
    }
    case 'participationTrend': {
      const ratios = ftePerGpByYear(prepared);
      const changes = ratios.slice(1).map((r, i) => r.ratio / (ratios[i]?.ratio ?? Number.NaN) - 1);
      const values = finite(changes);
      if (values.length === 0) return null;
      return {
        low: Math.min(...values),
        high: Math.max(...values),
        kind: 'rate',
        what: `England's yearly change in FTE per GP, ${fy(ratios[0]?.year ?? 0)} to ${fy(ratios[ratios.length - 1]?.year ?? 0)} (all GPs in post)`,
      };
    }
    default:
      return null;
  }
}

/** The recorded range of a lever in a scope (England, a region or an ICB): flows scaled by the scope's share. */
export function recordedRange(prepared: Prepared, scope: string, key: LeverKey): RecordedRange | null {
  const england = englandRange(prepared, key);
  if (!england) return null;
  const config = leverConfig(key);
  if (scope === ENGLAND_SCOPE || !('scopeTotal' in config)) return { ...england, share: null };
  const shares = scopeShares(prepared, scope);
  const share = config.scopeTotal === 'training' ? shares.training : shares.fte;
  return { ...england, low: england.low * share, high: england.high * share, share };
}

/** Whether a value lies outside the recorded range (see the header): 'above', 'below' or null (within). */
export function beyondRecorded(range: RecordedRange, value: number): 'above' | 'below' | null {
  if (!Number.isFinite(value)) return null;
  if (range.kind === 'flow') return value > FLOW_MARGIN * range.high ? 'above' : null;
  // A hair of rounding (the lever's own step) is not "outside".
  const slack = 1e-9 * Math.max(1, Math.abs(range.high));
  if (value < range.low - slack) return 'below';
  if (value > range.high + slack) return 'above';
  return null;
}
