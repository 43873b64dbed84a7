// The headline on each patients basis (jsdom, the real committed data): with Knowsley selected, switching "Patients"
// to Need-weighted relabels the per-100,000 figure, the target, its box and the milestones, and divides by
// need-weighted patients. Knowsley's need-weighted ÷ registered ratio: 2015/16 185,686 / 162,350; 2024/25
// (the one projected years use) 197,461 / 173,187 = 1.1402.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, serveData } from './serve-data';

beforeEach(() => {
  localStorage.clear();
  serveData();
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const figureOf = (label: string) =>
  Number(screen.getByText(label, { selector: 'dt' }).parentElement?.querySelector('dd')?.textContent?.replace(/,/g, ''));

describe('the headline on the need-weighted basis', () => {
  it('relabels and recomputes its per-100,000 figures, target and milestones when Patients is Need-weighted', async () => {
    window.history.replaceState(null, '', '/?level=subicb&areas=01J');
    renderApp();
    await screen.findByRole('heading', { level: 3, name: /01J Knowsley, 2035\/36 \(projected\)/ });
    const headline = screen.getByRole('region', { name: 'Headline' });
    const registered = figureOf('GP FTE per 100,000 patients');
    const fte = figureOf('Projected GP FTE');
    expect(registered).toBeGreaterThan(0);
    // The registered target: hold 2015/16's 86.3 / 162,350 × 100,000 = 53.2.
    expect(within(headline).getByText(/^Target: 53\.2/)).toBeInTheDocument();
    expect(within(headline).getByRole('spinbutton', { name: 'Target FTE per 100,000 patients' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Need-weighted' }));
    await waitFor(() =>
      expect(screen.getByText('GP FTE per 100,000 need-weighted patients', { selector: 'dt' })).toBeInTheDocument(),
    );
    expect(screen.queryByText('GP FTE per 100,000 patients', { selector: 'dt' })).toBeNull();
    // Projected need-weighted patients are 1.1402 × registered: the figure is the registered one ÷ 1.1402 (each shown
    // to one decimal, so within 0.1). FTE is the same on either basis.
    const weighted = figureOf('GP FTE per 100,000 need-weighted patients');
    expect(Math.abs(weighted - registered / (197_461 / 173_187))).toBeLessThan(0.1);
    expect(figureOf('Projected GP FTE')).toBe(fte);
    // The target on the same basis: 86.3 / 185,686 × 100,000 = 46.5.
    expect(within(headline).getByText(/^Target: 46\.5/)).toBeInTheDocument();
    expect(
      within(headline).getByRole('spinbutton', { name: 'Target FTE per 100,000 need-weighted patients' }),
    ).toBeInTheDocument();
    expect(within(headline).getByRole('radio', { name: /Hold FTE per 100,000 need-weighted patients at/ })).toBeChecked();
    expect(within(headline).getByRole('columnheader', { name: 'Per 100,000 need-weighted patients' })).toBeInTheDocument();
    expect(screen.getByTestId('print-target')).toHaveTextContent(
      'Target: hold GP FTE per 100,000 need-weighted patients at the 2015/16 level (46.5) in 2035/36',
    );
    expect(within(headline).getByText(/per 100,000 need-weighted \(Carr-Hill\) patients\. Projections/)).toBeInTheDocument();
    expect(
      within(headline).getByText(/Projected need-weighted patients: each sub-ICB's latest recorded weighted/),
    ).toBeInTheDocument();

    // Back to registered: the same figures as before.
    await userEvent.click(screen.getByRole('radio', { name: 'Registered' }));
    await waitFor(() => expect(figureOf('GP FTE per 100,000 patients')).toBe(registered));
  });

  it('marks a target held at 2023/24 on need-weighted patients as an estimate, and goal-seeks on that basis', async () => {
    window.history.replaceState(null, '', '/?level=subicb&areas=01J&patients=weighted&target=hold:2024');
    renderApp();
    // The headline's own heading (the trend chart's names Knowsley too).
    await within(await screen.findByRole('region', { name: 'Headline' })).findByRole('heading', {
      level: 3,
      name: /01J Knowsley/,
    });
    await waitFor(() => expect(screen.getByTestId('print-target')).toHaveTextContent(/at the 2023\/24 level \(\d+\.\d est\.\)/));
    expect(screen.getByRole('region', { name: 'Headline' })).toHaveTextContent('2023/24 need-weighted patients are estimates');
    // "What would it take?" seeks the need-weighted target and says so.
    const levers = screen.getByRole('region', { name: 'Planning levers' });
    await userEvent.click(within(levers).getByRole('button', { name: 'Find the value' }));
    expect(await within(levers).findByText(/GP FTE per 100,000 need-weighted patients\.$/)).toBeInTheDocument();
  });
});
