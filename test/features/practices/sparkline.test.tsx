// A practice's GP FTE sparkline (recharts, 64 × 20 px with a 1 px margin, so the line runs across 1..63 and
// from 19 at its lowest value to 1 at its highest): it breaks at a missing year and is named by its figures.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Sparkline } from '../../../src/features/practices/Sparkline';
import { closeTo, subpaths } from '../../support/svg-path';

describe('Sparkline', () => {
  it('scales the values into its box (y up) and breaks at a missing year', () => {
    const { container } = render(<Sparkline values={[1, 3, null, 2, 2]} years={[2021, 2022, 2023, 2024, 2025]} />);
    // x: 5 years, 4 steps of 62 / 4 = 15.5 from 1; y: min 1 → 19, max 3 → 1, 2 → 10.
    const parts = subpaths(container.querySelector('path.recharts-line-curve')?.getAttribute('d') ?? '');
    expect(parts).toHaveLength(2);
    expect(
      closeTo(parts[0]?.points ?? [], [
        [1, 19],
        [16.5, 1],
      ]),
    ).toBe(true);
    expect(
      closeTo(parts[1]?.points ?? [], [
        [47.5, 10],
        [63, 10],
      ]),
    ).toBe(true);
    expect(screen.getByRole('img')).toHaveAccessibleName('GP FTE by year: 2020/21 1.0, 2021/22 3.0, 2023/24 2.0, 2024/25 2.0');
  });

  it('says when there is nothing to draw', () => {
    const { container } = render(<Sparkline values={[null, null]} years={[2024, 2025]} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('No GP FTE recorded');
    expect(container.querySelector('path.recharts-line-curve')?.getAttribute('d') ?? '').toBe('');
  });
});
