// The zustand mock (__mocks__/zustand.ts, set up in test/setup.ts) puts every store back to its initial state after
// each test: the second test sees none of what the first set. (The tests in a file run in order.)
import { describe, expect, it } from 'vitest';
import { useViewStore } from '../../src/state/stores/view-store';
import { useScenarioStore } from '../../src/state/stores/scenario-store';

describe('the store reset between tests', () => {
  it('a test changes the view and the scenario', () => {
    useViewStore.getState().setYear(2030);
    useScenarioStore.getState().setLever('leaverRate', 0.1);
    expect(useViewStore.getState().year).toBe(2030);
  });

  it('the next test starts from the initial state', () => {
    expect(useViewStore.getState().year).toBe(2025);
    expect(useScenarioStore.getState().englandLevers).toEqual({});
  });
});
