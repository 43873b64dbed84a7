// Says, at the top of the page, that the screens show the planner's own figures, with a one-click way back.
// The file name is the person's own text: rendered as text only.
import { useEffect, useRef } from 'react';
import { useUploadStore } from '../../state/stores/upload-store';

export function UploadBanner() {
  const applied = useUploadStore((s) => s.applied);
  const restore = useUploadStore((s) => s.restore);
  const banner = useRef<HTMLDivElement>(null);
  // Once figures are applied, bring the banner (and the map below it) into view and put focus on it, so
  // keyboard and screen-reader users hear what changed.
  useEffect(() => {
    if (applied) banner.current?.focus();
  }, [applied]);
  if (!applied) return null;
  return (
    <div className="notice upload-banner" role="status" tabIndex={-1} ref={banner}>
      <p>
        <strong>
          Showing your figures for {applied.areaCount} area{applied.areaCount === 1 ? '' : 's'} ({applied.fileName})
        </strong>
        . Their ICB, region and England totals are added up again from the sub-ICBs; everything else is the original data.
      </p>
      <button type="button" className="button secondary" onClick={restore}>
        Restore the original data
      </button>
    </div>
  );
}
