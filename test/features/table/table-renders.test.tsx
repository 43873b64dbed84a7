// Panning the map must not re-render the Areas table: the map's view changes on every pan and zoom, and the table
// (106 rows at sub-ICB level) selects only the fields it shows. React's Profiler counts the table's commits.
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../support/render';
import { TablePanel } from '../../../src/features/table/TablePanel';
import { useViewStore } from '../../../src/state/stores/view-store';
import { useWorkforce } from '../../../src/state/workforce/use-workforce';
import { serveData } from '../serve-data';

let commits = 0;

function Screen() {
  const workforce = useWorkforce();
  if (!workforce) return <p>Loading…</p>;
  return (
    <Profiler id="areas" onRender={() => (commits += 1)}>
      <TablePanel workforce={workforce} />
    </Profiler>
  );
}

beforeEach(() => {
  commits = 0;
  serveData();
});
afterEach(() => {
  cleanup();
});

describe('the Areas table', () => {
  it('is not re-rendered when the map is panned or zoomed, and is when the year changes', async () => {
    renderWithProviders(<Screen />);
    await screen.findByRole('cell', { name: /NHS Kent and Medway ICB/ });
    const settled = commits;
    expect(settled).toBeGreaterThan(0);

    // What MapViewSync does at the end of each pan or zoom.
    act(() => useViewStore.getState().setMapView({ lat: 51.3, lng: 0.6, zoom: 8 }));
    act(() => useViewStore.getState().setMapView({ lat: 51.4, lng: 0.7, zoom: 9 }));
    act(() => useViewStore.getState().setMapView(null));
    expect(commits).toBe(settled);

    // A change it shows does re-render it (so the count above can fail).
    act(() => useViewStore.getState().setYear(2020));
    expect(commits).toBeGreaterThan(settled);
    expect(screen.getByRole('table')).toHaveAccessibleName(/^Areas at ICB \(2022–2026\) level, 2019\/20:/);
  });

  it('says a projected year is projected, for a GP metric as for a PCN team metric (as the map caption does)', async () => {
    renderWithProviders(<Screen />);
    await screen.findByRole('cell', { name: /NHS Kent and Medway ICB/ });
    act(() => useViewStore.getState().setYear(2036));
    await waitFor(() =>
      expect(screen.getByRole('table')).toHaveAccessibleName(
        /^Areas at ICB \(2022–2026\) level, 2035\/36 \(projected\): GP FTE per 100,000 patients\./,
      ),
    );
  });
});
