// The data pipeline: reads the official raw files in ../shared/raw (or $GPW_RAW_DIR) and writes the
// compact, derived, committed files in data/. Deterministic: the same inputs give the same bytes.
// Run with `npm run data`. What each output holds and how it was made is written to data/SOURCES.md.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readCsv, toNumber } from './csv.mjs';
import { placePractices } from './placement.mjs';
import { buildBoundaries } from './boundaries.mjs';
import { writeSources } from './sources-md.mjs';
import { buildTraining } from './training.mjs';
import { participationByYear } from './participation.mjs';
import {
  buildPracticeFigures,
  practiceLocations,
  practiceNames,
  practicePcns,
  writePracticeFigures,
} from './practice-figures.mjs';
import { ESTIMATED_YEAR, RATIO_YEARS, estimatedRatios, weightedByPracticeYear } from './weighted.mjs';
import { buildPlaces } from './places.mjs';
import { buildPcn } from './pcn.mjs';
import { buildPracticeStaff } from './practice-staff.mjs';
import { loadVintages } from './vintages.mjs';
import { DP, MEASURES } from './sums.mjs';
import { buildGeography2026 } from './geography-2026.mjs';
import { AS_WAS_BOUNDARIES, buildAsWas } from './as-was.mjs';
import { buildBulletinLatest } from './bulletin-latest.mjs';
import { geographySources } from './geography-sources.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const rawDir = resolve(process.env.GPW_RAW_DIR ?? join(root, '../shared/raw'));
// $GPW_OUT_DIR lets a test write a fresh copy elsewhere and compare it with the committed data/.
const outDir = resolve(process.env.GPW_OUT_DIR ?? join(root, 'data'));
const workforce = (name) => join(rawDir, 'workforce', name);
const boundaries = (name) => join(rawDir, 'boundaries', name);

/** Financial years by their end year: 2016 = 2015/16 ... 2025 = 2024/25. */
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** From this year on, the later HEEC file (a later version of the same source) replaces the older one. */
const NEWER_FILE_FROM = 2023;

const round = (value, dp) => (value === null ? null : Number(value.toFixed(dp)));

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// ---- Geography: 106 sub-ICBs -> 42 ICBs -> 7 regions, from the 2022 boundaries' own attributes.
const subIcbGeo = readJson(boundaries('derived/sicbl22_lsoa11-dissolved.geojson'));
const practiceMap2026 = readCsv(workforce('gp-reg-pat-prac-map_2026-07.csv'));
const table6a = readCsv(workforce('gpw_bulletin_oct2025_table6a_fte_by_region_icb_subicb.csv'));
// Region ONS code (2022) -> NHS code, by name against the bulletin's own region rows (the 2026 practice
// map renumbered East of England and North West, so it cannot serve here).
const regionNhsCodeByName = new Map(table6a.filter((r) => r.org_level === 'Region').map((r) => [r.org_name, r.org_code]));
const regionNhsCode = new Map(subIcbGeo.features.map(({ properties: p }) => [p.NHSER22CD, regionNhsCodeByName.get(p.NHSER22NM)]));
const table6b = readCsv(workforce('gpw_bulletin_oct2025_table6b_headcount_by_region_icb_subicb.csv'));
const bulletinName = new Map(table6a.map((r) => [r.org_code, r.org_name]));
const ccg21 = readCsv(boundaries('lookups/geographr_CCG21_STP21_lookup_apr2021_plus_NHSER21.csv'));
const formerCcgName = new Map(ccg21.map((r) => [r.CCG21CDH, r.CCG21NM]));

const areas = new Map();
function addArea(area) {
  if (!areas.has(area.code)) areas.set(area.code, area);
}
addArea({ code: 'ENG', onsCode: 'E92000001', name: 'England', level: 'england', parent: null });
for (const { properties: p } of subIcbGeo.features) {
  const region = regionNhsCode.get(p.NHSER22CD);
  if (!region) throw new Error(`No NHS code for region ${p.NHSER22CD}`);
  addArea({ code: region, onsCode: p.NHSER22CD, name: bulletinName.get(region) ?? p.NHSER22NM, level: 'region', parent: 'ENG' });
  addArea({
    code: p.ICB22CDH,
    onsCode: p.ICB22CD,
    name: bulletinName.get(p.ICB22CDH) ?? p.ICB22NM,
    level: 'icb',
    parent: region,
  });
  addArea({
    code: p.SICBL22CDH,
    onsCode: p.SICBL22CD,
    name: bulletinName.get(p.SICBL22CDH) ?? p.SICBL22NM,
    formerName: formerCcgName.get(p.SICBL22CDH) ?? null,
    level: 'subicb',
    parent: p.ICB22CDH,
  });
}
const subIcbCodes = new Set([...areas.values()].filter((a) => a.level === 'subicb').map((a) => a.code));

// ---- Place every practice in a 2022 sub-ICB (see placement.mjs for the rule).
const payments = readCsv(workforce('practice_geography_by_fy_from_nhs_payments.csv'));
const placement = placePractices({
  payments,
  practiceMap2026,
  subIcbCodes,
  lsoaLookup: (name) => readCsv(boundaries(`lookups/${name}`)),
});
// The same placement as a compact lookup for planners' uploads of practice-level figures (the app sums them
// to sub-ICBs): sub-ICB code -> its practice codes, both sorted, so the file is deterministic.
const practicesBySubIcb = new Map([...subIcbCodes].sort().map((code) => [code, []]));
for (const [practice, { subIcb }] of [...placement.byPractice.entries()].sort(([a], [b]) => a.localeCompare(b)))
  practicesBySubIcb.get(subIcb).push(practice);
const practicesOut = { schemaVersion: 1, subIcbs: Object.fromEntries(practicesBySubIcb) };

// ---- Practice-level series.
const older = readCsv(workforce('heec_workforce_year_practice_fy2016_2024_gp_admin.csv'));
const olderGroups = readCsv(workforce('heec_workforce_year_practice_fy2016_2024_staffgroups.csv'));
const newer = readCsv(workforce('heec_workforce_year_practice_fy2023_2025_partners_icb.csv'));
// The staff-groups file has the same practice-years as the GP file: locum + trainee, nurse and direct patient care FTE.
const olderGroupsByKey = new Map(olderGroups.map((r) => [`${r['Practice.Code']}|${r.Year}`, r]));
const groupFte = (row, column) => (row ? toNumber(row[column]) : null);

const practiceYears = [];
for (const r of older) {
  const year = Number(r.Year);
  if (year >= NEWER_FILE_FROM) continue;
  practiceYears.push({
    practice: r['Practice.Code'],
    year,
    fte: toNumber(r.TOTAL_GP_EXTGL_FTE),
    headcount: toNumber(r.TOTAL_GP_EXTGL_HC),
    patients: toNumber(r.TOTAL_PATIENTS),
    locumTraineeFte: groupFte(olderGroupsByKey.get(`${r['Practice.Code']}|${r.Year}`), 'TOTAL_LOCUUM_TRN_FTE'),
    nurseFte: groupFte(olderGroupsByKey.get(`${r['Practice.Code']}|${r.Year}`), 'TOTAL_NURSES_FTE'),
    dpcFte: groupFte(olderGroupsByKey.get(`${r['Practice.Code']}|${r.Year}`), 'TOTAL_DPC_FTE'),
  });
}
for (const r of newer) {
  const year = Number(r.Year);
  if (year < NEWER_FILE_FROM) continue;
  practiceYears.push({
    practice: r['Practice.Code'],
    year,
    fte: toNumber(r.TOTAL_GP_EXTGL_FTE),
    headcount: toNumber(r.TOTAL_GP_EXTGL_HC),
    patients: toNumber(r.TOTAL_PATIENTS),
    locumTraineeFte: toNumber(r.TOTAL_LOCUUM_TRN_FTE),
    nurseFte: toNumber(r.TOTAL_NURSES_FTE),
    dpcFte: toNumber(r.TOTAL_DPC_FTE),
  });
}
// The overlap years as the older file had them, to state the size of the revision in SOURCES.md.
const overlap = YEARS.filter((y) => y >= NEWER_FILE_FROM && y <= 2024).map((year) => ({
  year,
  older: older.filter((r) => Number(r.Year) === year).reduce((s, r) => s + (toNumber(r.TOTAL_GP_EXTGL_FTE) ?? 0), 0),
  newer: newer.filter((r) => Number(r.Year) === year).reduce((s, r) => s + (toNumber(r.TOTAL_GP_EXTGL_FTE) ?? 0), 0),
}));

// Need-weighted patients come from the payments files (fy_end_year = HEEC Year); 2023/24 is missing and
// estimated per practice by the rule in weighted.mjs. Each practice-year's weighted figure (or null) is kept
// on the practice-year, so the practice files carry exactly what the sub-ICB sums.
const { weighted: weightedPaid, years: paymentYears } = weightedByPracticeYear(payments);
const ratios = estimatedRatios(payments);
/** Practices of the estimated year that the rule could not cover (no ratio in either payments year). */
const noRatio = { practices: 0, patients: 0 };
/** Practices of the estimated year by which ratios they had: both, the earlier only, the later only. */
const ratioCoverage = { both: 0, earlierOnly: 0, laterOnly: 0 };
for (const py of practiceYears) {
  if (py.year === ESTIMATED_YEAR) {
    const found = placement.byPractice.has(py.practice) ? ratios.get(py.practice) : undefined;
    py.weightedPatients = found ? found.ratio * (py.patients ?? 0) : null;
    if (!placement.byPractice.has(py.practice)) continue;
    if (!found) {
      noRatio.practices += 1;
      noRatio.patients += py.patients ?? 0;
    } else if (found.ratios.every((r) => r !== null)) ratioCoverage.both += 1;
    else if (found.ratios[0] !== null) ratioCoverage.earlierOnly += 1;
    else ratioCoverage.laterOnly += 1;
  } else py.weightedPatients = weightedPaid.get(`${py.practice}|${py.year}`) ?? null;
}
const weightedYears = new Set([...paymentYears, ESTIMATED_YEAR]);

const blankSeries = () => Object.fromEntries(MEASURES.map((m) => [m, YEARS.map(() => 0)]));
const series = new Map([...subIcbCodes].map((code) => [code, blankSeries()]));
const unplaced = { practiceYears: 0, fte: 0, patients: 0, practices: new Set() };
const missingFte = new Map(YEARS.map((y) => [y, 0]));
/** GP FTE summed over practice-years by placement rule, to report how much rests on the LSOA majority rule. */
const fteByRule = {};

for (const py of practiceYears) {
  const yi = YEARS.indexOf(py.year);
  if (yi < 0) continue;
  const place = placement.byPractice.get(py.practice);
  if (!place) {
    unplaced.practiceYears += 1;
    unplaced.fte += py.fte ?? 0;
    unplaced.patients += py.patients ?? 0;
    unplaced.practices.add(py.practice);
    continue;
  }
  const s = series.get(place.subIcb);
  fteByRule[place.rule] = (fteByRule[place.rule] ?? 0) + (py.fte ?? 0);
  if (py.fte === null) missingFte.set(py.year, missingFte.get(py.year) + 1);
  s.fte[yi] += py.fte ?? 0;
  s.headcount[yi] += py.headcount ?? 0;
  s.patients[yi] += py.patients ?? 0;
  s.locumTraineeFte[yi] += py.locumTraineeFte ?? 0;
  s.nurseFte[yi] += py.nurseFte ?? 0;
  s.dpcFte[yi] += py.dpcFte ?? 0;
  s.practices[yi] += 1;
  s.weightedPatients[yi] += py.weightedPatients ?? 0;
}

// Round sub-ICB values, then build every higher level as the sum of its sub-ICBs (so they always add up).
for (const s of series.values()) {
  for (const m of MEASURES) s[m] = s[m].map((v) => round(v, DP[m]));
  s.weightedPatients = s.weightedPatients.map((v, i) => (weightedYears.has(YEARS[i]) ? v : null));
}
const childrenOf = (code) => [...areas.values()].filter((a) => a.parent === code).map((a) => a.code);
function seriesFor(code) {
  if (series.has(code)) return series.get(code);
  const kids = childrenOf(code).map(seriesFor);
  const total = Object.fromEntries(
    MEASURES.map((m) => [
      m,
      YEARS.map((_, i) =>
        kids.some((k) => k[m][i] === null)
          ? null
          : round(
              kids.reduce((sum, k) => sum + k[m][i], 0),
              DP[m],
            ),
      ),
    ]),
  );
  series.set(code, total);
  return total;
}

const levelOrder = { england: 0, region: 1, icb: 2, subicb: 3 };
const sortedAreas = [...areas.values()].sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.code.localeCompare(b.code));
const areasOut = {
  schemaVersion: 1,
  years: YEARS,
  measures: {
    fte: 'Fully qualified permanent GPs (partners, salaried GPs and retainers; excl. registrars and locums), FTE; practice-reported, excludes NHS estimates',
    headcount: 'Fully qualified permanent GPs, headcount',
    patients: 'Registered patients',
    weightedPatients:
      'Need-weighted (Carr-Hill) patients from NHS Payments to General Practice; 2023/24 (no payments file) estimated per practice: the mean of its weighted/registered ratios in 2022/23 and 2024/25 times its registered patients (see "estimated")',
    practices: 'Practices reporting in the workforce collection',
    locumTraineeFte: 'Locum and GP trainee (registrar) FTE; all GPs = fte + locumTraineeFte',
    nurseFte: 'Practice nurses FTE (TOTAL_NURSES_FTE); practice-reported',
    dpcFte:
      'Direct patient care staff FTE (TOTAL_DPC_FTE: pharmacists, physiotherapists, paramedics, healthcare assistants, other direct patient care roles); practice-reported',
  },
  /** Years (financial-year end) whose values are estimated, by measure. */
  estimated: { weightedPatients: [ESTIMATED_YEAR] },
  areas: sortedAreas.map((a) => ({ ...a, formerName: a.formerName ?? null, ...seriesFor(a.code) })),
};

// ---- Per-practice baseline figures, one file per sub-ICB, fetched only for an upload's practice rows.
const pcns = practicePcns({ payments, practiceMap2026 });
const locations = practiceLocations({
  locations: readCsv(join(rawDir, 'locations', 'practice_locations_codepoint2025.csv')),
  practiceMap2026,
});
const practiceFigures = buildPracticeFigures({
  practiceYears,
  byPractice: placement.byPractice,
  subIcbCodes,
  years: YEARS,
  names: practiceNames({ payments, practiceMap2026 }),
  locations,
  pcns,
  estimated: { weightedPatients: [ESTIMATED_YEAR] },
});
// Practices of the last year that could not be placed on the map (no position), for SOURCES.md.
const lastYearIndex = YEARS.length - 1;
const unlocated = [...practiceFigures.values()]
  .flatMap((f) => f.practices)
  .filter((p) => p.patients[lastYearIndex] !== null && p.lat === null)
  .map((p) => ({ code: p.code, postcode: p.postcode, source: locations.get(p.code)?.source ?? 'none' }))
  .sort((a, b) => a.code.localeCompare(b.code));
const pcnSources = { 'map-2026': 0, payments: 0, unallocated: 0, none: 0 };
for (const p of [...practiceFigures.values()].flatMap((f) => f.practices)) pcnSources[pcns.get(p.code)?.source ?? 'none'] += 1;

// ---- Oct 2025 all-roles snapshot by area (bulletin tables 6a/6b, Annex C ad-hoc locums).
const ROLES = {
  allGps: 'All GPs',
  partners: 'GP Partners',
  salaried: 'Salaried GPs',
  trainees: 'GPs in Training Grade',
  retainers: 'GP Retainers',
  regularLocums: 'GP Regular Locums',
};
const levelOf = { England: 'england', Region: 'region', ICB: 'icb', SubICB: 'subicb', Unknown: 'unknown' };
const headcountByCode = new Map(table6b.map((r) => [r.org_code, r]));
const annexC = readCsv(workforce('gpw_bulletin_oct2025_annexC_adhoc_locums_by_region_icb_subicb_long.csv'));
const adhocFte = new Map(
  annexC.filter((r) => r.measure === 'FTE' && r.date === '2025-10').map((r) => [r.org_code, toNumber(r.value)]),
);
const snapshotOut = {
  schemaVersion: 1,
  date: '2025-10',
  roles: ROLES,
  areas: table6a.map((r) => ({
    code: r.org_code === 'England' ? 'ENG' : r.org_code,
    level: levelOf[r.org_level],
    name: r.org_code === 'England' ? 'England' : r.org_name,
    fte: Object.fromEntries(Object.entries(ROLES).map(([key, col]) => [key, round(toNumber(r[col]), 2)])),
    headcount: Object.fromEntries(
      Object.entries(ROLES).map(([key, col]) => [key, toNumber(headcountByCode.get(r.org_code)?.[col])]),
    ),
    adhocLocumsFte: round(adhocFte.get(r.org_code) ?? null, 2),
  })),
};

// ---- National bulletin series, Sep 2015 to Oct 2025 (+ country of qualification, table 4).
const national = readCsv(workforce('gpw_national_gp_timeseries_2015_2025.csv'));
const long = readCsv(workforce('gpw_bulletin_oct2025_timeseries_long.csv'));
const qualificationRows = { 8: 'uk', 9: 'eea', 10: 'elsewhere', 11: 'unknown' };
const qualification = new Map();
for (const r of long) {
  if (r.table !== '4' || !(r.row_no in qualificationRows)) continue;
  const entry = qualification.get(r.date) ?? {};
  entry[qualificationRows[r.row_no]] = toNumber(r.value);
  qualification.set(r.date, entry);
}
const nationalOut = {
  schemaVersion: 1,
  rows: national.map((r) => ({
    date: r.date,
    allGpsFte: round(toNumber(r.all_gps_fte), 1),
    qualifiedPermanentFte: round(toNumber(r.qualified_permanent_fte), 1),
    partnersFte: round(toNumber(r.partners_fte), 1),
    salariedFte: round(toNumber(r.salaried_fte), 1),
    traineesFte: round(toNumber(r.training_grade_fte), 1),
    retainersFte: round(toNumber(r.retainers_fte), 1),
    regularLocumsFte: round(toNumber(r.regular_locums_fte), 1),
    allGpsHeadcount: toNumber(r.all_gps_hc),
    qualifiedPermanentHeadcount: toNumber(r.qualified_permanent_hc),
    practices: toNumber(r.practices),
    patients: toNumber(r.patients),
    qualifiedPermanentByQualification: qualification.get(r.date) ?? null,
  })),
};

// ---- National age profile of partners + salaried GPs (THF, from the NHS England census).
const ageRows = readCsv(workforce('thf_gp_partners_salaried_by_gender_ageband_monthly.csv'));
const BANDS = ['Under 40', '40-49', '50-59', '60 and over', 'Unknown'];
const ageByDate = new Map();
for (const r of ageRows) {
  const entry = ageByDate.get(r.snapshot_date) ?? Object.fromEntries(BANDS.map((b) => [b, { fte: 0, headcount: 0 }]));
  entry[r.age_band].fte += toNumber(r.fte) ?? 0;
  entry[r.age_band].headcount += toNumber(r.headcount) ?? 0;
  ageByDate.set(r.snapshot_date, entry);
}
const ageSnapshots = [...ageByDate.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([date, bands]) => ({
    date,
    bands: BANDS.map((band) => ({ band, fte: round(bands[band].fte, 1), headcount: bands[band].headcount })),
  }));
// Financial-year means by band and FTE per head's trends (participation.mjs), from the rounded snapshots above.
const ageOut = { schemaVersion: 1, bands: BANDS, snapshots: ageSnapshots, ...participationByYear(ageSnapshots) };

// ---- GP training intakes and the Long Term Workforce Plan trajectory (raw/training/).
const trainingOut = buildTraining({
  acceptancesCsv: join(rawDir, 'training', 'gp_st1_acceptances_england.csv'),
  ltwpCsv: join(rawDir, 'training', 'ltwp_2023_gp_training_trajectory.csv'),
});

// ---- Places for "Find an area": practices, PCNs, local authority districts, former CCGs (places.mjs).
const places = buildPlaces({
  payments,
  practiceMap2026,
  locations: readCsv(join(rawDir, 'locations', 'practice_locations_codepoint2025.csv')),
  practiceYears,
  byPractice: placement.byPractice,
  names: practiceNames({ payments, practiceMap2026 }),
  subIcbCodes,
  lookup: (name) => readCsv(boundaries(`lookups/${name}`)),
});

// ---- PCN workforce (raw/pcn/) by sub-ICB and PCN, and practice staff by role, Oct 2025 (pcn.mjs, practice-staff.mjs).
const pcn = buildPcn({ rawDir, subIcbCodes, payments, practiceMap2026, byPractice: placement.byPractice });
const practiceStaff = buildPracticeStaff({ table6a, table6b, subIcbCodes });

// ---- The geography of each year (CCGs 2015-2021, sub-ICBs 2022) and the 36 ICBs of April 2026.
const vintages = loadVintages({
  lookup: (name) => readCsv(boundaries(`lookups/${name}`)),
  readGeo: (key) => readJson(boundaries(`derived/${key}_lsoa11-dissolved.geojson`)),
});
const geography2026 = buildGeography2026({
  practiceMap2026,
  payments,
  locations: readCsv(join(rawDir, 'locations', 'practice_locations_codepoint2025.csv')),
  lookup: (name) => readCsv(boundaries(`lookups/${name}`)),
  areas,
  byPractice: placement.byPractice,
  practiceYears,
  years: YEARS,
  weightedYears,
  vintages,
});

// ---- The geography as it was: each year's CCGs (and local offices) with that year's figures (as-was.mjs).
const asWas = buildAsWas({
  payments,
  practiceYears,
  years: YEARS,
  weightedYears,
  vintages,
  byPractice: placement.byPractice,
  areas,
  // The ONS names of the local offices of April 2017 and April 2018, by their upper-case form in the payments files.
  localOfficeNames: new Map(
    ['nhsrlo17', 'nhsrlo18'].flatMap((key) =>
      readJson(boundaries(`derived/${key}_lsoa11-dissolved.geojson`)).features.map((f) => {
        const name = f.properties[`${key.toUpperCase()}NM`];
        return [name.toUpperCase(), name];
      }),
    ),
  ),
  // The local office of each CCG by the ONS lookups of April 2017 (2017/18) and April 2018 (2018/19).
  onsOffices: [
    { year: 2018, key: 'ccg17', prefix: 'CCG17', office: 'NHSRLO17NM' },
    { year: 2019, key: 'ccg18', prefix: 'CCG18', office: 'NHSRLO18NM' },
  ].map(({ year, key, prefix, office }) => ({
    year,
    byCcg: new Map(
      readJson(boundaries(`derived/${key}_lsoa11-dissolved.geojson`)).features.map((f) => [
        f.properties[`${prefix}CDH`],
        f.properties[office].toUpperCase(),
      ]),
    ),
  })),
});

// ---- The latest month: the October 2025 bulletin's qualified permanent GPs by area (bulletin-latest.mjs).
const bulletinLatest = buildBulletinLatest({
  table6a,
  national,
  practiceLevel: { year: YEARS[YEARS.length - 1], fte: seriesFor('ENG').fte[YEARS.length - 1] },
  areaCodes: new Set(areas.keys()),
});

// ---- Boundaries: simplified TopoJSON, the three levels and the 36 ICBs of April 2026 sharing one set of arcs.
const topology = buildBoundaries({ subIcbGeo, areas, pieces: geography2026.pieces, icb2026: geography2026.icbParts });

mkdirSync(outDir, { recursive: true });
const outputs = {
  'areas.json': areasOut,
  'snapshot-oct2025.json': snapshotOut,
  'national.json': nationalOut,
  'age-profile.json': ageOut,
  'boundaries.topo.json': topology,
  'practices.json': practicesOut,
  'training.json': trainingOut,
  'places.json': places.out,
  'pcn.json': pcn.pcnOut,
  'pcn-networks.json': pcn.networksOut,
  'practice-staff-oct2025.json': practiceStaff,
  'icb-2026.json': geography2026.out,
  'as-was.json': asWas.out,
  [AS_WAS_BOUNDARIES]: asWas.boundaries,
  'bulletin-latest.json': bulletinLatest,
};
const sizes = {};
for (const [name, value] of Object.entries(outputs)) {
  const text = JSON.stringify(value);
  writeFileSync(join(outDir, name), `${text}\n`);
  sizes[name] = { bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}
const practiceFiles = writePracticeFigures(join(outDir, 'practices'), practiceFigures);

writeSources({
  path: join(outDir, 'SOURCES.md'),
  sizes,
  placement,
  unplaced: { ...unplaced, practices: unplaced.practices.size, fte: round(unplaced.fte, 1) },
  missingFte: [...missingFte.entries()],
  fteByRule: Object.fromEntries(Object.entries(fteByRule).map(([rule, fte]) => [rule, round(fte, 1)])),
  overlap: overlap.map((o) => ({ ...o, older: round(o.older, 1), newer: round(o.newer, 1) })),
  england: seriesFor('ENG'),
  years: YEARS,
  newerFrom: NEWER_FILE_FROM,
  training: trainingOut,
  participation: ageOut,
  practiceFiles: { ...practiceFiles, unlocated, pcnSources, lastYear: YEARS[lastYearIndex] },
  weighted: { ratioYears: RATIO_YEARS, estimatedYears: [ESTIMATED_YEAR], coverage: ratioCoverage, noRatio },
  places: places.stats,
  pcn: { ...pcn.pcnOut, stats: pcn.stats, practiceStaff },
  geography: geographySources({ geography2026, asWas, bulletinLatest, sizes }),
});
for (const [name, s] of Object.entries(sizes)) console.log(`${name}: ${s.bytes} bytes, ${s.gzip} gzipped`);
console.log(`placed practices: ${placement.byPractice.size}; unplaced practice-years: ${unplaced.practiceYears}`);
