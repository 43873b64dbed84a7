// The data files the projection needs beyond the areas' series, each with its loading state: what a panel that
// waits for the projection names when one is slow or fails (components/ui/ProjectionStatus shows them).
import { useQuery } from '@tanstack/react-query';
import { ageProfileQuery, nationalQuery, trainingQuery } from '../../data/queries';

export interface ProjectionFile {
  /** The file, in words and by name: "The national series (national.json)". */
  what: string;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

const status = (what: string, query: { isPending: boolean; isError: boolean; error: unknown }): ProjectionFile => ({
  what,
  isPending: query.isPending,
  isError: query.isError,
  error: query.error,
});

export function useProjectionFiles(): ProjectionFile[] {
  const national = useQuery(nationalQuery());
  const ages = useQuery(ageProfileQuery());
  const training = useQuery(trainingQuery());
  return [
    status('The national series (national.json)', national),
    status('The age profile (age-profile.json)', ages),
    status('The GP training intakes (training.json)', training),
  ];
}
