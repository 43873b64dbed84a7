// The saved-scenarios list and the comparison, as a planner uses them, on the real committed data:
// save, rename and delete through the UI; compare two scenarios; damaged or full storage says so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../support/render';
import { ScenariosPanel } from '../../src/features/scenarios/ScenariosPanel';
import { ComparePanel } from '../../src/features/scenarios/ComparePanel';
import { LeverPanel } from '../../src/features/levers/LeverPanel';
import { LEVERS } from '../../src/model';
import { useScenarioStore } from '../../src/state/stores/scenario-store';
import { STORAGE_KEY, type SavedScenario } from '../../src/state/saved/scenarios';
import { useWorkforce } from '../../src/state/workforce/use-workforce';
import { useSavedScenariosReady } from '../../src/state/saved/use-saved-scenarios';
import { serveData } from './serve-data';

function Screen() {
  const workforce = useWorkforce();
  // As the app does: the store is made ready whether or not a panel has loaded.
  useSavedScenariosReady(workforce?.projection ?? null);
  if (!workforce?.projection) return <p>Running the projection…</p>;
  return (
    <>
      <section aria-label="Saved scenarios">
        <ScenariosPanel projection={workforce.projection} />
      </section>
      <section aria-label="Compare scenarios">
        <ComparePanel workforce={workforce} />
      </section>
      <section aria-label="Planning levers">
        <LeverPanel dataset={workforce.dataset} projection={workforce.projection} />
      </section>
    </>
  );
}

const renderScreen = () => renderWithProviders(<Screen />);

const savedNames = () =>
  within(screen.getByRole('list', { name: 'Saved scenarios' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.saved-scenario-name')?.textContent);
const storedNames = () =>
  (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"scenarios":[]}') as { scenarios: SavedScenario[] }).scenarios.map(
    (s) => s.name,
  );

/** The panel's status line (the name in it is in a <bdi>). */
const status = () => document.querySelector('.scenario-status');

async function saveAs(user: ReturnType<typeof userEvent.setup>, name: string) {
  const box = await screen.findByRole('textbox', { name: 'Scenario name' });
  await user.clear(box);
  await user.type(box, name);
  await user.click(screen.getByRole('button', { name: 'Save current scenario' }));
}

beforeEach(() => {
  localStorage.clear();
  serveData();
});
afterEach(() => {
  // Unmount first: a mounted panel would read storage again as soon as the store is reset.
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Saved scenarios', () => {
  it('shows 50 at a time with a count, shows more on request, and finds one by name', async () => {
    const scenarios = Array.from({ length: 60 }, (_, i) => ({
      id: `s${String(i).padStart(8, '0')}`,
      name: `Scenario ${String(i).padStart(2, '0')}`,
      englandLevers: {},
      scopeLevers: {},
      target: { kind: 'hold', year: 2016 },
      targetYear: 2036,
      patientGrowth: null,
    }));
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, scenarios }));
    const user = userEvent.setup();
    renderScreen();
    const count = await screen.findByTestId('saved-count');
    expect(count).toHaveTextContent('Showing 50 of 60 saved scenarios.');
    expect(savedNames()).toHaveLength(50);
    expect(savedNames()[49]).toBe('Scenario 49');
    // A save beyond the page says where it went.
    await saveAs(user, 'Plan Z');
    await waitFor(() =>
      expect(status()).toHaveTextContent('Saved the current scenario as “Plan Z”. It is last in the list (“Show more”).'),
    );
    expect(count).toHaveTextContent('Showing 50 of 61 saved scenarios.');
    await user.click(screen.getByRole('button', { name: 'Show 11 more saved scenarios' }));
    await waitFor(() => expect(savedNames()).toHaveLength(61));
    expect(savedNames()[60]).toBe('Plan Z');
    expect(count).toHaveTextContent('All 61 saved scenarios shown.');
    expect(screen.queryByRole('button', { name: /more saved scenarios/ })).not.toBeInTheDocument();
    // Case is ignored: "scenario 5" finds Scenario 50 to 59.
    await user.click(screen.getByRole('searchbox', { name: 'Find a saved scenario' }));
    await user.paste('scenario 5');
    await waitFor(() => expect(savedNames()).toEqual(scenarios.slice(50).map((x) => x.name)));
    expect(count).toHaveTextContent('10 of 61 saved scenarios match.');
  });

  it('shows a conflicting version (an older store’s conflict copy) under its scenario, to restore or dismiss by keyboard', async () => {
    const base = {
      englandLevers: {},
      scopeLevers: {},
      target: { kind: 'hold', year: 2016 },
      targetYear: 2036,
      patientGrowth: null,
      savedAt: '2026-03-01T10:02:00.000Z',
    };
    // Version 1 made "Plan X" (r1), which lost to "Plan Y" (r2), a scenario of its own; likewise "Plan W" of "Plan Q".
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        scenarios: [
          { ...base, id: 'p', name: 'Plan Y', rev: 'r2', prev: ['r1', 'r0'] },
          { ...base, id: 'q', name: 'Plan Q', rev: 'rq', prev: ['r3', 'r0q'] },
          {
            ...base,
            id: 'kr1',
            name: 'Plan X (conflicting copy)',
            rev: 'r1',
            prev: [],
            englandLevers: { internationalRecruitment: 800 },
            savedAt: '2026-03-01T10:01:00.000Z',
          },
          { ...base, id: 'kr3', name: 'Plan W (conflicting copy)', rev: 'r3', prev: [] },
        ],
      }),
    );
    const user = userEvent.setup();
    renderScreen();
    const group = await screen.findByRole('group', { name: 'Conflicting versions of Plan Y' });
    expect(group).toHaveTextContent('1 conflicting version: changed in another tab at the same time as this one.');
    // The time in the browser's time zone (10:01 UTC is 1 March from UTC-10 to UTC+13).
    expect(group).toHaveTextContent(/Plan X England: 1 lever changed; target year 2035\/36; changed 1 Mar 2026, \d\d:\d\d/);
    expect(screen.getByRole('group', { name: 'Conflicting versions of Plan Q' })).toHaveTextContent('Plan W');
    // The copies are no longer scenarios of their own.
    expect(screen.queryByRole('checkbox', { name: /conflicting copy/ })).not.toBeInTheDocument();

    // Restore, from the keyboard: a scenario of its own just below, and focus back on its scenario's row.
    screen.getByRole('button', { name: 'Restore Plan X as a scenario of its own' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Restored the conflicting version of “Plan Y” as a scenario of its own, “Plan X”, just below it.',
      ),
    );
    expect(screen.queryByRole('group', { name: 'Conflicting versions of Plan Y' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Compare Plan X' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename Plan Y' })).toHaveFocus();
    expect(storedNames()).toEqual(['Plan Y', 'Plan X', 'Plan Q']);

    // Dismiss, with the space bar: gone from the list and from storage (now version 2).
    screen.getByRole('button', { name: 'Dismiss the conflicting version Plan W' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Conflicting versions of Plan Q' })).not.toBeInTheDocument());
    expect(status()).toHaveTextContent('Dismissed the conflicting version “Plan W” of “Plan Q”.');
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { version: number; conflicts: unknown[] };
    expect(stored).toMatchObject({ version: 2, conflicts: [] });
    expect(storedNames()).toEqual(['Plan Y', 'Plan X', 'Plan Q']);
  });

  it('saves the current scenario, then renames and deletes it (after a confirm) with the keyboard and mouse', async () => {
    const user = userEvent.setup();
    renderScreen();
    expect(await screen.findByText(/No saved scenarios yet/)).toBeInTheDocument();
    await saveAs(user, 'Plan A');
    await waitFor(() => expect(savedNames()).toEqual(['Plan A']));
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved the current scenario as “Plan A”\.$/));
    expect(storedNames()).toEqual(['Plan A']);

    await user.click(screen.getByRole('button', { name: 'Rename Plan A' }));
    const rename = await screen.findByRole('textbox', { name: 'New name for Plan A' });
    // Focus moves to the box in an effect after it renders.
    await waitFor(() => expect(rename).toHaveFocus());
    await user.clear(rename);
    await user.type(rename, 'Plan Z{Enter}');
    await waitFor(() => expect(savedNames()).toEqual(['Plan Z']));
    expect(storedNames()).toEqual(['Plan Z']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Plan Z' })).toHaveFocus());

    // A blank name is refused with a message, and Escape leaves the name as it was.
    await user.keyboard('{Enter}');
    await user.clear(await screen.findByRole('textbox', { name: 'New name for Plan Z' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the scenario a name.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'New name for Plan Z' })).not.toBeInTheDocument());
    expect(savedNames()).toEqual(['Plan Z']);

    await user.click(screen.getByRole('button', { name: 'Delete Plan Z' }));
    const confirm = await screen.findByRole('group', { name: 'Confirm deleting Plan Z' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Confirm deleting Plan Z' })).not.toBeInTheDocument());
    expect(savedNames()).toEqual(['Plan Z']);
    await user.click(screen.getByRole('button', { name: 'Delete Plan Z' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, delete Plan Z' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Saved scenarios' })).not.toBeInTheDocument());
    expect(storedNames()).toEqual([]);
  });

  it('shows a name that looks like HTML as the literal text', async () => {
    const user = userEvent.setup();
    const { container } = renderScreen();
    await saveAs(user, '<img src=x onerror=alert(1)>');
    expect(await screen.findByRole('checkbox', { name: 'Compare <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('loading a scenario puts its levers back', async () => {
    const user = userEvent.setup();
    renderScreen();
    act(() => useScenarioStore.getState().setLever('internationalRecruitment', 800));
    await saveAs(user, 'Plan A');
    act(() => useScenarioStore.getState().setLever('internationalRecruitment', 50));
    const recruitment = screen.getByRole('slider', { name: 'International recruitment' });
    await waitFor(() => expect(recruitment).toHaveAttribute('aria-valuetext', '50 FTE a year'));
    await user.click(await screen.findByRole('button', { name: 'Load Plan A' }));
    await waitFor(() => expect(recruitment).toHaveAttribute('aria-valuetext', '800 FTE a year'));
    // Only the lever the scenario changed: every other lever is at its default, with nothing to reset.
    // (The share of new GPs who stay where they trained is a lever of a region's or ICB's scope, not England's.)
    const shown = LEVERS.filter((l) => l.key !== 'stayShare');
    expect(screen.queryByRole('button', { name: 'Reset Trained here who stay' })).toBeNull();
    const changed = shown.filter((l) => screen.getByRole('button', { name: `Reset ${l.label}` }).matches(':enabled'));
    expect(changed.map((l) => l.key)).toEqual(['internationalRecruitment']);
  });

  it('compares two scenarios: a headline row each, with different figures when the levers differ', async () => {
    const user = userEvent.setup();
    renderScreen();
    act(() => useScenarioStore.getState().setLever('internationalRecruitment', 800));
    await saveAs(user, 'Plan A');
    act(() => useScenarioStore.getState().setLever('internationalRecruitment', 2000));
    await saveAs(user, 'Plan B');
    await user.click(await screen.findByRole('checkbox', { name: 'Compare Plan A' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Compare Plan B' }));

    // A headline row for each ticked scenario, once both ticks have rendered.
    const table = await screen.findByRole('table', { name: /^Headline figures for England/ });
    const rows = () => within(within(table).getAllByRole('rowgroup')[1]!).getAllByRole('row');
    await waitFor(() => expect(rows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Plan A', 'Plan B']));
    const fte = (row: HTMLElement) => Number(within(row).getAllByRole('cell')[1]?.textContent?.replace(/,/g, ''));
    const [a, b] = rows().map(fte);
    expect(a).toBeGreaterThan(20_000);
    // 1,200 more internationally recruited FTE a year: more GPs in 2035/36.
    expect(b).toBeGreaterThan(a ?? Infinity);

    // The difference map's pickers and its table alternative.
    expect(await screen.findByRole('combobox', { name: 'First scenario' })).toHaveDisplayValue('Plan A');
    expect(screen.getByRole('combobox', { name: 'Second scenario' })).toHaveDisplayValue('Plan B');
    const diffTable = await screen.findByRole('table', { name: /Plan A, Plan B and the difference/ });
    const diffRows = () => within(within(diffTable).getAllByRole('rowgroup')[1]!).getAllByRole('row');
    await waitFor(() => expect(diffRows()).toHaveLength(42));
    expect(diffRows().every((r) => /^−\d/.test(within(r).getAllByRole('cell')[2]?.textContent ?? ''))).toBe(true);
  });

  it('refuses a name of only zero-width characters with the empty-name message, and drops control characters', async () => {
    const user = userEvent.setup();
    renderScreen();
    await saveAs(user, '\u200B\u200D\uFEFF');
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the scenario a name.');
    expect(storedNames()).toEqual([]);
    // A control character typed or pasted into a name is not kept.
    const box = screen.getByRole('textbox', { name: 'Scenario name' });
    await user.clear(box);
    await user.click(box);
    await user.paste('Plan\u0007 A');
    await user.click(screen.getByRole('button', { name: 'Save current scenario' }));
    await waitFor(() => expect(savedNames()).toEqual(['Plan A']));
    expect(storedNames()).toEqual(['Plan A']);
  });

  it('shows names in <bdi>, so right-to-left text or an override cannot reorder the words around them', async () => {
    const user = userEvent.setup();
    renderScreen();
    const name = '\u202Eplan Z';
    await saveAs(user, name);
    const item = await screen.findByRole('checkbox', { name: `Compare ${name}` });
    expect(within(screen.getByRole('list', { name: 'Saved scenarios' })).getByText(name).tagName).toBe('BDI');
    // The status line: the name alone is isolated, not the sentence.
    await waitFor(() => expect(status()?.querySelector('bdi')?.textContent).toBe(name));
    expect(status()).toHaveTextContent(`Saved the current scenario as “${name}”.`);
    await user.click(item);
    const table = await screen.findByRole('table', { name: /^Headline figures for England/ });
    await waitFor(() => expect(within(table).getByRole('rowheader').querySelector('bdi')?.textContent).toBe(name));
    // The rename box and the delete confirmation name it isolated too.
    await user.click(screen.getByRole('button', { name: `Rename ${name}` }));
    const box = await screen.findByRole<HTMLInputElement>('textbox', { name: `New name for ${name}` });
    const label = box.labels?.[0];
    expect(label?.querySelector('bdi')?.textContent).toBe(name);
  });

  it('shows another tab’s saved scenario as soon as that tab writes it', async () => {
    renderScreen();
    await screen.findByRole('textbox', { name: 'Scenario name' });
    const other = {
      id: 'sother001',
      name: 'From the other tab',
      englandLevers: {},
      scopeLevers: {},
      target: { kind: 'hold', year: 2016 },
      targetYear: 2036,
      savedAt: '2026-01-01T00:00:00.000Z',
      rev: 'rother001',
      prev: [],
    };
    const text = JSON.stringify({ version: 1, scenarios: [other], deleted: [] });
    localStorage.setItem(STORAGE_KEY, text);
    // What the browser fires in this tab when another tab writes.
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text })));
    await waitFor(() => expect(savedNames()).toEqual(['From the other tab']));
  });

  it('says when stored scenarios could not be read, and still lists the good ones', async () => {
    const good = {
      id: 'g1',
      name: 'Good one',
      englandLevers: {},
      scopeLevers: {},
      target: { kind: 'hold', year: 2016 },
      targetYear: 2036,
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, scenarios: [good, { id: 'x', name: 42 }] }));
    renderScreen();
    expect(await screen.findByText(/^1 saved scenario could not be read and was skipped/)).toBeInTheDocument();
    await waitFor(() => expect(savedNames()).toEqual(['Good one']));
  });

  it('says so when storage is full, and keeps the scenario on the page', async () => {
    const user = userEvent.setup();
    renderScreen();
    await screen.findByRole('textbox', { name: 'Scenario name' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await saveAs(user, 'Plan A');
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage is full/);
    await waitFor(() => expect(savedNames()).toEqual(['Plan A']));
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved the current scenario as “Plan A” on this page only\.$/));
  });
});
