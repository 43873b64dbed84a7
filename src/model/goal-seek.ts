/**
 * Goal-seek: the lever value that brings a projected quantity up to a target.
 *
 * Method: the projected quantity is monotone in each lever, so its two ends over the lever's range say
 * which way the lever works. The target is a floor ("at least"):
 *   - met at both ends: it is met at every value of the lever ("met");
 *   - met at neither end: it cannot be reached with this lever alone; the closest end is reported;
 *   - the lever does not change the result at all (e.g. training places for a year before the first
 *     changed intake qualifies): "no effect", with whether the target is met anyway;
 *   - otherwise bisection over the range finds the value where the result crosses the target, to within
 *     `tolerance`, and the smallest change from the lever's least favourable end is returned, snapped to
 *     the lever's step on the side that still meets the target.
 * solveLeverForTarget applies it to one lever of a scenario in a scope, running projectScenario for each trial value.
 * Units: those of the lever and of `run`'s result (e.g. FTE per 100,000 patients in 2030/31).
 * Sources: none (numerical method).
 */
import type { KeyedLeverConfig, LeverConfig, LeverKey } from './levers';
import { snapToStep } from './levers';
import type { Prepared } from './prepare';
import { projectScenario, type ScenarioProjection } from './project-scenario';
import { ENGLAND_SCOPE, TRAINING_PATH_LEVERS, scopeLeverConfig, type ScenarioChoices } from './scenario';

export type GoalSeekResult =
  | { readonly status: 'found'; readonly value: number; readonly result: number }
  | { readonly status: 'met'; readonly worstValue: number; readonly worstResult: number }
  | { readonly status: 'no-effect'; readonly result: number; readonly met: boolean }
  | { readonly status: 'unreachable'; readonly bestValue: number; readonly bestResult: number };

export interface GoalSeekInput {
  /** The projected quantity for a lever value, other levers held fixed. */
  readonly run: (leverValue: number) => number;
  /** The quantity must reach at least this. */
  readonly target: number;
  readonly lever: Pick<LeverConfig, 'min' | 'max' | 'step'>;
  /** Acceptable shortfall below the target, in the result's unit. */
  readonly tolerance: number;
  /** Bisection steps at most; 60 halvings reach float precision on any lever range. */
  readonly maxIterations?: number;
}

export function goalSeek({ run, target, lever, tolerance, maxIterations = 60 }: GoalSeekInput): GoalSeekResult {
  const tol = Math.max(0, Number.isFinite(tolerance) ? tolerance : 0);
  const atMin = run(lever.min);
  const atMax = run(lever.max);
  if (!Number.isFinite(target) || !Number.isFinite(atMin) || !Number.isFinite(atMax))
    return { status: 'unreachable', bestValue: lever.min, bestResult: atMin };
  const meets = (result: number) => result >= target - tol;
  // Changes smaller than a millionth of the result are rounding, not an effect.
  if (Math.abs(atMax - atMin) <= 1e-6 * Math.max(1, Math.abs(atMin)))
    return { status: 'no-effect', result: atMin, met: meets(atMin) };
  const increasing = atMax > atMin;
  const [worstValue, worstResult, bestValue, bestResult] = increasing
    ? [lever.min, atMin, lever.max, atMax]
    : [lever.max, atMax, lever.min, atMin];
  if (meets(worstResult)) return { status: 'met', worstValue, worstResult };
  if (!meets(bestResult)) return { status: 'unreachable', bestValue, bestResult };

  // Bisection between a value that misses (`miss`) and one that meets (`hit`).
  let miss = worstValue;
  let hit = bestValue;
  let hitResult = bestResult;
  for (let i = 0; i < maxIterations && Math.abs(hitResult - target) > tol; i += 1) {
    const mid = (miss + hit) / 2;
    const result = run(mid);
    if (meets(result)) {
      hit = mid;
      hitResult = result;
    } else miss = mid;
  }
  // Snap to the step grid, moving towards the best end if the nearest step falls short.
  const snapped = snapToStep(lever, hit);
  const snappedResult = snapped === hit ? hitResult : run(snapped);
  if (meets(snappedResult)) return { status: 'found', value: snapped, result: snappedResult };
  const further = snapToStep(lever, snapped + (increasing ? lever.step : -lever.step));
  const furtherResult = run(further);
  if (meets(furtherResult)) return { status: 'found', value: further, result: furtherResult };
  return { status: 'found', value: hit, result: hitResult };
}

/**
 * The choices with one lever of `scope` (England, a region or an ICB) set to `value`, every other choice kept.
 * England's training levers replace a training path (the path takes their place while it is set).
 */
export function withLever(choices: ScenarioChoices, scope: string, key: LeverKey, value: number): ScenarioChoices {
  if (scope === ENGLAND_SCOPE)
    return {
      ...choices,
      englandLevers: { ...choices.englandLevers, [key]: value },
      ...(TRAINING_PATH_LEVERS.includes(key) ? { trainingPath: null } : {}),
    };
  return { ...choices, scopeLevers: { ...choices.scopeLevers, [scope]: { ...choices.scopeLevers[scope], [key]: value } } };
}

export interface LeverSolution {
  /** The lever's config in the scope (range, step, unit), given England's choices. */
  readonly config: KeyedLeverConfig;
  readonly result: GoalSeekResult;
}

/**
 * "What would it take?": the value of one lever in a scope that brings `measure` of the projection up to `target`,
 * every other choice as it is. Each trial value runs the one projection function (projectScenario); `measure` reads
 * what the target is held against from it (e.g. an area's GP FTE per 100,000 patients in the target year).
 */
export function solveLeverForTarget(args: {
  prepared: Prepared;
  choices: ScenarioChoices;
  scope: string;
  key: LeverKey;
  measure: (projection: ScenarioProjection) => number;
  target: number;
  /** Acceptable shortfall below the target, in the measure's unit. */
  tolerance: number;
}): LeverSolution {
  const { prepared, choices, scope, key, measure, target, tolerance } = args;
  const config = scopeLeverConfig(prepared, scope, key, choices.englandLevers);
  const run = (value: number) => measure(projectScenario(prepared, withLever(choices, scope, key, value)));
  return { config, result: goalSeek({ run, target, lever: config, tolerance }) };
}
