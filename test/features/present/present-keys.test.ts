// Presentation mode's stepping rules: years clamp at both ends, areas follow the Areas table's rank order.
import { describe, it, expect } from 'vitest';
import {
  playStartYear,
  presentAction,
  rankedCodes,
  stepArea,
  stepYear,
  withPrimary,
} from '../../../src/features/present/present-keys';
import { sortRows } from '../../../src/features/table/sort-rows';
import type { LevelRow } from '../../../src/figures/level-rows';

const YEARS = [2016, 2017, 2018, 2025, 2026, 2036];

describe('stepYear', () => {
  it('steps forward and back one year at a time, from history into projection', () => {
    expect(stepYear(YEARS, 2016, 1)).toBe(2017);
    expect(stepYear(YEARS, 2025, 1)).toBe(2026);
    expect(stepYear(YEARS, 2026, -1)).toBe(2025);
  });

  it('from the bulletin month (Oct 2025, between 2024/25 and 2025/26 on the Year control) steps to either side', () => {
    expect(stepYear(YEARS, 202510, 1)).toBe(2026);
    expect(stepYear(YEARS, 202510, -1)).toBe(2025);
  });

  it('clamps at the first and last year', () => {
    expect(stepYear(YEARS, 2016, -1)).toBe(2016);
    expect(stepYear(YEARS, 2036, 1)).toBe(2036);
  });

  it('snaps a year outside the list to the nearer end, and leaves it alone with no years', () => {
    expect(stepYear(YEARS, 2040, -1)).toBe(2036);
    expect(stepYear(YEARS, 2010, 1)).toBe(2016);
    expect(stepYear([], 2020, 1)).toBe(2020);
  });
});

describe('playStartYear', () => {
  it('plays on from the current year, or replays from the first when at the last', () => {
    expect(playStartYear(YEARS, 2018)).toBe(2018);
    expect(playStartYear(YEARS, 2036)).toBe(2016);
  });
});

function row(code: string, name: string, rank: number | null): LevelRow {
  const value = rank === null ? null : 100 - rank;
  return { code, name, value, range: null, rank, per100k: value, changeFte: null, changePct: null, underDoctored: false };
}

// Ranks as the model gives them: equal values share rank 2, one area has no data.
const ROWS = [row('C', 'Cheshire', 2), row('N', 'No data', null), row('A', 'Avon', 1), row('B', 'Berkshire', 2)];

describe('rankedCodes', () => {
  it('orders rank 1 first, ties by name, areas with no data last', () => {
    expect(rankedCodes(ROWS)).toEqual(['A', 'B', 'C', 'N']);
  });

  it('agrees with the Areas table sorted by rank', () => {
    expect(rankedCodes(ROWS)).toEqual(sortRows(ROWS, 'rank', 'ascending').map((r) => r.code));
  });
});

describe('stepArea', () => {
  const ranked = ['A', 'B', 'C', 'N'];

  it('moves down the ranking with +1 and up with -1', () => {
    expect(stepArea(ranked, 'A', 1)).toBe('B');
    expect(stepArea(ranked, 'C', -1)).toBe('B');
  });

  it('clamps at the top and the bottom', () => {
    expect(stepArea(ranked, 'A', -1)).toBe('A');
    expect(stepArea(ranked, 'N', 1)).toBe('N');
  });

  it('from England (nothing chosen) or an area at another level, starts at the top going down, the bottom going up', () => {
    expect(stepArea(ranked, undefined, 1)).toBe('A');
    expect(stepArea(ranked, undefined, -1)).toBe('N');
    expect(stepArea(ranked, 'E54000007', 1)).toBe('A');
  });

  it('changes nothing when the level has no areas', () => {
    expect(stepArea([], 'A', 1)).toBe('A');
  });
});

describe('withPrimary', () => {
  it('replaces the area on show and keeps the others chosen for comparison', () => {
    expect(withPrimary(['A', 'X', 'Y'], 'B')).toEqual(['B', 'X', 'Y']);
    expect(withPrimary(['A', 'B'], 'B')).toEqual(['B']);
    expect(withPrimary([], 'A')).toEqual(['A']);
  });
});

describe('presentAction', () => {
  it('maps the arrows, Space and Escape, and nothing else', () => {
    expect(presentAction('ArrowLeft')).toBe('previousYear');
    expect(presentAction('ArrowRight')).toBe('nextYear');
    expect(presentAction('ArrowUp')).toBe('previousArea');
    expect(presentAction('ArrowDown')).toBe('nextArea');
    expect(presentAction(' ')).toBe('togglePlay');
    expect(presentAction('Escape')).toBe('leave');
    expect(presentAction('Enter')).toBeNull();
    expect(presentAction('Tab')).toBeNull();
  });
});
