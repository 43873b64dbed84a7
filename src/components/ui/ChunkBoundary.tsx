// Keeps a lazily loaded part's failure inside its own box: it names what failed and why (offline, a newer
// version deployed, or a one-off failure), offers "Try again" and "Reload", and says what a reload would
// clear (figures loaded from a file live only in this tab). The rest of the app keeps working. A part whose code
// could not be fetched tries again by itself when the browser says it is back online (the 'online' event).
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { diagnoseInBrowser, isChunkLoadError, loadFailureMessage, type LoadFailure } from '../../lib/load-failure';
import './status.css';

interface Props {
  /** What the part is, for the message: e.g. "Presentation mode". */
  what: string;
  children: ReactNode;
  /** Shown while the part's code loads. */
  fallback?: ReactNode;
  /** Called before trying again (e.g. a retryableLazy's retry). */
  onRetry?: () => void;
  /** Offers "Close" (e.g. presentation mode, which has no panel of its own to stay in). */
  onDismiss?: () => void;
  className?: string;
  /** The file of the planner's own figures in force, which a reload clears (null: none). */
  uploadedFile: string | null;
}

interface State {
  error: Error | null;
  failure: LoadFailure | null;
}

export class ChunkBoundary extends Component<Props, State> {
  state: State = { error: null, failure: null };
  private mounted = false;

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error, failure: null };
  }

  componentDidMount() {
    this.mounted = true;
  }

  componentWillUnmount() {
    this.mounted = false;
    window.removeEventListener('online', this.retry);
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.what} failed`, error, info.componentStack);
    if (!isChunkLoadError(error)) return;
    // Back online: load it again without waiting for "Try again" (once; a failure after that waits again).
    window.addEventListener('online', this.retry, { once: true });
    void diagnoseInBrowser(this.props.what).then((failure) => {
      if (this.mounted && this.state.error === error) this.setState({ failure });
    });
  }

  private retry = () => {
    window.removeEventListener('online', this.retry);
    this.props.onRetry?.();
    this.setState({ error: null, failure: null });
  };

  render() {
    const { error, failure } = this.state;
    const { what, children, fallback = null, className } = this.props;
    if (!error) return <Suspense fallback={fallback}>{children}</Suspense>;
    const chunk = isChunkLoadError(error);
    const message =
      failure?.message ?? (chunk ? loadFailureMessage('failed', what) : `${what} could not be shown: ${error.message}`);
    return (
      <div role="alert" className={`panel-error chunk-error ${className ?? ''}`}>
        <p>
          <strong>{message}</strong>
        </p>
        <div className="chunk-error-actions">
          {failure?.kind !== 'newer-version' && (
            <button type="button" className="button secondary" onClick={this.retry}>
              Try again
            </button>
          )}
          <ReloadButton newer={failure?.kind === 'newer-version'} uploadedFile={this.props.uploadedFile} />
          {this.props.onDismiss && (
            <button type="button" className="button secondary" onClick={this.props.onDismiss}>
              Close
            </button>
          )}
        </div>
      </div>
    );
  }
}

interface ReloadButtonProps {
  /** Names the reason: "A newer version is available: reload". */
  newer?: boolean;
  /** The button's text, when neither "Reload" nor the newer-version wording fits. */
  label?: string;
  /** What pressing it does (default: reload the page). */
  onReload?: () => void;
  /** The file of the planner's own figures in force, which a reload clears (null: none). */
  uploadedFile: string | null;
}

/** "Reload", with what a reload clears said beside it (nothing else is lost: the view is in the link). */
export function ReloadButton({ newer = false, label, onReload, uploadedFile }: ReloadButtonProps) {
  return (
    <>
      <button type="button" className="button" onClick={onReload ?? (() => window.location.reload())}>
        {label ?? (newer ? 'A newer version is available: reload' : 'Reload')}
      </button>
      <span className="hint">
        {uploadedFile !== null
          ? `Reloading keeps the view, levers and saved scenarios (they are in the link and this browser) but clears the figures loaded from “${uploadedFile}”: load the file again afterwards. Text typed but not saved is cleared too.`
          : 'Reloading keeps the view, levers and saved scenarios (they are in the link and this browser); text typed but not saved is cleared.'}
      </span>
    </>
  );
}
