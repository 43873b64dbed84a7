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
}

const UP_0 = AGEING_FRACTION['Under 40'];
const UP_1 = AGEING_FRACTION['40-49'];
const UP_2 = AGEING_FRACTION['50-59'];

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
  const out: EngineYear[] = [
    {
      year: input.startYear,
      fte: f0 + f1 + f2 + f3,
      heads: h0 + h1 + h2 + h3,
      leavers: 0,
      newGps: 0,
      international: 0,
      returners: 0,
      otherNetJoiners: 0,
      participationChange: 0,
    },
  ];
  for (let year = input.startYear + 1, k = 1; year <= input.toYear; year += 1, k += 1) {
    // 1. Leavers.
    const leavers = f0 * r0 + f1 * r1 + f2 * r2 + f3 * r3;
    f0 -= f0 * r0;
    f1 -= f1 * r1;
    f2 -= f2 * r2;
    f3 -= f3 * r3;
    h0 -= h0 * r0;
    h1 -= h1 * r1;
    h2 -= h2 * r2;
    h3 -= h3 * r3;
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
    // 3. Participation of GPs in post.
    const before = f0 + f1 + f2 + f3;
    const factor = (1 + finite(input.participationTrend) * Math.pow(0.5, (k - 1) / halfLife)) * (k === 1 ? multiplier : 1);
    f0 *= factor;
    f1 *= factor;
    f2 *= factor;
    f3 *= factor;
    const participationChange = before * (factor - 1);
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
    const scale = heads > 0 ? Math.max(0, 1 + other / heads) : 1;
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
    out.push({
      year,
      fte,
      heads: h0 + h1 + h2 + h3,
      leavers,
      newGps: newGpHeads * NEW_GP_FTE_PER_HEAD,
      international,
      returners,
      otherNetJoiners: fte - fteBefore,
      participationChange,
    });
  }
  return out;
}
