// The header's "Present" button. Presentation mode loads on first use, in its own chunk: it brings the
// chart code, which the dashboard also keeps out of its first download.
import { useState, type ReactNode } from 'react';
import { ChunkBoundary } from '../../components/ui/ChunkBoundary';
import { retryableLazy } from '../../components/ui/retryable-lazy';
import type { Workforce } from '../../state/workforce/use-workforce';
import { useUploadedFile } from '../../state/stores/upload-store';
import type { TrendSource } from '../../figures/trend-series';
import './present.css';

const PresentationMode = retryableLazy(
  () => import('./PresentationMode'),
  (m) => m.PresentationMode,
);

export function PresentButton({
  workforce,
  sources,
  map,
}: {
  workforce: Workforce | null;
  sources: readonly TrendSource[];
  /** The map to show full screen (the app passes its map panel). */
  map: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // A new attempt (a fresh boundary and import) each time Present is pressed while its failure is shown.
  const [attempt, setAttempt] = useState(0);
  const uploadedFile = useUploadedFile();
  const start = () => {
    // Asked for inside the click: browsers grant full screen only in response to the person's own action.
    // A refusal (or no Fullscreen API) is fine: the overlay fills the window anyway.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (open) {
      PresentationMode.retry();
      setAttempt((n) => n + 1);
    }
    setOpen(true);
  };
  return (
    <>
      <button type="button" className="about-button present-open" aria-haspopup="dialog" disabled={!workforce} onClick={start}>
        Present
      </button>
      {open && workforce && (
        <ChunkBoundary
          key={attempt}
          what="Presentation mode"
          uploadedFile={uploadedFile}
          className="present-error"
          onRetry={PresentationMode.retry}
          onDismiss={() => {
            setOpen(false);
            // The next press fetches the code afresh (e.g. once back online).
            PresentationMode.retry();
            if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
          }}
          fallback={
            <p className="present-opening" role="status">
              Opening presentation…
            </p>
          }
        >
          <PresentationMode.Component workforce={workforce} sources={sources} map={map} onLeave={() => setOpen(false)} />
        </ChunkBoundary>
      )}
    </>
  );
}
