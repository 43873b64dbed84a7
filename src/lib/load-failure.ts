// Why a lazily loaded part of the app (a code chunk) could not load, in words a planner can act on.
// Three causes matter on a static host: the browser is offline; the app was redeployed while this tab was
// open, so the old hashed chunk names are gone ("a newer version is available"); or a one-off failure.
// The check compares the entry script named by the server's index.html now with the one this page runs.

export type LoadFailureKind = 'offline' | 'newer-version' | 'failed';

export interface LoadFailure {
  readonly kind: LoadFailureKind;
  /** One sentence for the screen. */
  readonly message: string;
}

/** Errors browsers raise when a dynamic import (a code chunk) cannot be fetched or evaluated. */
export function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|ChunkLoadError|Unable to preload CSS|Failed to fetch/i.test(
    text,
  );
}

/** The built entry script's file name in an HTML page (e.g. "index-BjyCDjYK.js"), or null. */
export function entryScriptOf(html: string): string | null {
  const match = /<script[^>]+type="module"[^>]+src="[^"]*?\/?(index-[\w-]+\.js)"/.exec(html);
  return match?.[1] ?? null;
}

export function loadFailureMessage(kind: LoadFailureKind, what: string): string {
  switch (kind) {
    case 'offline':
      return `${what} could not be loaded: this computer seems to be offline. It will load when the connection is back (press "Try again").`;
    case 'newer-version':
      return `${what} could not be loaded because a newer version of the app is available. Reload to use it.`;
    case 'failed':
      return `${what} could not be loaded. Try again, or reload the page.`;
  }
}

export interface DiagnoseInput {
  readonly what: string;
  /** The entry script this page runs (from its own document), or null when unknown (e.g. the dev server). */
  readonly currentEntry: string | null;
  /** Fetches the server's index.html now, bypassing caches; rejects when offline. */
  readonly fetchIndex: () => Promise<string>;
  readonly online: boolean;
}

export async function diagnoseLoadFailure({ what, currentEntry, fetchIndex, online }: DiagnoseInput): Promise<LoadFailure> {
  const failure = (kind: LoadFailureKind): LoadFailure => ({ kind, message: loadFailureMessage(kind, what) });
  if (!online) return failure('offline');
  let html: string;
  try {
    html = await fetchIndex();
  } catch {
    return failure('offline');
  }
  const served = entryScriptOf(html);
  if (currentEntry && served && served !== currentEntry) return failure('newer-version');
  return failure('failed');
}

/** The same check in the browser: this document's entry script against the server's index.html. */
export function diagnoseInBrowser(what: string): Promise<LoadFailure> {
  return diagnoseLoadFailure({
    what,
    currentEntry: entryScriptOf(document.documentElement.outerHTML),
    fetchIndex: async () => {
      const response = await fetch(new URL('index.html', document.baseURI), { cache: 'no-store' });
      // Reached the server but no page: not offline, and no newer version to name.
      return response.ok ? response.text() : '';
    },
    online: navigator.onLine,
  });
}
