// Why a code chunk could not load: offline, a newer version deployed (the served index.html names another
// entry script), or a one-off failure; and which errors count as chunk failures.
import { describe, expect, it } from 'vitest';
import { diagnoseLoadFailure, entryScriptOf, isChunkLoadError } from '../../src/lib/load-failure';

const page = (entry: string) =>
  `<!doctype html><html><head><script type="module" crossorigin src="./assets/${entry}"></script></head></html>`;

describe('isChunkLoadError', () => {
  it('knows the messages of Chromium, Firefox and Safari for a failed dynamic import', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
  });
  it('does not take a rendering bug for a chunk failure', () => {
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'fte')"))).toBe(false);
  });
});

describe('entryScriptOf', () => {
  it("finds the built entry script's file name", () => {
    expect(entryScriptOf(page('index-BjyCDjYK.js'))).toBe('index-BjyCDjYK.js');
    expect(entryScriptOf('<script type="module" src="/src/main.tsx"></script>')).toBeNull();
  });
});

describe('diagnoseLoadFailure', () => {
  const base = { what: 'Presentation mode', currentEntry: 'index-AAAA.js' };
  it('says offline when the browser is offline, without asking the server', async () => {
    let asked = false;
    const result = await diagnoseLoadFailure({
      ...base,
      online: false,
      fetchIndex: () => {
        asked = true;
        return Promise.resolve(page('index-AAAA.js'));
      },
    });
    expect(result.kind).toBe('offline');
    expect(result.message).toMatch(/^Presentation mode could not be loaded: this computer seems to be offline/);
    expect(asked).toBe(false);
  });
  it('says offline when the server cannot be reached', async () => {
    const result = await diagnoseLoadFailure({ ...base, online: true, fetchIndex: () => Promise.reject(new TypeError('x')) });
    expect(result.kind).toBe('offline');
  });
  it('says a newer version is available when the server names another entry script', async () => {
    const result = await diagnoseLoadFailure({ ...base, online: true, fetchIndex: () => Promise.resolve(page('index-BBBB.js')) });
    expect(result).toEqual({
      kind: 'newer-version',
      message: 'Presentation mode could not be loaded because a newer version of the app is available. Reload to use it.',
    });
  });
  it('says it failed (try again) when the server still serves this version', async () => {
    const result = await diagnoseLoadFailure({ ...base, online: true, fetchIndex: () => Promise.resolve(page('index-AAAA.js')) });
    expect(result.kind).toBe('failed');
  });
});
