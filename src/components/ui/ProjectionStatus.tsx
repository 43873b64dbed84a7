// Why the projection is not there yet, named by file: which of its data files are still on their way, or
// which failed and why. Every panel that needs the projection (Headline, Planning levers, Saved scenarios,
// Compare scenarios) shows this same message, so a failed file is never a blank panel or an endless
// "Running the projection…".
import { useQuery } from '@tanstack/react-query';
import { ageProfileQuery, nationalQuery, trainingQuery } from '../../data/queries';
import { QueryStatus } from './QueryStatus';

export const PROJECTION_FILES = [
  { what: 'The national series (national.json)', query: nationalQuery },
  { what: 'The age profile (age-profile.json)', query: ageProfileQuery },
  { what: 'The GP training intakes (training.json)', query: trainingQuery },
] as const;

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function ProjectionStatus({ needs = 'The projection' }: { needs?: string }) {
  const national = useQuery(nationalQuery());
  const ages = useQuery(ageProfileQuery());
  const training = useQuery(trainingQuery());
  const files = [
    { ...PROJECTION_FILES[0], result: national },
    { ...PROJECTION_FILES[1], result: ages },
    { ...PROJECTION_FILES[2], result: training },
  ];
  const failed = files.filter((f) => f.result.isError);
  if (failed.length > 0)
    return (
      <div className="projection-status">
        <p className="hint">{needs} needs these files to run the projection:</p>
        {failed.map((f) => (
          <QueryStatus key={f.what} query={f.result} what={f.what} />
        ))}
      </div>
    );
  const waiting = files.filter((f) => f.result.isPending).map((f) => f.what.charAt(0).toLowerCase() + f.what.slice(1));
  return (
    <p className="loading" role="status">
      {waiting.length > 0 ? `Waiting for ${listed(waiting)}…` : 'Running the projection…'}
    </p>
  );
}
