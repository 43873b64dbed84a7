// The last line of defence: if anything outside a panel fails to render, the page says so and offers a
// reload, instead of going white. Panels and lazily loaded parts have their own boundaries first.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ReloadButton } from '../components/ui/ChunkBoundary';
import { isChunkLoadError } from '../lib/load-failure';
import { dropFirstMapPicture } from '../lib/first-map-picture';
import { useUploadedFile } from '../state/stores/upload-store';

/** "Reload", saying whether it clears the planner's own figures. */
function RootReloadButton() {
  return <ReloadButton uploadedFile={useUploadedFile()} />;
}

export class RootBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error, info: ErrorInfo) {
    // The pre-rendered first map never stays over the error.
    dropFirstMapPicture();
    console.error('The app failed', error, info.componentStack);
  }
  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="app root-error" role="alert">
        <h1>GP Workforce Planner</h1>
        <p>
          <strong>
            {isChunkLoadError(error)
              ? 'Part of the app could not be loaded (offline, or a newer version was deployed).'
              : 'The app ran into an error and could not be shown.'}
          </strong>{' '}
          {error.message}
        </p>
        <RootReloadButton />
      </main>
    );
  }
}
