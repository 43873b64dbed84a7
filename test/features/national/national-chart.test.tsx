// The national chart in SVG at jsdom's fallback width (960 × 280 px): months at their place in time (so a year of
// quarterly snapshots is as wide as a monthly one), the roles stacked, round FTE ticks from 0, and a tooltip per
// month with the roles top first and the total.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
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

// By hand: time runs from Sep 2015 = 2015 + 8/12 to Feb 2017 = 2017 + 1/12, 17/12 years, across the plot's
// 72..944 px (960 less 72 on the left and 16 on the right): 872 / (17/12) = 615.53 px a year.
// January 2016 is 4/12 year in: 72 + 205.18 = 277.18; January 2017, 16/12 in: 72 + 820.71 = 892.71.
describe('NationalChart in SVG', () => {
  it('places each month at its time, so every year is as wide', () => {
    const { container } = render(<NationalChart national={national} />);
    const grid = [...container.querySelectorAll('.chart-grid-x line')].map((l) => Number(l.getAttribute('x1')));
    expect(grid).toHaveLength(2);
    expect(grid[0]).toBeCloseTo(277.18, 2);
    expect(grid[1]).toBeCloseTo(892.71, 2);
    expect([...container.querySelectorAll('.chart-axis-x text')].map((t) => t.textContent)).toEqual(['2016', '2017']);
  });

  it('stacks the roles from 0 with round ticks', () => {
    const { container } = render(<NationalChart national={national} />);
    // The tallest stack is Feb 2017: 120 + 75 + 10 + 10 + 10 = 225; at most 5 ticks: 225 / 4 = 56.25 -> step 100.
    expect([...container.querySelectorAll('.chart-axis-y text')].map((t) => t.textContent)).toEqual(['0', '100', '200', '300']);
    // Partners at the bottom: y = 242 − v × 234 / 300 (plot 8..242 px); Sep 2015's 100 FTE at 164, from 0 at 242.
    const [partners, ...more] = subpaths(
      container.querySelector('.chart-area[data-series="partnersFte"] path')?.getAttribute('d') ?? '',
    );
    expect(more).toEqual([]);
    expect(partners?.closed).toBe(true);
    // Out along the top from Sep 2015 (72, 164), back along the base to (72, 242).
    expect(partners?.points[0]).toEqual([72, 164]);
    expect(partners?.points.at(-1)).toEqual([72, 242]);
  });

  it('names the chart and reads a month from the keyboard, top of the stack first, then the total', () => {
    render(<NationalChart national={national} />);
    const plot = screen.getByRole('img', { name: /^Stacked area chart of England's GP FTE by role/ });
    fireEvent.focus(plot);
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(document.querySelector('.chart-tooltip-title')?.textContent).toMatch(/^Sept? 2015$/);
    expect([...document.querySelectorAll('.chart-tooltip li')].map((li) => li.textContent)).toEqual([
      'Trainees (registrars): 10.0 FTE',
      'Regular locums: 10.0 FTE',
      'Retainers: 10.0 FTE',
      'Salaried: 50.0 FTE',
      'Partners: 100.0 FTE',
      'All GPs: 180.0 FTE',
    ]);
  });
});
