// The "Patients" control in the app (jsdom, the real committed data): a radio group that switches the
// under-doctored flag between registered and need-weighted patients; the Areas table states the rule on its basis
// and the count flagged changes (sub-ICBs, 2024/25: 21 → 33); the link records it.
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

describe('the Patients control', () => {
  it('switches the flag to need-weighted patients by keyboard, restating the rule and the count', async () => {
    window.history.replaceState(null, '', '/?level=subicb');
    renderApp();
    const group = await screen.findByRole('radiogroup', { name: 'Patients' });
    const registered = within(group).getByRole('radio', { name: 'Registered' });
    const weighted = within(group).getByRole('radio', { name: 'Need-weighted' });
    expect(registered).toBeChecked();
    const rule = await screen.findByTestId('flag-rule');
    expect(rule).toHaveTextContent(
      "Under-doctored: fewer than 90% of England's qualified permanent GP FTE per 100,000 registered patients in 2024/25 (38.3), the latest recorded year, in every year shown: an area is flagged only when its own figure is below that line. 21 of 106 areas are flagged.",
    );

    const user = userEvent.setup();
    registered.focus();
    await user.keyboard('{ArrowRight}');
    expect(weighted).toBeChecked();
    await waitFor(() =>
      expect(rule).toHaveTextContent(
        "Under-doctored: fewer than 90% of England's qualified permanent GP FTE per 100,000 need-weighted (Carr-Hill) patients in 2024/25 (38.3), the latest recorded year, in every year shown: an area is flagged only when its own figure is below that line. 33 of 106 areas are flagged.",
      ),
    );
    // Knowsley is flagged on need-weighted patients only.
    const knowsley = screen.getByRole('button', { name: /01J Knowsley/ }).closest('tr');
    expect(knowsley).not.toBeNull();
    expect(within(knowsley as HTMLElement).getByText('Under-doctored')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('patients=weighted'));

    await user.click(registered);
    await waitFor(() => expect(rule).toHaveTextContent('21 of 106 areas are flagged.'));
    expect(within(knowsley as HTMLElement).queryByText('Under-doctored')).toBeNull();
  });

  it('opens a link with patients=weighted on need-weighted patients, and groups the metrics', async () => {
    window.history.replaceState(null, '', '/?level=subicb&patients=weighted&year=2024&metric=ftePerWeighted100k');
    renderApp();
    const weighted = await screen.findByRole('radio', { name: 'Need-weighted' });
    await waitFor(() => expect(weighted).toBeChecked());
    const metric = screen.getByRole('combobox', { name: 'Metric' });
    expect(within(metric).getByRole('group', { name: 'Wider practice team' })).toHaveTextContent('Practice nurses FTE');
    // 2023/24's need-weighted figures are estimates: marked in the table and its rule.
    const rule = await screen.findByTestId('flag-rule');
    expect(rule).toHaveTextContent('2023/24 need-weighted patients are estimates (est.)');
    const table = screen.getByRole('table', { name: /Areas at Sub-ICB/ });
    expect(within(table).getAllByText('est.').length).toBe(106);
  });
});
