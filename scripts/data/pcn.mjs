// Primary care network (PCN) workforce: staff employed by (or deployed to) PCNs, most under the Additional Roles
// Reimbursement Scheme (ARRS), from NHS Digital's individual-level files (raw/pcn/, see its SOURCES.md), summed to the
// app's 2022 sub-ICBs at each date; each PCN's own staff at the latest dates; reporting coverage; England's series by
// role at 47 dates and the growth defaults for the team levers computed from it. Writes data/pcn.json and
// data/pcn-networks.json; data/practice-staff-oct2025.json (practice staff by role, bulletin table 6a/6b) comes from
// buildPracticeStaff below, so "whole practice team" = practice (Oct 2025) + PCN (Nov 2025) can be formed.
// Deterministic: fixed date and role order, every list sorted by code, FTE to 2 dp (sub-ICB, PCN) or 1 dp (England).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseCsv, toNumber } from './csv.mjs';

/**
 * The individual-level files, one per date. The 2020-22 files are NHS Digital's remapped originals (2022 sub-ICB
 * codes, Windows-1252); Nov 2025 is a re-serialised database export (UTF-8, 2022 codes, 42 ICBs); Jun 2026 is the
 * original zip (UTF-8 with BOM, 2026 geography: 36 ICBs, and Frimley's sub-ICB D4U1Y gone, see placeJune2026).
 */
export const PCN_FILES = [
  ...[
    '2020-03',
    '2020-06',
    '2020-09',
    '2020-12',
    '2021-03',
    '2021-06',
    '2021-09',
    '2021-12',
    '2022-03',
    '2022-06',
    '2022-09',
  ].map((date) => ({ date, file: `nhsd_pcn_workforce_individual_level_${date}.csv`, encoding: 'windows-1252', geography: 2022 })),
  { date: '2025-11', file: 'pcn_workforce_individual_level_2025-11_via_datawarp.csv', encoding: 'utf-8', geography: 2022 },
  { date: '2026-06', file: 'PCNWFIndividualCSV.062026.zip', entry: /Individual Level\.csv$/, encoding: 'utf-8', geography: 2026 },
];
/** The dates with each PCN's own staff (data/pcn-networks.json). */
export const NETWORK_DATES = ['2025-11', '2026-06'];
/** "since coverage reached 95%": the first national date with at least this share of PCNs reporting. */
export const COVERAGE_THRESHOLD = 0.95;
/** A category first recorded with at least this share of its role's FTE is a reclassification (see trendDefaults). */
export const RECLASSIFIED_SHARE = 0.05;
export const NATIONAL_FILE = 'pcnw_bulletin_nov2025_table1a_fte_by_role_england_long.csv';

/** The bulletin's staff groups, as the STAFF_GROUP column names them (Directors kept apart, as the bulletin does). */
export const STAFF_GROUPS = [
  { key: 'gps', label: 'GPs', raw: 'Other GPs' },
  { key: 'nurses', label: 'Nurses', raw: 'Other Nurses' },
  { key: 'dpc', label: 'Direct patient care', raw: 'Other Direct Patient Care staff' },
  { key: 'admin', label: 'Admin and non-clinical', raw: 'Other Admin/Non-clinical staff' },
  { key: 'directors', label: 'PCN clinical and non-clinical directors', raw: 'Directors' },
];
const staffGroupKey = new Map(STAFF_GROUPS.map((g) => [g.raw, g.key]));

/** Role groups a planner would use: ARRS's own split (clinical, personalised care, support) with clinical divided. */
export const ROLE_GROUPS = [
  { key: 'pharmacy', label: 'Pharmacy team' },
  { key: 'allied', label: 'Physician associates, physiotherapists and paramedics' },
  { key: 'nursing', label: 'Nurses and nursing associates' },
  { key: 'mentalHealth', label: 'Mental health practitioners' },
  { key: 'personalisedCare', label: 'Personalised care (link workers, care coordinators, coaches)' },
  { key: 'gps', label: 'PCN GPs' },
  { key: 'support', label: 'GP assistants, digital leads, admin and management' },
  { key: 'otherClinical', label: 'Other direct patient care' },
];

/**
 * The roles, in the files' order. `labels`: the STAFF_ROLE labels (lower case, with " (Non-Mental Health
 * Practitioners)" dropped) that make the role; `staffGroups`: bulletin staff groups whose every label is the role.
 * Any label ending "(Mental Health Practitioners)" (staff employed under ARRS's mental health practitioner role,
 * whatever their profession) is a mental health practitioner. A label no rule knows stops the pipeline.
 */
export const ROLES = [
  { key: 'pharmacists', label: 'Pharmacists', group: 'pharmacy', labels: ['pharmacists', 'advanced pharmacist practitioners'] },
  {
    key: 'pharmacyTechnicians',
    label: 'Pharmacy technicians',
    group: 'pharmacy',
    labels: ['pharmacy technicians', 'trainee pharmacy technicians'],
  },
  { key: 'physicianAssociates', label: 'Physician associates', group: 'allied', labels: ['physician associates'] },
  {
    key: 'physiotherapists',
    label: 'First contact physiotherapists',
    group: 'allied',
    labels: ['physiotherapists', 'advanced physiotherapist practitioners'],
  },
  { key: 'paramedics', label: 'Paramedics', group: 'allied', labels: ['paramedics', 'advanced paramedic practitioners'] },
  {
    key: 'socialPrescribers',
    label: 'Social prescribing link workers',
    group: 'personalisedCare',
    labels: ['social prescribing link workers'],
  },
  { key: 'careCoordinators', label: 'Care coordinators', group: 'personalisedCare', labels: ['care coordinators'] },
  {
    key: 'healthWellbeingCoaches',
    label: 'Health and wellbeing coaches',
    group: 'personalisedCare',
    labels: ['health and wellbeing coaches'],
  },
  {
    key: 'nursingAssociates',
    label: 'Nursing associates',
    group: 'nursing',
    labels: ['nursing associates', 'trainee nursing associates'],
  },
  {
    key: 'mentalHealth',
    label: 'Mental health practitioners',
    group: 'mentalHealth',
    labels: [
      'mental health and wellbeing practitioners',
      'trainee mental health and wellbeing practitioners',
      'nhs talking therapies therapists',
      'trainee nhs talking therapies therapists',
      'applied psychologists – clinical',
      'clinical associates in psychology',
      'trainee clinical associates in psychology',
      'peer support workers',
    ],
  },
  {
    key: 'gpAssistants',
    label: 'General practice assistants',
    group: 'support',
    labels: ['general practice assistants', 'general practice assistant'],
  },
  {
    key: 'digitalLeads',
    label: 'Digital and transformation leads',
    group: 'support',
    labels: ['digital and transformation leads', 'digital and transformation lead'],
  },
  { key: 'nurses', label: 'Nurses', group: 'nursing', labels: [], staffGroups: ['Other Nurses'] },
  { key: 'gps', label: 'GPs (salaried and locum)', group: 'gps', labels: [], staffGroups: ['Other GPs'] },
  {
    key: 'otherClinical',
    label: 'Other direct patient care',
    group: 'otherClinical',
    labels: [
      'dieticians',
      'dietician',
      'podiatrists',
      'healthcare assistants',
      'health support workers',
      'healthcare support workers',
      'phlebotomists',
      'dispensers',
      'apprentices',
      'therapists',
      'advanced dietician practitioners',
      'advanced occupational therapist practitioners',
      'advanced podiatrist practitioners',
      'advanced osteopath practitioners',
      'osteopaths',
      'social workers',
      'other direct patient care',
      'other',
    ],
  },
  {
    key: 'adminManagement',
    label: 'Admin, managers and directors',
    group: 'support',
    labels: [],
    staffGroups: ['Directors', 'Other Admin/Non-clinical staff'],
  },
];
export const ROLE_KEYS = ROLES.map((r) => r.key);

const MHP = ' (mental health practitioners)';
const normalise = (label) =>
  label
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ \(non-mental health practitioners\)$/, '')
    .trim();

/** The role of one STAFF_GROUP / STAFF_ROLE pair; throws on a pair no rule knows. */
export function roleOf(staffGroup, staffRole) {
  const label = normalise(staffRole);
  if (label.endsWith(MHP)) return 'mentalHealth';
  for (const role of ROLES) {
    if (
      role.staffGroups?.includes(staffGroup) &&
      !(role.key === 'adminManagement' && label.startsWith('digital and transformation'))
    )
      return role.key;
  }
  for (const role of ROLES) if (role.labels.includes(label)) return role.key;
  throw new Error(`PCN workforce: no role for staff group "${staffGroup}", role "${staffRole}"`);
}

/** The CSV text of one raw file: decoded by its encoding, or taken from its zip (fflate) without writing it out. */
export function readPcnText(rawDir, { file, entry, encoding }) {
  const bytes = readFileSync(join(rawDir, 'pcn', file));
  let data = bytes;
  if (entry) {
    const files = unzipSync(bytes, { filter: (f) => entry.test(f.name) });
    const names = Object.keys(files);
    if (names.length !== 1) throw new Error(`${file}: expected one entry matching ${entry}, found ${names.length}`);
    data = files[names[0]];
  }
  const text = new TextDecoder(encoding).decode(data);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The rows of one file, checked: its census date, a known staff group and role, a numeric FTE. A few rows carry a
 * small negative FTE (2021-09 to 2022-09, e.g. -0.027): kept, as NHS Digital's published totals include them.
 */
export function readPcnFile(rawDir, source) {
  const rows = parseCsv(readPcnText(rawDir, source));
  const [year, month] = source.date.split('-').map(Number);
  return rows.map((r, i) => {
    if (Number(r.CENSUS_YEAR) !== year || Number(r.CENSUS_MONTH) !== month)
      throw new Error(`${source.file} row ${i + 2}: census ${r.CENSUS_YEAR}-${r.CENSUS_MONTH}, expected ${source.date}`);
    const fte = toNumber(r.FTE);
    if (fte === null) throw new Error(`${source.file} row ${i + 2}: FTE "${r.FTE}"`);
    const staffGroup = staffGroupKey.get(r.STAFF_GROUP);
    if (!staffGroup) throw new Error(`${source.file} row ${i + 2}: unknown staff group "${r.STAFF_GROUP}"`);
    const staff = r.Data_source === 'NWRS Staff' && r.UNIQUE_IDENTIFIER !== '';
    return {
      pcn: r.PCN_CODE,
      pcnName: r.PCN_NAME.trim(),
      subIcb: r.SUB_ICB_CODE,
      icb: r.ICB_CODE,
      staffGroup,
      role: roleOf(r.STAFF_GROUP, r.STAFF_ROLE),
      staffRole: r.STAFF_ROLE,
      fte,
      // Contracted services (and any staff row without an identifier) have FTE but no headcount.
      person: staff ? r.UNIQUE_IDENTIFIER : null,
    };
  });
}

/** Financial year (by its end year) holding a 'YYYY-MM' date: 2020-03 -> 2020 (2019/20), 2020-06 -> 2021. */
export const financialYear = (date) => {
  const [y, m] = date.split('-').map(Number);
  return m >= 4 ? y + 1 : y;
};

const round = (value, dp) => (value === null ? null : Number(value.toFixed(dp)));
const PCN_CODE = /^U\d{5}$/;
const monthsBetween = (from, to) => {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
};

/**
 * Places each June 2026 PCN in a 2022 sub-ICB. 105 sub-ICB codes are the same in both geographies; in April 2026
 * Frimley (D4U1Y) was split, its PCNs going to Thames Valley's new U2G6B, to 92A (Surrey Heartlands) and to D9Y0V
 * (Hampshire and Isle of Wight). Rule: a PCN in the Nov 2025 file (2022 geography) keeps its sub-ICB of then;
 * another takes its 2026 code when that is a 2022 code, U2G6B going back to D4U1Y; else it is not placed.
 */
export function placeJune2026({ pcn, subIcb2026, nov2025SubIcb, subIcbCodes }) {
  const before = nov2025SubIcb.get(pcn);
  if (before && subIcbCodes.has(before)) return { subIcb: before, rule: 'nov-2025' };
  if (subIcbCodes.has(subIcb2026)) return { subIcb: subIcb2026, rule: 'same-code' };
  if (subIcb2026 === 'U2G6B' && subIcbCodes.has('D4U1Y')) return { subIcb: 'D4U1Y', rule: 'u2g6b' };
  return null;
}

/**
 * The active PCNs of a date, each with the 2022 sub-ICB holding most of its practices (by the pipeline's placement;
 * ties to the lower code): the payments file of the date's financial year (its practices' PCN codes), or, where no
 * payments file covers the date (2025/26 on), the July 2026 practice -> PCN map.
 * @returns {{ source: string, pcns: Map<string, string|null> }} PCN code -> sub-ICB (null: no practice placed)
 */
export function activePcns({ date, payments, practiceMap2026, byPractice }) {
  const fy = financialYear(date);
  let members = payments
    .filter((r) => Number(r.fy_end_year) === fy && PCN_CODE.test(r.pcn_code?.trim() ?? ''))
    .map((r) => [r.pcn_code.trim(), r.practice_code]);
  let source = `payments ${fy - 1}/${String(fy).slice(2)}`;
  if (members.length === 0) {
    members = practiceMap2026.filter((r) => PCN_CODE.test(r.PCN_CODE ?? '')).map((r) => [r.PCN_CODE, r.PRACTICE_CODE]);
    source = 'practice map Jul 2026';
  }
  const votes = new Map();
  for (const [pcn, practice] of members) {
    const tally = votes.get(pcn) ?? new Map();
    const subIcb = byPractice.get(practice)?.subIcb;
    if (subIcb) tally.set(subIcb, (tally.get(subIcb) ?? 0) + 1);
    votes.set(pcn, tally);
  }
  const pcns = new Map();
  for (const [pcn, tally] of [...votes].sort(([a], [b]) => a.localeCompare(b))) {
    const best = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    pcns.set(pcn, best ? best[0] : null);
  }
  return { source, pcns };
}

/** England's PCN FTE by role at every date of the bulletin's Table 1a, with its coverage rows. */
export function readNational(rows) {
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const fte = Object.fromEntries(ROLE_KEYS.map((k) => [k, dates.map(() => null)]));
  const totalFte = dates.map(() => 0);
  /** Raw label ("staff group: role") -> the first date it has a value and its FTE then (categories introduced late). */
  const firstDate = new Map();
  const coverage = { active: dates.map(() => null), reporting: dates.map(() => null), share: dates.map(() => null) };
  for (const r of rows) {
    const i = dates.indexOf(r.date);
    const value = toNumber(r.value);
    if (r.measure === 'pcn_count_or_share') {
      if (/^Total number of PCNs active/.test(r.role)) coverage.active[i] = value;
      else if (/^Total number of PCNs recording/.test(r.role)) coverage.reporting[i] = value;
      else if (/^Percentage of PCNs recording/.test(r.role)) coverage.share[i] = value;
      else throw new Error(`${NATIONAL_FILE}: unknown coverage row "${r.role}"`);
      continue;
    }
    if (r.measure !== 'fte') throw new Error(`${NATIONAL_FILE}: unknown measure "${r.measure}"`);
    if (!staffGroupKey.has(r.staff_group)) throw new Error(`${NATIONAL_FILE}: unknown staff group "${r.staff_group}"`);
    const role = roleOf(r.staff_group, r.role);
    if (value === null) continue; // empty: the role was not collected then
    fte[role][i] = (fte[role][i] ?? 0) + value;
    totalFte[i] += value;
    const label = `${r.staff_group}: ${r.role}`;
    if (!firstDate.has(label) || firstDate.get(label).date > r.date) firstDate.set(label, { date: r.date, fte: value });
  }
  for (const k of ['active', 'reporting', 'share'])
    if (coverage[k].some((v) => v === null)) throw new Error(`${NATIONAL_FILE}: coverage "${k}" missing at some date`);
  return { dates, fte, totalFte, coverage, firstDate };
}

/**
 * Growth in FTE per year from `from` to `to` for each role and role group (England, Table 1a). A role's window opens
 * at `from`, or later at its first recorded date (the category did not exist before), or later still when a category
 * of the role first recorded inside the window held at least RECLASSIFIED_SHARE of the role's FTE in its first month:
 * a step like that is staff recorded under a new label (e.g. the "(Mental Health Practitioners)" split of April 2023),
 * not recruitment, while a new category that starts small (Enhanced Practice Nurses, Jan 2025: 6.8 FTE) is growth.
 * ftePerYear = (FTE at the end - FTE at the start) / years; percentPerYear = the compound rate (null from 0).
 * A group's FTE per year is the sum of its roles' (each over its own window); its percent is null unless all its
 * recorded roles share one window.
 */
export function trendDefaults(national, { from, to, roleLabels }) {
  const { dates, fte, firstDate } = national;
  const end = dates.indexOf(to);
  const open = dates.indexOf(from);
  if (open < 0 || end < 0) throw new Error(`trendDefaults: ${from} or ${to} is not a national date`);
  const roles = {};
  for (const key of ROLE_KEYS) {
    const series = fte[key];
    const firstIndex = series.findIndex((v, i) => i >= open && v !== null);
    if (firstIndex < 0 || firstIndex >= end || series[end] === null) {
      roles[key] = null;
      continue;
    }
    // Categories of this role first recorded inside the window, and those big enough to be a reclassification.
    const late = [...firstDate]
      .filter(([label, first]) => roleLabels(label) === key && first.date > dates[firstIndex] && first.date <= to)
      .map(([label, first]) => ({
        label: label.split(': ').slice(1).join(': '),
        date: first.date,
        reclassified: first.fte >= RECLASSIFIED_SHARE * (series[dates.indexOf(first.date)] ?? 0),
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
    const lastStep = late.filter((c) => c.reclassified).at(-1);
    const startIndex = lastStep ? dates.indexOf(lastStep.date) : firstIndex;
    const start = dates[startIndex];
    if (startIndex >= end) {
      roles[key] = null;
      continue;
    }
    const years = monthsBetween(start, to) / 12;
    const fromFte = series[startIndex];
    const toFte = series[end];
    roles[key] = {
      from: start,
      to,
      fromFte: round(fromFte, 1),
      toFte: round(toFte, 1),
      ftePerYear: round((toFte - fromFte) / years, 1),
      percentPerYear: fromFte > 0 ? round(((toFte / fromFte) ** (1 / years) - 1) * 100, 1) : null,
      /** Categories first recorded after the window opened: their arrival counts as growth unless it moved `from`. */
      introduced: late.map(
        (c) => `${c.label} (from ${c.date}${c.reclassified ? ', a reclassification: the window opens then' : ''})`,
      ),
    };
  }
  const groups = {};
  for (const { key } of ROLE_GROUPS) {
    const members = ROLES.filter((r) => r.group === key).map((r) => roles[r.key]);
    if (members.every((m) => m === null)) {
      groups[key] = null;
      continue;
    }
    const present = members.filter((m) => m !== null);
    const fromFte = present.reduce((s, m) => s + m.fromFte, 0);
    const toFte = present.reduce((s, m) => s + m.toFte, 0);
    // Compound only over one window shared by all the group's roles.
    const whole = present.every((m) => m.from === present[0].from);
    const years = monthsBetween(present[0].from, to) / 12;
    groups[key] = {
      from: present.map((m) => m.from).sort()[0],
      to,
      fromFte: round(fromFte, 1),
      toFte: round(toFte, 1),
      ftePerYear: round(
        present.reduce((s, m) => s + m.ftePerYear, 0),
        1,
      ),
      percentPerYear: whole && fromFte > 0 ? round(((toFte / fromFte) ** (1 / years) - 1) * 100, 1) : null,
    };
  }
  return { from, to, roles, groups };
}

const blankRoles = (n) => Object.fromEntries(ROLE_KEYS.map((k) => [k, Array.from({ length: n }, () => 0)]));
const blankGroups = (n) => Object.fromEntries(STAFF_GROUPS.map((g) => [g.key, Array.from({ length: n }, () => 0)]));

/**
 * @param {{ rawDir: string, subIcbCodes: Set<string>, payments: Record<string,string>[],
 *   practiceMap2026: Record<string,string>[], byPractice: Map<string, { subIcb: string }> }} input
 */
export function buildPcn({ rawDir, subIcbCodes, payments, practiceMap2026, byPractice }) {
  const dates = PCN_FILES.map((f) => f.date);
  const n = dates.length;
  const national = readNational(parseCsv(readFileSync(join(rawDir, 'pcn', NATIONAL_FILE), 'utf8')));
  // A role is collected at a date when the national series has a value for it then; June 2026 (after the series
  // ends) takes November 2025's. Where a role was not collected, its FTE and headcount are null, not 0.
  const collected = Object.fromEntries(
    ROLE_KEYS.map((k) => [
      k,
      dates.map((d) => {
        const i = national.dates.indexOf(d);
        return national.fte[k][i >= 0 ? i : national.dates.length - 1] !== null;
      }),
    ]),
  );

  const codes = [...subIcbCodes].sort();
  const subIcbs = new Map(
    codes.map((code) => [
      code,
      {
        fte: blankRoles(n),
        headcount: blankRoles(n),
        staffGroupFte: blankGroups(n),
        totalFte: dates.map(() => 0),
        totalHeadcount: dates.map(() => 0),
        pcnsReporting: dates.map(() => 0),
        pcnsActive: dates.map(() => 0),
      },
    ]),
  );
  const england = {
    fte: blankRoles(n),
    headcount: blankRoles(n),
    staffGroupFte: blankGroups(n),
    totalFte: dates.map(() => 0),
    totalHeadcount: dates.map(() => 0),
    contractedFte: dates.map(() => 0),
  };
  const files = [];
  const unplaced = [];
  const june2026Rules = { 'nov-2025': 0, 'same-code': 0, u2g6b: 0 };
  const frimley2026 = new Map();
  const coverageByDate = [];
  const networks = new Map();
  let nov2025SubIcb = new Map();
  /** PCN -> its latest name, and its sub-ICB and ICB as recorded at each network date. */
  const names = new Map();
  const where = new Map();
  const labelsSeen = new Map(ROLE_KEYS.map((k) => [k, new Set()]));

  PCN_FILES.forEach((source, di) => {
    const rows = readPcnFile(rawDir, source);
    // PCN -> its sub-ICB as the file records it, then on 2022 codes.
    const recorded = new Map();
    for (const r of rows) {
      const seen = recorded.get(r.pcn);
      if (seen && seen.subIcb !== r.subIcb) throw new Error(`${source.file}: PCN ${r.pcn} in two sub-ICBs`);
      recorded.set(r.pcn, { subIcb: r.subIcb, icb: r.icb, name: r.pcnName });
    }
    const placed = new Map();
    for (const [pcn, { subIcb }] of recorded) {
      if (source.geography === 2022) {
        if (subIcbCodes.has(subIcb)) placed.set(pcn, subIcb);
        continue;
      }
      const place = placeJune2026({ pcn, subIcb2026: subIcb, nov2025SubIcb, subIcbCodes });
      if (!place) continue;
      june2026Rules[place.rule] += 1;
      placed.set(pcn, place.subIcb);
      if (place.subIcb === 'D4U1Y') frimley2026.set(subIcb, (frimley2026.get(subIcb) ?? 0) + 1);
    }
    if (source.date === '2025-11') nov2025SubIcb = new Map([...recorded].map(([pcn, r]) => [pcn, r.subIcb]));
    if (NETWORK_DATES.includes(source.date))
      for (const [pcn, r] of recorded) {
        names.set(pcn, r.name);
        where.set(pcn, { ...where.get(pcn), [source.date]: r });
      }

    // Sums: FTE adds up; headcount is distinct identifiers within the area and role (or area, for the total).
    const people = new Map();
    const addPerson = (key, person) => {
      const set = people.get(key) ?? new Set();
      set.add(person);
      people.set(key, set);
    };
    const lost = { fte: 0, pcns: new Set() };
    const negative = rows.filter((r) => r.fte < 0);
    let fileFte = 0;
    const isNetworkDate = NETWORK_DATES.includes(source.date);
    for (const r of rows) {
      fileFte += r.fte;
      labelsSeen.get(r.role).add(r.staffRole);
      england.fte[r.role][di] += r.fte;
      england.staffGroupFte[r.staffGroup][di] += r.fte;
      england.totalFte[di] += r.fte;
      if (r.person === null) england.contractedFte[di] += r.fte;
      else {
        addPerson(`ENG|${r.role}`, r.person);
        addPerson('ENG|*', r.person);
      }
      if (isNetworkDate) {
        const net = networks.get(r.pcn) ?? { dates: new Map() };
        networks.set(r.pcn, net);
        const at = net.dates.get(source.date) ?? { fte: blankRoles(1), people: new Map(), total: new Set(), totalFte: 0 };
        net.dates.set(source.date, at);
        at.fte[r.role][0] += r.fte;
        at.totalFte += r.fte;
        if (r.person !== null) {
          at.people.set(r.role, (at.people.get(r.role) ?? new Set()).add(r.person));
          at.total.add(r.person);
        }
      }
      const subIcb = placed.get(r.pcn);
      if (!subIcb) {
        lost.fte += r.fte;
        lost.pcns.add(r.pcn);
        continue;
      }
      const s = subIcbs.get(subIcb);
      s.fte[r.role][di] += r.fte;
      s.staffGroupFte[r.staffGroup][di] += r.fte;
      s.totalFte[di] += r.fte;
      if (r.person !== null) {
        addPerson(`${subIcb}|${r.role}`, r.person);
        addPerson(`${subIcb}|*`, r.person);
      }
    }
    for (const [key, set] of people) {
      const [area, role] = key.split('|');
      const target = area === 'ENG' ? england : subIcbs.get(area);
      if (role === '*') target.totalHeadcount[di] = set.size;
      else target.headcount[role][di] = set.size;
    }
    unplaced.push({ date: source.date, fte: round(lost.fte, 1), pcns: lost.pcns.size });

    // Coverage: the active PCNs of the date (payments file of its financial year, else the July 2026 map), each in
    // the sub-ICB the file records it under if it reports, else where most of its practices are; reporting = in the file.
    const active = activePcns({ date: source.date, payments, practiceMap2026, byPractice });
    const all = new Set([...active.pcns.keys(), ...placed.keys()]);
    let notInList = 0;
    for (const pcn of all) {
      const reporting = placed.get(pcn);
      if (reporting && !active.pcns.has(pcn)) notInList += 1;
      const subIcb = reporting ?? active.pcns.get(pcn);
      if (!subIcb) continue;
      const s = subIcbs.get(subIcb);
      s.pcnsActive[di] += 1;
      if (reporting) s.pcnsReporting[di] += 1;
    }
    const ni = national.dates.indexOf(source.date);
    coverageByDate.push({
      date: source.date,
      listSource: active.source,
      listed: active.pcns.size,
      reportingNotListed: notInList,
      derivedActive: codes.reduce((sum, c) => sum + subIcbs.get(c).pcnsActive[di], 0),
      derivedReporting: codes.reduce((sum, c) => sum + subIcbs.get(c).pcnsReporting[di], 0),
      publishedActive: ni >= 0 ? national.coverage.active[ni] : null,
      publishedReporting: ni >= 0 ? national.coverage.reporting[ni] : null,
    });
    files.push({
      date: source.date,
      file: source.file,
      geography: source.geography,
      rows: rows.length,
      fte: round(fileFte, 2),
      pcns: recorded.size,
      subIcbs: new Set([...recorded.values()].map((r) => r.subIcb)).size,
      negativeRows: negative.length,
      negativeFte: round(
        negative.reduce((sum, r) => sum + r.fte, 0),
        3,
      ),
      icbs: new Set([...recorded.values()].map((r) => r.icb)).size,
    });
  });

  // Nulls where a role was not collected; rounding: FTE 2 dp for sub-ICBs, England to 2 dp as well (checks use 1 dp).
  const finish = (area) => {
    const fte = {};
    const headcount = {};
    for (const k of ROLE_KEYS) {
      fte[k] = area.fte[k].map((v, i) => (collected[k][i] ? round(v, 2) : null));
      headcount[k] = area.headcount[k].map((v, i) => (collected[k][i] ? v : null));
    }
    const staffGroupFte = Object.fromEntries(STAFF_GROUPS.map((g) => [g.key, area.staffGroupFte[g.key].map((v) => round(v, 2))]));
    return {
      fte,
      headcount,
      staffGroupFte,
      totalFte: area.totalFte.map((v) => round(v, 2)),
      totalHeadcount: area.totalHeadcount,
    };
  };
  const englandOut = {
    ...finish(england),
    contractedFte: england.contractedFte.map((v) => round(v, 2)),
    // Coverage as published (Table 1a); June 2026, after the series, as derived here (see coverage).
    pcnsActive: dates.map((d, i) => {
      const ni = national.dates.indexOf(d);
      return ni >= 0 ? national.coverage.active[ni] : coverageByDate[i].derivedActive;
    }),
    pcnsReporting: dates.map((d, i) => {
      const ni = national.dates.indexOf(d);
      return ni >= 0 ? national.coverage.reporting[ni] : files[i].pcns;
    }),
  };

  const roleDefinitions = ROLES.map((r) => ({
    key: r.key,
    label: r.label,
    group: r.group,
    staffRoles: [...labelsSeen.get(r.key)].sort(),
  }));
  const roleOfLabel = (label) => {
    const [staffGroup, ...rest] = label.split(': ');
    return roleOf(staffGroup, rest.join(': '));
  };
  const firstCovered = national.dates.find((d, i) => national.coverage.share[i] >= COVERAGE_THRESHOLD);
  const lastNational = national.dates[national.dates.length - 1];
  const nationalAt = (role, date) => round(national.fte[role][national.dates.indexOf(date)], 1).toLocaleString('en-GB');
  const defaults = {
    coverageThreshold: COVERAGE_THRESHOLD,
    sinceCoverage: trendDefaults(national, { from: firstCovered, to: lastNational, roleLabels: roleOfLabel }),
    rate2024To2025: trendDefaults(national, { from: '2024-03', to: '2025-03', roleLabels: roleOfLabel }),
  };

  const pcnOut = {
    schemaVersion: 1,
    basis:
      'NHS Digital Primary Care Network Workforce (NWRS), individual-level files: FTE of staff and contracted services recorded by PCNs; no estimates for PCNs that did not report; below NHS England ARRS claims figures',
    dates,
    files: files.map(({ date, file, geography }) => ({ date, file, geography })),
    roles: roleDefinitions,
    groups: ROLE_GROUPS,
    staffGroups: STAFF_GROUPS.map(({ key, label }) => ({ key, label })),
    areas: [
      { code: 'ENG', level: 'england', ...englandOut },
      ...codes.map((code) => {
        const s = subIcbs.get(code);
        return { code, level: 'subicb', ...finish(s), pcnsActive: s.pcnsActive, pcnsReporting: s.pcnsReporting };
      }),
    ],
    national: {
      dates: national.dates,
      fte: Object.fromEntries(ROLE_KEYS.map((k) => [k, national.fte[k].map((v) => round(v, 1))])),
      totalFte: national.totalFte.map((v) => round(v, 1)),
      pcnsActive: national.coverage.active,
      pcnsReporting: national.coverage.reporting,
    },
    defaults: {
      ...defaults,
      caveats: {
        all: `England's NWRS staff-reporting series (Table 1a), below NHS England's ARRS claims figures; growth since ${firstCovered}, the first month at least ${COVERAGE_THRESHOLD * 100}% of PCNs reported (earlier growth is partly reporting)`,
        gps: `ARRS-funded GPs (eligible from October 2024) were at first not captured (raw/pcn/SOURCES.md): PCN GPs ${nationalAt('gps', '2024-09')} FTE in Sep 2024, ${nationalAt('gps', '2025-03')} in Mar 2025, ${nationalAt('gps', lastNational)} in ${lastNational}, partly a reporting change`,
      },
      gpTimeReleased: {
        estimates: [],
        note: 'No published estimate of GP time released per role is in the raw data (raw/pcn, DATA.md): the factor defaults to 0 (staff counted as staff only) and is the planner\u2019s to set.',
      },
    },
  };

  // Each PCN's own staff at the latest dates.
  const networkList = [...networks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, net]) => ({ code, net }));
  const networksOut = {
    schemaVersion: 1,
    dates: NETWORK_DATES,
    roles: ROLE_KEYS,
    pcns: networkList.map(({ code, net }) => {
      const w = where.get(code);
      const nov = w['2025-11'];
      const jun = w['2026-06'];
      const subIcb =
        nov?.subIcb ?? placeJune2026({ pcn: code, subIcb2026: jun.subIcb, nov2025SubIcb, subIcbCodes })?.subIcb ?? null;
      return {
        code,
        name: names.get(code),
        subIcb,
        subIcb2026: jun?.subIcb ?? null,
        icb2026: jun?.icb ?? null,
        fte: NETWORK_DATES.map((d) => {
          const at = net.dates.get(d);
          return at ? ROLE_KEYS.map((k) => round(at.fte[k][0], 2)) : null;
        }),
        headcount: NETWORK_DATES.map((d) => {
          const at = net.dates.get(d);
          return at ? ROLE_KEYS.map((k) => at.people.get(k)?.size ?? 0) : null;
        }),
        totalFte: NETWORK_DATES.map((d) => (net.dates.has(d) ? round(net.dates.get(d).totalFte, 2) : null)),
        totalHeadcount: NETWORK_DATES.map((d) => (net.dates.has(d) ? net.dates.get(d).total.size : null)),
      };
    }),
  };

  // Each file against the national series where both have the date: total and the largest difference of a role.
  const nationalCheck = dates
    .map((d, di) => ({ d, di, ni: national.dates.indexOf(d) }))
    .filter(({ ni }) => ni >= 0)
    .map(({ d, di, ni }) => ({
      date: d,
      file: round(england.totalFte[di], 2),
      national: round(national.totalFte[ni], 2),
      maxRoleDifference: round(Math.max(...ROLE_KEYS.map((k) => Math.abs((national.fte[k][ni] ?? 0) - england.fte[k][di]))), 3),
    }));
  const headcountOvercount = dates.map((d, di) => {
    const sumAreas = codes.reduce((s, c) => s + subIcbs.get(c).totalHeadcount[di], 0);
    return { date: d, england: england.totalHeadcount[di], sumOfSubIcbs: sumAreas };
  });
  return {
    pcnOut,
    networksOut,
    stats: {
      nationalCheck,
      files,
      unplaced,
      june2026Rules,
      frimley2026: Object.fromEntries(frimley2026),
      coverage: coverageByDate,
      headcountOvercount,
      national,
    },
  };
}
