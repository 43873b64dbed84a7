/**
 * The national engine: an annual stock-and-flow model of qualified permanent GPs in four age bands.
 *
 * Method: the stock is held as heads and FTE per band (Under 40, 40-49, 50-59, 60 and over). Each year, in
 * this order:
 *   1. leavers: every band loses its leaver rate, in heads and FTE alike;
 *   2. ageing: a tenth of each band's stayers moves up one band (oldest first, so nobody moves twice);
 *   3. participation: the FTE of every GP in post changes by the participation trend, which halves every
 *      `halfLife` years (g_k = g × 0.5^((k − 1) / halfLife) in the k-th projected year); in the first year
 *      FTE is also multiplied by the "FTE per GP" level m;
 *   4. joiners: newly qualified GPs (heads from the training pipeline, 0.65 FTE each) and international
 *      recruits enter Under 40, returners 40-49 (recruits and returners at the stock's FTE per head), and the
 *      calibrated "other net joiners" (heads a year, may be negative) scale every band alike.
 *   FTE(t+1) = Σ_b [aged(F_b(t) × (1 − r_b))] × (1 + g_t) × m₁ + 0.65 × N(t+1) + I + Rt + O × F/H
 * Participation is per band: band b's trend is the common trend plus its own offset (`bandParticipation`,
 * calibrated so each band's FTE per head follows the recorded one). The share of each band moving up a year
 * (`ageing`) is fitted to the recorded age profile (calibrate.ts); without it, a tenth.
 * Future shocks (`shocks`, the Monte Carlo's draws): in projected year k the leaver rates are multiplied by
 * exp(leaver[k − 1]), the participation trend moved by participation[k − 1], and the other net joiners moved by
 * joiners[k − 1] heads. They are paths drawn outside the engine; without them the engine is deterministic.
 * The engine is linear in its stock and flows: scaling the stock and every flow by s scales the result by
 * s, which is how a region or ICB is run (MODEL.md "Areas and scopes").
 * Units: heads (people) and FTE (1 FTE = 37.5 hours a week); rates are fractions a year.
 * Sources: DATA.md "Model parameters"; derivations in MODEL.md.
 */
import type { BandValues } from './age-bands';
import { AGEING_FRACTION } from './age-bands';
import { NEW_GP_FTE_PER_HEAD } from './training';

export interface EngineInput {
  /** The year of the starting stock (financial-year end); the first row of the result. */
  readonly startYear: number;
  readonly toYear: number;
  readonly heads: BandValues;
  readonly fte: BandValues;
  /** Leaver rate per band, a year. */
  readonly leaverRates: BandValues;
  /** Newly qualified GPs (heads) joining in the financial year ending `fyEnd`. */
  readonly newGpHeads: (fyEnd: number) => number;
  readonly internationalFte: number;
  readonly returnersFte: number;
  /** Calibrated other net joiners, heads a year. */
  readonly otherNetJoiners: number;
  /** Yearly change in FTE per head of GPs in post (fraction; -0.002 = -0.2% a year). */
  readonly participationTrend: number;
  /** Years for the trend to halve; Infinity keeps it constant. */
  readonly halfLife: number;
  /** "FTE per GP" level over the observed one, applied in the first projected year. */
  readonly participationMultiplier: number;
  /** Each band's participation trend minus the common one (fractions a year); none: every band alike. */
  readonly bandParticipation?: BandValues;
  /** Share of each band's stayers moving up one band a year; default AGEING_FRACTION (a tenth). */
  readonly ageing?: BandValues;
  /** Future shocks by projected year (index k − 1), see the header. */
  readonly shocks?: EngineShocks;
  /** Record each year's heads and FTE by band (for the age fit and tests). */
  readonly recordBands?: boolean;
}

/** Paths of future shocks, one value per projected year (missing values are no shock). */
export interface EngineShocks {
  /** Log multiplier of every band's leaver rate. */
  readonly leaver: ArrayLike<number>;
  /** Added to the participation trend (fraction a year). */
  readonly participation: ArrayLike<number>;
  /** Added to the other net joiners (heads a year). */
  readonly joiners: ArrayLike<number>;
}

/** One year of the engine. Flows are FTE during the year ending `year` (zero in the start year). */
export interface EngineYear {
  readonly year: number;
  readonly fte: number;
  readonly heads: number;
  readonly leavers: number;
  readonly newGps: number;
  readonly international: number;
  readonly returners: number;
  readonly otherNetJoiners: number;
  /** FTE gained (negative: lost) by the change in FTE per head of GPs in post. */
  readonly participationChange: number;
  /** Heads and FTE by band, when `recordBands` is set. */
  readonly bandHeads?: BandValues;
  readonly bandFte?: BandValues;
}

const DEFAULT_AGEING: BandValues = [
  AGEING_FRACTION['Under 40'],
  AGEING_FRACTION['40-49'],
  AGEING_FRACTION['50-59'],
  AGEING_FRACTION['60 and over'],
];

const ZERO: BandValues = [0, 0, 0, 0];

const finite = (value: number, fallback = 0): number => (Number.isFinite(value) ? value : fallback);

/** Runs the engine from `startYear` to `toYear`. Pure; the bands are held in locals (it runs on every slider move). */
export function runEngine(input: EngineInput): EngineYear[] {
  let [h0, h1, h2, h3] = input.heads;
  let [f0, f1, f2, f3] = input.fte;
  const [r0, r1, r2, r3] = input.leaverRates;
  const halfLife = input.halfLife > 0 ? input.halfLife : Infinity;
  const multiplier = Math.max(0, finite(input.participationMultiplier, 1));
  const international = Math.max(0, finite(input.internationalFte));
  const returners = Math.max(0, finite(input.returnersFte));
  const other = finite(input.otherNetJoiners);
  const [UP_0, UP_1, UP_2] = input.ageing ?? DEFAULT_AGEING;
  const [p0, p1, p2, p3] = input.bandParticipation ?? ZERO;
  const trend = finite(input.participationTrend);
  const shocks = input.shocks;
  const record = input.recordBands === true;
  const first: EngineYear = {
    year: input.startYear,
    fte: f0 + f1 + f2 + f3,
    heads: h0 + h1 + h2 + h3,
    leavers: 0,
    newGps: 0,
    international: 0,
    returners: 0,
    otherNetJoiners: 0,
    participationChange: 0,
  };
  const out: EngineYear[] = [record ? { ...first, bandHeads: [h0, h1, h2, h3], bandFte: [f0, f1, f2, f3] } : first];
  for (let year = input.startYear + 1, k = 1; year <= input.toYear; year += 1, k += 1) {
    // 1. Leavers (a shock multiplies every band's rate alike; no band loses more than it has).
    const shockL = shocks ? Math.exp(finite(shocks.leaver[k - 1] ?? 0)) : 1;
    const q0 = Math.min(1, r0 * shockL);
    const q1 = Math.min(1, r1 * shockL);
    const q2 = Math.min(1, r2 * shockL);
    const q3 = Math.min(1, r3 * shockL);
    const leavers = f0 * q0 + f1 * q1 + f2 * q2 + f3 * q3;
    f0 -= f0 * q0;
    f1 -= f1 * q1;
    f2 -= f2 * q2;
    f3 -= f3 * q3;
    h0 -= h0 * q0;
    h1 -= h1 * q1;
    h2 -= h2 * q2;
    h3 -= h3 * q3;
    // 2. Ageing, oldest band first.
    let moved = f2 * UP_2;
    f2 -= moved;
    f3 += moved;
    moved = h2 * UP_2;
    h2 -= moved;
    h3 += moved;
    moved = f1 * UP_1;
    f1 -= moved;
    f2 += moved;
    moved = h1 * UP_1;
    h1 -= moved;
    h2 += moved;
    moved = f0 * UP_0;
    f0 -= moved;
    f1 += moved;
    moved = h0 * UP_0;
    h0 -= moved;
    h1 += moved;
    // 3. Participation of GPs in post: each band's trend decays with the half-life; a shock moves it that year.
    const before = f0 + f1 + f2 + f3;
    const decay = Math.pow(0.5, (k - 1) / halfLife);
    const shockP = shocks ? finite(shocks.participation[k - 1] ?? 0) : 0;
    const level = k === 1 ? multiplier : 1;
    f0 *= Math.max(0, 1 + (trend + p0) * decay + shockP) * level;
    f1 *= Math.max(0, 1 + (trend + p1) * decay + shockP) * level;
    f2 *= Math.max(0, 1 + (trend + p2) * decay + shockP) * level;
    f3 *= Math.max(0, 1 + (trend + p3) * decay + shockP) * level;
    const participationChange = f0 + f1 + f2 + f3 - before;
    // 4. Joiners.
    const newGpHeads = Math.max(0, finite(input.newGpHeads(year)));
    // Recruits and returners work the stock's FTE per head (0.65 if the stock has no FTE or heads).
    const stockFte = f0 + f1 + f2 + f3;
    const stockHeads = h0 + h1 + h2 + h3;
    const perHead = stockHeads > 0 && stockFte > 0 ? stockFte / stockHeads : NEW_GP_FTE_PER_HEAD;
    h0 += newGpHeads + international / perHead;
    f0 += newGpHeads * NEW_GP_FTE_PER_HEAD + international;
    h1 += returners / perHead;
    f1 += returners;
    const heads = h0 + h1 + h2 + h3;
    // Other net joiners look like the workforce: every band grows (or shrinks) by the same fraction.
    const joiners = shocks ? other + finite(shocks.joiners[k - 1] ?? 0) : other;
    const scale = heads > 0 ? Math.max(0, 1 + joiners / heads) : 1;
    const fteBefore = f0 + f1 + f2 + f3;
    h0 *= scale;
    h1 *= scale;
    h2 *= scale;
    h3 *= scale;
    f0 *= scale;
    f1 *= scale;
    f2 *= scale;
    f3 *= scale;
    const fte = f0 + f1 + f2 + f3;
    const row: EngineYear = {
      year,
      fte,
      heads: h0 + h1 + h2 + h3,
      leavers,
      newGps: newGpHeads * NEW_GP_FTE_PER_HEAD,
      international,
      returners,
      otherNetJoiners: fte - fteBefore,
      participationChange,
    };
    out.push(record ? { ...row, bandHeads: [h0, h1, h2, h3], bandFte: [f0, f1, f2, f3] } : row);
  }
  return out;
}
