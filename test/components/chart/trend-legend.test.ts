// The trend chart's key: one entry per area (by colour) and one per series (by pattern), not one per line.
import { describe, expect, it } from 'vitest';
import { seriesStyles, trendLegend } from '../../../src/components/chart/trend-legend';

const areas = ['A', 'B', 'C', 'D'].map((code) => ({ code, name: `Area ${code}` }));
const sources = [
  { key: 'history', label: 'Recorded' },
  { key: 'trend', label: 'Current trends' },
  { key: 'scenario', label: 'Scenario' },
  { key: 's1', label: 'Saved: one' },
  { key: 's2', label: 'Saved: two' },
  { key: 's3', label: 'Saved: three' },
];

describe('trendLegend', () => {
  it("keeps the app's largest chart (4 areas + England, 3 compared scenarios) to 12 entries instead of 35 lines", () => {
    const entries = trendLegend({
      areas: [...areas, { code: 'ENG', name: 'England' }],
      englandCode: 'ENG',
      sources,
      banded: true,
    });
    // 5 areas + 6 series + the range = 12; drawn as lines, 5 × 6 = 30 lines and 5 bands = 35.
    expect(entries).toHaveLength(12);
    expect(entries.filter((e) => e.group === 'area').map((e) => e.label)).toEqual([
      'Area A',
      'Area B',
      'Area C',
      'Area D',
      'England',
    ]);
    expect(entries.find((e) => e.label === 'England')?.swatch).toMatchObject({ colour: '#000000' });
  });

  it('has no range entry when no band is drawn', () => {
    expect(trendLegend({ areas, englandCode: 'ENG', sources: sources.slice(0, 1), banded: false }).map((e) => e.label)).toEqual([
      'Area A',
      'Area B',
      'Area C',
      'Area D',
      'Recorded',
    ]);
  });
});

describe('seriesStyles', () => {
  it('gives the known series their patterns and compared scenarios the extra ones in turn', () => {
    const styles = seriesStyles(sources.map((s) => s.key));
    expect(styles.get('history')).toEqual({ dash: [], width: 2.5 });
    expect(styles.get('trend')).toEqual({ dash: [6, 4], width: 2 });
    expect(styles.get('scenario')).toEqual({ dash: [], width: 3 });
    expect(styles.get('s1')?.dash).toEqual([12, 3, 3, 3]);
    expect(styles.get('s2')?.dash).toEqual([16, 5]);
    expect(styles.get('s3')?.dash).toEqual([6, 2, 2, 2, 2, 2]);
  });
});
