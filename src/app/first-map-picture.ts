// The hand-over from the pre-rendered first map (src/lib/first-map-picture.ts) to the app's own: the picture goes as
// soon as the view stops being the one it shows (a control changed while the data loads: the app's own link format
// decides, as the build did), when the planner's own figures are applied, and when the areas cannot load.
import { useEffect } from 'react';
import { dropFirstMapPicture, firstMapPicture } from '../lib/first-map-picture';
import { serialiseScenario } from '../state/url/serialise';
import { currentState } from '../state/url/use-url-sync';
import { useViewStore } from '../state/stores/view-store';
import { useScenarioStore } from '../state/stores/scenario-store';
import { usePracticeViewStore } from '../state/stores/practice-view-store';
import { useUploadStore } from '../state/stores/upload-store';

/** `failed`: the areas could not load (the dashboard shows why, with no map). */
export function useFirstMapHandOver(failed: boolean) {
  useEffect(() => {
    const picture = firstMapPicture();
    if (!picture) return;
    const search = picture.dataset.viewSearch ?? '';
    let unsubscribe: (() => void)[] = [];
    const stop = () => {
      unsubscribe.forEach((end) => end());
      unsubscribe = [];
    };
    // Once the picture is gone (the live map drew it away, or a change below), nothing here is needed: the
    // subscriptions end, so later store changes do not serialise the link for nothing.
    const check = () => {
      if (!firstMapPicture()) return stop();
      if (serialiseScenario(currentState()).search !== search) {
        dropFirstMapPicture();
        stop();
      }
    };
    const drop = () => {
      dropFirstMapPicture();
      stop();
    };
    unsubscribe = [
      useViewStore.subscribe(check),
      useScenarioStore.subscribe(check),
      usePracticeViewStore.subscribe(check),
      useUploadStore.subscribe(drop),
    ];
    return stop;
  }, []);
  useEffect(() => {
    if (failed) dropFirstMapPicture();
  }, [failed]);
}
