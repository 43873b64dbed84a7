// Axis ticks a reader can count on: values at round steps (1, 2 or 5 times a power of ten, so 30, 35, 40
// rather than 32, 36.4) and years at whole-year steps (every 1, 2, 5 or 10 years, on years ending 0 or 5 where
// the step is 5 or more). Pure, so the on-screen chart, presentation and the chart PNG share the same axes.

const STEPS = [1, 2, 5, 10] as const;

/** The smallest round step (1, 2 or 5 × 10^k) that covers `span` in at most `intervals` steps. */
export function niceStep(span: number, intervals: number): number {
  if (!(span > 0) || !(intervals > 0)) return 1;
  const raw = span / intervals;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = STEPS.find((s) => s * power >= raw * (1 - 1e-12)) ?? 10;
  return step * power;
}

/**
 * Round ticks from at or below `min` to at or above `max`, at most `maxTicks` of them (the first and last are the
 * axis's domain). A flat series (min = max) gets a step around it; non-finite input gives no ticks.
 */
export function niceTicks(min: number, max: number, maxTicks = 6): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  const [low, high] = min <= max ? [min, max] : [max, min];
  const span = high > low ? high - low : Math.max(Math.abs(low) * 0.1, 1);
  for (let intervals = Math.max(1, maxTicks - 1); intervals >= 1; intervals -= 1) {
    // Try the finest step first; a coarser one if rounding the ends out needs more ticks than allowed.
    let step = niceStep(span, intervals);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const first = Math.floor(low / step + 1e-9) * step;
      const last = Math.ceil(high / step - 1e-9) * step;
      const count = Math.round((last - first) / step) + 1;
      if (count <= maxTicks && (high > low || count >= 2)) {
        const ticks = Array.from({ length: count }, (_, i) => roundTo(first + i * step, step));
        return ticks.length >= 2 ? ticks : [roundTo(first - step, step), ...ticks];
      }
      step = niceStep(step * 1.0001, 1);
    }
  }
  return [low, high];
}

/** Removes floating-point noise (0.30000000000000004) at the step's precision. */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(decimals));
}

const YEAR_STEPS = [1, 2, 5, 10, 20] as const;

/**
 * Which of `years` (financial years named by their end year: 2016 is 2015/16) get a tick: every 1, 2, 5, 10 or 20
 * years, the smallest step giving at most `maxTicks`; steps of 5 and more fall on years starting in a year ending
 * 0 or 5 (2015/16, 2020/21, ...), smaller ones start from the first year.
 */
export function yearTicks(years: readonly number[], maxTicks = 6): number[] {
  if (years.length === 0) return [];
  const first = years[0] ?? 0;
  for (const step of YEAR_STEPS) {
    const ticks = years.filter((y) => (step >= 5 ? (y - 1) % step === 0 : (y - first) % step === 0));
    if (ticks.length <= maxTicks && ticks.length > 0) return ticks;
  }
  return [first];
}

/** Decimals that show every tick exactly: 0 for 30, 35, 40; 1 for 2.5, 5, 7.5; 2 for 0.25, 0.5. */
export function tickDecimals(ticks: readonly number[]): number {
  let decimals = 0;
  for (const t of ticks) while (decimals < 6 && Math.abs(Number(t.toFixed(decimals)) - t) > 1e-9) decimals += 1;
  return decimals;
}
