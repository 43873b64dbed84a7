// The picture pre-rendered into index.html at build time (scripts/first-map) is coloured by firstMapColours: here,
// for the default view and at sub-ICB level, its fill for every area equals what the live map's own hook gives
// (useMapScale over useWorkforce, as MapPanel calls it), on the committed data. A change to the colour rules, the
// defaults or the data changes both, so the picture cannot go stale without this failing.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { useEffect } from 'react';
import { render, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { Providers } from '../../../src/app/providers';
import { useWorkforce, type Workforce } from '../../../src/state/workforce/use-workforce';
import { useMapScale } from '../../../src/features/map/use-map-scale';
import { firstMapColours, type FirstMapFiles } from '../../../src/features/map/first-map-colours';
import { initialView, useViewStore, type MapLevel } from '../../../src/state/stores/view-store';
import { readDataJson, serveData } from '../serve-data';

const files = {
  areas: readDataJson('areas.json'),
  national: readDataJson('national.json'),
  ages: readDataJson('age-profile.json'),
  training: readDataJson('training.json'),
  icb2026: readDataJson('icb-2026.json'),
} as FirstMapFiles;

// What the live map's hook gives, handed out of the render through a ref-like holder.
const shown: { colours: ReadonlyMap<string, string> | null } = { colours: null };
function Colours({ workforce, onColours }: { workforce: Workforce; onColours: (c: ReadonlyMap<string, string>) => void }) {
  const { colourByCode } = useMapScale(workforce);
  useEffect(() => onColours(colourByCode), [colourByCode, onColours]);
  return null;
}
const keep = (colours: ReadonlyMap<string, string>) => {
  shown.colours = colours;
};
function LiveMap() {
  const workforce = useWorkforce();
  return workforce?.projection ? <Colours workforce={workforce} onColours={keep} /> : null;
}

beforeEach(() => {
  serveData();
  shown.colours = null;
});
afterEach(() => {
  vi.unstubAllGlobals();
  useViewStore.setState(initialView);
});

describe('the first map pre-rendered at build time', () => {
  it.each<MapLevel>(['icb', 'subicb'])('has the live map’s fill for every area at %s level', async (level) => {
    useViewStore.setState({ level });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <Providers client={client}>
        <LiveMap />
      </Providers>,
    );
    await waitFor(() => expect(shown.colours).not.toBeNull(), { timeout: 60_000 });
    const built = firstMapColours(files, level).colourByCode;
    expect(built.size).toBe(level === 'icb' ? 42 : 106);
    expect([...built].sort()).toEqual([...shown.colours!].sort());
    // More than one class: a picture in one colour would pass trivially.
    expect(new Set(built.values()).size).toBeGreaterThan(3);
  });
});
