// Why the projection is not there yet, named by file: which of its data files are still on their way, or
// which failed and why. Every panel that needs the projection (Headline, Planning levers, Saved scenarios,
// Compare scenarios) shows this same message, so a failed file is never a blank panel or an endless
// "Running the projection…". The files and their states come in as props (state/workforce/projection-files.ts).
import { QueryStatus, type FileStatus } from './QueryStatus';

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function ProjectionStatus({
  needs = 'The projection',
  files,
}: {
  needs?: string;
  /** The projection's data files, each named ("The national series (national.json)") with its loading state. */
  files: readonly (FileStatus & { what: string })[];
}) {
  const failed = files.filter((f) => f.isError);
  if (failed.length > 0)
    return (
      <div className="projection-status">
        <p className="hint">{needs} needs these files to run the projection:</p>
        {failed.map((f) => (
          <QueryStatus key={f.what} query={f} what={f.what} />
        ))}
      </div>
    );
  const waiting = files.filter((f) => f.isPending).map((f) => f.what.charAt(0).toLowerCase() + f.what.slice(1));
  return (
    <p className="loading" role="status">
      {waiting.length > 0 ? `Waiting for ${listed(waiting)}…` : 'Running the projection…'}
    </p>
  );
}
