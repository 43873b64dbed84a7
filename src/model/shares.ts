/**
 * Each area's shares of England: of FTE and heads (what it keeps at default levers), of GP registrars and locums
 * (where trainees are), and how much its share has moved year to year (its part of the 80% range).
 *
 * Method:
 *   - FTE and head shares: the mean of the area's share of England over the last `shareYears` recorded years
 *     (chosen by the nested back-test, settings.ts; 1 = the latest year). Each year's sub-ICB shares sum to 1, so
 *     their means do too.
 *   - Trainee share: each ICB's mean locum + registrar FTE over the last 3 recorded years, as a share of England's,
 *     split among its sub-ICBs by FTE; parents sum their sub-ICBs.
 *   - Share spread: the root mean square of every recorded one-year change in the log of the area's share of
 *     England's FTE (all years, not only the latest few), shrunk towards what areas of its size at its level show
 *     (a log-log fit of mean square on size, with one year's weight), so small, volatile areas get wider ranges;
 *     then floored at the level's floor (the smallest spread the back-test's coverage held with, MODEL.md).
 *   - Spread growth: how the variance of share changes grows with the years ahead, k^α (`shareSpreadGrowth`).
 * Units: shares are fractions; spreads are standard deviations of log FTE share a year.
 * Sources: data/areas.json.
 */
import type { AreaHistory, AreaLevel, ProjectionData } from './types';

/** Recorded years averaged for the trainee share. */
export const TRAINEE_SHARE_YEARS = 3;
/** Weight, in years of observations, of the size-based prior in an area's share spread. */
const SHRINK = 1;

const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;

/** The mean share of `total` over the last `years` recorded years up to `endIndex` (years with a total only). */
export function meanShare(series: readonly number[], total: readonly number[], endIndex: number, years: number): number {
  const shares: number[] = [];
  for (let i = endIndex; i > endIndex - Math.max(1, years) && i >= 0; i -= 1) {
    const t = total[i] ?? 0;
    if (t > 0) shares.push((series[i] ?? 0) / t);
  }
  return shares.length ? mean(shares) : 0;
}

/**
 * Each sub-ICB's share of England's locum and registrar FTE: its ICB's mean over the last 3 recorded years split
 * by FTE (its FTE share when the ICB has no trainees recorded).
 */
export function subIcbTraineeShares(data: ProjectionData, endIndex: number): Map<string, number> {
  const traineeYears = Array.from({ length: Math.min(TRAINEE_SHARE_YEARS, endIndex + 1) }, (_, k) => endIndex - k);
  const icbs = data.areas.filter((a) => a.level === 'icb');
  const icbTrainees = new Map(icbs.map((a) => [a.code, mean(traineeYears.map((i) => Math.max(0, a.traineeFte[i] ?? 0)))]));
  const traineeTotal = [...icbTrainees.values()].reduce((a, b) => a + b, 0);
  const byCode = new Map(data.areas.map((a) => [a.code, a]));
  const englandFte = data.areas.find((a) => a.level === 'england')?.fte[endIndex] ?? 0;
  const out = new Map<string, number>();
  for (const a of data.areas) {
    if (a.level !== 'subicb') continue;
    const icb = a.parent ? byCode.get(a.parent) : undefined;
    const icbFte = icb?.fte[endIndex] ?? 0;
    out.set(
      a.code,
      traineeTotal > 0 && icb && icbFte > 0
        ? ((icbTrainees.get(icb.code) ?? 0) / traineeTotal) * ((a.fte[endIndex] ?? 0) / icbFte)
        : englandFte > 0
          ? (a.fte[endIndex] ?? 0) / englandFte
          : 0,
    );
  }
  return out;
}

/** One-year changes in log(area / england) up to `endIndex`, over years both are positive. */
function shareChanges(area: readonly number[], england: readonly number[], endIndex: number): number[] {
  const changes: number[] = [];
  for (let i = 1; i <= endIndex; i += 1) {
    const a0 = area[i - 1] ?? 0;
    const a1 = area[i] ?? 0;
    const e0 = england[i - 1] ?? 0;
    const e1 = england[i] ?? 0;
    if (a0 > 0 && a1 > 0 && e0 > 0 && e1 > 0) changes.push(Math.log(a1 / e1) - Math.log(a0 / e0));
  }
  return changes;
}

/** Own spreads over every recorded year, shrunk towards a log-log fit of mean square on size within each level, floored. */
export function shareSpreads(
  areas: readonly AreaHistory[],
  england: AreaHistory,
  endIndex: number,
  floor: Partial<Record<AreaLevel, number>> = {},
): Map<string, number> {
  const spreads = new Map<string, number>();
  const levels = new Set(areas.map((a) => a.level));
  for (const level of levels) {
    if (level === 'england') continue;
    const members = areas
      .filter((a) => a.level === level)
      .map((a) => {
        const changes = shareChanges(a.fte, england.fte, endIndex);
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
    const minimum = floor[level] ?? 0;
    for (const m of members) {
      const prior = pooled(m.size);
      const own = m.n > 0 && Number.isFinite(m.meanSquare) ? m.meanSquare : prior;
      spreads.set(m.code, Math.max(minimum, Math.sqrt((m.n * own + SHRINK * prior) / (m.n + SHRINK))));
    }
  }
  return spreads;
}

/**
 * How a level's share spread grows with the years ahead: the variance of k-year changes in log share, pooled over
 * the level's areas, grows as k^α (a random walk has α = 1; shares that partly move back have less). α is the
 * mean over k = 2 ... K of ln(mean square of k-year changes ÷ that of one-year changes) ÷ ln k, K the longest
 * span with changes recorded, held within 0.3 to 1; 1 (a random walk) with fewer than two recorded changes.
 */
export function shareSpreadGrowth(
  areas: readonly AreaHistory[],
  england: AreaHistory,
  endIndex: number,
  level: AreaLevel,
): number {
  const members = areas.filter((a) => a.level === level);
  const meanSquare = (k: number): number => {
    let sum = 0;
    let n = 0;
    for (const a of members)
      for (let i = k; i <= endIndex; i += 1) {
        const a0 = a.fte[i - k] ?? 0;
        const a1 = a.fte[i] ?? 0;
        const e0 = england.fte[i - k] ?? 0;
        const e1 = england.fte[i] ?? 0;
        if (a0 > 0 && a1 > 0 && e0 > 0 && e1 > 0) {
          const c = Math.log(a1 / e1) - Math.log(a0 / e0);
          sum += c * c;
          n += 1;
        }
      }
    return n > 0 ? sum / n : Number.NaN;
  };
  const one = meanSquare(1);
  const exponents: number[] = [];
  for (let k = 2; k <= endIndex; k += 1) {
    const ms = meanSquare(k);
    if (one > 0 && ms > 0) exponents.push(Math.log(ms / one) / Math.log(k));
  }
  return exponents.length ? Math.min(1, Math.max(0.3, mean(exponents))) : 1;
}
