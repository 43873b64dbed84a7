// Importing a scenarios file that names its areas shows those areas (the level, and the selected areas the data
// knows); an older file without them leaves the view as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScenarioFiles } from '../../../src/features/scenarios/ScenarioFiles';
import { scenarioFileText } from '../../../src/state/saved/scenario-file';
import { initialSavedScenarios, useSavedScenarios } from '../../../src/state/saved/store';
import { initialView, useViewStore } from '../../../src/state/stores/view-store';
import { initialChoices } from '../../../src/state/stores/scenario-store';
import { realPrepared } from '../../support/real-data';

const plan = { id: 'a1', name: 'Kent plan', ...initialChoices, savedAt: '' };

async function importText(text: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([text], 'plans.json', { type: 'application/json' });
  // jsdom's File has no text() (browsers' does).
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  fireEvent.change(input, { target: { files: [file] } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Imported/));
}

beforeEach(() => {
  localStorage.clear();
  useSavedScenarios.setState(initialSavedScenarios);
  useSavedScenarios.getState().hydrate(null);
  useViewStore.setState(initialView);
});
afterEach(() => localStorage.clear());

describe('importing a scenarios file', () => {
  it("shows the file's level and the selected areas the data knows", async () => {
    render(<ScenarioFiles prepared={realPrepared()} />);
    await importText(scenarioFileText([plan], [], { level: 'subicb', selected: ['QKS', 'NOPE'] }));
    expect(useViewStore.getState().level).toBe('subicb');
    expect(useViewStore.getState().selected).toEqual(['QKS']);
    expect(screen.getByRole('status').textContent).toMatch(/showing the areas it was made for \(Sub-ICB \(CCG\), 1 selected\)/);
  });

  it('leaves the view as it was for a file without an area', async () => {
    useViewStore.setState({ level: 'region', selected: ['Y56'] });
    render(<ScenarioFiles prepared={realPrepared()} />);
    await importText(scenarioFileText([plan], []));
    expect(useViewStore.getState().level).toBe('region');
    expect(useViewStore.getState().selected).toEqual(['Y56']);
    expect(useSavedScenarios.getState().scenarios.map((s) => s.name)).toEqual(['Kent plan']);
  });
});
