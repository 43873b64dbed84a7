// The Areas table's sort: by any column, missing values always last, ties by name.
import { describe, it, expect } from 'vitest';
import { sortRows } from '../../../src/features/table/sort-rows';
import type { LevelRow } from '../../../src/figures/level-rows';

function row(name: string, value: number | null, changePct: number | null = null): LevelRow {
  return {
    code: name.toUpperCase(),
    name,
    value,
    range: null,
    rank: null,
    per100k: value,
    changeFte: null,
    changePct,
    underDoctored: false,
  };
}

const ROWS = [
  row('Leeds', 60, 2),
  row('Bristol', null, -5),
  row('Cornwall', 45, null),
  row('Derby', 60, 10),
  row('Avon', null, null),
];
const names = (rows: LevelRow[]) => rows.map((r) => r.name);

describe('sortRows', () => {
  it('sorts values ascending, ties by name, missing last (in name order)', () => {
    expect(names(sortRows(ROWS, 'value', 'ascending'))).toEqual(['Cornwall', 'Derby', 'Leeds', 'Avon', 'Bristol']);
  });

  it('sorts values descending and still puts missing values last', () => {
    expect(names(sortRows(ROWS, 'value', 'descending'))).toEqual(['Derby', 'Leeds', 'Cornwall', 'Avon', 'Bristol']);
  });

  it('handles negative values and nulls in another column', () => {
    expect(names(sortRows(ROWS, 'changePct', 'ascending'))).toEqual(['Bristol', 'Leeds', 'Derby', 'Avon', 'Cornwall']);
    expect(names(sortRows(ROWS, 'changePct', 'descending'))).toEqual(['Derby', 'Leeds', 'Bristol', 'Avon', 'Cornwall']);
  });

  it('sorts by name both ways', () => {
    expect(names(sortRows(ROWS, 'name', 'ascending'))).toEqual(['Avon', 'Bristol', 'Cornwall', 'Derby', 'Leeds']);
    expect(names(sortRows(ROWS, 'name', 'descending'))).toEqual(['Leeds', 'Derby', 'Cornwall', 'Bristol', 'Avon']);
  });

  it('returns a new array and leaves the input alone', () => {
    const before = names(ROWS);
    const sorted = sortRows(ROWS, 'value', 'descending');
    expect(sorted).not.toBe(ROWS);
    expect(names(ROWS)).toEqual(before);
  });
});
