// A practice's GP FTE sparkline (recharts, 64 × 20 px with a 1 px margin, so the line runs across 1..63 and
// from 19 at its lowest value to 1 at its highest): it breaks at a missing year and is named by its figures.
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
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

describe('Sparkline drawn when near view', () => {
  /** A stand-in IntersectionObserver whose entries the test delivers. */
  class FakeObserver {
    static all: FakeObserver[] = [];
    elements: Element[] = [];
    constructor(readonly callback: IntersectionObserverCallback) {
      FakeObserver.all.push(this);
    }
    observe(element: Element) {
      this.elements.push(element);
    }
    disconnect() {
      this.elements = [];
    }
    unobserve() {}
    takeRecords() {
      return [];
    }
    enter() {
      const entries = this.elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
      this.callback(entries, this as unknown as IntersectionObserver);
    }
  }

  it('holds a named box of its size until it comes near view, then draws and stays drawn', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      const { container } = render(<Sparkline values={[1, 3, 2]} years={[2022, 2023, 2024]} />);
      const box = screen.getByRole('img');
      expect(box).toHaveAccessibleName('GP FTE by year: 2021/22 1.0, 2022/23 3.0, 2023/24 2.0');
      expect(box.style.width).toBe('64px');
      expect(box.style.height).toBe('20px');
      expect(container.querySelector('path.recharts-line-curve')).toBeNull();
      const observer = FakeObserver.all.at(-1);
      expect(observer?.elements).toEqual([box]);
      act(() => observer?.enter());
      expect(container.querySelector('path.recharts-line-curve')?.getAttribute('d')).toMatch(/^M/);
      expect(observer?.elements).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
