// "Show practices": opens the Practice view on the selected ICB or sub-ICB. Small and in the first chunk; disabled,
// with the reason, until an ICB or sub-ICB is selected. The view's code is fetched in the background once such an
// area is selected (never for the first screen), and the area's practice files when the button is pressed, at the
// same time as the code, so opening the view waits for one round trip, not two. Its three states look different
// (app.css .toggle-button): disabled grey with a dashed border, off outlined, on filled with a tick.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { subIcbsWithin, type Dataset } from '../../data/dataset';
import { usePracticeViewStore } from '../../state/stores/practice-view-store';
import { useViewStore } from '../../state/stores/view-store';
import { loadPracticeView } from './practice-view-module';

export function PracticesToggle({ dataset }: { dataset: Dataset }) {
  const open = usePracticeViewStore((s) => s.open);
  const setOpen = usePracticeViewStore((s) => s.setOpen);
  const first = useViewStore((s) => s.selected[0]);
  const queryClient = useQueryClient();
  const area = first === undefined ? undefined : dataset.byCode.get(first);
  const usable = !!area && (area.level === 'icb' || area.level === 'subicb');
  useEffect(() => {
    if (!usable) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1000));
    idle(() => void loadPracticeView().catch(() => undefined)); // a failure shows (with "Try again") when the view opens
  }, [usable]);

  const toggle = () => {
    if (!open && usable) {
      const codes = subIcbsWithin(dataset, area.code);
      void loadPracticeView().then(
        (view) => view.prefetchPracticeFiles(queryClient, codes),
        () => undefined,
      );
    }
    setOpen(!open);
  };
  return (
    <button
      type="button"
      className="button secondary toggle-button"
      aria-pressed={open}
      disabled={!usable && !open}
      title={usable ? `Practices of ${area.name} on the map, with practice and PCN tables` : 'Select an ICB or sub-ICB first'}
      onClick={toggle}
    >
      <span className="toggle-mark" aria-hidden="true">
        {open ? '✓' : ''}
      </span>
      Show practices
    </button>
  );
}
