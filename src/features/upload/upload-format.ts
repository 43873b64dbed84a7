// What an uploaded CSV of a planner's own figures looks like, and the messages and types shared by the
// validator, the worker and the panel. Years are financial-year ends, as everywhere in the app (2025 = 2024/25).
import type { AreaLevel } from '../../data/schemas';
import type { SubIcbOverride } from '../../data/apply-overrides';
import type { PcnOverride } from '../../data/apply-pcn-overrides';
import type { PcnFile, PcnRole } from '../../data/schemas';
import type { TextFormat } from './text-format';

/** Columns every file needs (names are matched case-insensitively; spaces count as underscores). */
export const VALUE_COLUMNS = ['gp_fte', 'gp_headcount', 'patients'] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number];
export const CODE_COLUMNS = ['area_code', 'practice_code'] as const;

/**
 * PCN staff rows: a sub-ICB's FTE of one PCN role at one of the PCN file's dates, replacing that figure. The code is
 * in sub_icb_code (or area_code); a row with a role is a PCN staff row, so one file may carry both kinds.
 */
export const PCN_COLUMNS = ['date', 'role', 'fte'] as const;
export const PCN_CODE_COLUMNS = ['sub_icb_code', 'area_code'] as const;
/** The most FTE of one role a sub-ICB may be given (the largest recorded is a few hundred). */
export const MAX_PCN_ROLE_FTE = 5000;

/** Years an upload may give: 2015/16 to 2029/30. */
export const FIRST_UPLOAD_YEAR = 2016;
export const LAST_UPLOAD_YEAR = 2030;

/** How many rejected rows are listed one by one; the rest are counted. */
export const MAX_LISTED_REJECTIONS = 200;

/** What the validator needs to know about the baseline, in a form that can be posted to a Web Worker. */
export interface UploadContext {
  /** Every area code in areas.json with its level. */
  areaLevels: readonly (readonly [string, AreaLevel])[];
  /** Practice code -> sub-ICB code (data/practices.json), or null if that lookup could not be loaded. */
  practiceSubIcb: readonly (readonly [string, string])[] | null;
  /** The baseline's years, oldest first, with no gaps. */
  baselineYears: readonly number[];
  /**
   * What PCN staff rows are checked against (data/pcn.json): absent when the file has no role column, null when the
   * PCN file could not be loaded (then PCN rows say so).
   */
  pcn?: PcnUploadContext | null;
}

export interface PcnUploadContext {
  /** The PCN file's dates ("2026-06"), oldest first. */
  dates: readonly string[];
  /** Sub-ICB codes the PCN file has. */
  subIcbs: readonly string[];
  /** Each role: its key, its label, and whether it was collected at each date (England's figure is not null). */
  roles: readonly { key: PcnRole; label: string; collected: readonly boolean[] }[];
}

export interface RejectedRow {
  line: number;
  reason: string;
}

/** One sub-ICB's figures for one year, replacing (or, after the baseline's last year, extending) the baseline. */
export type AreaOverride = SubIcbOverride;

/** The practices whose rows were summed into one sub-ICB-year's override (upper-case codes, in file order). */
export interface PracticeGroup {
  code: string;
  year: number;
  practiceCodes: string[];
}

export interface UploadSummary {
  /** Data rows read (the header and blank lines are not rows). */
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** The first MAX_LISTED_REJECTIONS rejected rows, by line. */
  rejected: RejectedRow[];
  /** Every rejected row as CSV (line, reason, then the row's own fields), or null if none was rejected. */
  rejectedCsv: string | null;
  /** A problem with the file as a whole (such as a missing column): then no row is used. */
  fileError: string | null;
  /** Accepted figures by sub-ICB and year, sorted by code then year: practice rows summed (their sum replaces). */
  overrides: AreaOverride[];
  /** For each override made from practice rows, the practices it lists (same order as the overrides). */
  practiceGroups: PracticeGroup[];
  /** The file lines each override was made from (same order as the overrides). */
  overrideLines: number[][];
  /** Sub-ICB codes and years the accepted figures cover. */
  areaCodes: string[];
  years: number[];
  /** Accepted PCN staff figures, sorted by code, date and role. */
  pcnOverrides: PcnOverride[];
  /** The file line of each PCN figure (same order). */
  pcnLines: number[];
  /** How the file was read (encoding and separator), or null when nothing was read. */
  format: TextFormat | null;
}

/** Main thread -> csv-worker.ts. The File is passed by reference: it is read inside this browser tab only. */
export interface ParseRequest {
  file: File;
  context: UploadContext;
}

/** csv-worker.ts -> main thread. */
export type ParseMessage =
  | { type: 'progress'; bytesRead: number; totalBytes: number }
  | { type: 'done'; summary: UploadSummary }
  | { type: 'failed'; message: string };

/** The PCN file reduced to what the validator needs (posted to the worker). */
export function pcnUploadContext(file: PcnFile): PcnUploadContext {
  const england = file.areas.find((a) => a.level === 'england');
  return {
    dates: file.dates,
    subIcbs: file.areas.filter((a) => a.level === 'subicb').map((a) => a.code),
    roles: file.roles.map((r) => ({
      key: r.key,
      label: r.label,
      collected: file.dates.map((_, i) => (england?.fte[r.key]?.[i] ?? null) !== null),
    })),
  };
}
