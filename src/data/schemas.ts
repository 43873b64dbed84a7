// zod schemas for every file the app loads from data/ (written by `npm run data`, see data/SOURCES.md).
// zod/mini: the same validation with a tree-shakable API, which keeps the app's JavaScript small.
import * as z from 'zod/mini';

const nullableNumber = z.nullable(z.number());
const yearSeries = z.array(z.number());
const nullableSeries = z.array(nullableNumber);

export const AREA_LEVELS = ['england', 'region', 'icb', 'subicb'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const areaSchema = z.object({
  code: z.string().check(z.minLength(1)),
  onsCode: z.string(),
  name: z.string().check(z.minLength(1)),
  formerName: z.nullable(z.string()),
  level: z.enum(AREA_LEVELS),
  parent: z.nullable(z.string()),
  fte: yearSeries,
  headcount: yearSeries,
  patients: yearSeries,
  weightedPatients: nullableSeries,
  practices: yearSeries,
  /** Locum and GP trainee (registrar) FTE; all GPs = fte + locumTraineeFte. */
  locumTraineeFte: yearSeries,
  /**
   * Practice nurses FTE and direct patient care staff FTE (pharmacists, physiotherapists, paramedics, HCAs, ...),
   * practice-reported. Optional: areas files written before issue 9 lack them. null: a year an upload added.
   */
  nurseFte: z.optional(nullableSeries),
  dpcFte: z.optional(nullableSeries),
});
export type Area = z.infer<typeof areaSchema>;

/** Every per-year series on an area (the last two are optional). */
export const AREA_SERIES_KEYS = [
  'fte',
  'headcount',
  'patients',
  'weightedPatients',
  'practices',
  'locumTraineeFte',
  'nurseFte',
  'dpcFte',
] as const;

export const areasFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    years: z.array(z.int()).check(z.minLength(2)),
    measures: z.record(z.string(), z.string()),
    /** Years (financial-year end) whose values are estimated, by measure (2024: weightedPatients 2023/24). */
    estimated: z.optional(z.object({ weightedPatients: z.optional(z.array(z.int())) })),
    areas: z.array(areaSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((file, ctx) => {
      file.areas.forEach((area, i) => {
        for (const key of AREA_SERIES_KEYS) {
          const values = area[key];
          if (values !== undefined && values.length !== file.years.length)
            ctx.addIssue({
              code: 'custom',
              path: ['areas', i, key],
              message: `expected ${file.years.length} years, found ${values.length}`,
              input: values,
            });
        }
      });
    }),
  );
export type AreasFile = z.infer<typeof areasFileSchema>;

const roleNumbers = z.object({
  allGps: nullableNumber,
  partners: nullableNumber,
  salaried: nullableNumber,
  trainees: nullableNumber,
  retainers: nullableNumber,
  regularLocums: nullableNumber,
});
export const snapshotFileSchema = z.object({
  schemaVersion: z.literal(1),
  date: z.string(),
  roles: z.record(z.string(), z.string()),
  areas: z.array(
    z.object({
      code: z.string(),
      level: z.enum([...AREA_LEVELS, 'unknown']),
      name: z.string(),
      fte: roleNumbers,
      headcount: roleNumbers,
      adhocLocumsFte: nullableNumber,
    }),
  ),
});
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;

export const nationalFileSchema = z.object({
  schemaVersion: z.literal(1),
  rows: z.array(
    z.object({
      date: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
      allGpsFte: nullableNumber,
      qualifiedPermanentFte: nullableNumber,
      partnersFte: nullableNumber,
      salariedFte: nullableNumber,
      traineesFte: nullableNumber,
      retainersFte: nullableNumber,
      regularLocumsFte: nullableNumber,
      allGpsHeadcount: nullableNumber,
      qualifiedPermanentHeadcount: nullableNumber,
      practices: nullableNumber,
      patients: nullableNumber,
      qualifiedPermanentByQualification: z.nullable(z.record(z.string(), nullableNumber)),
    }),
  ),
});
export type NationalFile = z.infer<typeof nationalFileSchema>;

const bandTrends = z.nullable(
  z.object({
    from: z.int(),
    to: z.int(),
    bands: z.array(z.object({ band: z.string(), perYear: z.number() })),
    all: z.number(),
  }),
);
export const ageProfileFileSchema = z.object({
  schemaVersion: z.literal(1),
  bands: z.array(z.string()),
  snapshots: z.array(
    z.object({
      date: z.string(),
      bands: z.array(z.object({ band: z.string(), fte: z.number(), headcount: z.number() })),
    }),
  ),
  /** Financial-year means of the snapshots by band (scripts/data/participation.mjs). */
  financialYears: z.array(
    z.object({
      year: z.int(),
      snapshots: z.int(),
      complete: z.boolean(),
      bands: z.array(
        z.object({
          band: z.string(),
          fte: z.number().check(z.gte(0)),
          headcount: z.number().check(z.gte(0)),
          ftePerHead: z.number(),
        }),
      ),
    }),
  ),
  ftePerHeadTrends: z.object({ lastThreeYears: bandTrends, allYears: bandTrends }),
});
export type AgeProfileFile = z.infer<typeof ageProfileFileSchema>;

const intake = z.object({
  recruitmentYear: z.int(),
  places: z.number().check(z.gte(0)),
  status: z.enum(['recorded', 'derived', 'commonly cited']),
  source: z.string(),
});
const sourced = z.object({ text: z.string(), source: z.string() });
export const trainingFileSchema = z.object({
  schemaVersion: z.literal(1),
  definition: z.string(),
  intakes: z.array(intake).check(z.minLength(1)),
  notFound: z.array(z.int()),
  longTermWorkforcePlan: z.object({
    points: z.array(z.object({ recruitmentYear: z.int(), places: z.number().check(z.gte(0)), source: z.string() })),
    firstExtra: z.object({ text: z.string(), source: z.string(), places: z.number().check(z.gte(0)), recruitmentYear: z.int() }),
    gapWithoutAction: sourced,
  }),
});
export type TrainingFile = z.infer<typeof trainingFileSchema>;

const position = z.array(z.number()).check(z.minLength(2));
const geometry = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  id: z.string(),
  arcs: z.array(z.unknown()),
});
export const boundariesFileSchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: position, translate: position }),
  objects: z.object({
    subicb: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry) }),
    icb: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry) }),
    region: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry) }),
  }),
  arcs: z.array(z.array(position)),
});
export type BoundariesFile = z.infer<typeof boundariesFileSchema>;
