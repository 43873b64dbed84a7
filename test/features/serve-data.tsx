// Test helpers for the whole-app component tests: a fetch that serves the committed data/*.json from disk
// (optionally overriding a file's body or status), and a render with a fresh QueryClient.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { vi } from 'vitest';
import { renderWithProviders } from '../support/render';
import { App } from '../../src/app/App';
// The side column (headline, levers, saved scenarios) is a lazily loaded chunk in the app. Imported here too, so
// vitest transforms its modules when a test file loads (untimed), not inside the first test's wait: at a load average
// of 25 that first transform took over 60 s. The app still loads it through its own dynamic import.
import '../../src/app/SidePanels';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

export const readDataJson = (file: string): unknown => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));

/**
 * The trend and national charts and the side column load in their own chunks (React.lazy): the first import can take
 * seconds, and over 20 s on a loaded 2-core machine. The same ceiling as test/setup.ts's (a wait ends when it holds).
 */
export const LAZY = { timeout: 60_000 };

export type Override = { body: string; status?: number };

/** Stubs the global fetch: data/<file> requests get the committed file, or the override given for it (keyed by the
 * path below data/, such as `areas.json` or `practices/00L.json`). */
export function serveData(overrides: Record<string, Override> = {}) {
  const requested: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // The path below data/ (practices/00L.json), or the file's name for any other URL.
    const path = url.split('?')[0] ?? '';
    const file = /\/data\/(.+)$/.exec(path)?.[1] ?? basename(path);
    requested.push(file);
    const override = overrides[file];
    if (override)
      return new Response(override.body, { status: override.status ?? 200, headers: { 'Content-Type': 'application/json' } });
    try {
      return new Response(readFileSync(resolve(DATA_DIR, file)), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requested };
}

export const renderApp = () => renderWithProviders(<App />);
