// The header's "Present" button. Presentation mode loads on first use, in its own chunk: it brings the
// chart code, which the dashboard also keeps out of its first download.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { Workforce } from '../../state/use-workforce';
import type { TrendSource } from '../../lib/trend-series';
import './present.css';

const PresentationMode = lazy(() => import('./PresentationMode').then((m) => ({ default: m.PresentationMode })));

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
  const start = () => {
    // Asked for inside the click: browsers grant full screen only in response to the person's own action.
    // A refusal (or no Fullscreen API) is fine: the overlay fills the window anyway.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    setOpen(true);
  };
  return (
    <>
      <button type="button" className="about-button present-open" aria-haspopup="dialog" disabled={!workforce} onClick={start}>
        Present
      </button>
      {open && workforce && (
        <Suspense
          fallback={
            <p className="present-opening" role="status">
              Opening presentation…
            </p>
          }
        >
          <PresentationMode workforce={workforce} sources={sources} map={map} onLeave={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
