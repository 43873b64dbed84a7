// The "Find an area" picker: matching by name, former CCG name and code (pure), and the combobox in the
// whole app as a planner uses it: type, arrow, Enter, Escape. Served the real committed data. Places people
// know (places.json) load on the first keystroke: test/features/find-places.test.ts has their ranking.
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { matchAreas, MAX_RESULTS } from '../../src/features/area-picker/match-areas';
import { LAZY, readDataJson, renderApp, serveData } from './serve-data';
import type { AreasFile } from '../../src/data/schemas';

const areas = (readDataJson('areas.json') as AreasFile).areas;
const CORNWALL_ICB = 'NHS Cornwall and The Isles Of Scilly ICB';

describe('matchAreas', () => {
  const names = (typed: string) => matchAreas(areas, typed).matches.map((m) => m.area.name);

  it('finds areas by a word of their name, the ICB before its sub-ICB', () => {
    expect(names('cornwall')).toEqual([CORNWALL_ICB, `${CORNWALL_ICB} - 11N`]);
  });

  it('finds a sub-ICB by its former CCG name and says so', () => {
    const { matches } = matchAreas(areas, 'Kernow');
    expect(matches.map((m) => [m.area.code, m.viaFormerName])).toEqual([['11N', true]]);
  });

  it('finds areas by ODS or ONS code, exact code first', () => {
    expect(matchAreas(areas, 'qt6').matches[0]?.area.code).toBe('QT6');
    expect(matchAreas(areas, 'E54000036').matches[0]?.area.code).toBe('QT6');
  });

  it('never lists England itself, lists nothing for blank text, and caps the list', () => {
    expect(names('England').every((n) => n !== 'England')).toBe(true);
    expect(matchAreas(areas, '   ').total).toBe(0);
    const nhs = matchAreas(areas, 'nhs');
    expect(nhs.matches).toHaveLength(MAX_RESULTS);
    expect(nhs.total).toBeGreaterThan(100);
  });
});

describe('AreaPicker in the app', () => {
  beforeEach(() => {
    serveData();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const picker = () => screen.findByRole('combobox', { name: 'Find an area' });
  // Scoped to the picker's list: the native selects' <option>s share the role.
  const listbox = () => screen.getByRole('listbox', { name: 'Matching areas' });
  const options = () => within(listbox()).getAllByRole('option');
  const trendHeading = async () =>
    within(await screen.findByRole('region', { name: 'Trends' })).findByRole('heading', { level: 3 }, LAZY);

  it('lists matches as you type; Enter picks the highlighted one and the Trends heading follows', async () => {
    const user = userEvent.setup();
    renderApp();
    const input = await picker();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(await trendHeading()).toHaveTextContent(/^England$/);

    await user.type(input, 'Cornwall');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    expect(input).toHaveAttribute('aria-controls', listbox().id);
    // Name prefixes (a leading "NHS " aside) first, areas before places; then PCNs with a word that starts so.
    await waitFor(() => expect(input).toHaveAccessibleDescription('7 matches.'));
    expect(options().map((o) => o.querySelector('.area-option-name')?.textContent)).toEqual([
      CORNWALL_ICB,
      `${CORNWALL_ICB} - 11N`,
      'Cornwall',
      'CORNWALL HOUSE SURGERY',
      'CORNWALLIS PLAZA SURGERY',
      'EAST CORNWALL PCN',
      'NORTH CORNWALL COAST PCN',
    ]);
    const listed = options();
    // The first match is highlighted as you type, and the text box points at it.
    expect(listed[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', listed[0]!.id);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'false'));
    await waitFor(() => expect(input).toHaveValue(CORNWALL_ICB));
    expect(await trendHeading()).toHaveTextContent(`${CORNWALL_ICB} against England`);
  });

  it('arrows move through the list (wrapping), and picking a sub-ICB moves the map to Sub-ICB level', async () => {
    const user = userEvent.setup();
    renderApp();
    const input = await picker();
    await user.type(input, 'kernow');
    // The former CCG, the CCG as it was (as-was.json) and a PCN by name, then the area whose former name matched,
    // which says so.
    await waitFor(() => expect(options()).toHaveLength(4));
    expect(options()[1]).toHaveTextContent(/CCG \(as was\) · 11N · 2015\/16–2024\/25 · opens at 2024\/25$/);
    expect(options()[3]).toHaveTextContent(/formerly NHS Kernow CCG$/);
    await user.clear(input);
    await user.type(input, 'Cornwall');
    // Every match is listed before the arrows move through them.
    await waitFor(() => expect(options()).toHaveLength(7));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(options()[1]).toHaveAttribute('aria-selected', 'true'));
    expect(input).toHaveAttribute('aria-activedescendant', options()[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}'); // wraps to the last
    await waitFor(() => expect(options()[6]).toHaveAttribute('aria-selected', 'true'));
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Geography level' })).toHaveValue('subicb'));
    await waitFor(async () => expect(await trendHeading()).toHaveTextContent(`${CORNWALL_ICB} - 11N against England`));
  });

  it('a pick at the level on screen joins the selection; one that changes the level starts it afresh', async () => {
    const user = userEvent.setup();
    renderApp();
    const input = await picker();
    // ICB level: Cornwall's ICB, then Kent and Medway's ICB: both compared, the newest first.
    await user.type(input, 'QT6{Enter}');
    await waitFor(async () => expect(await trendHeading()).toHaveTextContent(`${CORNWALL_ICB} against England`));
    await user.clear(input);
    await user.type(input, 'QKS{Enter}');
    await waitFor(async () =>
      expect(await trendHeading()).toHaveTextContent(`NHS Kent and Medway ICB, ${CORNWALL_ICB} against England`),
    );
    expect(screen.getByRole('combobox', { name: 'Geography level' })).toHaveValue('icb');
    // A sub-ICB moves the map to Sub-ICB level, where the two ICBs cannot be shown: it is the selection alone.
    await user.clear(input);
    await user.type(input, '11N{Enter}');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Geography level' })).toHaveValue('subicb'));
    await waitFor(async () =>
      expect(await trendHeading()).toHaveTextContent(/^NHS Cornwall and The Isles Of Scilly ICB - 11N against England$/),
    );
  });

  it('Escape closes the list, a second Escape clears the text; no match says so', async () => {
    const user = userEvent.setup();
    renderApp();
    const input = await picker();
    await user.type(input, 'Cornwall');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'false'));
    expect(screen.queryByRole('listbox', { name: 'Matching areas' })).not.toBeInTheDocument();
    expect(input).toHaveValue('Cornwall');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(input).toHaveValue(''));
    expect(await trendHeading()).toHaveTextContent(/^England$/);

    await user.type(input, 'zzzz');
    expect(await screen.findByText('Nothing matches.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('zzzz');
    expect(await trendHeading()).toHaveTextContent(/^England$/);
  });

  it('a click on an option picks it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await picker(), 'QT6');
    const list = await screen.findByRole('listbox', { name: 'Matching areas' });
    await user.click(await within(list).findByRole('option', { name: new RegExp(`^${CORNWALL_ICB}`) }));
    await waitFor(async () => expect(await trendHeading()).toHaveTextContent(`${CORNWALL_ICB} against England`));
  });

  it('loads places only once someone types, then finds a local authority and goes to its area, saying how', async () => {
    const { requested } = serveData();
    const user = userEvent.setup();
    renderApp();
    const input = await picker();
    expect(await trendHeading()).toHaveTextContent(/^England$/);
    expect(requested).not.toContain('places.json');
    await user.type(input, 'Dartford');
    await waitFor(() => expect(options()[0]).toHaveTextContent('Local authority · E07000107 · → NHS Kent and Medway ICB'));
    expect(requested).toContain('places.json');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await trendHeading()).toHaveTextContent('NHS Kent and Medway ICB against England'));
    expect(screen.getByRole('combobox', { name: 'Geography level' })).toHaveValue('icb');
    await waitFor(() => expect(input).toHaveAccessibleDescription('Dartford → NHS Kent and Medway ICB (local authority)'));
  });

  it('when places cannot load, areas are still found and the status says places are missing', async () => {
    serveData({ 'places.json': { body: 'Not found', status: 404 } });
    const user = userEvent.setup();
    renderApp();
    const input = await picker();
    await user.type(input, 'Cornwall');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('2 matches. Practices and other places could not be loaded: areas only.'),
    );
    expect(options()).toHaveLength(2);
  });
});
