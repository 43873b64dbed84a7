// Places people know (data/places.json, written by scripts/data/places.mjs; see data/SOURCES.md): practices,
// PCNs, local authority districts and former CCGs, each with the sub-ICB it leads to. Only "Find an area"
// needs it, and only once someone types there, so it loads on demand and is not on the first screen.
// Years are financial years by their end year (2020 = 2019/20); shares are whole percents, absent when 100.
import * as z from 'zod/mini';
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';

export const PLACES_FILE = 'places.json';

const code = z.string().check(z.minLength(1));
const year = z.number().check(z.int(), z.gte(2000), z.lte(2100));
const share = z.optional(z.number().check(z.gte(0), z.lt(100)));

export const placesFileSchema = z.object({
  schemaVersion: z.literal(1),
  /** c practice code, n latest name, p postcode, s sub-ICB it is placed in, y last year if closed. */
  practices: z.array(z.object({ c: code, n: z.string(), p: z.optional(z.string()), s: code, y: z.optional(year) })),
  /** c PCN code, n latest name, s sub-ICB with most of its practices' patients (m: that share), y last year if gone. */
  pcns: z.array(z.object({ c: code, n: z.string(), s: code, m: share, y: z.optional(year) })),
  /** c ONS code, n name, s and i the sub-ICB and ICB with most of its LSOAs (m, k: those shares), y last year of an old name. */
  districts: z.array(z.object({ c: code, n: z.string(), s: code, m: share, i: code, k: share, y: z.optional(year) })),
  /** c CCG code, n name, f..y the years it existed, s sub-ICB that took most of it (m: share), o others with 10% or more. */
  ccgs: z.array(z.object({ c: code, n: z.string(), f: year, y: year, s: code, m: share, o: z.optional(z.array(code)) })),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;

export const placesQuery = () =>
  queryOptions({
    queryKey: ['data', PLACES_FILE],
    queryFn: ({ signal }) => fetchDataFile(PLACES_FILE, placesFileSchema, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
