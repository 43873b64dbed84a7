import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// The dashboard renders its side panels and the Areas table in a transition after the map's first paint;
// in jsdom that takes longer than testing-library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());

// jsdom has no ResizeObserver (presentation mode fits its chart with one; the charts measure their width with one).
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// The app writes its state into the URL: start every test from a clean one.
afterEach(() => {
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
