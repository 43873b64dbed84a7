// The chart's key read back from the page for the PNG: the entries the on-screen key (TrendKey) shows, in its
// order, with the swatches it draws.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { chartLegendFromDom, parseDash, xmlSafe } from '../../../src/features/export/chart-image';
import { TrendKey } from '../../../src/components/chart/TrendKey';
import { trendLegend } from '../../../src/components/chart/trend-legend';

describe('chart legend from the page', () => {
  const entries = trendLegend({
    areas: [
      { code: 'QKS', name: 'Kent, Medway' },
      { code: 'ENG', name: 'England' },
    ],
    englandCode: 'ENG',
    sources: [
      { key: 'history', label: 'Recorded' },
      { key: 'trend', label: 'Current trends' },
      { key: 'saved-1', label: 'Saved: more places' },
    ],
    banded: true,
  });
  const { container } = render(<TrendKey entries={entries} />);
  const legend = chartLegendFromDom(container);

  it("keeps the key's order and text: areas, then series, then the range", () => {
    expect(legend.map((e) => e.label)).toEqual([
      'Kent, Medway',
      'England',
      'Recorded',
      'Current trends',
      'Saved: more places',
      '80% range (scenario)',
    ]);
  });

  it('gives each entry the swatch the key draws', () => {
    expect(legend[0]?.swatch).toEqual({ kind: 'line', colour: '#0072B2', width: 4, dash: [] });
    expect(legend[1]?.swatch).toEqual({ kind: 'line', colour: '#000000', width: 4, dash: [] });
    expect(legend[3]?.swatch).toEqual({ kind: 'line', colour: '#555555', width: 2, dash: [6, 4] });
    expect(legend[4]?.swatch).toEqual({ kind: 'line', colour: '#555555', width: 2, dash: [12, 3, 3, 3] });
    expect(legend[5]?.swatch).toEqual({ kind: 'fill', colour: '#c8c8c8' });
  });

  it('reads an entry whose label has a scenario name isolated in a <bdi>', () => {
    const { container: key } = render(
      <TrendKey
        entries={[
          { group: 'series', label: 'Saved: \u202EPlan', swatch: { kind: 'line', colour: '#555555', width: 2, dash: [16, 5] } },
        ]}
      />,
    );
    expect(key.querySelector('bdi')?.textContent).toBe('Saved: \u202EPlan');
    expect(chartLegendFromDom(key)[0]?.label).toBe('Saved: \u202EPlan');
  });

  it('removes from SVG markup the characters XML forbids, which would stop the image decoding', () => {
    expect(xmlSafe('<path name="Plan\u0007\u0000A\uFFFE"/>')).toBe('<path name="PlanA"/>');
    expect(xmlSafe('<text>a\tb\nc\u202Ed</text>')).toBe('<text>a\tb\nc\u202Ed</text>');
  });

  it('reads SVG dash arrays', () => {
    expect(parseDash('2 3')).toEqual([2, 3]);
    expect(parseDash('12, 3, 3, 3')).toEqual([12, 3, 3, 3]);
    expect(parseDash('none')).toEqual([]);
    expect(parseDash('undefined')).toEqual([]);
    expect(parseDash(null)).toEqual([]);
  });
});
