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

/**
 * What happens once the connection is back: a part on the page loads by itself ('by-itself'); an action such as a
 * download runs when pressed again ('on-press').
 */
export type WhenOnline = 'by-itself' | 'on-press';

export function loadFailureMessage(kind: LoadFailureKind, what: string, whenOnline: WhenOnline = 'by-itself'): string {
  switch (kind) {
    case 'offline':
      return `${what} could not be loaded: this computer seems to be offline. ${
        whenOnline === 'by-itself'
          ? 'It will load by itself when the connection is back.'
          : 'Press it again when the connection is back.'
      }`;
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
  readonly whenOnline?: WhenOnline;
}

export async function diagnoseLoadFailure({
  what,
  currentEntry,
  fetchIndex,
  online,
  whenOnline,
}: DiagnoseInput): Promise<LoadFailure> {
  const failure = (kind: LoadFailureKind): LoadFailure => ({ kind, message: loadFailureMessage(kind, what, whenOnline) });
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
export function diagnoseInBrowser(what: string, whenOnline?: WhenOnline): Promise<LoadFailure> {
  return diagnoseLoadFailure({
    what,
    whenOnline,
    currentEntry: entryScriptOf(document.documentElement.outerHTML),
    fetchIndex: async () => {
      const response = await fetch(new URL('index.html', document.baseURI), { cache: 'no-store' });
      // Reached the server but no page: not offline, and no newer version to name.
      return response.ok ? response.text() : '';
    },
    online: navigator.onLine,
  });
}

/**
 * The module URL a failed dynamic import names ("Failed to fetch dynamically imported module: URL" in Chromium,
 * "error loading dynamically imported module: URL" in Firefox), or null (Safari names none).
 */
export function failedModuleUrl(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  const match = /dynamically imported module:?\s+(\S+)/i.exec(text);
  return match?.[1] ?? null;
}

/** `url` with a `retry` query parameter: a URL the browser has not tried, so not one it remembers as failed. */
export function retryUrl(url: string, attempt: number): string {
  const at = new URL(url);
  at.searchParams.set('retry', String(attempt));
  return at.href;
}

/**
 * Stylesheets of lazily loaded chunks that failed to load (no sheet) are taken out of the page: the build's preload
 * helper skips a stylesheet whose <link> is already there, so a part loaded after a failure would come without
 * its styles.
 */
export function dropFailedStylesheets(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    if (link.sheet === null && link.href.includes('/assets/')) link.remove();
}

const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/**
 * Loads a lazily loaded chunk; `attempt` > 0 is a retry after a failure (e.g. offline, now back online). A retry
 * takes out failed stylesheets and loads again; if the browser answers with the failure it remembers for that URL
 * (the HTML module map may keep failed fetches for the page's lifetime; Chromium fetches again, others may not),
 * it imports the module at the same URL with a `retry` parameter, which the browser has never tried. A chunk whose
 * failure is not a fetch (a bug in it) is not retried at another URL.
 */
export async function importAfresh<M>(
  load: () => Promise<M>,
  attempt: number,
  fetchModule: (url: string) => Promise<unknown> = importUrl,
): Promise<M> {
  if (attempt === 0) return load();
  if (typeof document !== 'undefined') dropFailedStylesheets();
  try {
    return await load();
  } catch (error) {
    const url = isChunkLoadError(error) ? failedModuleUrl(error) : null;
    if (!url) throw error;
    return (await fetchModule(retryUrl(url, attempt))) as M;
  }
}
