// React.lazy remembers a failed import for good, so "Try again" could never load the part. This wrapper makes a
// fresh lazy component on retry(), whose import is a fresh one (lib/load-failure's importAfresh: failed stylesheets
// taken out, and the module at a URL the browser has not tried if it answers from a remembered failure).
import { lazy, type ComponentType, type JSX } from 'react';
import { importAfresh } from '../../lib/load-failure';

export interface RetryableLazy<P extends object> {
  readonly Component: (props: P) => JSX.Element;
  readonly retry: () => void;
  /**
   * Fetches the chunk now, before the part is first rendered (so it opens offline later). A failure is kept quiet
   * (the part's own boundary says so if it is opened) and the next render makes a fresh attempt.
   */
  readonly preload: () => Promise<void>;
}

/** `load` imports the chunk (write `() => import('./Part')`, so the build makes it a chunk); `pick` takes the component. */
export function retryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): RetryableLazy<P> {
  let attempt = 0;
  const make = () => {
    const at = attempt;
    return lazy(async () => ({ default: pick(await importAfresh(load, at)) }));
  };
  let current = make();
  function Component(props: P) {
    const Loaded = current;
    return <Loaded {...props} />;
  }
  const retry = () => {
    attempt += 1;
    current = make();
  };
  return {
    Component,
    retry,
    preload: async () => {
      const at = attempt;
      try {
        await importAfresh(load, at);
      } catch {
        if (attempt === at) retry();
      }
    },
  };
}
