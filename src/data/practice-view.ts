// One sub-ICB's practices for the Practice view (data/practices/<code>.json, schemaVersion 2, written by the
// pipeline; see data/SOURCES.md): each practice's place (OS Code-Point Open, null where it could not be placed),
// its PCN (latest practice–PCN map), its history note, and its figures by year from the same practice-years
// that areas.json sums. Fetched only when a planner opens an area's practices, one file per sub-ICB.
// (Upload's practice-figures.ts reads the same files for their figures only, under its own query key.)
import * as z from 'zod/mini';
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';

/** A year's value, or null: the practice has no row in the workforce collection that year. */
const series = z.array(z.nullable(z.number()));
const optionalSeries = z.optional(series);

export const practiceViewFileSchema = z.object({
  // Version 1 (figures only) is still read, so the view works on a build whose files predate places and PCNs.
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  subIcb: z.string(),
  years: z.array(z.int()),
  /** PCN code -> PCN name. */
  pcns: z.optional(z.record(z.string(), z.string())),
  practices: z.array(
    z.object({
      code: z.string(),
      name: z.nullable(z.string()),
      postcode: z.optional(z.nullable(z.string())),
      lat: z.optional(z.nullable(z.number())),
      lng: z.optional(z.nullable(z.number())),
      /** PCN code from the latest practice–PCN map, or null. */
      pcn: z.optional(z.nullable(z.string())),
      /** Qualified permanent GP FTE (2 dp), headcount, registered patients. */
      fte: series,
      headcount: series,
      patients: series,
      weightedPatients: optionalSeries,
      locumTraineeFte: optionalSeries,
      nurseFte: optionalSeries,
      dpcFte: optionalSeries,
      /** A plain-words note for a practice that opened, closed or merged within the series, else null. */
      history: z.optional(z.nullable(z.string())),
    }),
  ),
});
export type PracticeViewFile = z.infer<typeof practiceViewFileSchema>;
export type PracticeRecord = PracticeViewFile['practices'][number];

/** Sub-ICB codes are short NHS codes (e.g. 00L, W2U3Z); nothing else may become a file path. */
const SUB_ICB_CODE = /^[A-Z0-9]{3,5}$/;

export const practiceViewFile = (subIcb: string) => `practices/${subIcb}.json`;

export const practiceViewQuery = (subIcb: string) =>
  queryOptions({
    queryKey: ['practice-view', practiceViewFile(subIcb)],
    queryFn: ({ signal }) => {
      if (!SUB_ICB_CODE.test(subIcb)) throw new Error(`${JSON.stringify(subIcb)} is not a sub-ICB code`);
      return fetchDataFile(practiceViewFile(subIcb), practiceViewFileSchema, signal);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
