// The chart legend read back from the page: each legend item gets its own line's colour, width and dash,
// matched by series name (recharts sorts its legend by name, so position would pair the wrong lines).
import { describe, expect, it } from 'vitest';
import { chartLegendFromDom, parseDash, xmlSafe } from '../../../src/features/export/chart-image';

/** The shape recharts 3 renders: lines drawn England first, the legend sorted by name. */
function chartFixture(): HTMLElement {
  const root = document.createElement('section');
  root.innerHTML = `
    <svg class="recharts-surface">
      <g class="recharts-line"><path class="recharts-line-curve" name="England — Recorded" stroke="#000000" stroke-width="2.5"></path></g>
      <g class="recharts-line"><path class="recharts-line-curve" name="England — Current trends" stroke="#000000" stroke-width="2" stroke-dasharray="6 4"></path></g>
      <g class="recharts-line"><path class="recharts-line-curve" name="Kent, Medway — Recorded" stroke="#0072B2" stroke-width="2.5"></path></g>
    </svg>
    <ul>
      <li class="recharts-legend-item"><svg><line class="recharts-legend-icon" stroke="#000000" stroke-dasharray="6 4"></line></svg><span class="recharts-legend-item-text">England — Current trends</span></li>
      <li class="recharts-legend-item"><svg><line class="recharts-legend-icon" stroke="#000000" stroke-dasharray="undefined"></line></svg><span class="recharts-legend-item-text">England — Recorded</span></li>
      <li class="recharts-legend-item"><svg><line class="recharts-legend-icon" stroke="#0072B2" stroke-dasharray="undefined"></line></svg><span class="recharts-legend-item-text">Kent, Medway — Recorded</span></li>
      <li class="recharts-legend-item"><svg><line class="recharts-legend-icon" stroke="#D55E00" stroke-dasharray="16 5"></line></svg><span class="recharts-legend-item-text">Saved: no line drawn</span></li>
    </ul>`;
  return root;
}

describe('chart legend from the page', () => {
  const legend = chartLegendFromDom(chartFixture());

  it("keeps the legend's order and text", () => {
    expect(legend.map((e) => e.label)).toEqual([
      'England — Current trends',
      'England — Recorded',
      'Kent, Medway — Recorded',
      'Saved: no line drawn',
    ]);
  });

  it("gives each item its own line's colour, width and dash, matched by name", () => {
    expect(legend[0]?.swatch).toEqual({ kind: 'line', colour: '#000000', width: 2, dash: [6, 4] });
    expect(legend[1]?.swatch).toEqual({ kind: 'line', colour: '#000000', width: 2.5, dash: [] });
    expect(legend[2]?.swatch).toEqual({ kind: 'line', colour: '#0072B2', width: 2.5, dash: [] });
  });

  it("falls back to the legend icon's colour and dash when no line has the item's name", () => {
    expect(legend[3]?.swatch).toEqual({ kind: 'line', colour: '#D55E00', width: 2, dash: [16, 5] });
  });

  it('matches a line whose name has a scenario name isolated in it (shown as <bdi> in the legend)', () => {
    const root = document.createElement('section');
    root.innerHTML = `
      <svg><g class="recharts-line"><path class="recharts-line-curve" name="England — Saved: \u2068Plan\u2069" stroke="#E69F00" stroke-width="2" stroke-dasharray="16 5"></path></g></svg>
      <ul><li class="recharts-legend-item"><svg><line class="recharts-legend-icon" stroke="#000"></line></svg><span class="recharts-legend-item-text">England — Saved: <bdi>Plan</bdi></span></li></ul>`;
    expect(chartLegendFromDom(root)).toEqual([
      { label: 'England — Saved: Plan', swatch: { kind: 'line', colour: '#E69F00', width: 2, dash: [16, 5] } },
    ]);
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
