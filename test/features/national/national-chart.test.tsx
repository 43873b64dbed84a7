// The national chart in recharts, drawn at 800 × 280 px (test/support/chart-size.ts): months at their place in
// time (so a year of quarterly snapshots is as wide as a monthly one), the roles stacked, round FTE ticks from 0,
// and a tooltip per month with the roles top first and the total.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NationalChart } from '../../../src/features/national/NationalChart';
import type { NationalFile } from '../../../src/data/schemas';
import { subpaths } from '../../support/svg-path';

const row = (date: string, partnersFte: number, salariedFte: number) => ({
  date,
  allGpsFte: partnersFte + salariedFte + 30,
  qualifiedPermanentFte: partnersFte + salariedFte,
  partnersFte,
  salariedFte,
  retainersFte: 10,
  regularLocumsFte: 10,
  traineesFte: 10,
  allGpsHeadcount: null,
  qualifiedPermanentHeadcount: null,
  practices: null,
  patients: null,
  qualifiedPermanentByQualification: null,
});
// Half-yearly, then quarterly, then monthly: Sep 2015, Mar 2016, Jan 2017, Feb 2017.
const national: NationalFile = {
  schemaVersion: 1,
  rows: [row('2015-09', 100, 50), row('2016-03', 110, 60), row('2017-01', 120, 70), row('2017-02', 120, 75)],
};

function plotBox(container: HTMLElement) {
  const x = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line');
  const y = container.querySelector('.recharts-yAxis .recharts-cartesian-axis-line');
  const n = (el: Element | null, a: string) => Number(el?.getAttribute(a));
  return { left: n(x, 'x1'), right: n(x, 'x2'), top: n(y, 'y1'), bottom: n(y, 'y2') };
}
const tickLabels = (container: HTMLElement, axis: 'xAxis' | 'yAxis') =>
  [...container.querySelectorAll(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`)].map((t) => t.textContent);

// By hand: time runs from Sep 2015 = 2015 + 8/12 to Feb 2017 = 2017 + 1/12, 17/12 years across the plot, so
// January 2016 (4/12 year in) is 4/17 of the way across and January 2017 (16/12 in) 16/17.
describe('NationalChart in recharts', () => {
  it('places each month at its time, so every year is as wide', () => {
    const { container } = render(<NationalChart national={national} />);
    const box = plotBox(container);
    const across = (share: number) => box.left + share * (box.right - box.left);
    // The grid's vertical lines inside the plot (recharts also draws its left and right edges) stand at the ticks.
    const grid = [...container.querySelectorAll('.recharts-cartesian-grid-vertical line')]
      .map((l) => Number(l.getAttribute('x1')))
      .filter((x) => x > box.left + 0.5 && x < box.right - 0.5);
    expect(grid).toEqual([expect.closeTo(across(4 / 17), 2), expect.closeTo(across(16 / 17), 2)]);
    expect(tickLabels(container, 'xAxis')).toEqual(['2016', '2017']);
  });

  it('stacks the roles from 0 with round ticks', () => {
    const { container } = render(<NationalChart national={national} />);
    // The tallest stack is Feb 2017: 120 + 75 + 10 + 10 + 10 = 225; at most 5 ticks: 225 / 4 = 56.25 -> step 100.
    expect(tickLabels(container, 'yAxis')).toEqual(['0', '100', '200', '300']);
    const box = plotBox(container);
    const y = (v: number) => box.bottom - (v * (box.bottom - box.top)) / 300;
    // Partners at the bottom: out along their top from Sep 2015 (100 FTE), back along the base (0).
    const partners = container.querySelector('.national-role path.recharts-area-area');
    expect(partners?.getAttribute('fill')).toBe('#0072B2');
    const [area, ...more] = subpaths(partners?.getAttribute('d') ?? '');
    expect(more).toEqual([]);
    expect(area?.points[0]).toEqual([expect.closeTo(box.left, 2), expect.closeTo(y(100), 2)]);
    expect(area?.points.at(-1)).toEqual([expect.closeTo(box.left, 2), expect.closeTo(y(0), 2)]);
    // Salaried on top of them: Sep 2015's layer runs from 100 up to 150.
    const salaried = container.querySelectorAll('.national-role path.recharts-area-area')[1];
    const [layer] = subpaths(salaried?.getAttribute('d') ?? '');
    expect(layer?.points[0]).toEqual([expect.closeTo(box.left, 2), expect.closeTo(y(150), 2)]);
    expect(layer?.points.at(-1)).toEqual([expect.closeTo(box.left, 2), expect.closeTo(y(100), 2)]);
  });

  it('names the chart and reads a month from the keyboard, top of the stack first, then the total', async () => {
    const { container } = render(<NationalChart national={national} />);
    const chart = screen.getByRole('application', { name: /^Stacked area chart of England's GP FTE by role/ });
    await act(async () => fireEvent.focus(chart));
    expect(container.querySelector('.chart-tooltip-title')?.textContent).toMatch(/^Sept? 2015$/);
    expect([...container.querySelectorAll('.chart-tooltip li')].map((li) => li.textContent)).toEqual([
      'Trainees (registrars): 10.0 FTE',
      'Regular locums: 10.0 FTE',
      'Retainers: 10.0 FTE',
      'Salaried: 50.0 FTE',
      'Partners: 100.0 FTE',
      'All GPs: 180.0 FTE',
    ]);
    await act(async () => fireEvent.keyDown(chart, { key: 'ArrowRight' }));
    expect(container.querySelector('.chart-tooltip-title')?.textContent).toBe('Mar 2016');
    expect(container.querySelector('.chart-live')?.textContent).toMatch(
      /^Mar 2016: Trainees \(registrars\) 10\.0 FTE;.*All GPs 200\.0 FTE$/,
    );
  });
});
