// The chart PNG's plot as standalone SVG: the drawn SVG's styles inlined (an SVG drawn as an image sees no CSS),
// its size set to the image's, and characters XML forbids removed (one would stop the image decoding).
import { describe, expect, it } from 'vitest';
import { serialiseSvg, xmlSafe } from '../../../src/features/export/chart-image';

describe('the chart as SVG markup', () => {
  it('inlines the drawing styles and sizes it for the image, keeping its viewBox', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<style>.tick { fill: rgb(89, 89, 89); font-size: 14px; }</style>' +
      '<svg viewBox="0 0 1200 440" width="1200" height="440"><text class="tick">2030/31</text><path d="M0 0L10 10" stroke="#0072B2"/></svg>';
    document.body.append(host);
    const markup = serialiseSvg(host.querySelector('svg')!, 1816, 666);
    host.remove();
    const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual([
      '1816',
      '666',
      '0 0 1200 440',
    ]);
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const style = svg.querySelector('text')?.getAttribute('style') ?? '';
    expect(style).toContain('fill:rgb(89, 89, 89)');
    expect(style).toContain('font-size:14px');
  });

  it('removes from SVG markup the characters XML forbids, which would stop the image decoding', () => {
    expect(xmlSafe('<path name="Plan\u0007\u0000A\uFFFE"/>')).toBe('<path name="PlanA"/>');
    expect(xmlSafe('<text>a\tb\nc\u202Ed</text>')).toBe('<text>a\tb\nc\u202Ed</text>');
  });
});
