// The lever path's warm-up: once the projection is on screen it runs what a lever move computes on throw-away
// variants of the planner's choices, one step per idle period, and leaves what the screen reads alone: the kept GP
// projection (a PCN team lever's move reuses it) is the same object after the warm-up as before.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { useEffect } from 'react';
import { render, waitFor, act } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { Providers } from '../../src/app/providers';
import { useWorkforce, type Workforce } from '../../src/state/workforce/use-workforce';
import { useWarmLeverPath, warmVariant, WARM_STEPS } from '../../src/app/warm-lever-path';
import { projectScenario, TEAM_GROUPS } from '../../src/model';
import { initialView, useViewStore } from '../../src/state/stores/view-store';
import { useScenarioStore } from '../../src/state/stores/scenario-store';
import { serveData } from '../features/serve-data';

const seen: { workforce: Workforce | null } = { workforce: null };
const queue: ((timeLeft: () => number) => void)[] = [];
const cancelled: number[] = [];
const schedule = (run: (timeLeft: () => number) => void) => {
  queue.push(run);
  const at = queue.length;
  return () => cancelled.push(at);
};
function Warm() {
  const workforce = useWorkforce();
  useEffect(() => {
    seen.workforce = workforce;
  }, [workforce]);
  useWarmLeverPath(workforce, schedule);
  return null;
}

beforeEach(() => {
  serveData();
  seen.workforce = null;
  queue.length = 0;
  cancelled.length = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
  useViewStore.setState(initialView);
});

describe('warming the lever path', () => {
  it('nudges one England lever and one PCN group, leaving the choices it was given as they were', () => {
    const choices = useScenarioStore.getState();
    const defaults = { leaverRate: 0.1, internationalRecruitment: 1000 } as never;
    const before = JSON.stringify([choices.englandLevers, choices.team]);
    const v0 = warmVariant(choices as never, defaults, 0);
    const v1 = warmVariant(choices as never, defaults, 1);
    expect(v0.englandLevers).toEqual({ ...choices.englandLevers, leaverRate: 0.1 * 1.03 });
    expect(v1.englandLevers).toEqual({ ...choices.englandLevers, internationalRecruitment: 1000 * 1.06 });
    expect(v0.team!.england).toEqual({ [TEAM_GROUPS[0]!]: 10 });
    expect(JSON.stringify([choices.englandLevers, choices.team])).toBe(before);
  });

  it('runs its steps in idle periods once the projection is on screen, and keeps the projection the screen reads', async () => {
    useViewStore.setState({ level: 'subicb' });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { unmount } = render(
      <Providers client={client}>
        <Warm />
      </Providers>,
    );
    await waitFor(() => expect(seen.workforce?.projection).toBeTruthy(), { timeout: 60_000 });
    await waitFor(() => expect(queue.length).toBe(1));
    const projection = seen.workforce!.projection!;
    const shownByArea = projection.result.byArea;
    // One step per idle period when it has no time to spare, WARM_STEPS in all, then no more.
    for (let i = 0; i < queue.length && i < 50; i += 1) act(() => queue[i]!(() => 0));
    expect(queue.length).toBe(WARM_STEPS);
    // The kept GP projection is untouched: projecting the same choices again reuses it (same object).
    const again = projectScenario(projection.prepared, projection.choices, projection.spread, projection.teamBase);
    expect(again.byArea).toBe(shownByArea);
    unmount();
  });

  it('fits more than one step in an idle period with time to spare, and stops when unmounted', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { unmount } = render(
      <Providers client={client}>
        <Warm />
      </Providers>,
    );
    await waitFor(() => expect(queue.length).toBe(1), { timeout: 60_000 });
    // Ample time left after each of the first three steps, none after the fourth: four steps in that period.
    let left = 3;
    act(() => queue[0]!(() => (left-- > 0 ? 10_000 : 0)));
    expect(queue.length).toBe(2);
    // Then one step per period with no time to spare: WARM_STEPS − 4 more periods in all, the last asking for none.
    act(() => queue[1]!(() => 0));
    expect(queue.length).toBe(3);
    unmount();
    expect(cancelled).toContain(3);
    for (let i = 2; i < queue.length && i < 50; i += 1) act(() => queue[i]!(() => 0));
    expect(queue.length).toBe(1 + (WARM_STEPS - 4));
  });
});
