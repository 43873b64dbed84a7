import { describe, expect, it } from 'vitest';
import { sortBy } from '../../../src/features/practices/sort-practices';

const rows = [
  { name: 'Beech', code: 'B2', pcn: 'U2', fte: 3 },
  { name: 'Ash', code: 'A1', pcn: null, fte: null },
  { name: 'Cedar', code: 'C3', pcn: 'U1', fte: 3 },
  { name: 'Alder', code: 'D4', pcn: 'U1', fte: 10 },
];

describe('sortBy', () => {
  it('sorts numbers either way with missing values last and ties by name', () => {
    expect(sortBy(rows, 'fte', 'ascending').map((r) => r.name)).toEqual(['Beech', 'Cedar', 'Alder', 'Ash']);
    expect(sortBy(rows, 'fte', 'descending').map((r) => r.name)).toEqual(['Alder', 'Beech', 'Cedar', 'Ash']);
  });
  it('sorts text either way with missing values last', () => {
    expect(sortBy(rows, 'name', 'ascending').map((r) => r.code)).toEqual(['D4', 'A1', 'B2', 'C3']);
    expect(sortBy(rows, 'pcn', 'descending').map((r) => r.name)).toEqual(['Beech', 'Alder', 'Cedar', 'Ash']);
  });
  it('does not change its input', () => {
    const copy = [...rows];
    sortBy(rows, 'fte', 'ascending');
    expect(rows).toEqual(copy);
  });
});
