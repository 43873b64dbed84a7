// A slider's first moves repainted 3–5× slower than its tenth (bench: 89 ms for the first move of "International
// recruitment", 12–22 ms once warm): the code a lever move runs (the projection with its ranges and the PCN
// team's, the series, the map's rows and colours) had run once or twice while the page loaded, so the browser had not
// yet compiled it optimised. Once the map is on screen and the page is idle, this runs that same code on a dozen throw-away variants
// of the planner's own choices, one short step per idle period, so the first drag is as smooth as the tenth. Nothing
// it makes is kept or shown: the projection's kept result, the stores and the caches the screen reads are untouched.
import { useEffect } from 'react';
import { projectScenario, TEAM_GROUPS, type LeverKey, type ScenarioChoices } from '../model';
import { projectionSeries } from '../figures/projection-series';
import { levelRows } from '../figures/level-rows';
import { metricConfig, isTeamMetric } from '../figures/metrics';
import { isMonthKey } from '../lib/years';
import { mapScale } from '../components/map/colours/map-figure';
import { useViewStore } from '../state/stores/view-store';
import { ENGLAND, type Workforce } from '../state/workforce/use-workforce';

/** Steps per warm-up: V8 optimises a function after a few calls; a dozen covers the GP and the team projection. */
export const WARM_STEPS = 12;

/** The planner's choices with one England lever (the i-th, in turn) and, with a PCN team, one group's growth nudged. */
export function warmVariant(choices: ScenarioChoices, defaults: Readonly<Record<LeverKey, number>>, i: number): ScenarioChoices {
  const keys = Object.keys(defaults) as LeverKey[];
  const key = keys[i % keys.length]!;
  const now = choices.englandLevers[key] ?? defaults[key];
  const nudge = 1 + 0.03 * ((i % 5) + 1);
  const group = TEAM_GROUPS[i % TEAM_GROUPS.length]!;
  const team = choices.team ?? { england: {}, scopes: {}, gpTimeReleased: {} };
  return {
    ...choices,
    englandLevers: { ...choices.englandLevers, [key]: Number.isFinite(now) ? now * nudge : now },
    team: { ...team, england: { ...team.england, [group]: (team.england[group] ?? 0) + 10 * (i + 1) } },
  };
}

/** One warm-up step: what a lever move computes, for the i-th variant, thrown away. */
export function warmStep(workforce: Workforce, i: number): void {
  const projection = workforce.projection;
  if (!projection) return;
  const { prepared, choices, spread, teamBase } = projection;
  const result = projectScenario(prepared, warmVariant(choices, prepared.defaults, i), spread, teamBase, { keep: false });
  // The series, without the team figures laid in: laying them over a new series works out every area's recorded
  // years afresh (70–100 ms, one long task per step); a team lever's move reuses them, so there is little to warm.
  const series = projectionSeries(workforce.dataset.history, result);
  const view = useViewStore.getState();
  if (isMonthKey(view.year) || view.asWas || isTeamMetric(view.metric)) return;
  const year = Number(view.year);
  const flagYear = workforce.dataset.years[workforce.dataset.years.length - 1] ?? year;
  const rows = levelRows({
    areas: workforce.dataset.atLevel[view.level],
    series,
    metric: view.metric,
    year,
    baseYear: view.baseYear,
    englandCode: ENGLAND,
    basis: view.patientBasis,
    flagYear,
  });
  mapScale({
    rows,
    metric: metricConfig(view.metric),
    series,
    year,
    baseYear: view.baseYear,
    sameScale: view.sameScale,
    englandCode: ENGLAND,
    basis: view.patientBasis,
    flagYear,
  });
}

/** Runs `run` in an idle period with the time left in it (ms), and returns a cancel. */
type Idle = (run: (timeLeft: () => number) => void) => () => void;
const idle: Idle = (run) => {
  if (typeof window.requestIdleCallback === 'function') {
    // No timeout: a page that is never idle is one the planner is using, and the warm-up must not get in the way.
    const handle = window.requestIdleCallback((deadline) => run(() => deadline.timeRemaining()));
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(() => run(() => 0), 200);
  return () => window.clearTimeout(handle);
};

/**
 * Warms the lever path once the projection and its ranges are on screen, and again once the PCN team is projected
 * (its file loaded). Steps run in idle periods only; unmounting stops it.
 */
export function useWarmLeverPath(workforce: Workforce | null, schedule: Idle = idle): void {
  // Once the 80% ranges' spread has come from the worker: a lever move projects with it, and a warm-up without it
  // would leave the ranges' code cold (the first move then ran it unoptimised: 19 ms of the projection alone).
  const ready = workforce?.projection?.spread ? workforce : null;
  // Once per data and once more when the PCN team is first projected: a lever move's new workforce, a staff choice
  // or a switch between metrics does not start it again.
  const prepared = ready?.projection?.prepared ?? null;
  const teamBase = ready?.projection?.teamBase ?? null;
  useEffect(() => {
    if (!ready || !prepared) return;
    let step = 0;
    let cancel = () => {};
    const next = () => {
      cancel = schedule((timeLeft) => {
        // As many steps as the idle period has room for, judged by the last step's time (a step takes a few
        // milliseconds once warm, tens before), at least one: no warm-up task is long enough to delay an input.
        let last = 0;
        do {
          const started = performance.now();
          try {
            warmStep(ready, step);
          } catch {
            return; // A warm-up that fails changes nothing the planner sees: the moves just start cold.
          }
          last = performance.now() - started;
          step += 1;
        } while (step < WARM_STEPS && timeLeft() > 2 * last + 5);
        if (step < WARM_STEPS) next();
      });
    };
    next();
    return () => cancel();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `ready` is read at the start only, on purpose
  }, [prepared, teamBase, schedule]);
}
