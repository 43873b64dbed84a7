// The dashboard as a planner uses it: controls, the Areas table, choosing an area, About the data.
// Served the real committed data. The Leaflet map is not asserted here (jsdom does not lay it out).
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LAZY, readDataJson, renderApp, serveData } from './serve-data';
import type { AreasFile } from '../../src/data/schemas';

const areasFile = readDataJson('areas.json') as AreasFile;
const namesAt = (level: string) => areasFile.areas.filter((a) => a.level === level).map((a) => a.name);

beforeEach(() => {
  serveData();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const areasTable = () => screen.findByRole('table', { name: /^Areas at/ });
function bodyRows(table: HTMLElement) {
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body!).getAllByRole('row');
}
const rowNames = (table: HTMLElement) => bodyRows(table).map((r) => within(r).getAllByRole('rowheader')[0]?.textContent ?? '');

// Role queries over a 106-row table are slow in jsdom: allow each test more than the default 5 s.
describe('App', () => {
  it('shows the view controls with their options', async () => {
    renderApp();
    const level = await screen.findByRole('combobox', { name: 'Geography level' });
    expect(
      within(level)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Region', 'ICB', 'ICB (2022–2026)', 'Sub-ICB (CCG)', 'CCG (as was)', 'NHS England local office (as was)']);
    expect(level).toHaveValue('icb');
    expect(screen.getByRole('combobox', { name: 'Metric' })).toHaveDisplayValue('GP FTE per 100,000 patients');
    const year = screen.getByRole('combobox', { name: 'Year' });
    expect(year).toHaveDisplayValue('2024/25');
    expect(within(year).getAllByRole('option')[0]).toHaveTextContent('2015/16');
    // The base year of every "change" on the screen is always shown.
    expect(screen.getByRole('combobox', { name: 'Base year' })).toHaveDisplayValue('2015/16');
  });

  it('lists 42 ICBs by default, 106 sub-ICBs and 7 regions when the level changes', async () => {
    const user = userEvent.setup();
    renderApp();
    const table = await areasTable();
    expect(bodyRows(table)).toHaveLength(42);
    expect(table).toHaveAccessibleName(/ICB \(2022–2026\) level, 2024\/25/);

    // The table's rows follow the level in a deferred render (its caption follows at once): wait for them.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Geography level' }), 'Sub-ICB (CCG)');
    await waitFor(async () => expect(rowNames(await areasTable()).sort()).toEqual(namesAt('subicb').sort()));
    expect(bodyRows(await areasTable())).toHaveLength(106);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Geography level' }), 'Region');
    await waitFor(async () => expect(rowNames(await areasTable()).sort()).toEqual(namesAt('region').sort()));
    expect(bodyRows(await areasTable())).toHaveLength(7);
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    const user = userEvent.setup();
    renderApp();
    const table = await areasTable();
    const areaHeader = within(table).getByRole('columnheader', { name: /^Area/ });
    const rankHeader = within(table).getByRole('columnheader', { name: /^Rank/ });
    expect(rankHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(areaHeader).toHaveAttribute('aria-sort', 'none');
    const byRank = rowNames(table);

    await user.click(within(areaHeader).getByRole('button'));
    await waitFor(() => expect(areaHeader).toHaveAttribute('aria-sort', 'ascending'));
    expect(rankHeader).toHaveAttribute('aria-sort', 'none');
    const ascending = [...byRank].sort((a, b) => a.localeCompare(b));
    await waitFor(() => expect(rowNames(table)).toEqual(ascending));
    expect(ascending).not.toEqual(byRank);

    await user.click(within(areaHeader).getByRole('button'));
    await waitFor(() => expect(areaHeader).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(rowNames(table)).toEqual([...ascending].reverse()));
  });

  it('ranks the default metric from the highest FTE per 100,000 down', async () => {
    renderApp();
    const table = await areasTable();
    const ranks = bodyRows(table).map((r) => Number(within(r).getAllByRole('cell')[1]?.textContent));
    expect(ranks[0]).toBe(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const values = bodyRows(table).map((r) => Number(within(r).getAllByRole('cell')[0]?.textContent?.replace(/,/g, '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('choosing an area in the table puts it in the Trends heading', async () => {
    const user = userEvent.setup();
    renderApp();
    const table = await areasTable();
    expect(await screen.findByRole('heading', { level: 3, name: 'England' }, LAZY)).toBeInTheDocument();
    const name = rowNames(table)[5]!;
    const button = within(table).getByRole('button', { name });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(await screen.findByRole('heading', { level: 3, name: `${name} against England` })).toBeInTheDocument();
    await waitFor(() => expect(within(table).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(within(table).getByRole('checkbox', { name: `Compare ${name}` })).toBeChecked());
  });

  it('ticking Compare adds areas to the Trends heading', async () => {
    const user = userEvent.setup();
    renderApp();
    const table = await areasTable();
    const [first, second] = rowNames(table);
    await user.click(within(table).getByRole('checkbox', { name: `Compare ${first}` }));
    await user.click(within(table).getByRole('checkbox', { name: `Compare ${second}` }));
    expect(await screen.findByRole('heading', { level: 3, name: `${first}, ${second} against England` })).toBeInTheDocument();
  });

  it('"About the data" opens a panel with the licence and the NHS estimates caveat', async () => {
    const user = userEvent.setup();
    renderApp();
    await areasTable();
    const about = screen.getByRole('button', { name: 'About the data' });
    expect(about).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'About the data' })).not.toBeInTheDocument();

    await user.click(about);
    await waitFor(() => expect(about).toHaveAttribute('aria-expanded', 'true'));
    const panel = await screen.findByRole('region', { name: 'About the data' });
    // Its text is its own chunk, loaded when first opened.
    await waitFor(() => expect(panel).toHaveTextContent('Open Government Licence'), LAZY);
    expect(panel).toHaveTextContent(/exclude NHS estimates/i);

    await user.click(about);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'About the data' })).not.toBeInTheDocument());
  });

  it('shows the national bulletin figures', async () => {
    renderApp();
    const national = await screen.findByRole('region', { name: 'England: GPs by role, monthly' });
    expect(
      await within(national).findByText(/34,391\.8 FTE in Sept? 2015, 38,649\.2 FTE in Oct 2025/, {}, LAZY),
    ).toBeInTheDocument();
    expect(await within(national).findByText(/28,589\.6 → 28,017\.2 FTE/)).toBeInTheDocument();
    // The key names each role (an HTML list below the plot).
    const key = within(national).getByRole('list', { name: 'GP roles, by colour' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Partners', 'Salaried', 'Retainers', 'Regular locums', 'Trainees (registrars)']);
  });
});
