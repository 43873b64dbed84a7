// The planner's own figures, once they have confirmed an upload: sub-ICB overrides laid over the baseline
// (see data/apply-overrides.ts). Only what they chose lives here; the merged data is derived in use-workforce.
// Nothing here is sent anywhere or saved: reloading the page shows the original data again.
import { create } from 'zustand';
import type { SubIcbOverride } from '../../data/apply-overrides';
import type { PcnOverride } from '../../data/apply-pcn-overrides';

export interface AppliedUpload {
  /** The file's name as the person's computer gave it (shown as text only). */
  fileName: string;
  overrides: readonly SubIcbOverride[];
  /** PCN staff FTE by sub-ICB, date and role (data/apply-pcn-overrides.ts); absent or empty: none. */
  pcnOverrides?: readonly PcnOverride[];
  /** Sub-ICBs the figures cover. */
  areaCount: number;
}

export interface UploadState {
  applied: AppliedUpload | null;
  apply: (upload: AppliedUpload) => void;
  restore: () => void;
}

export const initialUpload = { applied: null as AppliedUpload | null };

export const useUploadStore = create<UploadState>()((set) => ({
  ...initialUpload,
  apply: (applied) => set({ applied }),
  restore: () => set({ applied: null }),
}));

/** The file of the planner's own figures in force (what a reload clears), or null. */
export const useUploadedFile = (): string | null => useUploadStore((s) => s.applied?.fileName ?? null);
