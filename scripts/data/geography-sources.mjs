// The data/SOURCES.md section for the geographies beside areas.json: the 36 ICBs of April 2026 (icb-2026.json and
// boundaries.topo.json's icb2026 object), the CCGs and local offices as they were (as-was.json,
// as-was-boundaries.topo.json) and the latest bulletin month (bulletin-latest.json). Every figure comes from the
// pipeline's own results.

const fmt = (n) => n.toLocaleString('en-GB');
const yearLabel = (y) => `${y - 1}/${String(y).slice(2)}`;
const pct = (share) => `${(share * 100).toFixed(1)}%`;

/**
 * @param {{ geography2026: { out: object, stats: object, pieces: object[] }, asWas: { out: object, stats: object },
 *   bulletinLatest: object, sizes: Record<string, { bytes: number, gzip: number }> }} input
 */
export function geographySources({ geography2026, asWas, bulletinLatest, sizes }) {
  const g = geography2026.out;
  const gs = geography2026.stats;
  const size = (name) => `${fmt(sizes[name].bytes)} bytes, ${fmt(sizes[name].gzip)} gzipped`;
  const icbName = new Map(g.icbs.map((i) => [i.code, i.name]));
  const changed = g.icbs.filter((i) => !i.sameAs2022);
  const splitRows = g.splits
    .flatMap((s) =>
      s.localAuthorities.map(
        (la) =>
          `    | ${s.subIcb} | ${la.name} (${la.code}) | ${fmt(la.lsoas)} | ${fmt(la.practices)} | ${la.to} (${icbName.get(g.icbs.find((i) => i.subIcbs.includes(la.to)).code)}) | ${la.by === 'practices' ? "where the authority's practices are in July 2026" : 'the sub-ICB holding the rest of the authority (no practice of the split sub-ICB located there)'} |`,
      ),
    )
    .join('\n');
  const drawn = g.splits.flatMap((s) =>
    s.drawnAs.map(
      (p) =>
        `${p.name} (${p.code}, ${fmt(p.lsoas)} LSOAs) drawn in ${p.drawnIn}${p.misdrawn ? `, of which ${fmt(p.misdrawn)} LSOAs belong elsewhere` : ''}`,
    ),
  );
  const rules = gs.practicesByRule;
  const ftes = gs.fteByRule;

  const a = asWas.out;
  const ccgYears = a.levels.ccg.years;
  const officeYears = new Map(a.levels.localOffice.years.map((y) => [y.year, y]));
  const ORDER = ['own year', 'nearest year', 'nearest year, by LSOAs', '2022 sub-ICB, by LSOAs', 'unplaced'];
  const ruleNames = [...new Set(asWas.stats.rules.flatMap((r) => Object.keys(r.byRule)))].sort(
    (x, y) => ORDER.indexOf(x) - ORDER.indexOf(y),
  );
  const reused = ccgYears.filter((y, i) => i > 0 && ccgYears[i - 1].object === y.object);
  const ruleRows = asWas.stats.rules
    .map(({ year, byRule }) => {
      const v = ccgYears.find((y) => y.year === year);
      const office = officeYears.get(year);
      return `    | ${yearLabel(year)} | ${v.label} | ${fmt(v.count)} | ${office ? fmt(office.count) : '–'} | ${ruleNames
        .map((r) => (byRule[r] ? `${fmt(byRule[r].practiceYears)} (${fmt(byRule[r].fte)})` : '0'))
        .join(' | ')} |`;
    })
    .join('\n');
  const b = bulletinLatest.basisDifference;

  return `## The ICBs of April 2026, the CCGs as they were, and the latest month
- \`icb-2026.json\` (${size('icb-2026.json')}): the ${fmt(g.icbs.length)} ICBs of April 2026 ("ICB"; the 42 of
  \`areas.json\` stay as "ICB (2022–2026)", the geography of the bulletins to October 2025), with the same
  per-year measures as \`areas.json\`, their 7 regions (the regions of \`areas.json\`: every 2026 ICB lies in one),
  their 2026 sub-ICB locations, the 2022 ICBs their practices come from (\`formerIcbs\`, shares of ${yearLabel(g.years[g.years.length - 1])}
  registered patients), \`sameAs2022\` (${fmt(g.icbs.length - changed.length)} ICBs keep their 2022 code and area exactly; changed:
  ${changed.map((i) => `${i.name} ${i.code}`).join(', ')}), and \`fromIcb2022\`, each 2022 ICB code -> the 2026 ICB(s)
  its practices are in now, with shares (for old links). Source of the 2026 geography: the July 2026 practice map
  (gp-reg-pat-prac-map_2026-07.csv: practice -> sub-ICB -> ICB).
  - **How the app uses it** (src/data/icb-2026.ts): loaded with \`areas.json\` and merged in. The ${fmt(g.icbs.length - changed.length)} unchanged ICBs
    are the 2022 areas; the other ${fmt(changed.length)} keep their own recorded figures (as placed by practice). Projected years: each of
    the ${fmt(changed.length)} is the sum of its whole 2022 sub-ICBs' paths plus, for those that took part of a split sub-ICB, that
    part of the split sub-ICB's path, the part being what its own ${yearLabel(g.years[g.years.length - 1])} figure holds beyond its whole sub-ICBs,
    measure by measure. QRL kept its code on a new area: it is \`QRL-2026\` inside the app and in links written by it,
    "QRL" in search and in the CSV's area_code.
  - **Sub-ICB codes in 2026.** ${fmt(gs.subIcbs2022 - gs.split.length)} of the ${fmt(gs.subIcbs2022)} sub-ICB codes of 2022 are still there;
    ${gs.split.join(', ')} is gone (split) and ${gs.created.join(', ')} is new; no practice of a kept sub-ICB is listed under
    another code in 2026 (${fmt(gs.moved.length)} found), so each kept sub-ICB moves whole to its 2026 ICB. ${gs.onsChanged.length ? `${gs.onsChanged.map((c) => `${c.code} (${c.from} -> ${c.to})`).join(' and ')} have new ONS codes in 2026; their practices did not move, so they are taken as the same areas (no 2026 boundary file is staged to check).` : ''}
  - **The split, by local authority.** Each LSOA of the split sub-ICB goes by its local authority (LTLA 2022 in
    geographr_LSOA11_sicbl22_icb22_ltla22.csv) to the 2026 sub-ICB that took that authority's practices (the split
    sub-ICB's practices in the July 2026 map, located in the authority by Code-Point Open, weighted by their latest
    registered patients):

    | sub-ICB (2022) | local authority | LSOAs | practices located there | goes to (2026 ICB) | by |
    |---|---|---|---|---|---|
${splitRows}
  - **Practices of the split sub-ICB**: each goes to its own July 2026 sub-ICB (${fmt(rules['map-2026'] ?? 0)} practices,
    ${fmt(ftes['map-2026'] ?? 0)} GP FTE summed over practice-years); a practice no longer in that map (closed) by the local
    authority of its location, by the table above (${fmt(rules['local-authority'] ?? 0)} practices, ${fmt(ftes['local-authority'] ?? 0)} GP FTE over practice-years);
    else by the LSOAs of its latest payments code (${fmt(rules['lsoa-majority'] ?? 0)} practices, ${fmt(ftes['lsoa-majority'] ?? 0)} GP FTE). By
    ${yearLabel(g.years[g.years.length - 1])} registered patients the split went ${g.splits.flatMap((s) => s.to.map((t) => `${pct(t.share)} to ${t.subIcb} (${icbName.get(t.icb)})`)).join(', ')}.
    Unplaced practice-years are those \`areas.json\` leaves out: each year, the 36 ICBs add up to England.
  - **Boundaries**: \`boundaries.topo.json\` carries a fourth object, \`icb2026\`, merged from the same arcs. The split
    sub-ICB is drawn as the areas of the latest vintage that divides it into whole areas: ${drawn.join('; ')}.
    No staged boundary divides a piece further (the LSOA polygons are not in raw/boundaries), so those LSOAs are drawn
    with their piece while their practices' figures count where the practices are.
- \`as-was.json\` (${size('as-was.json')}) and \`${a.boundaries}\` (${size(a.boundaries)}): "CCG (as was)", each
  year's CCGs (from July 2022 the sub-ICB locations) on that year's boundaries, and "NHS England local office (as was)"
  for the years the payments files name them (${a.levels.localOffice.years.map((y) => yearLabel(y.year)).join(', ')}), with that year's GP FTE, headcount,
  registered and need-weighted patients, practices, locum + trainee, nurse and direct patient care FTE, summed from each
  practice's CCG in that year (NHS Payments, \`ccg_or_subicb_code\`; the same practice-years and overlap rule as
  \`areas.json\`). Both files load only when that level is chosen (\`as-was.json\` also when "Find an area" is first typed in, to find
  the CCGs by name): nothing here is on the first screen.
  - **A practice-year's CCG**: the practice's code in that year's payments file (its codes are exactly that year's
    CCGs, every year); else the code of its nearest payments year (ties: the earlier; 2023/24 has no payments file
    and takes 2022/23's code, the same geography), or, if that code is not a CCG of the year, the CCG holding most of
    its LSOAs; else (a practice in no payments file) the CCG holding most of the LSOAs of the 2022 sub-ICB it is
    placed in. Practice-years by rule, with their GP FTE in brackets:

    | year | geography | CCGs | local offices | ${ruleNames.join(' | ')} |
    |---|---|---|---|${ruleNames.map(() => '---|').join('')}
${ruleRows}
  - **Areas are a code with one boundary**: a code whose LSOAs changed is one area per boundary (\`code@first year\`),
    so change is measured only between years with the same boundary: ${asWas.stats.changedCodes.map((c) => c.ids.join(' / ')).join('; ')}.
    The sub-ICB locations of July 2022 are not quite the CCGs of April 2021: the codes above with a 2023 area changed
    boundary then.
  - **Local offices**: the union of each year's CCGs by the payments file's own region code (every CCG's practices
    share one); boundaries merged from the CCGs' arcs. Against the ONS lookups, ${asWas.stats.onsAgreement.map((o) => `${yearLabel(o.year)}: ${fmt(o.ccgs - o.differ.length)} of ${fmt(o.ccgs)} CCGs in the same local office`).join('; ')}.
    Names from the ONS lists where they match, else the payments file's in title case.
  - **Boundaries**: every vintage in one topology (they share the LSOA edges, so arcs are shared across years),
    simplified as \`boundaries.topo.json\` is (Visvalingam, 10% of points, 30,000 grid); one object per distinct
    vintage (${asWas.stats.distinct.join(', ')}; ${reused.map((y) => `${yearLabel(y.year)} reuses ${yearLabel(y.year - 1)}'s`).join(', ')}: identical areas), \`lo<year>\` objects for the local offices.
  - Each year's CCGs add up to the England figures of \`areas.json\` (tested); unplaced practice-years by year are in
    \`unplaced\` (${a.unplaced.practiceYears.map((n, i) => `${yearLabel(a.years[i])}: ${n}`).join(', ')}; GP FTE in all: ${fmt(a.unplaced.fte.reduce((x, y) => x + y, 0))}).
- \`bulletin-latest.json\` (${size('bulletin-latest.json')}): "${bulletinLatest.label}", the bulletin's fully qualified permanent GPs
  (partners + salaried + retainers, FTE, table 6a) for England, every region, ICB (2022–2026) and sub-ICB location: a
  different source from the annual practice-level series (it includes NHS England's estimates). Basis difference:
  ${b.text} Headcount is not given: the bulletin's role headcounts by area are not additive (a GP can hold two roles).
  England: ${fmt(bulletinLatest.areas.find((x) => x.level === 'england').fte)} FTE (published: 28,017.2).
  - **How the app uses it** (src/figures/latest-bulletin.ts): fetched once the first map is on screen (not on the first
    screen), it is the Year control's "Oct 2025 (latest bulletin)" at region, ICB (2022–2026) and sub-ICB (offered
    disabled at the 36 ICBs of April 2026: the bulletin reports the 42 and Frimley whole), a one-point series never
    joined to the annual series or the projection: GP FTE only (no patients by area, so no rate or flag), the
    month, source and basis difference named in the legend, tooltip, Areas caption and map PNG; on the trend chart
    (GP FTE) a point of its own at the month.
`;
}
