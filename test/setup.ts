import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { sizeChartsInJsdom } from './support/chart-size';

// Every zustand store starts each test at its initial state: __mocks__/zustand.ts records each store's initial state.
vi.mock('zustand');

// The dashboard renders its side panels and the Areas table in a transition after the map's first paint;
// in jsdom that takes longer than testing-library's 1 s default, and over 5 s on a loaded 2-core machine. A wait
// ends as soon as its condition holds, so the ceiling costs a passing test nothing.
configure({ asyncUtilTimeout: 20_000 });

// After hooks run last-registered first: the stores are reset after the components are unmounted (a mounted
// component would react to the reset), and the URL after that.
afterEach(async () => {
  const { resetAllStores } = (await import('zustand')) as unknown as { resetAllStores: () => void };
  resetAllStores();
});
afterEach(() => {
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
afterEach(() => cleanup());

// Charts draw at a fixed size in jsdom (test/support/chart-size.ts).
sizeChartsInJsdom();

// jsdom has no ResizeObserver (presentation mode fits its chart with one; recharts' ResponsiveContainer observes its box).
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
