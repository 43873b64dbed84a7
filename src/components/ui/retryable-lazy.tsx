// React.lazy remembers a failed import for good, so "Try again" could never load the part. This wrapper
// makes a fresh lazy component on retry() (the browser fetches the chunk again where it allows).
import { lazy, type ComponentType, type JSX } from 'react';

export interface RetryableLazy<P extends object> {
  readonly Component: (props: P) => JSX.Element;
  readonly retry: () => void;
}

export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  const make = () => lazy(async () => ({ default: await load() }));
  let current = make();
  function Component(props: P) {
    const Loaded = current;
    return <Loaded {...props} />;
  }
  return {
    Component,
    retry: () => {
      current = make();
    },
  };
}
