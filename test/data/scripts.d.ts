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
