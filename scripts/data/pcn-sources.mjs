// The PCN workforce section of data/SOURCES.md (pcn.json, pcn-networks.json, practice-staff-oct2025.json): what
// each holds, the role grouping, the geography join and what it lost, coverage, the lever defaults and the checks.
import { COVERAGE_THRESHOLD, NETWORK_DATES, RECLASSIFIED_SHARE } from './pcn.mjs';

const fmt = (n) => (n === null || n === undefined ? 'none' : n.toLocaleString('en-GB'));
const pct = (share) => `${(share * 100).toFixed(1)}%`;

/** Attribution line for data/SOURCES.md. */
export const PCN_ATTRIBUTION =
  'Primary care network staff: Contains public sector information licensed under the Open Government Licence v3.0 (NHS England / NHS Digital), Primary Care Network Workforce (individual-level files Mar 2020 - Sep 2022, Nov 2025, Jun 2026; bulletin Table 1a, Mar 2020 - Nov 2025).';

/**
 * @param {{ roles: { key: string, label: string, group: string, staffRoles: string[] }[], groups: { key: string, label: string }[],
 *   areas: object[], dates: string[], defaults: object, stats: object, practiceStaff: object }} input (pcn.json's parts)
 */
export function pcnSources({ roles, groups, areas, dates, defaults, stats, practiceStaff }) {
  const { files, unplaced, june2026Rules, frimley2026, coverage, headcountOvercount, nationalCheck } = stats;
  const groupLabel = new Map(groups.map((g) => [g.key, g.label]));
  const roleRows = roles.map((r) => `| \`${r.key}\` | ${r.label} | ${groupLabel.get(r.group)} | ${r.staffRoles.join('; ')} |`);
  const fileRows = files.map(
    (f, i) =>
      `| ${f.date} | \`${f.file}\` | ${f.geography} (${f.icbs} ICBs, ${f.subIcbs} sub-ICBs) | ${fmt(f.rows)} | ${fmt(f.fte)} | ${fmt(f.pcns)} | ${unplaced[i].fte === 0 ? 'none' : `${fmt(unplaced[i].fte)} FTE, ${unplaced[i].pcns} PCNs`} |`,
  );
  const coverageRows = coverage.map((c) => {
    const published =
      c.publishedActive === null
        ? 'none (after the series)'
        : `${fmt(c.publishedReporting)} of ${fmt(c.publishedActive)} (${pct(c.publishedReporting / c.publishedActive)})`;
    return `| ${c.date} | ${published} | ${fmt(c.derivedReporting)} of ${fmt(c.derivedActive)} (${pct(c.derivedReporting / c.derivedActive)}) | ${c.listSource}: ${fmt(c.listed)} PCNs; ${fmt(c.reportingNotListed)} reporting PCNs not in it |`;
  });
  const checkRows = nationalCheck.map((c) => `| ${c.date} | ${fmt(c.file)} | ${fmt(c.national)} | ${c.maxRoleDifference} |`);
  const headcountRows = headcountOvercount.map((h) => `${h.date}: ${fmt(h.sumOfSubIcbs)} vs ${fmt(h.england)}`).join('; ');
  const trendRows = (trend, kind, keys, labelOf) =>
    keys.map((key) => {
      const t = trend[kind][key];
      if (!t) return `| ${labelOf(key)} | not recorded in the window | | | |`;
      const notes = kind === 'roles' && t.introduced.length ? t.introduced.join('; ') : '';
      return `| ${labelOf(key)} | ${t.from} to ${t.to} | ${fmt(t.fromFte)} → ${fmt(t.toFte)} | ${fmt(t.ftePerYear)} | ${t.percentPerYear === null ? 'n/a' : `${t.percentPerYear}%`} |${notes ? ` ${notes} |` : ' |'}`;
    });
  const roleLabel = new Map(roles.map((r) => [r.key, r.label]));
  const since = defaults.sinceCoverage;
  const rate = defaults.rate2024To2025;
  const trendTable = (trend) => [
    '| role or group | window | FTE (England) | FTE per year | % per year | categories first recorded in the window |',
    '|---|---|---|---|---|---|',
    ...trendRows(
      trend,
      'groups',
      groups.map((g) => g.key),
      (k) => `**${groupLabel.get(k)}**`,
    ),
    ...trendRows(
      trend,
      'roles',
      roles.map((r) => r.key),
      (k) => roleLabel.get(k),
    ),
  ];
  const practiceEngland = practiceStaff.areas.find((a) => a.level === 'england');
  const practiceSubIcbs = practiceStaff.areas.filter((a) => a.level === 'subicb');
  const practiceSum = (k) => practiceSubIcbs.reduce((s, a) => s + a.fte.staffGroups[k], 0);
  const knowsley = areas.find((a) => a.code === '01J');
  const nov2025 = dates.indexOf('2025-11');
  const frimley = Object.entries(frimley2026)
    .map(([code, n]) => `${n} in ${code}`)
    .join(', ');

  return `## PCN workforce and the whole practice team
Staff employed by (or deployed to) primary care networks, most under the Additional Roles Reimbursement Scheme
(ARRS), as recorded in the National Workforce Reporting Service (raw/pcn/, its SOURCES.md). The app loads these
files only when a team metric or lever is first used; nothing on the first screen changes.

- \`pcn.json\`: for England and each of the 106 sub-ICBs (2022 geography), at ${files.length} dates
  (${files.map((f) => f.date).join(', ')}): FTE and headcount by role (below), FTE by the bulletin's staff group
  (GPs, nurses, direct patient care, admin, directors), all PCN staff FTE and headcount, PCNs active and reporting.
  FTE to 2 dp. **null** = the role was not collected then (no value in Table 1a at that date; June 2026 takes
  November 2025's), not 0. **Headcount** = distinct \`UNIQUE_IDENTIFIER\`s of staff rows within the area and role
  (contracted services have FTE but no headcount; England's contracted FTE is \`contractedFte\`); it does not add
  up across areas or roles (someone can work in two): the sub-ICBs' headcounts sum to ${headcountRows} (England).
  Also England's FTE by role at the ${stats.national.dates.length} dates of the bulletin's Table 1a
  (${stats.national.dates[0]} to ${stats.national.dates.at(-1)}) with its coverage rows (\`national\`), and the team
  levers' defaults (\`defaults\`, below). England's row is the whole file; ICBs and regions are for the app to sum
  from the sub-ICBs. Practice and PCN files can count the same person (DATA.md).
- \`pcn-networks.json\`: each PCN's own staff (FTE and headcount by role, totals) at ${NETWORK_DATES.join(' and ')},
  with its 2022 sub-ICB (as pcn.json counts it), and its 2026 sub-ICB and ICB as the June 2026 file records them.
- \`practice-staff-oct2025.json\`: practice-employed staff, October 2025, by sub-ICB (bulletin tables 6a FTE, 6b
  headcount; bulletin basis, with NHS England's estimates for non-reporting practices, unlike \`areas.json\`):
  staff-group FTE and headcount (all GPs, nurses, direct patient care, admin) and FTE on the PCN role keys (null
  where the bulletin has no such practice category; \`otherClinical\` and \`adminManagement\` are the group less its
  named roles). England ${fmt(practiceEngland.fte.staffGroups.gps)} GP, ${fmt(practiceEngland.fte.staffGroups.nurses)} nurse, ${fmt(practiceEngland.fte.staffGroups.dpc)} direct patient care and
  ${fmt(practiceEngland.fte.staffGroups.admin)} admin FTE; the sub-ICBs sum to ${fmt(Number(practiceSum('gps').toFixed(1)))} GP FTE (the rest, ${fmt(Number((practiceEngland.fte.staffGroups.gps - practiceSum('gps')).toFixed(1)))},
  is the "unknown" row: trainees with no area), ${fmt(Number(practiceSum('nurses').toFixed(1)))} nurse, ${fmt(Number(practiceSum('dpc').toFixed(1)))} DPC and ${fmt(Number(practiceSum('admin').toFixed(1)))} admin FTE.
  The whole practice team at Oct/Nov 2025 = practice staff (Oct 2025) + PCN staff (Nov 2025), a month apart.

### Roles and role groups
Each raw \`STAFF_ROLE\` (with " (Non-Mental Health Practitioners)" dropped) belongs to one role; a label no rule
knows stops the pipeline. Any label ending "(Mental Health Practitioners)", staff employed under ARRS's mental health
practitioner role whatever their profession (community mental health nurses among them), is a mental health
practitioner. Advanced practitioners count in their profession (e.g. Advanced Pharmacist Practitioners are
pharmacists; the bulletin's "Pharmacists" row excludes them). Trainees count in their
role. Directors (PCN clinical directors) count in admin and management. The groups follow ARRS's own split
(clinical, personalised care, support), the clinical roles divided as a planner would plan them.

| key | role | group | raw STAFF_ROLE labels (all files) |
|---|---|---|---|
${roleRows.join('\n')}

### Geography: joining on the sub-ICB code
The 2020-22 files are NHS Digital's remapped re-issue: every date on the 2022 codes. November 2025 is also on the
2022 geography (42 ICBs, 106 sub-ICBs with D4U1Y). June 2026 is on the 2026 geography: 36 ICBs, and 106 sub-ICB
codes of which 105 are the 2022 codes unchanged; Frimley (D4U1Y) is gone and Thames Valley's U2G6B is new. Of
Frimley's PCNs of November 2025, ${frimley} in June 2026. Rule for June 2026: a PCN in the November 2025 file keeps
its sub-ICB of then (${fmt(june2026Rules['nov-2025'])} PCNs); another takes its 2026 code when that is a 2022 code
(${fmt(june2026Rules['same-code'])}), U2G6B going back to D4U1Y (${fmt(june2026Rules.u2g6b)}); else not placed. Every PCN records one sub-ICB
(none straddles in these files). Staff not placed, by date: see the last column.

| date | file | geography | rows | FTE | PCNs | not placed |
|---|---|---|---|---|---|---|
${fileRows.join('\n')}

${
  files.some((f) => f.negativeRows)
    ? `Rows with a negative FTE (kept, as NHS Digital's totals include them): ${files
        .filter((f) => f.negativeRows)
        .map((f) => `${f.date}: ${f.negativeRows} (${f.negativeFte} FTE)`)
        .join('; ')}.`
    : ''
}

### Reporting coverage
National: the bulletin's "PCNs recording staff or contracted services data" of "PCNs active" (Table 1a), as
\`pcnsReporting\`/\`pcnsActive\` of England; June 2026, after the series: the file's PCNs of the active PCNs derived as
below. By sub-ICB (derived): the active PCNs of a date are those in the NHS Payments file of its financial year
(its practices' PCN codes), or the July 2026 practice map where no payments file covers the date (2025/26 on), plus
any reporting PCN not in that list. A reporting PCN counts in the sub-ICB the file records it under (placed as
above); a PCN not reporting, in the sub-ICB holding most of its practices (the pipeline's practice placement; ties
to the lower code). The sub-ICBs' counts sum to the derived England figure:

| date | published (England) | derived (sum of sub-ICBs) | active list |
|---|---|---|---|
${coverageRows.join('\n')}

### Team lever defaults (\`defaults\`)
England's recorded growth per year by role and group, computed from Table 1a. **Since coverage reached
${COVERAGE_THRESHOLD * 100}%** (\`sinceCoverage\`): from ${since.from}, the first month with at least ${COVERAGE_THRESHOLD * 100}% of PCNs reporting, to
${since.to}, the series' last month. A role first recorded later starts at its first month; a category first recorded
inside the window with at least ${RECLASSIFIED_SHARE * 100}% of its role's FTE in its first month is a reclassification, and the
role's window opens then. FTE per year = (FTE at the end − FTE at the start) ÷ years; % per year compound. A group's
FTE per year is the sum of its roles'; its % only where its roles share one window. ${defaults.caveats.all}.
${defaults.caveats.gps}.

${trendTable(since).join('\n')}

**The 2024/25 rate** (\`rate2024To2025\`, for the "ARRS at the 2024/25 rate" preset): ${rate.from} to ${rate.to}.

${trendTable(rate).join('\n')}

**GP time released per role**: ${defaults.gpTimeReleased.note}

### Checks
Each file against the bulletin's Table 1a (England; FTE; the largest difference of any role):

| date | file | Table 1a | largest role difference |
|---|---|---|---|
${checkRows.join('\n')}

June 2026 (after the series): ${fmt(files.at(-1).fte)} FTE (issue 22: 31,253.3). Knowsley (01J), November 2025 (DATA.md:
pharmacists 10.89, all PCN staff 76.19): ${fmt(knowsley.fte.pharmacists[nov2025])} and ${fmt(knowsley.totalFte[nov2025])} FTE here; test/data/pcn.test.ts recomputes both from the raw file.
`;
}
