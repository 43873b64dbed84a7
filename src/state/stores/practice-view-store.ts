// The Practice view's choices: whether it is open, and which practice is picked (map point or table row).
// The area it shows is the view's first selected area (an ICB or sub-ICB), so selecting or zooming to another
// ICB shows that ICB's practices.
import { create } from 'zustand';
import { useViewStore } from './view-store';

export interface PracticeViewState {
  open: boolean;
  /** The picked practice's code (highlighted on the map and in the table), or null. */
  practice: string | null;
  setOpen: (open: boolean) => void;
  selectPractice: (code: string | null) => void;
}

export const usePracticeViewStore = create<PracticeViewState>()((set) => ({
  open: false,
  practice: null,
  setOpen: (open) => set(open ? { open } : { open, practice: null }),
  selectPractice: (practice) => set({ practice }),
}));

/**
 * Opens the Practice view on an ICB or sub-ICB (selecting it first, so the map zooms there), optionally with one
 * practice picked. For search: `showPractices('QKS', 'G82002')`.
 */
export function showPractices(areaCode: string, practiceCode?: string): void {
  const view = useViewStore.getState();
  if (view.selected[0] !== areaCode) view.selectArea(areaCode);
  usePracticeViewStore.setState({ open: true, practice: practiceCode ?? null });
}

export function hidePractices(): void {
  usePracticeViewStore.setState({ open: false, practice: null });
}
