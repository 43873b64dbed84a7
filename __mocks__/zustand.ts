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

/** Records a new store's initial state, to put it back after each test. */
function remember<T, S extends Zustand.StoreApi<T>>(store: S): S {
  const initialState = store.getInitialState();
  storeResetFns.add(() => store.setState(initialState, true));
  return store;
}

export const create = (<T>(stateCreator: Zustand.StateCreator<T>) =>
  typeof stateCreator === 'function'
    ? remember<T, Zustand.UseBoundStore<Zustand.StoreApi<T>>>(actualCreate(stateCreator))
    : (creator: Zustand.StateCreator<T>) =>
        remember<T, Zustand.UseBoundStore<Zustand.StoreApi<T>>>(actualCreate(creator))) as typeof Zustand.create;

export const createStore = (<T>(stateCreator: Zustand.StateCreator<T>) =>
  typeof stateCreator === 'function'
    ? remember<T, Zustand.StoreApi<T>>(actualCreateStore(stateCreator))
    : (creator: Zustand.StateCreator<T>) =>
        remember<T, Zustand.StoreApi<T>>(actualCreateStore(creator))) as typeof Zustand.createStore;
