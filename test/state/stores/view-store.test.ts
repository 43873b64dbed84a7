// The view store: what the person chose to look at, and the rules for selecting and comparing areas.
import { describe, it, expect } from 'vitest';
import { initialView, MAX_SELECTED, useViewStore } from '../../../src/state/stores/view-store';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR } from '../../../src/lib/years';

const state = () => useViewStore.getState();

describe('useViewStore', () => {
  it('starts at ICBs, FTE per 100k, the latest recorded year against the first, nothing selected', () => {
    expect(state()).toMatchObject({
      level: 'icb',
      metric: 'ftePer100k',
      year: LAST_DATA_YEAR,
      baseYear: FIRST_DATA_YEAR,
      selected: [],
    });
  });

  it('sets level, metric, year and base year', () => {
    state().setLevel('subicb');
    state().setMetric('changePct');
    state().setYear(2020);
    state().setBaseYear(2018);
    expect(state()).toMatchObject({ level: 'subicb', metric: 'changePct', year: 2020, baseYear: 2018 });
  });

  it('the geography as it was keeps today’s level and selection for the levers; a level of today leaves it', () => {
    useViewStore.setState({ ...initialView, level: 'subicb', selected: ['11N'], year: 202510 });
    state().setAsWas('ccg', '00C');
    // The bulletin's month is not an as-was year: back to the latest recorded year (the view then takes the nearest).
    expect(state()).toMatchObject({ asWas: 'ccg', asWasArea: '00C', level: 'subicb', selected: ['11N'], year: LAST_DATA_YEAR });
    state().selectAsWasArea('10R');
    expect(state().asWasArea).toBe('10R');
    state().setLevel('subicb');
    expect(state()).toMatchObject({ asWas: null, asWasArea: null, level: 'subicb', selected: ['11N'] });
    useViewStore.setState({ ...initialView });
  });

  it('selectArea puts the area first, without repeating it', () => {
    state().selectArea('A');
    state().selectArea('B');
    expect(state().selected).toEqual(['B', 'A']);
    state().selectArea('A');
    expect(state().selected).toEqual(['A', 'B']);
  });

  it(`keeps at most ${MAX_SELECTED} areas, dropping the oldest`, () => {
    for (const code of ['A', 'B', 'C', 'D', 'E']) state().selectArea(code);
    expect(state().selected).toEqual(['E', 'D', 'C', 'B']);
    state().toggleCompare('F');
    expect(state().selected).toHaveLength(MAX_SELECTED);
    expect(state().selected).not.toContain('F');
  });

  it('selectArea(null) clears the selection', () => {
    state().selectArea('A');
    state().selectArea(null);
    expect(state().selected).toEqual([]);
  });

  it('toggleCompare adds at the end and removes on a second toggle', () => {
    state().selectArea('A');
    state().toggleCompare('B');
    state().toggleCompare('C');
    expect(state().selected).toEqual(['A', 'B', 'C']);
    state().toggleCompare('B');
    expect(state().selected).toEqual(['A', 'C']);
  });

  it('resets to initialView (what the component tests rely on)', () => {
    state().setLevel('region');
    state().selectArea('X');
    useViewStore.setState(initialView);
    expect(state()).toMatchObject(initialView);
  });
});
