// A titled section of the dashboard with its own error boundary: one panel failing never blanks the app.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import './panel.css';

class PanelBoundary extends Component<{ title: string; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Panel "${this.props.title}" failed`, error, info.componentStack);
  }
  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="panel-error">
          <p>
            <strong>{this.props.title} could not be shown.</strong> {this.state.error.message}
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}

export function Panel({
  title,
  id,
  children,
  actions,
  className,
  heading,
}: {
  title: string;
  /** What the heading shows when it changes with the view (the map's metric and year); default `title`. */
  heading?: ReactNode;
  id?: string;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId} id={id}>
      <header className="panel-header">
        <h2 id={headingId}>{heading ?? title}</h2>
        {actions}
      </header>
      <PanelBoundary title={title}>{children}</PanelBoundary>
    </section>
  );
}
