// A quiet note that a newer version of the app has installed (the service worker found it) and is waiting.
// Nothing changes until the planner presses "Reload to use it", which says what a reload clears; otherwise
// the newer version opens on the next visit after every tab of the app is closed. "Not now" hides the note.
import { useState, useSyncExternalStore } from 'react';
import { ReloadButton } from '../components/ui/ChunkBoundary';
import { useUploadedFile } from '../state/stores/upload-store';
import { applyUpdate, getWaitingWorker, subscribeToWaitingWorker, type WorkerContainer } from './service-worker';

interface Props {
  /** Where the worker that takes over is announced (default: the browser's). */
  container?: WorkerContainer;
  /** Reloads the page (default: location.reload). */
  reload?: () => void;
}

export function UpdateNotice({ container, reload = () => window.location.reload() }: Props) {
  const waiting = useSyncExternalStore(subscribeToWaitingWorker, getWaitingWorker, () => null);
  const [dismissed, setDismissed] = useState<ServiceWorker | null>(null);
  const uploadedFile = useUploadedFile();
  if (!waiting || dismissed === waiting) return null;
  return (
    <div className="notice update-notice chunk-error-actions" role="status">
      <p>
        <strong>A newer version of the app is ready.</strong> This tab keeps the version it opened with until you reload; the
        newer one opens by itself once every tab of the app has been closed.
      </p>
      <ReloadButton
        label="Reload to use it"
        uploadedFile={uploadedFile}
        onReload={() => applyUpdate(waiting, container ?? navigator.serviceWorker, reload)}
      />
      <button type="button" className="button secondary" onClick={() => setDismissed(waiting)}>
        Not now
      </button>
    </div>
  );
}
