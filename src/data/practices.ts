// The practice -> sub-ICB lookup (data/practices.json, written by the pipeline from its placement of every
// practice; see data/SOURCES.md). Only an upload of practice-level figures needs it, so it loads on demand.
import * as z from 'zod/mini';
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';

export const PRACTICES_FILE = 'practices.json';

export const practicesFileSchema = z.object({
  schemaVersion: z.literal(1),
  /** Sub-ICB code -> codes of the practices placed in it. */
  subIcbs: z.record(z.string(), z.array(z.string())),
});
export type PracticesFile = z.infer<typeof practicesFileSchema>;

export const practicesQuery = () =>
  queryOptions({
    queryKey: ['data', PRACTICES_FILE],
    queryFn: ({ signal }) => fetchDataFile(PRACTICES_FILE, practicesFileSchema, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/** Practice code -> sub-ICB code, as pairs that can be posted to a Web Worker. */
export function practicePairs(file: PracticesFile): [string, string][] {
  return Object.entries(file.subIcbs).flatMap(([subIcb, practices]) => practices.map((p): [string, string] => [p, subIcb]));
}
