// The lever panel as a planner uses it: sliders named by the LEVERS table, number boxes, resets, scopes,
// and the headline figures they drive. Served the real committed data.
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEVERS } from '../../src/model';
import { renderApp, serveData } from './serve-data';

beforeEach(() => {
  serveData();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const headlineFte = async () => Number((await screen.findByTestId('headline-fte')).textContent?.replace(/,/g, ''));
/** Waits until the headline's projected FTE passes `check`: it follows a lever in a re-render. */
const waitForHeadlineFte = (check: (fte: number) => void) => waitFor(async () => check(await headlineFte()));

describe('Planning levers', () => {
  it('has a slider, a number box and a reset for every lever, each with its default and source', async () => {
    renderApp();
    // England keeps all its own trainees: "Trained here who stay" is a region's or ICB's lever only.
    for (const lever of LEVERS.filter((l) => l.key !== 'stayShare')) {
      const slider = await screen.findByRole('slider', { name: lever.label });
      // Described by its default and source (the data-derived defaults vary with the data: only their words are fixed).
      expect(slider).toHaveAccessibleDescription(expect.stringMatching(/^Default .+\. Source: /));
      expect(slider).toHaveAccessibleDescription(expect.stringContaining(`Source: ${lever.source}.`));
      expect(screen.getByRole('textbox', { name: new RegExp(`^${lever.label} value`) })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `Reset ${lever.label}` })).toBeDisabled();
    }
    expect(screen.queryByRole('slider', { name: 'Trained here who stay' })).toBeNull();
    expect(screen.getByText(/Source: Institute for Government via Pulse/)).toBeInTheDocument();
    // every range says why it ends where it does, and the leaver rate is gross with the net beside it
    expect(screen.getAllByText(/^Range /).length).toBeGreaterThanOrEqual(LEVERS.length - 1);
    expect(screen.getByText(/^Gross: 8\.8% of GPs leave a year\. Net of the other joiners/)).toBeInTheDocument();
    expect(screen.getByText(/^Changes only GPs not yet qualified/)).toBeInTheDocument();
  });

  it("an ICB's own training places say how many of its trainees stay, and what they add beside England", async () => {
    renderApp();
    await userEvent.selectOptions(await screen.findByLabelText('Lever scope'), 'QKS');
    const stay = await screen.findByRole('slider', { name: 'Trained here who stay' });
    expect(stay).toBeInTheDocument();
    expect(screen.getByText(/^Of every 10 GPs trained here, about \d+ stays? in NHS Kent and Medway ICB/)).toBeInTheDocument();
    const places = screen.getByRole('textbox', { name: /^Training places value/ });
    const before = Number((places as HTMLInputElement).value);
    await userEvent.clear(places);
    await userEvent.type(places, `${before + 50}{Enter}`);
    const gain = await screen.findByTestId('scope-gain');
    await waitFor(() =>
      expect(gain).toHaveTextContent(/add \+\d+ FTE to NHS Kent and Medway ICB in 2035\/36, and \+\d+ FTE to England/),
    );
    const [, kent, england] = /add \+(\d+) FTE to .* and \+(\d+) FTE to England/.exec(gain.textContent ?? '') ?? [];
    expect(Number(kent)).toBeLessThan(Number(england));
  });

  it('raising International recruitment raises projected FTE; reset brings it back', async () => {
    renderApp();
    const before = await headlineFte();
    const slider = await screen.findByRole('slider', { name: 'International recruitment' });
    fireEvent.change(slider, { target: { value: '1000' } });
    await waitForHeadlineFte((after) => expect(after).toBeGreaterThan(before));
    await userEvent.click(await screen.findByRole('button', { name: 'Reset International recruitment' }));
    await waitForHeadlineFte((fte) => expect(fte).toBe(before));
  });

  it('a higher leaver rate typed into its box lowers projected FTE, and out-of-range input is kept in range', async () => {
    renderApp();
    const before = await headlineFte();
    const box = await screen.findByRole('textbox', { name: /^Leaver rate value/ });
    await userEvent.clear(box);
    await userEvent.type(box, '12{Enter}');
    await waitForHeadlineFte((fte) => expect(fte).toBeLessThan(before));
    await userEvent.clear(box);
    await userEvent.type(box, '99{Enter}');
    expect(await screen.findByText(/Kept within the range 3.0% to 15.0%/)).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Leaver rate' });
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuetext', '15.0%'));
    await userEvent.clear(box);
    await userEvent.type(box, 'abc{Enter}');
    expect(await screen.findByText(/Enter a number between/)).toBeInTheDocument();
    expect(slider).toHaveAttribute('aria-valuetext', '15.0%');
  });

  it('levers scoped to one ICB change that ICB and leave others alone; the scope in force is shown', async () => {
    renderApp();
    const scope = await screen.findByRole('combobox', { name: 'Lever scope' });
    await userEvent.selectOptions(scope, 'NHS Devon ICB');
    expect(await screen.findByText(/Levers in force: NHS Devon ICB/)).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Leaver rate' });
    fireEvent.change(slider, { target: { value: '14' } });
    expect(await screen.findByText(/Areas with their own levers: NHS Devon ICB/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Leaver rate' })).toHaveAttribute('aria-valuetext', '14.0%'));
    expect(screen.getByRole('button', { name: 'Reset Leaver rate' })).toBeEnabled();
    // England's levers are untouched: back in England's scope the leaver rate is at its default, with nothing to reset.
    await userEvent.selectOptions(scope, 'England (every area)');
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Leaver rate' })).toHaveAttribute('aria-valuetext', '8.8%'));
    expect(screen.getByRole('button', { name: 'Reset Leaver rate' })).toBeDisabled();
    expect(screen.getByText(/Areas with their own levers: NHS Devon ICB/)).toBeInTheDocument();
  });

  it('goal-seek tells a reachable target (and applies its value), an unreachable one and one met at every value apart', async () => {
    renderApp();
    await screen.findByTestId('headline-fte');
    const panel = screen.getByRole('region', { name: 'Planning levers' });
    const per100k = () =>
      Number(screen.getByText('GP FTE per 100,000 patients', { selector: 'dt' }).parentElement?.querySelector('dd')?.textContent);
    const setTarget = async (value: string) => {
      await userEvent.click(screen.getByRole('radio', { name: /A number/ }));
      const box = screen.getByRole('spinbutton', { name: 'Target FTE per 100,000 patients' });
      await userEvent.clear(box);
      await userEvent.type(box, value);
    };
    const solve = async () => {
      await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Lever to solve for' }), 'Training places');
      await userEvent.click(within(panel).getByRole('button', { name: 'Find the value' }));
    };
    const before = per100k();

    // Reachable: 1.0 per 100,000 above the current-trends 2035/36 figure.
    const goal = Math.round((before + 1) * 10) / 10;
    await setTarget(String(goal));
    await solve();
    expect(
      await within(panel).findByText(
        new RegExp(
          `^Training places for England of [\\d,]+ places a year brings England in 2035/36 to [\\d.]+, meeting the target of ${goal.toFixed(1)}`,
        ),
      ),
    ).toBeInTheDocument();
    expect(within(panel).queryByText(/Cannot be reached|Met at every value/)).toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Apply this value' }));
    await waitFor(() => expect(per100k()).toBeGreaterThanOrEqual(goal));

    // Unreachable: 200 per 100,000 is beyond 8,000 places a year.
    await setTarget('200');
    await solve();
    expect(
      await within(panel).findByText(
        /^Cannot be reached with Training places for England alone within its range .* the closest is [\d.]+ per 100,000 at 8,000 places a year/,
      ),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Apply this value' })).toBeNull();

    // Met at every value: 10 per 100,000 is met even at the fewest places.
    await setTarget('10');
    await solve();
    expect(await within(panel).findByText(/^Met at every value: even at 2,000 places a year/)).toBeInTheDocument();
  });

  it('patient growth set for every area changes FTE per 100,000 patients but not FTE', async () => {
    renderApp();
    await screen.findByTestId('headline-fte');
    const fte = await headlineFte();
    const per100k = () =>
      screen.getByText('GP FTE per 100,000 patients', { selector: 'dt' }).parentElement?.querySelector('dd')?.textContent;
    const before = per100k();
    await userEvent.click(screen.getByRole('radio', { name: /The same for every area/ }));
    const box = await screen.findByRole('textbox', { name: 'Patient growth (% a year)' });
    await userEvent.clear(box);
    await userEvent.type(box, '3{Enter}');
    await waitFor(() => expect(per100k()).not.toBe(before));
    expect(box).toHaveValue('3');
    expect(await headlineFte()).toBe(fte);
    await userEvent.click(screen.getByRole('radio', { name: /Each area's own trend/ }));
    await waitFor(() => expect(per100k()).toBe(before));
  });
});
