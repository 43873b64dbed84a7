// The hand-over from the pre-rendered first map: the picture goes when the view stops being the one it shows, and
// once it is gone the hook stops listening (a store change no longer serialises the link).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { dropFirstMapPicture, firstMapPicture, liftFirstMapPicture } from '../../src/lib/first-map-picture';
import { serialiseScenario } from '../../src/state/url/serialise';
import type * as Serialise from '../../src/state/url/serialise';
import { currentState } from '../../src/state/url/use-url-sync';
import { useViewStore } from '../../src/state/stores/view-store';

vi.mock('../../src/state/url/serialise', async (importOriginal) => {
  const actual = await importOriginal<typeof Serialise>();
  return { ...actual, serialiseScenario: vi.fn(actual.serialiseScenario) };
});

const { useFirstMapHandOver } = await import('../../src/app/first-map-picture');
const initialView = useViewStore.getState();

function putPicture() {
  const root = document.createElement('div');
  root.id = 'root';
  const search = (vi.mocked(serialiseScenario).getMockImplementation() ?? serialiseScenario)(currentState()).search;
  root.innerHTML = `<div class="first-map" data-first-map="icb" data-view-search="${search}" aria-hidden="true"></div>`;
  document.body.appendChild(root);
  liftFirstMapPicture();
}

afterEach(() => {
  dropFirstMapPicture();
  document.body.innerHTML = '';
  useViewStore.setState(initialView, true);
  vi.mocked(serialiseScenario).mockClear();
});

describe('useFirstMapHandOver', () => {
  it('drops the picture when the view changes, then stops serialising the link on later changes', () => {
    putPicture();
    expect(firstMapPicture()).not.toBeNull();
    renderHook(() => useFirstMapHandOver(false));
    act(() => useViewStore.getState().setMetric('fte'));
    expect(firstMapPicture()).toBeNull();
    const calls = vi.mocked(serialiseScenario).mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    act(() => useViewStore.getState().setMetric('patientsPerFte'));
    act(() => useViewStore.getState().setYear(2031));
    expect(vi.mocked(serialiseScenario).mock.calls.length).toBe(calls);
  });

  it('stops listening when the live map removed the picture', () => {
    putPicture();
    renderHook(() => useFirstMapHandOver(false));
    vi.mocked(serialiseScenario).mockClear();
    act(() => dropFirstMapPicture()); // what AreaLayer does once Leaflet has drawn the areas
    act(() => useViewStore.getState().setMetric('fte'));
    act(() => useViewStore.getState().setSameScale(!useViewStore.getState().sameScale));
    expect(serialiseScenario).not.toHaveBeenCalled();
  });

  it('keeps the picture while the view stays the pictured one, and drops it when the areas fail', () => {
    putPicture();
    const { rerender } = renderHook(({ failed }) => useFirstMapHandOver(failed), { initialProps: { failed: false } });
    act(() => useViewStore.setState({ ...useViewStore.getState() }));
    expect(firstMapPicture()).not.toBeNull();
    rerender({ failed: true });
    expect(firstMapPicture()).toBeNull();
  });
});
