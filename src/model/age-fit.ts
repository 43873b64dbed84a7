/**
 * Fitting the engine's age bands to the recorded age profile.
 *
 * Method: with a tenth of each band moving up a year (ten-year bands), the engine run over the recorded years
 * drifts away from the recorded age profile: from 2015/16 to 2024/25 its Under 40 band grows from 30% to 39% of
 * heads (recorded: 30% to 29%) and its 60 and over from 8.5% to 15.4% (recorded: 10%), because newly qualified GPs
 * arrive in their early thirties and spend fewer than ten years under 40, and GPs in their late fifties leave
 * faster than the published rates say. So the share of each band's stayers that moves up a band a year (Under 40,
 * 40-49, 50-59; 60 and over only leaves) is fitted: the values that make the engine, run from the first recorded
 * year with that year's age profile (other net joiners and the participation trend calibrated over the same
 * years for each trial), reproduce the recorded share of heads in each band in every recorded year, by least
 * squares. Coordinate search: golden-section on each fraction in turn within [0.01, 0.4] (to 0.001), two sweeps. The trials hold the participation
 * trend at zero and solve only the other net joiners: head shares do not depend on it (but for recruits' heads).
 * It needs the age profile for at least four recorded years (three steps); with fewer the tenth is kept.
 * Units: fractions a year; the error is the sum of squared differences in head shares (fractions).
 * Sources: the age profile by financial year (data/age-profile.json, THF from the NHS England census).
 */
import type { BandValues } from './age-bands';
import { AGEING_FRACTION } from './age-bands';
import type { AgeYear } from './types';
import { calibrate, runOnRecord, splitByBand, type EnglandSeries } from './calibrate';
import { knownIntakes } from './training';

export const TENTH: BandValues = [
  AGEING_FRACTION['Under 40'],
  AGEING_FRACTION['40-49'],
  AGEING_FRACTION['50-59'],
  AGEING_FRACTION['60 and over'],
];
/** Fewest recorded years of age profile the fit needs. */
export const AGE_FIT_MIN_YEARS = 4;
const BOUNDS = [0.01, 0.4] as const;

export interface AgeFitInput extends EnglandSeries {
  readonly ageYears: readonly AgeYear[];
  readonly endYear: number;
}

export interface AgeFit {
  /** Share of each band's stayers moving up a year (60 and over: 0). */
  readonly ageing: BandValues;
  readonly fitted: boolean;
  readonly fromYear: number;
  readonly toYear: number;
  /** Sum of squared head-share errors over the recorded years, fitted and with a tenth. */
  readonly error: number;
  readonly tenthError: number;
}

const shares = (v: BandValues): BandValues => {
  const t = v[0] + v[1] + v[2] + v[3];
  return t > 0 ? [v[0] / t, v[1] / t, v[2] / t, v[3] / t] : [0.25, 0.25, 0.25, 0.25];
};

export function fitAgeing(input: AgeFitInput): AgeFit {
  const profiles = new Map(input.ageYears.map((y) => [y.year, y]));
  const usable = input.years.filter((y) => y <= input.endYear && profiles.has(y));
  const from = usable[0];
  const end = input.endYear;
  const none = { ageing: TENTH, fitted: false, fromYear: from ?? end, toYear: end, error: Number.NaN, tenthError: Number.NaN };
  if (from === undefined || usable.length < AGE_FIT_MIN_YEARS || !input.years.includes(end)) return none;
  const i0 = input.years.indexOf(from);
  const start = profiles.get(from);
  const stock = splitByBand({ heads: input.heads[i0] ?? 0, fte: input.fte[i0] ?? 0 }, start);
  const intake = knownIntakes(input.intakes);
  const observed = usable.map((y) => ({ year: y, shares: shares((profiles.get(y) as AgeYear).heads) }));

  const error = (ageing: BandValues): number => {
    // Head shares hardly depend on the participation trend (only through recruits' heads): it is held at the
    // recorded FTE per head's change and only the other net joiners are solved for each trial.
    const calibration = calibrate({ ...input, windowYears: end - from, ageing, bands: false, fixedTrend: 0 });
    const run = runOnRecord(input, {
      startYear: from,
      toYear: end,
      stock,
      otherNetJoiners: calibration.otherNetJoiners,
      participationTrend: calibration.participationTrend,
      ageing,
      recordBands: true,
      intake,
    });
    let sum = 0;
    for (const o of observed) {
      const row = run[o.year - from];
      if (!row?.bandHeads) continue;
      const e = shares(row.bandHeads);
      for (let b = 0; b < 4; b += 1) sum += ((e[b] ?? 0) - (o.shares[b] ?? 0)) ** 2;
    }
    return sum;
  };

  const golden = (fn: (x: number) => number, low: number, high: number): number => {
    const ratio = (Math.sqrt(5) - 1) / 2;
    let a = low;
    let b = high;
    let c = b - ratio * (b - a);
    let d = a + ratio * (b - a);
    let fc = fn(c);
    let fd = fn(d);
    while (b - a > 1e-3) {
      if (fc < fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - ratio * (b - a);
        fc = fn(c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + ratio * (b - a);
        fd = fn(d);
      }
    }
    return (a + b) / 2;
  };

  const current = [...TENTH] as [number, number, number, number];
  for (let sweep = 0; sweep < 2; sweep += 1)
    for (let b = 0; b < 3; b += 1)
      current[b] = golden(
        (x) => {
          const trial = [...current] as [number, number, number, number];
          trial[b] = x;
          return error(trial);
        },
        BOUNDS[0],
        BOUNDS[1],
      );
  const ageing: BandValues = [current[0], current[1], current[2], 0];
  return { ageing, fitted: true, fromYear: from, toYear: end, error: error(ageing), tenthError: error(TENTH) };
}
