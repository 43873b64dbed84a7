// @vitest-environment jsdom
// Why a code chunk could not load: offline, a newer version deployed (the served index.html names another
// entry script), or a one-off failure; and which errors count as chunk failures.
import { describe, expect, it, vi } from 'vitest';
import {
  diagnoseLoadFailure,
  dropFailedStylesheets,
  entryScriptOf,
  failedModuleUrl,
  importAfresh,
  isChunkLoadError,
  loadFailureMessage,
  retryUrl,
} from '../../src/lib/load-failure';

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

describe('importAfresh', () => {
  const chromium = new TypeError(
    'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/PresentationMode-8SKJ.js',
  );
  const firefox = new TypeError('error loading dynamically imported module: http://127.0.0.1:4173/assets/paint-gXbe.js');

  it('reads the module URL from Chromium and Firefox messages (Safari names none)', () => {
    expect(failedModuleUrl(chromium)).toBe('http://127.0.0.1:4173/assets/PresentationMode-8SKJ.js');
    expect(failedModuleUrl(firefox)).toBe('http://127.0.0.1:4173/assets/paint-gXbe.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(retryUrl('http://x/assets/a.js', 2)).toBe('http://x/assets/a.js?retry=2');
  });

  it('first attempt: the import as written, nothing else', async () => {
    const fetchModule = vi.fn();
    await expect(importAfresh(() => Promise.reject(chromium), 0, fetchModule)).rejects.toBe(chromium);
    expect(fetchModule).not.toHaveBeenCalled();
  });

  it('a retry the browser answers from its remembered failure imports the module at a URL it has not tried', async () => {
    // A browser that keeps the failed fetch in its module map: the same URL fails again without a request.
    const load = vi.fn(() => Promise.reject(chromium));
    const module = { PresentationMode: 'component' };
    const fetchModule = vi.fn((url: string) => (url.includes('retry=') ? Promise.resolve(module) : Promise.reject(chromium)));
    expect(await importAfresh(load, 1, fetchModule)).toBe(module);
    expect(fetchModule).toHaveBeenCalledWith('http://127.0.0.1:4173/assets/PresentationMode-8SKJ.js?retry=1');
  });

  it('a retry that loads as written goes no further', async () => {
    const fetchModule = vi.fn();
    expect(await importAfresh(() => Promise.resolve('module'), 3, fetchModule)).toBe('module');
    expect(fetchModule).not.toHaveBeenCalled();
  });

  it('does not retry a failure that is not a fetch, or one that names no URL', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'fte')");
    const fetchModule = vi.fn();
    await expect(importAfresh(() => Promise.reject(bug), 1, fetchModule)).rejects.toBe(bug);
    const safari = new TypeError('Importing a module script failed.');
    await expect(importAfresh(() => Promise.reject(safari), 1, fetchModule)).rejects.toBe(safari);
    expect(fetchModule).not.toHaveBeenCalled();
  });

  it("takes out a chunk's stylesheet that failed to load, so the build's preload adds it again", () => {
    const failed = document.createElement('link');
    failed.rel = 'stylesheet';
    failed.href = 'http://127.0.0.1/assets/PracticeView-x.css';
    document.head.append(failed);
    // jsdom loads no stylesheets: a link's sheet is null there, as for one that failed in a browser.
    expect(failed.sheet).toBeNull();
    dropFailedStylesheets();
    expect(failed.isConnected).toBe(false);
  });

  it('tells a part that loads by itself from an action pressed again', () => {
    expect(loadFailureMessage('offline', 'The trend chart')).toMatch(/It will load by itself when the connection is back\.$/);
    expect(loadFailureMessage('offline', '“Download map as PNG”', 'on-press')).toMatch(
      /Press it again when the connection is back\.$/,
    );
  });
});
