/**
 * Goal-seek: the lever value that makes a projected quantity hit a target.
 *
 * Method: the projected quantity is monotone in each lever, so the direction is read from the
 * range's two ends, a target outside the ends' results is reported as unreachable, and otherwise
 * bisection over [min, max] narrows in until the result is within `tolerance`. The found value
 * is snapped to the lever's step only if the snapped value still meets the tolerance.
 * Units: those of the lever and of `run`'s result (e.g. FTE in 2036); tolerance in the latter.
 * Sources: none (numerical method).
 */
import type { LeverConfig } from './levers';
import { snapToStep } from './levers';

export type GoalSeekResult =
  | { readonly status: 'found'; readonly value: number; readonly result: number }
  | {
      readonly status: 'unreachable';
      readonly bestValue: number;
      readonly bestResult: number;
      readonly reason: string;
    };

export interface GoalSeekInput {
  /** The projected quantity for a lever value, other levers held fixed. */
  readonly run: (leverValue: number) => number;
  readonly target: number;
  readonly lever: Pick<LeverConfig, 'min' | 'max' | 'step'> & { readonly label?: string };
  /** Largest acceptable |result − target|, in the result's unit. */
  readonly tolerance: number;
  /** Bisection steps at most; 60 halvings reach float precision on any lever range. */
  readonly maxIterations?: number;
}

function format(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export function goalSeek({ run, target, lever, tolerance, maxIterations = 60 }: GoalSeekInput): GoalSeekResult {
  const name = lever.label ?? 'the lever';
  const tol = Math.max(0, Number.isFinite(tolerance) ? tolerance : 0);
  const atMin = run(lever.min);
  const atMax = run(lever.max);
  if (!Number.isFinite(target) || !Number.isFinite(atMin) || !Number.isFinite(atMax)) {
    return {
      status: 'unreachable',
      bestValue: lever.min,
      bestResult: atMin,
      reason: 'The target or the projection is not a finite number.',
    };
  }

  const finish = (value: number, result: number): GoalSeekResult => {
    const snapped = snapToStep(lever, value);
    if (snapped !== value) {
      const snappedResult = run(snapped);
      if (Math.abs(snappedResult - target) <= tol) {
        return { status: 'found', value: snapped, result: snappedResult };
      }
    }
    return { status: 'found', value, result };
  };

  if (Math.abs(atMin - target) <= tol) return finish(lever.min, atMin);
  if (Math.abs(atMax - target) <= tol) return finish(lever.max, atMax);

  const increasing = atMax > atMin;
  const lowest = Math.min(atMin, atMax);
  const highest = Math.max(atMin, atMax);
  if (target < lowest || target > highest) {
    const tooHigh = target > highest;
    const bestResult = tooHigh ? highest : lowest;
    const bestValue = tooHigh === increasing ? lever.max : lever.min;
    const reason =
      atMin === atMax
        ? `${name} does not change the result (${format(atMin)}) over its range.`
        : `The target (${format(target)}) is ${tooHigh ? 'above' : 'below'} what ${name} can ` +
          `reach: ${format(lowest)} to ${format(highest)} over its range; ` +
          `the closest is ${format(bestResult)} at ${format(bestValue)}.`;
    return { status: 'unreachable', bestValue, bestResult, reason };
  }

  let low = lever.min;
  let high = lever.max;
  let bestValue = lever.min;
  let bestResult = atMin;
  for (let i = 0; i < maxIterations; i++) {
    const mid = (low + high) / 2;
    const result = run(mid);
    if (Math.abs(result - target) < Math.abs(bestResult - target)) {
      bestValue = mid;
      bestResult = result;
    }
    if (Math.abs(result - target) <= tol) return finish(mid, result);
    if (result < target === increasing) low = mid;
    else high = mid;
  }
  return {
    status: 'unreachable',
    bestValue,
    bestResult,
    reason:
      `No value of ${name} brings the result within ${format(tol)} of ${format(target)}: ` +
      `the closest is ${format(bestResult)} at ${format(bestValue)} (the result jumps there).`,
  };
}
