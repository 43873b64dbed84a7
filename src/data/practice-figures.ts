// Per-practice figures of one sub-ICB (data/practices/<code>.json, schemaVersion 2, written by the pipeline from
// the same practice-years that areas.json sums; see data/SOURCES.md): each practice's series, location, PCN and
// history. Needed when a planner opens an area's practices, and by an upload whose practice rows leave some of a
// sub-ICB's practices out (to name them and add the listed practices' change to the rest). One small file per
// sub-ICB, fetched on demand, never on the first screen.
import * as z from 'zod/mini';
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';

/** A year's value, or null: the practice has no row in the workforce collection that year (not in the baseline). */
const practiceSeries = z.array(z.nullable(z.number()));

export const practiceSchema = z.object({
  code: z.string(),
  /** Latest name (NHS Payments, else the July 2026 practice map), or null if neither has one. */
  name: z.nullable(z.string()),
  /** Latest postcode, and its position (OS Code-Point Open, WGS84); null: the practice could not be placed. */
  postcode: z.nullable(z.string()),
  lat: z.nullable(z.number()),
  lng: z.nullable(z.number()),
  /** PCN code (latest practice -> PCN map, else the latest payments file); named in the file's `pcns`. */
  pcn: z.nullable(z.string()),
  /** Qualified permanent GP FTE (2 dp), headcount (2 dp, a mean of the year's snapshots), registered patients. */
  fte: practiceSeries,
  headcount: practiceSeries,
  patients: practiceSeries,
  /** Need-weighted (Carr-Hill) patients, whole; null also where the practice has no weighted figure that year. */
  weightedPatients: practiceSeries,
  /** Locum + GP trainee (registrar) FTE, practice nurses FTE, direct patient care staff FTE (2 dp). */
  locumTraineeFte: practiceSeries,
  nurseFte: practiceSeries,
  dpcFte: practiceSeries,
  /** First and last year (financial-year end) with a row in the workforce collection. */
  firstYear: z.int(),
  lastYear: z.int(),
  /** Plain words on opening, closing, gaps and (inferred) mergers within the series; null if none. */
  history: z.nullable(z.string()),
});
export type Practice = z.infer<typeof practiceSchema>;

export const PRACTICE_SERIES_KEYS = [
  'fte',
  'headcount',
  'patients',
  'weightedPatients',
  'locumTraineeFte',
  'nurseFte',
  'dpcFte',
] as const satisfies readonly (keyof Practice)[];

export const practiceFiguresFileSchema = z
  .object({
    schemaVersion: z.literal(2),
    subIcb: z.string(),
    years: z.array(z.int()),
    /** Years whose need-weighted patients are estimated (2024 = 2023/24). */
    estimated: z.object({ weightedPatients: z.array(z.int()) }),
    /** PCN code -> name (null if no file names it), for the PCNs of this file's practices. */
    pcns: z.record(z.string(), z.nullable(z.string())),
    practices: z.array(practiceSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      file.practices.forEach((practice, i) => {
        for (const key of PRACTICE_SERIES_KEYS)
          if (practice[key].length !== file.years.length)
            ctx.addIssue({
              code: 'custom',
              path: ['practices', i, key],
              message: `expected ${file.years.length} years, found ${practice[key].length}`,
              input: practice[key],
            });
      });
    }),
  );
export type PracticeFiguresFile = z.infer<typeof practiceFiguresFileSchema>;

/** Sub-ICB codes are short NHS codes (e.g. 00L, W2U3Z); nothing else may become a file path. */
const SUB_ICB_CODE = /^[A-Z0-9]{3,5}$/;

export const practiceFiguresFile = (subIcb: string) => `practices/${subIcb}.json`;

export const practiceFiguresQuery = (subIcb: string) =>
  queryOptions({
    queryKey: ['data', practiceFiguresFile(subIcb)],
    queryFn: ({ signal }) => {
      if (!SUB_ICB_CODE.test(subIcb)) throw new Error(`${JSON.stringify(subIcb)} is not a sub-ICB code`);
      return fetchDataFile(practiceFiguresFile(subIcb), practiceFiguresFileSchema, signal);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
