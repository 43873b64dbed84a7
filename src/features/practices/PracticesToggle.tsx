// "Show practices": opens the Practice view on the selected ICB or sub-ICB (its code loads only then).
// Small and in the first chunk; disabled, with the reason, until an ICB or sub-ICB is selected.
import type { Dataset } from '../../data/dataset';
import { usePracticeViewStore } from '../../state/practice-view-store';
import { useViewStore } from '../../state/view-store';

export function PracticesToggle({ dataset }: { dataset: Dataset }) {
  const open = usePracticeViewStore((s) => s.open);
  const setOpen = usePracticeViewStore((s) => s.setOpen);
  const first = useViewStore((s) => s.selected[0]);
  const area = first === undefined ? undefined : dataset.byCode.get(first);
  const usable = !!area && (area.level === 'icb' || area.level === 'subicb');
  return (
    <button
      type="button"
      className="button secondary"
      aria-pressed={open}
      disabled={!usable && !open}
      title={usable ? `Practices of ${area.name} on the map, with practice and PCN tables` : 'Select an ICB or sub-ICB first'}
      onClick={() => setOpen(!open)}
    >
      Show practices
    </button>
  );
}
