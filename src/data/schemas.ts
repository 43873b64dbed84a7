// zod schemas for every file the app loads from data/ (written by `npm run data`, see data/SOURCES.md).
// zod/mini: the same validation with a tree-shakable API, which keeps the app's JavaScript small.
import * as z from 'zod/mini';

const nullableNumber = z.nullable(z.number());
const yearSeries = z.array(z.number());
const nullableSeries = z.array(nullableNumber);

/**
 * 'icb' is an ICB of 2022–2026 (the 42, areas.json and the bulletins to October 2025); 'icb2026' one of the 36 ICBs of
 * April 2026 that is not also one of the 42 as it was (icb-2026.json, merged in by src/data/icb-2026.ts).
 */
export const AREA_LEVELS = ['england', 'region', 'icb', 'subicb', 'icb2026'] as const;
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
  /**
   * An ICB of April 2026 that is not a sum of whole sub-ICBs of 2022 (icb-2026.ts): the sub-ICBs it is made of,
   * each with the part of its FTE, headcount and patients (of the last recorded year) that lies in it.
   */
  parts: z.optional(z.array(z.object({ code: z.string(), fte: z.number(), headcount: z.number(), patients: z.number() }))),
  /** The code people know when `code` is made unique (an ICB of 2026 that kept a 2022 code on a new area: QRL). */
  publicCode: z.optional(z.string()),
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
/** The 36 ICBs of April 2026 as merged into the areas (src/data/icb-2026.ts); absent when icb-2026.json failed. */
export interface Icb2026Meta {
  /** The 36, as area codes of the merged file, in the file's order. */
  readonly codes: readonly string[];
  /**
   * Each 2022 ICB code -> the merged area code of the 2026 ICB with most of its patients (`share` of them), whether
   * that is another area (`changed`) and whether the 2022 ICB was split among several.
   */
  readonly fromIcb2022: Readonly<
    Record<string, { readonly code: string; readonly changed: boolean; readonly share: number; readonly split: boolean }>
  >;
}
export type AreasFile = z.infer<typeof areasFileSchema> & {
  readonly icb2026?: Icb2026Meta;
  /** Why the 36 ICBs are missing (icb-2026.json could not be used), for the level control to say. */
  readonly icb2026Error?: string;
};

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

export const position = z.array(z.number()).check(z.minLength(2));
export const geometry = z.object({
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
    /** The 36 ICBs of April 2026 (icb-2026.json), on the same arcs; absent from files built before issue 21. */
    icb2026: z.optional(z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry) })),
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

const PCN_SERIES_KEYS = ['totalFte', 'totalHeadcount', 'pcnsActive', 'pcnsReporting', 'contractedFte'] as const;
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
        for (const key of PCN_SERIES_KEYS) {
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
// ---- Files beside areas.json (issue 21): the ICBs of April 2026, the geography as it was, the latest bulletin.

/** The per-year measures of areas.json, all required (null: not counted that year, or no weighted figures). */
export const seriesFields = {
  fte: nullableSeries,
  headcount: nullableSeries,
  patients: nullableSeries,
  weightedPatients: nullableSeries,
  practices: nullableSeries,
  locumTraineeFte: nullableSeries,
  nurseFte: nullableSeries,
  dpcFte: nullableSeries,
};
type SeriesKey = keyof typeof seriesFields;
const SERIES_KEYS = Object.keys(seriesFields) as SeriesKey[];

/** A superRefine check that every area's series has one value per year of the file. */
export function seriesPerYear<T extends { years: number[] }>(list: (file: T) => Record<SeriesKey, unknown[]>[], path: string) {
  return z.superRefine<T>((file, ctx) => {
    list(file).forEach((area, i) => {
      for (const key of SERIES_KEYS)
        if (area[key].length !== file.years.length)
          ctx.addIssue({
            code: 'custom',
            path: [path, i, key],
            message: `expected ${file.years.length} years, found ${area[key].length}`,
            input: area[key],
          });
    });
  });
}

const share = z.number().check(z.gte(0), z.lte(1));
const codeShare = z.object({ code: z.string(), share });

/** data/icb-2026.json: the 36 ICBs of April 2026 ("ICB"), with every recorded year (scripts/data/geography-2026.mjs). */
export const icb2026FileSchema = z
  .object({
    schemaVersion: z.literal(1),
    geography: z.string(),
    source: z.string(),
    years: z.array(z.int()).check(z.minLength(2)),
    icbs: z
      .array(
        z.object({
          code: z.string().check(z.minLength(1)),
          onsCode: z.string(),
          name: z.string().check(z.minLength(1)),
          /** The region (an areas.json region code). */
          parent: z.string(),
          /** Its sub-ICB locations of 2026 (U2G6B is new; the rest are 2022 codes). */
          subIcbs: z.array(z.string()),
          /** The 2022 ICBs its practices come from, by share of the last year's registered patients. */
          formerIcbs: z.array(codeShare),
          /** True when a 2022 ICB had this code and exactly this area. */
          sameAs2022: z.boolean(),
          ...seriesFields,
        }),
      )
      .check(z.minLength(1)),
    /** Each 2022 ICB code -> the 2026 ICB(s) its practices are in now, largest share first (old links). */
    fromIcb2022: z.record(z.string(), z.array(codeShare).check(z.minLength(1))),
    /** How each split sub-ICB was divided (Frimley, D4U1Y) and how it is drawn. */
    splits: z.array(
      z.object({
        subIcb: z.string(),
        name: z.string(),
        to: z.array(z.object({ subIcb: z.string(), icb: z.string(), share })),
        localAuthorities: z.array(
          z.object({
            code: z.string(),
            name: z.string(),
            lsoas: z.int(),
            to: z.string(),
            by: z.string(),
            practices: z.int(),
          }),
        ),
        drawnAs: z.array(
          z.object({
            vintage: z.string(),
            code: z.string(),
            name: z.string(),
            drawnIn: z.string(),
            lsoas: z.int(),
            misdrawn: z.int(),
          }),
        ),
      }),
    ),
  })
  .check(seriesPerYear((file) => file.icbs, 'icbs'));
export type Icb2026File = z.infer<typeof icb2026FileSchema>;
export type Icb2026 = Icb2026File['icbs'][number];

export const AS_WAS_LEVELS = ['ccg', 'localOffice'] as const;
export type AsWasLevel = (typeof AS_WAS_LEVELS)[number];
// The as-was files' schemas are in as-was-schemas.ts: only the as-was chunk reads them (not the first screen).

/** data/bulletin-latest.json: the October 2025 bulletin's qualified permanent GPs by area (scripts/data/bulletin-latest.mjs). */
export const bulletinLatestFileSchema = z.object({
  schemaVersion: z.literal(1),
  date: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  label: z.string(),
  source: z.string(),
  basis: z.string(),
  basisDifference: z.object({
    practiceLevelYear: z.int(),
    practiceLevelFte: z.number(),
    bulletinFrom: z.string(),
    bulletinTo: z.string(),
    bulletinMonths: z.int(),
    bulletinMeanFte: z.number(),
    /** Bulletin ÷ practice-level over the same months (about 1.01). */
    ratio: z.number().check(z.gt(0)),
    text: z.string(),
  }),
  areas: z.array(
    z.object({
      code: z.string(),
      level: z.enum(AREA_LEVELS),
      /** Qualified permanent GPs FTE = partners + salaried + retainers. */
      fte: z.number(),
      partnersFte: z.number(),
      salariedFte: z.number(),
      retainersFte: z.number(),
    }),
  ),
});
export type BulletinLatestFile = z.infer<typeof bulletinLatestFileSchema>;
