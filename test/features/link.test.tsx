// The link in the address bar, as a planner meets it in the app (jsdom, the real committed data): a mangled
// link opens with a short notice of each change; a saved scenario carrying levers for 1,000 scope codes (over ten times what a link can hold) loads,
// and the link the app writes stays within MAX_URL_LENGTH, with a notice of what the link leaves out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FORMAT_VERSION, STORAGE_KEY } from '../../src/state/saved/scenarios';
import { MAX_URL_LENGTH } from '../../src/state/url/url-state';
import { renderApp, serveData } from './serve-data';

beforeEach(() => {
  localStorage.clear();
  serveData();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the link', () => {
  it('opens a mangled link with a notice of every change, reading names in any case', async () => {
    window.history.replaceState(null, '', `/?Level=Region&level=subicb&levers=trainingPlaces:5000:junk&utm_source=mail`);
    renderApp();
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Some of the link could not be used');
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Ignored Training places for England: "5000:junk" is not a number.',
      '"Level" was given 2 times: used the first, "Region".',
      'Ignored "utm_source=mail": the planner has no such setting.',
    ]);
    expect(screen.getByRole('combobox', { name: 'Geography level' })).toHaveValue('region');
    // The app writes its own link back: the first level, in its own spelling; nothing else was usable.
    await waitFor(() => expect(window.location.search).toBe('?level=region'));
  });

  it('loads a saved scenario with levers for 1,000 scope codes without writing an over-long link, and says so', async () => {
    const codes = Array.from({ length: 1000 }, (_, i) => `Z${String(i).padStart(4, '0')}`);
    const scenario = {
      id: 'big',
      name: 'Every code',
      englandLevers: { leaverRate: 0.07 },
      scopeLevers: Object.fromEntries(codes.map((c) => [c, { returners: 5 }])),
      target: { kind: 'hold', year: 2016 },
      targetYear: 2036,
      patientGrowth: null,
      savedAt: '2026-12-01T00:00:00.000Z',
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: FORMAT_VERSION, scenarios: [scenario] }));
    const user = userEvent.setup();
    renderApp();
    // The side column renders once the data are read and the model prepared (about 7 s in jsdom at a load average of 8,
    // over 60 s in a loaded CI run): a ceiling, not a wait.
    await user.click(await screen.findByRole('button', { name: 'Load Every code' }, { timeout: 150_000 }));
    await waitFor(() => expect(window.location.search).toContain('levers=leaverRate:0.07'));
    expect(window.location.href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    const status = await screen.findByText('The link to this view is shortened:');
    const items = within(status.closest('[role="status"]') as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    // Every code's piece is "levers.Z0000=returners:5" (24 characters): those that fit are kept, the rest told.
    const kept = window.location.search.split('&').filter((p) => p.startsWith('levers.Z')).length;
    expect(kept).toBeGreaterThan(0);
    expect(items[0]).toHaveTextContent(
      `The link leaves out the levers for ${(1000 - kept).toLocaleString('en-GB')} areas (Z${String(kept).padStart(4, '0')},`,
    );
    expect(items[0]?.textContent?.length).toBeLessThanOrEqual(200);
  }, 240_000);
});
