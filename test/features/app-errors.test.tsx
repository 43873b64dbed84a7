// When a data file is missing or wrong, the panel that needs it says which file and field; the rest still works.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { LAZY, readDataJson, renderApp, serveData } from './serve-data';

afterEach(() => {
  vi.unstubAllGlobals();
});

function areasWithBadField(): string {
  const file = readDataJson('areas.json') as { areas: Record<string, unknown>[] };
  file.areas[0]!.fte = 'lots';
  return JSON.stringify(file);
}

describe('App with a broken data file', () => {
  it('names areas.json and the bad field, and still shows the national panel', async () => {
    serveData({ 'areas.json': { body: areasWithBadField() } });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('areas.json');
    expect(alert).toHaveTextContent('areas.0.fte');
    expect(alert).toHaveTextContent(/could not be loaded/);

    const national = screen.getByRole('region', { name: 'England: GPs by role, monthly' });
    expect(await within(national).findByText(/34,391\.8 FTE/, {}, LAZY)).toBeInTheDocument();
    // Nothing that needs areas.json pretends to work.
    expect(screen.queryByRole('combobox', { name: 'Geography level' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^Areas at/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('names areas.json when it is missing (HTTP 404)', async () => {
    serveData({ 'areas.json': { body: 'Not found', status: 404 } });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('areas.json: could not be loaded (HTTP 404)');
  });

  it('names national.json when it is not JSON, and the Areas table still works', async () => {
    serveData({ 'national.json': { body: '<!doctype html><title>oops</title>' } });
    renderApp();
    const national = screen.getByRole('region', { name: 'England: GPs by role, monthly' });
    expect(await within(national).findByRole('alert')).toHaveTextContent('national.json: is not valid JSON');
    const table = await screen.findByRole('table', { name: /^Areas at/ });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(40);
  });

  it("names boundaries.topo.json inside the map panel, and the table and trends don't depend on it", async () => {
    serveData({ 'boundaries.topo.json': { body: 'Gone', status: 500 } });
    renderApp();
    const map = await screen.findByRole('region', { name: 'GP FTE per 100,000 patients, 2024/25' });
    expect(await within(map).findByRole('alert')).toHaveTextContent('boundaries.topo.json: could not be loaded (HTTP 500)');
    expect(await screen.findByRole('table', { name: /^Areas at/ })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'England' }, LAZY)).toBeInTheDocument();
  });

  // A failed training.json (or national.json, age-profile.json) stops the projection: the Headline panel names the file.
  it('names training.json when the projection cannot run, while the table still works', async () => {
    serveData({ 'training.json': { body: 'Not found', status: 404 } });
    renderApp();
    expect(await screen.findByRole('table', { name: /^Areas at/ })).toBeInTheDocument();
    // The Headline panel (which names the file) renders after the map: wait for its alert, whichever comes first.
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toContain('training.json'),
    );
  });

  it('shows a loading status while the files are on their way', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((done) => (release = done));
    const { fetchMock } = serveData();
    const serve = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input) => {
      await gate;
      return serve(input);
    });
    renderApp();
    expect(screen.getByText(/Loading The workforce series \(areas\.json\)/)).toBeInTheDocument();
    release();
    expect(await screen.findByRole('table', { name: /^Areas at/ })).toBeInTheDocument();
    expect(screen.queryByText(/Loading The workforce series/)).not.toBeInTheDocument();
  });
});
