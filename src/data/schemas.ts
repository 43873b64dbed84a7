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

export const ageProfileFileSchema = z.object({
  schemaVersion: z.literal(1),
  bands: z.array(z.string()),
  snapshots: z.array(
    z.object({
      date: z.string(),
      bands: z.array(z.object({ band: z.string(), fte: z.number(), headcount: z.number() })),
    }),
  ),
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
    firstExtra: sourced,
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

// ---- PCN (ARRS) workforce and practice staff by role (data/pcn.json, pcn-networks.json, practice-staff-oct2025.json;
// written by scripts/data/pcn.mjs and practice-staff.mjs, see data/SOURCES.md). Loaded only when a team metric or
// lever is first used (src/data/pcn.ts), never on the first screen.

/** PCN staff roles, in the files' order (scripts/data/pcn.mjs ROLES; a test checks the files use exactly these). */
export const PCN_ROLE_KEYS = [
  'pharmacists',
  'pharmacyTechnicians',
  'physicianAssociates',
  'physiotherapists',
  'paramedics',
  'socialPrescribers',
  'careCoordinators',
  'healthWellbeingCoaches',
  'nursingAssociates',
  'mentalHealth',
  'gpAssistants',
  'digitalLeads',
  'nurses',
  'gps',
  'otherClinical',
  'adminManagement',
] as const;
export type PcnRole = (typeof PCN_ROLE_KEYS)[number];
/** Role groups a planner would use (ARRS's clinical / personalised care / support split, clinical divided). */
export const PCN_ROLE_GROUP_KEYS = [
  'pharmacy',
  'allied',
  'nursing',
  'mentalHealth',
  'personalisedCare',
  'gps',
  'support',
  'otherClinical',
] as const;
export type PcnRoleGroup = (typeof PCN_ROLE_GROUP_KEYS)[number];
/** The bulletin's staff groups (PCN directors apart, as the PCN bulletin has them). */
export const PCN_STAFF_GROUP_KEYS = ['gps', 'nurses', 'dpc', 'admin', 'directors'] as const;
/** Practice staff groups of the GP workforce bulletin (table 6a/6b). */
export const PRACTICE_STAFF_GROUP_KEYS = ['gps', 'nurses', 'dpc', 'admin'] as const;

const monthDate = z.string().check(z.regex(/^\d{4}-\d{2}$/));
const byRole = <T extends z.core.SomeType>(value: T) => z.record(z.enum(PCN_ROLE_KEYS), value);

const pcnAreaSchema = z.object({
  code: z.string().check(z.minLength(1)),
  level: z.enum(['england', 'subicb']),
  /** FTE (2 dp) and headcount (distinct staff, not additive across areas or roles) per role and date; null: not collected then. */
  fte: byRole(nullableSeries),
  headcount: byRole(nullableSeries),
  staffGroupFte: z.record(z.enum(PCN_STAFF_GROUP_KEYS), yearSeries),
  totalFte: yearSeries,
  totalHeadcount: yearSeries,
  /** PCNs active and reporting (England: as published in Table 1a; sub-ICBs: derived, see SOURCES.md). */
  pcnsActive: yearSeries,
  pcnsReporting: yearSeries,
  /** England only: FTE of contracted services (no headcount). */
  contractedFte: z.optional(yearSeries),
});
export type PcnArea = z.infer<typeof pcnAreaSchema>;

const trendSchema = z.object({
  from: monthDate,
  to: monthDate,
  fromFte: z.number(),
  toFte: z.number(),
  ftePerYear: z.number(),
  percentPerYear: nullableNumber,
});
const trendSetSchema = z.object({
  from: monthDate,
  to: monthDate,
  roles: byRole(z.nullable(z.extend(trendSchema, { introduced: z.array(z.string()) }))),
  groups: z.record(z.enum(PCN_ROLE_GROUP_KEYS), z.nullable(trendSchema)),
});
export type PcnTrendSet = z.infer<typeof trendSetSchema>;

const SERIES_KEYS = ['totalFte', 'totalHeadcount', 'pcnsActive', 'pcnsReporting', 'contractedFte'] as const;
export const pcnFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    basis: z.string(),
    dates: z.array(monthDate).check(z.minLength(1)),
    files: z.array(z.object({ date: monthDate, file: z.string(), geography: z.int() })),
    roles: z.array(
      z.object({
        key: z.enum(PCN_ROLE_KEYS),
        label: z.string(),
        group: z.enum(PCN_ROLE_GROUP_KEYS),
        staffRoles: z.array(z.string()),
      }),
    ),
    groups: z.array(z.object({ key: z.enum(PCN_ROLE_GROUP_KEYS), label: z.string() })),
    staffGroups: z.array(z.object({ key: z.enum(PCN_STAFF_GROUP_KEYS), label: z.string() })),
    areas: z.array(pcnAreaSchema).check(z.minLength(1)),
    /** England's FTE by role at every date of the PCN bulletin's Table 1a, with its coverage rows. */
    national: z.object({
      dates: z.array(monthDate),
      fte: byRole(nullableSeries),
      totalFte: yearSeries,
      pcnsActive: yearSeries,
      pcnsReporting: yearSeries,
    }),
    /** Team lever defaults: England's recorded growth per year by role and group, with the dates used. */
    defaults: z.object({
      coverageThreshold: z.number(),
      sinceCoverage: trendSetSchema,
      rate2024To2025: trendSetSchema,
      caveats: z.object({ all: z.string(), gps: z.string() }),
      gpTimeReleased: z.object({
        estimates: z.array(z.object({ role: z.enum(PCN_ROLE_KEYS), factor: z.number(), source: z.string() })),
        note: z.string(),
      }),
    }),
  })
  .check(
    z.superRefine((file, ctx) => {
      const expect = (path: PropertyKey[], values: readonly unknown[], length: number) => {
        if (values.length !== length)
          ctx.addIssue({ code: 'custom', path, message: `expected ${length} dates, found ${values.length}`, input: values });
      };
      const n = file.dates.length;
      file.areas.forEach((area, i) => {
        for (const key of PCN_ROLE_KEYS) {
          expect(['areas', i, 'fte', key], area.fte[key], n);
          expect(['areas', i, 'headcount', key], area.headcount[key], n);
        }
        for (const key of PCN_STAFF_GROUP_KEYS) expect(['areas', i, 'staffGroupFte', key], area.staffGroupFte[key], n);
        for (const key of SERIES_KEYS) {
          const values = area[key];
          if (values) expect(['areas', i, key], values, n);
        }
      });
      const m = file.national.dates.length;
      for (const key of PCN_ROLE_KEYS) expect(['national', 'fte', key], file.national.fte[key], m);
      for (const key of ['totalFte', 'pcnsActive', 'pcnsReporting'] as const) expect(['national', key], file.national[key], m);
    }),
  );
export type PcnFile = z.infer<typeof pcnFileSchema>;

/** Per date: FTE (2 dp) or headcount per role in PCN_ROLE_KEYS order, or null: the PCN is not in that date's file. */
const perDateRoles = z.array(z.nullable(z.array(z.number())));
export const pcnNetworksFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    dates: z.array(monthDate).check(z.minLength(1)),
    roles: z.array(z.enum(PCN_ROLE_KEYS)),
    pcns: z.array(
      z.object({
        code: z.string().check(z.regex(/^U\d{5}$/)),
        name: z.string(),
        /** The 2022 sub-ICB pcn.json counts the PCN in; its 2026 sub-ICB and ICB as the June 2026 file records them. */
        subIcb: z.nullable(z.string()),
        subIcb2026: z.nullable(z.string()),
        icb2026: z.nullable(z.string()),
        fte: perDateRoles,
        headcount: perDateRoles,
        totalFte: z.array(nullableNumber),
        totalHeadcount: z.array(nullableNumber),
      }),
    ),
  })
  .check(
    z.superRefine((file, ctx) => {
      file.pcns.forEach((pcn, i) => {
        for (const key of ['fte', 'headcount', 'totalFte', 'totalHeadcount'] as const) {
          const values = pcn[key];
          if (values.length !== file.dates.length)
            ctx.addIssue({
              code: 'custom',
              path: ['pcns', i, key],
              message: `expected ${file.dates.length} dates`,
              input: values,
            });
        }
        for (const key of ['fte', 'headcount'] as const)
          pcn[key].forEach((roles, d) => {
            if (roles && roles.length !== file.roles.length)
              ctx.addIssue({
                code: 'custom',
                path: ['pcns', i, key, d],
                message: `expected ${file.roles.length} roles`,
                input: roles,
              });
          });
      });
    }),
  );
export type PcnNetworksFile = z.infer<typeof pcnNetworksFileSchema>;

export const practiceStaffFileSchema = z.object({
  schemaVersion: z.literal(1),
  date: monthDate,
  basis: z.string(),
  roles: z.array(z.enum(PCN_ROLE_KEYS)),
  areas: z.array(
    z.object({
      code: z.string(),
      level: z.enum(['england', 'subicb', 'unknown']),
      fte: z.object({
        /** FTE on the PCN role keys; null: no such practice category in the bulletin. */
        roles: byRole(nullableNumber),
        staffGroups: z.record(z.enum(PRACTICE_STAFF_GROUP_KEYS), z.number()),
      }),
      headcount: z.record(z.enum(PRACTICE_STAFF_GROUP_KEYS), z.number()),
    }),
  ),
});
export type PracticeStaffFile = z.infer<typeof practiceStaffFileSchema>;
