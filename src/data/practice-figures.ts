// Per-practice baseline figures of one sub-ICB (data/practices/<code>.json, written by the pipeline from the
// same practice-years that areas.json sums; see data/SOURCES.md). Only an upload whose practice rows leave
// some of a sub-ICB's practices out needs them: to name those practices and to add the listed practices'
// change to the rest. One small file per sub-ICB, fetched on demand, never on the first screen.
import * as z from 'zod/mini';
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';

/** A year's value, or null: the practice has no row in the workforce collection that year (not in the baseline). */
const practiceSeries = z.array(z.nullable(z.number()));

export const practiceFiguresFileSchema = z.object({
  schemaVersion: z.literal(1),
  subIcb: z.string(),
  years: z.array(z.int()),
  practices: z.array(
    z.object({
      code: z.string(),
      /** Latest name (NHS Payments, else the July 2026 practice map), or null if neither has one. */
      name: z.nullable(z.string()),
      /** Qualified permanent GP FTE (2 dp), headcount (2 dp, a mean of the year's snapshots), registered patients. */
      fte: practiceSeries,
      headcount: practiceSeries,
      patients: practiceSeries,
    }),
  ),
});
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
