// The Practice view's chunk, loaded without Suspense: React reveals a suspended boundary at most every 300 ms,
// which would hold the points back although the code is usually already here (PracticesToggle fetches it in the
// background once an ICB or sub-ICB is selected). Once loaded, the view renders in the same commit as the click.
// A load that failed is made again, as a fresh import (lib/load-failure's importAfresh), on "Try again", when the
// view is opened again, or when the browser comes back online (the ChunkBoundary around the view calls `retry`).
import { useEffect, useState } from 'react';
import { importAfresh } from '../../lib/load-failure';
import type * as PracticeViewExports from './PracticeView';

export type PracticeViewModule = typeof PracticeViewExports;

let loaded: PracticeViewModule | null = null;
let loading: Promise<PracticeViewModule> | null = null;
let failures = 0;

export function loadPracticeView(): Promise<PracticeViewModule> {
  loading ??= importAfresh(() => import('./PracticeView'), failures).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // the next call fetches it again
      failures += 1;
      throw error;
    },
  );
  return loading;
}

/** The loaded module (null while it loads), or the error that stopped it; `retry` loads it again. */
export function usePracticeViewModule(wanted: boolean): {
  module: PracticeViewModule | null;
  error: Error | null;
  retry: () => void;
} {
  const [, rerender] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Opened again: a new attempt, not the last one's error (state adjusted while rendering, as React advises).
  const [wasWanted, setWasWanted] = useState(wanted);
  if (wanted !== wasWanted) {
    setWasWanted(wanted);
    if (wanted) setError(null);
  }
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadPracticeView().then(
      () => live && rerender((n) => n + 1),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  return {
    module: wanted ? loaded : null,
    error: wanted ? error : null,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}

/** Throws the load error inside a ChunkBoundary, which names it and offers "Try again" and "Reload". */
export function Rethrow({ error }: { error: Error }): null {
  throw error;
}
