// Only the lines that differ: a series equal to the scenario is drawn once, and the key says so.
import { describe, expect, it } from 'vitest';
import { distinctSources } from '../../../src/components/chart/distinct-series';
import type { TrendRow } from '../../../src/figures/trend-series';

const sources = [
  { key: 'history', label: 'Recorded' },
  { key: 'trend', label: 'Current trends' },
  { key: 'scenario', label: 'Scenario' },
  { key: 'cmp-1', label: 'Saved: Retention' },
];

/** Rows for areas E and K: history in 2025, projections in 2026-2027. */
function rows(values: Record<string, [number | null, number | null, number | null]>): TrendRow[] {
  return [2025, 2026, 2027].map((year, i) => {
    const row: TrendRow = { year, label: String(year) };
    for (const [column, byYear] of Object.entries(values)) row[column] = byYear[i] ?? null;
    return row;
  });
}

describe('distinctSources', () => {
  it('draws current trends once when the levers are unchanged, and names it in the scenario label', () => {
    const r = rows({
      'E|history': [50, null, null],
      'E|trend': [null, 51, 52],
      'E|scenario': [null, 51, 52],
      'E|cmp-1': [null, 51.5, 53],
      'K|history': [40, null, null],
      'K|trend': [null, 41, 42],
      'K|scenario': [null, 41, 42],
      'K|cmp-1': [null, 41, 42],
    });
    const { drawn, merged } = distinctSources({ rows: r, codes: ['E', 'K'], sources });
    expect(merged).toEqual(['trend']);
    expect(drawn.map((s) => s.label)).toEqual(['Recorded', 'Scenario (same as current trends)', 'Saved: Retention']);
  });

  it('keeps a series that differs in any one area or year', () => {
    const r = rows({
      'E|trend': [null, 51, 52],
      'E|scenario': [null, 51, 52],
      'K|trend': [null, 41, 42.1],
      'K|scenario': [null, 41, 42],
    });
    expect(distinctSources({ rows: r, codes: ['E', 'K'], sources: sources.slice(1, 3) }).merged).toEqual([]);
  });

  it('merges several series into the scenario, listing them', () => {
    const same: [null, number, number] = [null, 51, 52];
    const r = rows({ 'E|trend': same, 'E|scenario': same, 'E|cmp-1': same, 'E|history': [51, 51, 52] });
    const { drawn } = distinctSources({ rows: r, codes: ['E'], sources });
    // The recorded series is never merged, even where it matches.
    expect(drawn.map((s) => s.label)).toEqual(['Recorded', 'Scenario (same as current trends and Saved: Retention)']);
  });

  it('merges nothing without a scenario, or where there is nothing to compare', () => {
    const r = rows({ 'E|trend': [null, null, null], 'E|scenario': [null, null, null] });
    expect(distinctSources({ rows: r, codes: ['E'], sources }).merged).toEqual([]);
    expect(distinctSources({ rows: r, codes: ['E'], sources: sources.slice(0, 2) }).drawn).toHaveLength(2);
  });
});
