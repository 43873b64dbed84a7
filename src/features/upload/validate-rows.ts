// Checks an uploaded CSV of a planner's own figures row by row and turns the good rows into sub-ICB overrides.
// Rules (shown on screen too):
//  - Only sub-ICB rows, or practice rows summed to their sub-ICB (data/practices.json), replace figures: ICB,
//    region and England figures are always the sums of their sub-ICBs, so rows for them are rejected.
//  - A sub-ICB-year is given once: by one area row, or by the sum of its practice rows (not both).
//  - A year after the baseline's last adds a year for everyone, so it needs all sub-ICBs and must follow on
//    without a gap. Rejected rows carry their line number and every reason that applies.
// Pure: used by the Web Worker (csv-worker.ts) and unit-tested directly.
import { LEVEL_NAMES } from '../../figures/map-levels';
import { fyLabel } from '../../lib/years';
import { formatNumber } from '../../lib/format';
import type { PcnOverride } from '../../data/apply-pcn-overrides';
import type { AreaLevel } from '../../data/schemas';
import { detectDelimiter } from './text-format';
import { CsvRecordReader, type CsvRecord } from './csv-records';
import { clip, normaliseHeader, parseValue, parseYear } from './parse-cells';
import { RejectedRows } from './rejected-rows';
import {
  CODE_COLUMNS,
  FIRST_UPLOAD_YEAR,
  MAX_LISTED_REJECTIONS,
  MAX_PCN_ROLE_FTE,
  PCN_CODE_COLUMNS,
  PCN_COLUMNS,
  VALUE_COLUMNS,
  type AreaOverride,
  type PracticeGroup,
  type UploadContext,
  type UploadSummary,
  type ValueColumn,
} from './upload-format';

type Values = Record<ValueColumn, number>;
interface Group {
  code: string;
  year: number;
  values: Values;
  /** The rows summed here, kept whole in case the group is rejected at the end (their fields go in the download). */
  records: CsvRecord[];
  /** The practices listed, or null for an area row. */
  practiceCodes: string[] | null;
}

const round = (value: number, dp: number) => Number(value.toFixed(dp));
/** A cell's trimmed text, or '' where the row is too short or the column absent. */
const cell0 = (record: CsvRecord, cols: Map<string, number>, name: string) => {
  const i = cols.get(name);
  return i === undefined ? '' : (record.fields[i] ?? '').trim();
};

export interface UploadValidator {
  /** Reads one CSV record: the first is the header. */
  record(record: CsvRecord): void;
  /** A problem with the whole file (set by the header); once set, further records are ignored. */
  readonly fileError: string | null;
  finish(): UploadSummary;
}

export function createUploadValidator(context: UploadContext): UploadValidator {
  const levelOf = new Map<string, AreaLevel>(context.areaLevels);
  const subIcbCount = context.areaLevels.filter(([, level]) => level === 'subicb').length;
  const practiceSubIcb = context.practiceSubIcb ? new Map(context.practiceSubIcb) : null;
  const firstYear = context.baselineYears[0] ?? FIRST_UPLOAD_YEAR;
  const lastYear = context.baselineYears[context.baselineYears.length - 1] ?? FIRST_UPLOAD_YEAR;

  let columns: Map<string, number> | null = null;
  let header: readonly string[] = [];
  let fileError: string | null = null;
  let rowsRead = 0;
  const rejected = new RejectedRows();
  const seen = new Map<string, number>();
  const areaRows = new Map<string, Group>();
  const practiceGroups = new Map<string, Group>();
  // PCN staff rows (a row with a role): allowed when the header has their columns.
  let pcnRowsAllowed = false;
  let gpRowsAllowed = true;
  const pcnRows: (PcnOverride & { line: number })[] = [];
  const pcnSeen = new Map<string, number>();
  const pcnContext = context.pcn;
  const pcnSubIcbs = new Set(pcnContext?.subIcbs ?? []);
  const pcnDateIndex = new Map((pcnContext?.dates ?? []).map((d, i) => [d, i]));
  const roleByName = new Map<string, NonNullable<typeof pcnContext>['roles'][number]>();
  for (const role of pcnContext?.roles ?? []) {
    roleByName.set(role.key.toLowerCase(), role);
    roleByName.set(role.label.toLowerCase(), role);
  }
  const monthName = (date: string) => {
    const [y, m] = date.split('-');
    return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1] ?? m} ${y}`;
  };

  function readHeader(record: CsvRecord) {
    const names = record.fields.map(normaliseHeader);
    const twice = names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
    if (names.includes('role')) {
      // PCN staff rows; GP rows too if their columns are there.
      const missingPcn = [
        ...(PCN_CODE_COLUMNS.some((c) => names.includes(c)) ? [] : ['a sub_icb_code column']),
        ...PCN_COLUMNS.filter((c) => !names.includes(c)).map((c) => `column ${c}`),
      ];
      if (missingPcn.length) {
        fileError = `Line ${record.line}: the header has a role column (PCN staff rows) but is missing ${missingPcn.join(' and ')}.`;
        return;
      }
      pcnRowsAllowed = true;
      gpRowsAllowed =
        names.includes('year') && VALUE_COLUMNS.every((c) => names.includes(c)) && CODE_COLUMNS.some((c) => names.includes(c));
      if (twice.length) fileError = `Line ${record.line}: the header has ${[...new Set(twice)].join(', ')} more than once.`;
      else {
        columns = new Map(names.map((n, i) => [n, i]));
        header = record.fields;
      }
      return;
    }
    const missing = VALUE_COLUMNS.filter((c) => !names.includes(c));
    if (!names.includes('year')) missing.unshift('year' as ValueColumn);
    const noCode = !CODE_COLUMNS.some((c) => names.includes(c));
    const problems = [
      ...(noCode ? ['an area_code or practice_code column'] : []),
      ...(missing.length ? [`column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`] : []),
    ];
    if (problems.length) fileError = `Line ${record.line}: the header is missing ${problems.join(' and ')}.`;
    else if (twice.length) fileError = `Line ${record.line}: the header has ${[...new Set(twice)].join(', ')} more than once.`;
    else {
      columns = new Map(names.map((n, i) => [n, i]));
      header = record.fields;
    }
  }

  /** A PCN staff row: a sub-ICB's FTE of one role at one of the PCN file's dates. */
  function readPcnRow(record: CsvRecord, cols: Map<string, number>) {
    rowsRead += 1;
    const { line, fields } = record;
    if (record.unterminated) return rejected.add(record, 'a quoted field is never closed (missing ")');
    const cell = (name: string) => {
      const i = cols.get(name);
      return i === undefined ? '' : (fields[i] ?? '').trim();
    };
    const reasons: string[] = [];
    const missingCells = [...PCN_COLUMNS].filter((c) => (cols.get(c) ?? -1) >= fields.length);
    if (missingCells.length)
      reasons.push(
        `missing column${missingCells.length > 1 ? 's' : ''} ${missingCells.join(', ')} (the row has ${fields.length} of ${cols.size})`,
      );

    const subIcbCell = cell('sub_icb_code').toUpperCase();
    const areaCell = cell('area_code').toUpperCase();
    if (cell('practice_code')) reasons.push('a PCN staff row is for a sub-ICB: give sub_icb_code, not practice_code');
    if (subIcbCell && areaCell && subIcbCell !== areaCell)
      reasons.push(`gives sub_icb_code ${clip(subIcbCell)} and area_code ${clip(areaCell)}: give one`);
    const code = subIcbCell || areaCell;
    let codeOk = false;
    if (!code) reasons.push('no sub_icb_code');
    else {
      const level = levelOf.get(code);
      if (!level) reasons.push(`unknown sub-ICB code ${clip(code)}`);
      else if (level !== 'subicb')
        reasons.push(
          `${code} is ${LEVEL_NAMES[level].phrase}: PCN staff rows are for sub-ICBs (ICB, region and England figures are their sums)`,
        );
      else if (pcnContext === null) reasons.push('PCN staff rows cannot be checked: the PCN file (pcn.json) did not load');
      else if (!pcnSubIcbs.has(code)) reasons.push(`the PCN files have no figures for sub-ICB ${code}`);
      else codeOk = true;
    }

    const dateText = cell('date');
    const dateMatch = /^(\d{4})-(\d{1,2})(-\d{1,2})?$/.exec(dateText);
    const date = dateMatch ? `${dateMatch[1]}-${dateMatch[2]!.padStart(2, '0')}` : null;
    const di = date === null ? undefined : pcnDateIndex.get(date);
    if (date === null) reasons.push(`date ${clip(dateText)} is not a month such as 2026-06`);
    else if (pcnContext && di === undefined)
      reasons.push(`date ${date} is not a PCN file date (${pcnContext.dates.map(monthName).join(', ')})`);

    const roleText = cell('role');
    const role = roleByName.get(roleText.toLowerCase().replace(/_/g, ' ')) ?? roleByName.get(roleText.toLowerCase());
    if (pcnContext && !role)
      reasons.push(
        `unknown role ${clip(roleText)} (a role's key or name, such as pharmacists or Pharmacists: see the format help)`,
      );
    else if (role && di !== undefined && !role.collected[di])
      reasons.push(`${role.label} were not collected at ${monthName(date!)}`);

    const fteText = cell('fte');
    const fte = (cols.get('fte') ?? -1) >= fields.length ? null : parseValue(fteText, 'fte');
    if (typeof fte === 'string') reasons.push(fte);
    else if (fte !== null && fte > MAX_PCN_ROLE_FTE)
      reasons.push(`fte ${formatNumber(fte, 1)} is more than ${formatNumber(MAX_PCN_ROLE_FTE)} for one role in one sub-ICB`);

    const key = `${code}|${date ?? ''}|${role?.key ?? roleText}`;
    const earlier = pcnSeen.get(key);
    if (code && date && earlier !== undefined) reasons.push(`duplicate of line ${earlier} (same sub-ICB, date and role)`);

    if (reasons.length > 0 || !codeOk || !role || date === null || typeof fte !== 'number')
      return rejected.add(record, reasons.join('; ') || 'the row could not be read');
    pcnSeen.set(key, line);
    pcnRows.push({ code, date, role: role.key, fte: round(fte, 2), line });
  }

  function readRow(record: CsvRecord, cols: Map<string, number>) {
    if (pcnRowsAllowed && cell0(record, cols, 'role') !== '') return readPcnRow(record, cols);
    if (!gpRowsAllowed) {
      rowsRead += 1;
      return rejected.add(
        record,
        'no role: this file gives PCN staff rows (sub_icb_code, date, role, fte); GP rows need year, gp_fte, gp_headcount, patients columns',
      );
    }
    rowsRead += 1;
    const { line, fields } = record;
    const reject = (reason: string) => rejected.add(record, reason);
    if (record.unterminated) return reject('a quoted field is never closed (missing ")');
    const cell = (name: string) => {
      const i = cols.get(name);
      return i === undefined ? undefined : fields[i];
    };
    const reasons: string[] = [];
    // Cells a short row lacks; a code column only counts when the row has no code cell at all.
    const lacks = (name: string) => (cols.get(name) ?? -1) >= fields.length;
    const codeCellsMissing = CODE_COLUMNS.every((c) => !cols.has(c) || lacks(c));
    const missingCells = [
      ...(codeCellsMissing ? CODE_COLUMNS.filter((c) => cols.has(c)) : []),
      ...['year', ...VALUE_COLUMNS].filter(lacks),
    ];
    if (missingCells.length)
      reasons.push(
        `missing column${missingCells.length > 1 ? 's' : ''} ${missingCells.join(', ')} (the row has ${fields.length} of ${cols.size})`,
      );

    // Which sub-ICB the row is for, and whether it is a practice row.
    const practiceCode = cell('practice_code')?.trim().toUpperCase() ?? '';
    const areaCode = cell('area_code')?.trim().toUpperCase() ?? '';
    let subIcb: string | null = null;
    if (practiceCode && areaCode) reasons.push('gives both area_code and practice_code: give one');
    else if (practiceCode) {
      if (!practiceSubIcb) reasons.push('practice codes cannot be placed: the practice lookup (practices.json) did not load');
      else {
        subIcb = practiceSubIcb.get(practiceCode) ?? null;
        if (!subIcb) reasons.push(`unknown practice code ${clip(practiceCode)}`);
      }
    } else if (areaCode) {
      const level = levelOf.get(areaCode);
      if (!level) reasons.push(`unknown area code ${clip(areaCode)}`);
      else if (level !== 'subicb')
        reasons.push(
          `${areaCode} is ${LEVEL_NAMES[level].phrase}: only sub-ICB or practice rows are used (ICB, region and England figures are the sums of their sub-ICBs)`,
        );
      else subIcb = areaCode;
    } else if (!codeCellsMissing) reasons.push('no area_code or practice_code');

    const yearCell = cell('year');
    const year = yearCell === undefined ? null : parseYear(yearCell);
    if (typeof year === 'string') reasons.push(year);
    else if (year !== null && year < firstYear)
      reasons.push(`year ${fyLabel(year)} is before the data begins (${fyLabel(firstYear)})`);

    const values: Partial<Values> = {};
    for (const column of VALUE_COLUMNS) {
      const text = cell(column);
      if (text === undefined) continue;
      const value = parseValue(text, column);
      if (typeof value === 'string') reasons.push(value);
      else values[column] = value;
    }

    const code = practiceCode || areaCode;
    const key = `${practiceCode ? 'practice' : 'area'}|${code}|${typeof year === 'number' ? year : ''}`;
    const earlier = seen.get(key);
    if (code && typeof year === 'number' && earlier !== undefined)
      reasons.push(`duplicate of line ${earlier} (same code and year)`);

    if (reasons.length > 0 || !subIcb || typeof year !== 'number')
      return reject(reasons.join('; ') || 'the row could not be read');
    seen.set(key, line);
    const complete = values as Values;
    const groupKey = `${subIcb}|${year}`;
    if (!practiceCode) {
      areaRows.set(groupKey, { code: subIcb, year, values: complete, records: [record], practiceCodes: null });
      return;
    }
    const group = practiceGroups.get(groupKey);
    if (!group)
      practiceGroups.set(groupKey, {
        code: subIcb,
        year,
        values: { ...complete },
        records: [record],
        practiceCodes: [practiceCode],
      });
    else {
      for (const column of VALUE_COLUMNS) group.values[column] += complete[column];
      group.records.push(record);
      group.practiceCodes?.push(practiceCode);
    }
  }

  function finish(): UploadSummary {
    if (!columns && !fileError) fileError = 'The file is empty: it needs a header row and at least one row of figures.';
    const rejectGroup = (group: Group, reason: string) => group.records.forEach((record) => rejected.add(record, reason, true));

    // An area row and practice rows for the same sub-ICB and year: the area row stands.
    const groups = new Map(areaRows);
    for (const [key, group] of practiceGroups) {
      const areaRow = areaRows.get(key);
      if (areaRow)
        rejectGroup(
          group,
          `sub-ICB ${group.code} already has an area row for ${fyLabel(group.year)} (line ${areaRow.records[0]?.line}), so its practice rows are not added`,
        );
      else groups.set(key, group);
    }

    // Years after the baseline: each needs every sub-ICB, and they must follow on without a gap.
    const byNewYear = new Map<number, Group[]>();
    for (const group of groups.values())
      if (group.year > lastYear) byNewYear.set(group.year, [...(byNewYear.get(group.year) ?? []), group]);
    let nextYear = lastYear + 1;
    for (const year of [...byNewYear.keys()].sort((a, b) => a - b)) {
      const yearGroups = byNewYear.get(year) ?? [];
      let reason: string | null = null;
      if (yearGroups.length < subIcbCount)
        reason = `${fyLabel(year)} is after the data's last year (${fyLabel(lastYear)}): a new year needs figures for all ${subIcbCount} sub-ICBs, and this file has ${yearGroups.length}`;
      else if (year !== nextYear) reason = `${fyLabel(year)} would leave a gap: there are no figures for ${fyLabel(nextYear)}`;
      else nextYear += 1;
      if (reason === null) continue;
      for (const group of yearGroups) {
        rejectGroup(group, reason);
        groups.delete(`${group.code}|${group.year}`);
      }
    }

    const groupList = [...groups.values()].sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
    const overrides: AreaOverride[] = groupList.map((g) => ({
      code: g.code,
      year: g.year,
      fte: round(g.values.gp_fte, 2),
      headcount: round(g.values.gp_headcount, 0),
      patients: round(g.values.patients, 0),
      practices: g.practiceCodes ? g.practiceCodes.length : null,
    }));
    const practiceGroupList: PracticeGroup[] = groupList.flatMap((g) =>
      g.practiceCodes ? [{ code: g.code, year: g.year, practiceCodes: g.practiceCodes }] : [],
    );
    const sortedPcn = [...pcnRows].sort(
      (a, b) => a.code.localeCompare(b.code) || a.date.localeCompare(b.date) || a.role.localeCompare(b.role),
    );
    return {
      rowsRead,
      rowsAccepted: rowsRead - rejected.count,
      rowsRejected: rejected.count,
      rejected: rejected.first(MAX_LISTED_REJECTIONS),
      rejectedCsv: rejected.toCsv(header),
      fileError,
      overrides,
      practiceGroups: practiceGroupList,
      overrideLines: groupList.map((g) => g.records.map((r) => r.line)),
      areaCodes: [...new Set(overrides.map((o) => o.code))],
      years: [...new Set(overrides.map((o) => o.year))].sort((a, b) => a - b),
      pcnOverrides: sortedPcn.map((o) => ({ code: o.code, date: o.date, role: o.role, fte: o.fte })),
      pcnLines: sortedPcn.map((o) => o.line),
      format: null,
    };
  }

  return {
    record(record) {
      if (fileError) return;
      if (!columns) readHeader(record);
      else readRow(record, columns);
    },
    get fileError() {
      return fileError;
    },
    finish,
  };
}

/** Validates a whole CSV text at once (the worker streams instead). */
export function validateCsv(text: string, context: UploadContext): UploadSummary {
  const validator = createUploadValidator(context);
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  const reader = new CsvRecordReader(delimiter);
  const onRecord = (r: CsvRecord) => validator.record(r);
  reader.push(text, onRecord);
  reader.end(onRecord);
  return { ...validator.finish(), format: { encoding: 'utf-8', delimiter } };
}
