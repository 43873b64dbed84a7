// The Practice view's chunk, loaded without Suspense: React reveals a suspended boundary at most every 300 ms,
// which would hold the points back although the code is usually already here (PracticesToggle fetches it in the
// background once an ICB or sub-ICB is selected). Once loaded, the view renders in the same commit as the click.
import { useEffect, useState } from 'react';
import type * as PracticeViewExports from './PracticeView';

export type PracticeViewModule = typeof PracticeViewExports;

let loaded: PracticeViewModule | null = null;
let loading: Promise<PracticeViewModule> | null = null;

export function loadPracticeView(): Promise<PracticeViewModule> {
  loading ??= import('./PracticeView').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // "Try again" fetches it again
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
