// The saved scenarios are ready where the app starts, without the panel that lists them: storage is read as stored
// while the projection is missing, read again clamped to the levers' ranges once it is there, and the ready-made
// scenarios come from the model's presets.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { STORAGE_KEY } from '../../../src/state/saved/scenarios';
import { COMPARED_KEY } from '../../../src/state/saved/storage';
import { initialSavedScenarios, useSavedScenarios } from '../../../src/state/saved/store';
import { presetScenarios, useSavedScenariosReady } from '../../../src/state/saved/use-saved-scenarios';
import { initialChoices } from '../../../src/state/stores/scenario-store';
import { realFiles, realPrepared } from '../../support/real-data';

const stored = {
  version: 1,
  // A leaver rate above its 15% maximum: kept as stored until the ranges are known, then clamped.
  scenarios: [
    { id: 's1', name: 'Plan A', ...initialChoices, englandLevers: { leaverRate: 0.5 }, savedAt: '', rev: 'r1', prev: [] },
  ],
  deleted: [],
};

beforeEach(() => localStorage.setItem(STORAGE_KEY, JSON.stringify(stored)));
afterEach(() => {
  localStorage.clear();
});

describe('useSavedScenariosReady', () => {
  it('reads storage as stored without the projection, then clamped with it, and derives the ready-made scenarios', () => {
    const { rerender } = renderHook(({ inputs }) => useSavedScenariosReady(inputs), {
      initialProps: { inputs: null as Parameters<typeof useSavedScenariosReady>[0] },
    });
    let state = useSavedScenarios.getState();
    expect(state.hydrated).toBe(true);
    expect(state.clamped).toBe(false);
    expect(state.scenarios.map((s) => [s.name, s.englandLevers.leaverRate])).toEqual([['Plan A', 0.5]]);
    expect(state.presets).toEqual([]);

    rerender({ inputs: { prepared: realPrepared(), training: realFiles().training } });
    state = useSavedScenarios.getState();
    expect(state.clamped).toBe(true);
    expect(state.scenarios.map((s) => [s.name, s.englandLevers.leaverRate])).toEqual([['Plan A', 0.15]]);
    expect(state.presets.map((p) => p.name)).toEqual([
      'Current trends',
      'Long Term Workforce Plan 2023',
      'Retention improves by 1 percentage point',
    ]);
    // A preset differs from the defaults only in England's levers.
    expect(state.presets.every((p) => p.targetYear === initialChoices.targetYear && p.patientGrowth === null)).toBe(true);
  });

  it('keeps a ticked saved scenario and a ticked ready-made one through a reload, as the app starts', () => {
    const prepared = realPrepared();
    const training = realFiles().training;
    const ready = presetScenarios(prepared, training)[1]?.id ?? '';
    localStorage.setItem(COMPARED_KEY, JSON.stringify(['s1', ready]));
    useSavedScenarios.setState(initialSavedScenarios);
    // The app starts without the projection (no presets yet), then gets it.
    const { rerender } = renderHook(({ inputs }) => useSavedScenariosReady(inputs), {
      initialProps: { inputs: null as Parameters<typeof useSavedScenariosReady>[0] },
    });
    rerender({ inputs: { prepared, training } });
    expect(useSavedScenarios.getState().compareIds).toEqual(['s1', ready]);
  });
});
