// Loading and error states for a data file: the error names the file and field (see data/load.ts).
import './status.css';

/** A data file's loading state, as a query reports it. */
export interface FileStatus {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

export function QueryStatus({ query, what }: { query: FileStatus; what: string }) {
  if (query.isPending)
    return (
      <p className="loading" role="status">
        Loading {what}…
      </p>
    );
  if (query.isError)
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>{what} could not be loaded.</strong> {query.error instanceof Error ? query.error.message : String(query.error)}
        </p>
      </div>
    );
  return null;
}
