// The schemas of data/as-was.json and data/as-was-boundaries.topo.json ("CCG (as was)" and "NHS England local office
// (as was)"), apart from schemas.ts so that only the as-was chunk, loaded when such a level is chosen, carries them.
import * as z from 'zod/mini';
import { AS_WAS_LEVELS, geometry, position, seriesFields, seriesPerYear } from './schemas';

export { AS_WAS_LEVELS, type AsWasLevel } from './schemas';

const asWasLevel = z.object({
  label: z.string(),
  /** The years the level exists, each with its boundary object, its legend label and its count of areas. */
  years: z.array(z.object({ year: z.int(), object: z.string(), label: z.string(), count: z.int() })),
});
/** data/as-was.json: each year's CCGs and NHS England local offices with that year's figures (scripts/data/as-was.mjs). */
export const asWasFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    years: z.array(z.int()).check(z.minLength(2)),
    /** The topology file with every vintage's boundaries (as-was-boundaries.topo.json). */
    boundaries: z.string(),
    levels: z.object({ ccg: asWasLevel, localOffice: asWasLevel }),
    areas: z.array(
      z.object({
        /** Unique: the code, or `code@first year` for a code whose boundary changed. */
        id: z.string().check(z.minLength(1)),
        code: z.string(),
        onsCode: z.nullable(z.string()),
        name: z.string(),
        /** Its name as a sub-ICB location, for a CCG of April 2021 that carried on from July 2022. */
        subIcbName: z.nullable(z.string()),
        level: z.enum(AS_WAS_LEVELS),
        firstYear: z.int(),
        lastYear: z.int(),
        /** Its local office (area id) or region code, by year; null in years it did not exist. */
        parent: z.array(z.nullable(z.string())),
        ...seriesFields,
      }),
    ),
    /** Practice-years no CCG of their year could be found for, by year. */
    unplaced: z.object({ practiceYears: z.array(z.int()), fte: z.array(z.number()), patients: z.array(z.number()) }),
  })
  .check(seriesPerYear((file) => file.areas, 'areas'));
export type AsWasFile = z.infer<typeof asWasFileSchema>;
export type AsWasArea = AsWasFile['areas'][number];

/** data/as-was-boundaries.topo.json: one object per vintage (ccg15 …) and per local-office year (lo2016 …). */
export const asWasBoundariesFileSchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: position, translate: position }),
  objects: z.record(z.string(), z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry) })),
  arcs: z.array(z.array(position)),
});
export type AsWasBoundariesFile = z.infer<typeof asWasBoundariesFileSchema>;
