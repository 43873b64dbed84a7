// Rows for the trend chart: one per year, one column per area and source, rounded to 0.1.
import { describe, it, expect } from 'vitest';
import { buildTrendRows, columnKey, type TrendSource } from '../../src/figures/trend-series';
import type { WorkforceSeries } from '../../src/figures/metrics';

const history: WorkforceSeries = {
  years: [2024, 2025],
  byArea: new Map([
    ['ENG', { fte: [27_000, 27_076.74], patients: [63_000_000, 63_554_992] }],
    ['A', { fte: [30, null], patients: [70_000, 71_000] }],
  ]),
};
const projection: WorkforceSeries = {
  years: [2025, 2026],
  byArea: new Map([
    ['ENG', { fte: [27_076.74, 27_500], patients: [63_554_992, 64_000_000] }],
    ['A', { fte: [31, 32], patients: [71_000, 72_000] }],
  ]),
};
const sources: TrendSource[] = [
  { key: 'history', label: 'Recorded', series: history },
  { key: 'central', label: 'Projected', series: projection },
];

describe('buildTrendRows', () => {
  it('makes one row per year with its label and one column per area and source', () => {
    const rows = buildTrendRows({ years: [2024, 2025, 2026], codes: ['A', 'ENG'], sources, mode: 'fte' });
    expect(rows.map((r) => [r.year, r.label])).toEqual([
      [2024, '2023/24'],
      [2025, '2024/25'],
      [2026, '2025/26'],
    ]);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['A|central', 'A|history', 'ENG|central', 'ENG|history', 'label', 'year']);
    expect(columnKey('A', 'history')).toBe('A|history');
  });

  it('fills FTE values rounded to 0.1, and null where a source has no such year or value', () => {
    const rows = buildTrendRows({ years: [2024, 2025, 2026], codes: ['A', 'ENG'], sources, mode: 'fte' });
    expect(rows[0]).toMatchObject({ 'A|history': 30, 'A|central': null, 'ENG|history': 27_000, 'ENG|central': null });
    // 27,076.74 → 27,076.7; A's 2025 history FTE is missing.
    expect(rows[1]).toMatchObject({ 'A|history': null, 'A|central': 31, 'ENG|history': 27_076.7, 'ENG|central': 27_076.7 });
    expect(rows[2]).toMatchObject({ 'A|history': null, 'A|central': 32, 'ENG|central': 27_500 });
  });

  it('in index mode puts every area on one scale: its base-year FTE = 100', () => {
    const rows = buildTrendRows({ years: [2024, 2025, 2026], codes: ['A', 'ENG'], sources, mode: 'fteIndex', baseYear: 2024 });
    // A: 30 in 2024 = 100; projected 31 -> 103.3, 32 -> 106.7. ENG: 27,000 = 100; 27,076.74 -> 100.3; 27,500 -> 101.9
    expect(rows[0]).toMatchObject({ 'A|history': 100, 'ENG|history': 100 });
    expect(rows[1]).toMatchObject({ 'A|central': 103.3, 'ENG|history': 100.3, 'ENG|central': 100.3 });
    expect(rows[2]).toMatchObject({ 'A|central': 106.7, 'ENG|central': 101.9 });
  });

  it('in index mode leaves an area blank when it has no base-year FTE', () => {
    const rows = buildTrendRows({ years: [2025, 2026], codes: ['A', 'ENG'], sources, mode: 'fteIndex', baseYear: 2025 });
    // A's 2025 history is missing, but the projection has 31 in 2025: the first source with a value is used.
    expect(rows[1]).toMatchObject({ 'A|central': 103.2 });
    const none = buildTrendRows({ years: [2026], codes: ['A'], sources, mode: 'fteIndex', baseYear: 2030 });
    expect(none[0]).toMatchObject({ 'A|central': null });
  });

  it('in per-100k mode divides by patients', () => {
    const rows = buildTrendRows({ years: [2024, 2026], codes: ['A', 'ENG'], sources, mode: 'ftePer100k' });
    // A 2024: 30 / 70,000 * 100,000 = 42.857 → 42.9; ENG 2024: 27,000 / 63,000,000 * 100,000 = 42.857 → 42.9
    expect(rows[0]?.['A|history']).toBe(42.9);
    expect(rows[0]?.['ENG|history']).toBe(42.9);
    // A 2026 projected: 32 / 72,000 * 100,000 = 44.44 → 44.4; ENG: 27,500 / 64,000,000 * 100,000 = 42.97 → 43.0
    expect(rows[1]?.['A|central']).toBe(44.4);
    expect(rows[1]?.['ENG|central']).toBe(43);
  });

  it('gives no area columns when no areas are asked for', () => {
    const rows = buildTrendRows({ years: [2024], codes: [], sources, mode: 'fte' });
    expect(rows).toEqual([{ year: 2024, label: '2023/24' }]);
  });
});
