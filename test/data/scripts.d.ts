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
  export interface PracticeFiguresOut {
    schemaVersion: 1;
    subIcb: string;
    years: number[];
    practices: {
      code: string;
      name: string | null;
      fte: (number | null)[];
      headcount: (number | null)[];
      patients: (number | null)[];
    }[];
  }
  export function buildPracticeFigures(input: {
    practiceYears: { practice: string; year: number; fte: number | null; headcount: number | null; patients: number | null }[];
    byPractice: Map<string, { subIcb: string }>;
    subIcbCodes: Iterable<string>;
    years: number[];
    names: Map<string, string>;
  }): Map<string, PracticeFiguresOut>;
  export function practiceNames(input: {
    payments: Record<string, string>[];
    practiceMap2026: Record<string, string>[];
  }): Map<string, string>;
}
