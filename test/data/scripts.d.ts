// Types for the data pipeline's plain-JS modules, so the tests can import them from TypeScript.
declare module '*/scripts/data/csv.mjs' {
  export function parseCsv(text: string): Record<string, string>[];
  export function readCsv(path: string): Record<string, string>[];
  export function toNumber(cell: string | undefined): number | null;
}

declare module '*/scripts/data/placement.mjs' {
  export interface Placement {
    subIcb: string;
    rule: 'latest-code' | 'lsoa-majority' | 'map-2026';
  }
  export function placePractices(input: {
    payments: Record<string, string>[];
    practiceMap2026: Record<string, string>[];
    subIcbCodes: Set<string>;
    lsoaLookup: (file: string) => Record<string, string>[];
  }): {
    byPractice: Map<string, Placement>;
    viaMajority: { practice: string; oldCode: string; year: number; subIcb: string; share: number }[];
    viaMap2026: string[];
    unresolvedCodes: string[];
  };
}

declare module '*/scripts/data/practice-figures.mjs' {
  type Series = (number | null)[];
  export interface PracticeOut {
    code: string;
    name: string | null;
    postcode: string | null;
    lat: number | null;
    lng: number | null;
    pcn: string | null;
    fte: Series;
    headcount: Series;
    patients: Series;
    weightedPatients: Series;
    locumTraineeFte: Series;
    nurseFte: Series;
    dpcFte: Series;
    firstYear: number;
    lastYear: number;
    history: string | null;
  }
  export interface PracticeFiguresOut {
    schemaVersion: 2;
    subIcb: string;
    years: number[];
    estimated: { weightedPatients: number[] };
    pcns: Record<string, string | null>;
    practices: PracticeOut[];
  }
  export interface PracticeYear {
    practice: string;
    year: number;
    fte: number | null;
    headcount: number | null;
    patients: number | null;
    weightedPatients?: number | null;
    locumTraineeFte?: number | null;
    nurseFte?: number | null;
    dpcFte?: number | null;
  }
  export function buildPracticeFigures(input: {
    practiceYears: PracticeYear[];
    byPractice: Map<string, { subIcb: string }>;
    subIcbCodes: Iterable<string>;
    years: number[];
    names: Map<string, string>;
    locations?: Map<string, { postcode: string | null; lat: number | null; lng: number | null }>;
    pcns?: Map<string, { code: string | null; name: string | null }>;
    estimated?: { weightedPatients: number[] };
  }): Map<string, PracticeFiguresOut>;
  export function practiceNames(input: {
    payments: Record<string, string>[];
    practiceMap2026: Record<string, string>[];
  }): Map<string, string>;
  export function practicePcns(input: {
    payments: Record<string, string>[];
    practiceMap2026: Record<string, string>[];
  }): Map<string, { code: string | null; name: string | null; source: 'map-2026' | 'payments' | 'unallocated' }>;
  export function practiceLocations(input: {
    locations: Record<string, string>[];
    practiceMap2026: Record<string, string>[];
  }): Map<string, { postcode: string | null; lat: number | null; lng: number | null; source: string }>;
}

declare module '*/scripts/data/practice-history.mjs' {
  export const MERGER_SHARE: number;
  export function practiceHistories(input: {
    practices: { code: string; name: string | null; subIcb: string; patients: (number | null)[] }[];
    years: number[];
  }): Map<string, { firstYear: number; lastYear: number; history: string | null; mergedInto: string | null }>;
}

declare module '*/scripts/data/weighted.mjs' {
  export const ESTIMATED_YEAR: number;
  export const RATIO_YEARS: number[];
  export function weightedByPracticeYear(payments: Record<string, string>[]): {
    weighted: Map<string, number>;
    years: Set<number>;
  };
  export function estimatedRatios(
    payments: Record<string, string>[],
    ratioYears?: number[],
  ): Map<string, { ratios: (number | null)[]; ratio: number }>;
}

declare module '*/scripts/data/pcn.mjs' {
  export const ROLE_KEYS: string[];
  export const ROLES: { key: string; label: string; group: string; labels: string[]; staffGroups?: string[] }[];
  export const COVERAGE_THRESHOLD: number;
  export const RECLASSIFIED_SHARE: number;
  export const NETWORK_DATES: string[];
  export const PCN_FILES: { date: string; file: string; encoding: string; geography: number; entry?: RegExp }[];
  export function roleOf(staffGroup: string, staffRole: string): string;
  export function financialYear(date: string): number;
  export function readPcnText(rawDir: string, source: { file: string; entry?: RegExp; encoding: string }): string;
  export function placeJune2026(input: {
    pcn: string;
    subIcb2026: string;
    nov2025SubIcb: Map<string, string>;
    subIcbCodes: Set<string>;
  }): { subIcb: string; rule: 'nov-2025' | 'same-code' | 'u2g6b' } | null;
  export function activePcns(input: {
    date: string;
    payments: Record<string, string>[];
    practiceMap2026: Record<string, string>[];
    byPractice: Map<string, { subIcb: string }>;
  }): { source: string; pcns: Map<string, string | null> };
  export interface NationalSeries {
    dates: string[];
    fte: Record<string, (number | null)[]>;
    totalFte: number[];
    coverage: { active: (number | null)[]; reporting: (number | null)[]; share: (number | null)[] };
    firstDate: Map<string, { date: string; fte: number }>;
  }
  export function readNational(rows: Record<string, string>[]): NationalSeries;
  export interface Trend {
    from: string;
    to: string;
    fromFte: number;
    toFte: number;
    ftePerYear: number;
    percentPerYear: number | null;
  }
  export function trendDefaults(
    national: NationalSeries,
    options: { from: string; to: string; roleLabels: (label: string) => string },
  ): {
    from: string;
    to: string;
    roles: Record<string, (Trend & { introduced: string[] }) | null>;
    groups: Record<string, Trend | null>;
  };
}

declare module '*/scripts/first-screen.mjs' {
  /** The data files the first screen fetches (preloaded from index.html, weighed by the bench). */
  export const FIRST_SCREEN_DATA: string[];
}

declare module '*/scripts/data/vintages.mjs' {
  export interface VintageArea {
    code: string;
    onsCode: string;
    name: string;
    lsoas: string[];
    geometry: unknown;
  }
  export interface Vintage {
    year: number;
    key: string;
    label: string;
    features: unknown[];
    areas: Map<string, VintageArea>;
    lsoaToCode: Map<string, string>;
  }
  export function majorityIn(
    vintages: Map<number | string, { lsoaToCode: Map<string, string>; areas?: Map<string, VintageArea> }>,
    code: string,
    fromYear: number | string,
    toYear: number | string,
  ): { code: string; share: number } | null;
}

declare module '*/scripts/data/geography-2026.mjs' {
  import type { Vintage } from '*/scripts/data/vintages.mjs';
  export function buildGeography2026(input: {
    practiceMap2026: Record<string, string>[];
    payments: Record<string, string>[];
    locations: Record<string, string>[];
    lookup: (file: string) => Record<string, string>[];
    areas: Map<string, { code: string; name: string; onsCode: string; level: string; parent: string | null }>;
    byPractice: Map<string, { subIcb: string }>;
    practiceYears: Record<string, unknown>[];
    years: number[];
    weightedYears: Set<number>;
    vintages: Map<number, Vintage>;
  }): {
    out: {
      icbs: {
        code: string;
        name: string;
        parent: string;
        subIcbs: string[];
        formerIcbs: { code: string; share: number }[];
        sameAs2022: boolean;
        fte: (number | null)[];
        practices: (number | null)[];
      }[];
      fromIcb2022: Record<string, { code: string; share: number }[]>;
      splits: {
        subIcb: string;
        to: { subIcb: string; icb: string; share: number }[];
        localAuthorities: { code: string; to: string; by: string; practices: number; lsoas: number }[];
        drawnAs: { code: string; drawnIn: string; lsoas: number; misdrawn: number }[];
      }[];
    };
    pieces: { id: string; subIcb: string; to: string }[];
    icbParts: { code: string; parts: string[] }[];
    stats: { practicesByRule: Record<string, number>; moved: unknown[]; split: string[]; created: string[] };
  };
}

declare module '*/scripts/data/participation.mjs' {
  interface BandYear {
    band: string;
    fte: number;
    headcount: number;
    ftePerHead: number;
  }
  interface Trend {
    from: number;
    to: number;
    bands: { band: string; perYear: number }[];
    all: number;
  }
  export const AGE_BANDS: string[];
  export function financialYearOf(date: string): number;
  export function participationByYear(snapshots: { date: string; bands: { band: string; fte: number; headcount: number }[] }[]): {
    financialYears: { year: number; snapshots: number; complete: boolean; bands: BandYear[] }[];
    ftePerHeadTrends: { lastThreeYears: Trend | null; allYears: Trend | null };
  };
}
declare module '*/scripts/data/sums.mjs' {
  export const MEASURES: string[];
  export const DP: Record<string, number>;
}

declare module '*/scripts/bench/budgets.mjs' {
  export interface SizeBudget {
    op: '<' | '<=';
    limit: number;
  }
  export const SIZE_BUDGETS: {
    firstScreenJs: SizeBudget;
    firstScreenData: SizeBudget;
    boundaries: SizeBudget;
    indexHtml: SizeBudget;
  };
}

declare module '*/scripts/bench/sizes.mjs' {
  /** The data files the first screen fetches. */
  export const FIRST_SCREEN_DATA: string[];
  interface SizeGroup {
    files: { file: string; raw: number; gzip: number }[];
    raw: number;
    gzip: number;
  }
  export function measureSizes(distDir: string): {
    js: SizeGroup;
    css: SizeGroup;
    firstScreenJs: SizeGroup;
    chartJs: SizeGroup;
    serviceWorker: SizeGroup;
    firstScreenData: SizeGroup;
    boundaries: SizeGroup;
    indexHtml: SizeGroup;
  };
}
