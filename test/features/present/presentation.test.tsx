// Presentation mode in the whole app, served the committed data: the Present button opens it with focus
// inside, the arrow keys step the year and area shown in its title, and Escape closes it and gives focus back.
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useViewStore } from '../../../src/state/stores/view-store';
import { LAZY, renderApp, serveData } from '../serve-data';

beforeEach(() => {
  serveData();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Opens presentation mode once the projection has run (so the years run on past 2024/25). */
async function openPresentation() {
  const user = userEvent.setup();
  renderApp();
  // The dashboard's headline appears only once the projection has run.
  await screen.findByTestId('headline-fte', {}, LAZY);
  const present = screen.getByRole('button', { name: 'Present' });
  await user.click(present);
  const dialog = await screen.findByRole('dialog', { name: 'Presentation' }, LAZY);
  const title = within(dialog).getByRole('heading', { level: 2 });
  return { user, present, dialog, title };
}

describe('Presentation mode', () => {
  it('opens from the Present button as a modal with focus inside, showing the view in its title', async () => {
    const { dialog, title } = await openPresentation();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Focus moves in from an effect once the (lazily loaded) dialog has rendered.
    await waitFor(() => expect(dialog).toHaveFocus());
    expect(title).toHaveTextContent('England');
    expect(title).toHaveTextContent('GP FTE per 100,000 patients · ICB (2022–2026) areas · 2024/25');
    expect(title).not.toHaveTextContent('projected');
    expect(within(dialog).getByText('← → year · ↑ ↓ area · Space play · Esc leave')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Play years' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Headline figures')).toHaveTextContent('GP FTE per 100,000 patients');
  });

  it('ArrowRight steps the year into the projection and ArrowLeft steps back, for the whole app', async () => {
    const { user, title } = await openPresentation();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(title).toHaveTextContent('2025/26 (projected)'));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(title).toHaveTextContent('2026/27 (projected)'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(title).toHaveTextContent('2023/24'));
    expect(title).not.toHaveTextContent('projected');
  });

  it('ArrowDown and ArrowUp step through the areas in rank order', async () => {
    const { user, dialog, title } = await openPresentation();
    await user.keyboard('{ArrowDown}');
    const value = await within(dialog).findByText(/rank \d+ of 42/);
    await waitFor(() => expect(value).toHaveTextContent('rank 1 of 42'));
    // The title now names the area ranked first (its full name in the title attribute), not England.
    const first = title.getAttribute('title');
    expect(first).toMatch(/ICB$/);
    expect(title).not.toHaveTextContent(/^England/);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(value).toHaveTextContent('rank 2 of 42'));
    // One area at a time: the second replaces the first in the title.
    expect(title).toHaveAttribute('title', expect.stringMatching(/ICB$/));
    expect(title).not.toHaveAttribute('title', first);
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(value).toHaveTextContent('rank 1 of 42'));
    expect(title).toHaveAttribute('title', first);
  });

  it('Play years steps on a year a second, stops at the last, and replays from the first', async () => {
    const { user, dialog, title } = await openPresentation();
    act(() => useViewStore.setState({ year: 2035 }));
    await user.click(within(dialog).getByRole('button', { name: 'Play years' }));
    expect(await within(dialog).findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await waitFor(() => expect(title).toHaveTextContent('2035/36 (projected)'));
    // 2035/36 is the last projected year: playing stops there.
    expect(await within(dialog).findByRole('button', { name: 'Play years' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Play years' }));
    await waitFor(() => expect(title).toHaveTextContent('2015/16'));
    await user.click(await within(dialog).findByRole('button', { name: 'Pause' }));
  });

  it('Escape closes it and returns focus to the Present button', async () => {
    const { user, present } = await openPresentation();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Focus goes back in the dialog's effect clean-up.
    await waitFor(() => expect(present).toHaveFocus());
  });
});
