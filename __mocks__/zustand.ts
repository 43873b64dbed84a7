// Every zustand store made in a test goes back to its initial state after each test (the pattern of zustand's
// "Testing" guide, for Vitest): test/setup.ts mocks 'zustand' with this file and calls resetAllStores after each
// test, once the test's components are unmounted. A test sets only the state it needs, never resets by hand.
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type * as Zustand from 'zustand';

export * from 'zustand';

const { create: actualCreate, createStore: actualCreateStore } = await vi.importActual<typeof Zustand>('zustand');

/** One reset per store created since the test run began (fresh module copies add their own). */
const storeResetFns = new Set<() => void>();

export function resetAllStores() {
  act(() => {
    for (const reset of storeResetFns) reset();
  });
}

const createUncurried = <T>(stateCreator: Zustand.StateCreator<T>) => {
  const store = actualCreate(stateCreator);
  const initialState = store.getInitialState();
  storeResetFns.add(() => store.setState(initialState, true));
  return store;
};

export const create = (<T>(stateCreator: Zustand.StateCreator<T>) =>
  typeof stateCreator === 'function' ? createUncurried(stateCreator) : createUncurried) as typeof Zustand.create;

const createStoreUncurried = <T>(stateCreator: Zustand.StateCreator<T>) => {
  const store = actualCreateStore(stateCreator);
  const initialState = store.getInitialState();
  storeResetFns.add(() => store.setState(initialState, true));
  return store;
};

export const createStore = (<T>(stateCreator: Zustand.StateCreator<T>) =>
  typeof stateCreator === 'function' ? createStoreUncurried(stateCreator) : createStoreUncurried) as typeof Zustand.createStore;
