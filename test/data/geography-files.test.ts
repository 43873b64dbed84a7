// The committed files beside areas.json (issue 21): the 36 ICBs of April 2026, the CCGs and local offices as they
// were, and the October 2025 bulletin by area. They pass their schemas, add up to England every year, agree with
// areas.json where they must, match the published figures, and stay off the first screen.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  AREA_SERIES_KEYS,
  areasFileSchema,
  boundariesFileSchema,
  bulletinLatestFileSchema,
  icb2026FileSchema,
  type AreaLevel,
} from '../../src/data/schemas';
import { asWasBoundariesFileSchema, asWasFileSchema } from '../../src/data/as-was-schemas';
import { asWasAt, icb2026For } from '../../src/data/as-was';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const raw = (file: string) => readFileSync(resolve(DATA_DIR, file));
const json = (file: string): unknown => JSON.parse(raw(file).toString('utf8'));

const areasFile = areasFileSchema.parse(json('areas.json'));
const boundaries = boundariesFileSchema.parse(json('boundaries.topo.json'));
const icb2026 = icb2026FileSchema.parse(json('icb-2026.json'));
const asWas = asWasFileSchema.parse(json('as-was.json'));
const asWasBoundaries = asWasBoundariesFileSchema.parse(json('as-was-boundaries.topo.json'));
const bulletin = bulletinLatestFileSchema.parse(json('bulletin-latest.json'));

const atLevel = (level: AreaLevel) => areasFile.areas.filter((a) => a.level === level);
const england = atLevel('england')[0]!;
const byCode = new Map(areasFile.areas.map((a) => [a.code, a]));
const yearLabel = (y: number) => `${y - 1}/${String(y).slice(2)}`;

/** Every per-year measure of areas.json, which the new files carry too. */
const MEASURES = AREA_SERIES_KEYS;
type Measure = (typeof MEASURES)[number];
/** Anything with some per-year measures (an area of any file). */
type Series = Partial<Record<Measure, readonly (number | null)[]>>;
/**
 * How far a sum of separately rounded parts may be from a total: practices are counts (exact); FTE comes to 1 dp per
 * practice and is stored to 2 dp (exact but for float error); headcount and patients are means of snapshots, rounded
 * to whole numbers per area, so half a unit for each part and for each of England's 106 sub-ICBs.
 */
function tolerance(measure: Measure, parts: number): number {
  if (measure === 'practices') return 0;
  if (measure === 'headcount' || measure === 'patients' || measure === 'weightedPatients') return 0.5 * (parts + 106);
  return 0.05;
}

/** Each year where `parts` do not add up to `total` within the measure's tolerance (both null is fine). */
function mismatches(label: string, parts: Series[], total: Series, years: number[], measure: Measure): string[] {
  const out: string[] = [];
  years.forEach((year, i) => {
    const want = total[measure]?.[i] ?? null;
    const values = parts.map((p) => p[measure]?.[i] ?? null);
    if (want === null) {
      if (values.some((v) => v !== null)) out.push(`${label} ${year}: total null, parts not`);
      return;
    }
    const sum = values.reduce<number>((s, v) => s + (v ?? NaN), 0);
    if (!(Math.abs(sum - want) <= tolerance(measure, parts.length) + 1e-9))
      out.push(`${label} ${yearLabel(year)}: ${sum} vs ${want}`);
  });
  return out;
}

describe('icb-2026.json: the ICBs of April 2026', () => {
  it('lists 36 ICBs with unique codes, including the six formed by mergers', () => {
    expect(icb2026.icbs).toHaveLength(36);
    const names = new Map(icb2026.icbs.map((i) => [i.code, i.name]));
    expect(names.size).toBe(36);
    expect(names.get('D7T5G')).toBe('NHS Essex ICB');
    expect(names.get('S0E4D')).toBe('NHS Thames Valley ICB');
    expect(names.get('S1Y5D')).toBe('NHS Central East ICB');
    expect(names.get('S9B9J')).toBe('NHS Surrey and Sussex ICB');
    expect(names.get('T6Y0W')).toBe('NHS Norfolk and Suffolk ICB');
    expect(names.get('Z9B2Z')).toBe('NHS West and North London ICB');
    // Frimley is gone: its code is not a 2026 ICB.
    expect(names.has('QNQ')).toBe(false);
  });

  it('puts every ICB in one of the 7 regions of areas.json, with the years of areas.json', () => {
    const regions = new Set(atLevel('region').map((r) => r.code));
    expect(regions.size).toBe(7);
    for (const icb of icb2026.icbs) expect(regions.has(icb.parent), icb.code).toBe(true);
    expect(icb2026.years).toEqual(areasFile.years);
  });

  it.each(MEASURES)('%s: the 36 ICBs add up to England every year', (measure) => {
    expect(mismatches('ICBs 2026', icb2026.icbs, england, icb2026.years, measure)).toEqual([]);
  });

  it.each(MEASURES)('%s: the 42 ICBs of 2022–2026 add up to England every year', (measure) => {
    expect(mismatches('ICBs 2022', atLevel('icb'), england, areasFile.years, measure)).toEqual([]);
  });

  it.each(MEASURES)('%s: each 2026 region is the sum of its 2026 ICBs (the regions did not change)', (measure) => {
    const out = atLevel('region').flatMap((region) =>
      mismatches(
        region.code,
        icb2026.icbs.filter((i) => i.parent === region.code),
        region,
        areasFile.years,
        measure,
      ),
    );
    expect(out).toEqual([]);
  });

  it('an ICB that kept its 2022 code and area has exactly its areas.json figures', () => {
    const same = icb2026.icbs.filter((i) => i.sameAs2022);
    expect(same.length).toBe(29);
    const out = same.flatMap((icb) =>
      MEASURES.flatMap((m) => mismatches(icb.code, [icb], byCode.get(icb.code)!, areasFile.years, m)),
    );
    expect(out).toEqual([]);
  });

  it("an ICB built from whole 2022 sub-ICBs is their sum; Frimley's D4U1Y is shared out between three", () => {
    const subIcbs22 = new Set(atLevel('subicb').map((s) => s.code));
    const [frimley] = icb2026.splits;
    expect(icb2026.splits).toHaveLength(1);
    expect(frimley?.subIcb).toBe('D4U1Y');
    // The three 2026 sub-ICBs that took D4U1Y, and their ICBs: Thames Valley, Hampshire and IoW, Surrey and Sussex.
    expect(frimley?.to.map((t) => t.icb).sort()).toEqual(['QRL', 'S0E4D', 'S9B9J']);
    expect(frimley?.to.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 3);
    const receiving = new Set(frimley?.to.map((t) => t.icb));
    for (const icb of icb2026.icbs.filter((i) => !receiving.has(i.code))) {
      const parts = icb.subIcbs.map((s) => byCode.get(s)!);
      expect(
        icb.subIcbs.every((s) => subIcbs22.has(s)),
        icb.code,
      ).toBe(true);
      expect(mismatches(icb.code, parts, icb, areasFile.years, 'fte')).toEqual([]);
    }
    // What the three receiving ICBs hold beyond their whole 2022 sub-ICBs is D4U1Y, every year.
    const extra = (measure: 'fte' | 'practices') =>
      areasFile.years.map((_, i) =>
        [...receiving].reduce((sum, code) => {
          const icb = icb2026.icbs.find((x) => x.code === code)!;
          const whole = icb.subIcbs.filter((s) => subIcbs22.has(s)).reduce((s, c) => s + byCode.get(c)![measure][i]!, 0);
          return sum + icb[measure][i]! - whole;
        }, 0),
      );
    const d4u1y = byCode.get('D4U1Y')!;
    extra('fte').forEach((v, i) => expect(Math.abs(v - d4u1y.fte[i]!), `${areasFile.years[i]}`).toBeLessThanOrEqual(0.05));
    extra('practices').forEach((v, i) => expect(v).toBe(d4u1y.practices[i]));
  });

  it('maps every 2022 ICB code to the 2026 ICB(s) its practices are in, for old links', () => {
    expect(Object.keys(icb2026.fromIcb2022).sort()).toEqual(
      atLevel('icb')
        .map((i) => i.code)
        .sort(),
    );
    const codes2026 = new Set(icb2026.icbs.map((i) => i.code));
    for (const [code, targets] of Object.entries(icb2026.fromIcb2022)) {
      expect(
        targets.reduce((s, t) => s + t.share, 0),
        code,
      ).toBeCloseTo(1, 3);
      for (const t of targets) expect(codes2026.has(t.code), `${code} -> ${t.code}`).toBe(true);
    }
    // Mid and South Essex went whole into NHS Essex; a link with areas=QH8 opens it with a notice.
    expect(icb2026.fromIcb2022.QH8).toEqual([{ code: 'D7T5G', share: 1 }]);
    expect(icb2026For(icb2026, 'QH8')).toEqual({ code: 'D7T5G', notice: true });
    expect(icb2026For(icb2026, 'qnq')?.code).toBe('S0E4D');
    // A kept ICB opens as itself with no notice; Hampshire and IoW kept its code but gained part of Frimley.
    expect(icb2026For(icb2026, 'QE1')).toEqual({ code: 'QE1', notice: false });
    expect(icb2026For(icb2026, 'QRL')).toEqual({ code: 'QRL', notice: true });
    expect(icb2026For(icb2026, 'D7T5G')).toEqual({ code: 'D7T5G', notice: false });
    expect(icb2026For(icb2026, 'NOPE')).toBeNull();
  });

  it("boundaries.topo.json's icb2026 object has one geometry per 2026 ICB; the old objects are unchanged in kind", () => {
    const ids = boundaries.objects.icb2026?.geometries.map((g) => g.id).sort();
    expect(ids).toEqual(icb2026.icbs.map((i) => i.code).sort());
    expect(boundaries.objects.subicb.geometries).toHaveLength(106);
    expect(boundaries.objects.icb.geometries).toHaveLength(42);
    expect(boundaries.objects.region.geometries).toHaveLength(7);
  });
});

describe('as-was.json: the CCGs and local offices as they were', () => {
  const ccgYears = asWas.levels.ccg.years;

  it('has each year its own CCGs: 209, 209, 207, 195, 191, 135, then 106 (and 106 sub-ICBs from 2022/23)', () => {
    expect(asWas.years).toEqual(areasFile.years);
    expect(ccgYears.map((y) => y.year)).toEqual(asWas.years);
    const counts = asWas.years.map((y) => asWasAt(asWas, 'ccg', y)!.areas.length);
    expect(counts).toEqual([209, 209, 207, 195, 191, 135, 106, 106, 106, 106]);
    expect(ccgYears.map((y) => y.count)).toEqual(counts);
    expect(asWasAt(asWas, 'ccg', 2018)!.label).toBe('CCGs as at April 2017');
  });

  it('has NHS England local offices for 2015/16 to 2018/19 (13, then 14), and none after', () => {
    const years = asWas.levels.localOffice.years.map((y) => y.year);
    expect(years).toEqual([2016, 2017, 2018, 2019]);
    expect(years.map((y) => asWasAt(asWas, 'localOffice', y)!.areas.length)).toEqual([13, 14, 14, 14]);
    expect(asWasAt(asWas, 'localOffice', 2020)).toBeNull();
  });

  it('gives every area a unique id, figures exactly in the years it stood (no gaps) and a parent each of those years', () => {
    const ids = asWas.areas.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const bad: string[] = [];
    for (const area of asWas.areas)
      asWas.years.forEach((year, i) => {
        const stands = year >= area.firstYear && year <= area.lastYear;
        if ((area.fte[i] !== null) !== stands) bad.push(`${area.id} ${year}`);
        if (area.level === 'ccg' && (area.parent[i] !== null) !== stands) bad.push(`${area.id} parent ${year}`);
      });
    expect(bad).toEqual([]);
  });

  it('splits a code whose boundary changed into one area per boundary (Cumbria CCG, 01H, split in April 2017)', () => {
    const cumbria = asWas.areas.filter((a) => a.code === '01H').map((a) => [a.id, a.name, a.firstYear, a.lastYear]);
    expect(cumbria).toEqual([
      ['01H@2016', 'NHS Cumbria CCG', 2016, 2017],
      ['01H@2018', 'NHS North Cumbria CCG', 2018, 2025],
    ]);
  });

  it.each(MEASURES)("%s: each year's CCGs add up to England", (measure) => {
    const out = asWas.years.flatMap((year, i) => {
      const ccgs = asWasAt(asWas, 'ccg', year)!.areas;
      const total: Series = { [measure]: [england[measure]?.[i] ?? null] };
      return mismatches(
        'CCGs',
        ccgs.map((c): Series => ({ [measure]: [c[measure][i] ?? null] })),
        total,
        [year],
        measure,
      );
    });
    expect(out).toEqual([]);
  });

  it.each(MEASURES)("%s: each local office is the sum of that year's CCGs in it", (measure) => {
    const out = asWas.levels.localOffice.years.flatMap(({ year }) => {
      const i = asWas.years.indexOf(year);
      return asWasAt(asWas, 'localOffice', year)!.areas.flatMap((office) => {
        const ccgs = asWasAt(asWas, 'ccg', year)!.areas.filter((c) => c.parent[i] === office.id);
        const sum = ccgs.reduce((s, c) => s + (c[measure][i] ?? NaN), 0);
        const want = office[measure][i] ?? NaN;
        return Math.abs(sum - want) <= tolerance(measure, ccgs.length) + 1e-9 ? [] : [`${office.id} ${year}: ${sum} vs ${want}`];
      });
    });
    expect(out).toEqual([]);
  });

  it('counts every practice-year: those placed (practices) plus those unplaced are the practice-years of areas.json plus its own unplaced', () => {
    asWas.years.forEach((year, i) => {
      const placed = asWasAt(asWas, 'ccg', year)!.areas.reduce((s, c) => s + c.practices[i]!, 0);
      expect(placed, yearLabel(year)).toBe(england.practices[i]);
      expect(asWas.unplaced.practiceYears[i], yearLabel(year)).toBeGreaterThanOrEqual(0);
    });
  });

  it("draws each year's areas from its own boundary object, one geometry per area", () => {
    for (const level of ['ccg', 'localOffice'] as const)
      for (const { year, object } of asWas.levels[level].years) {
        const ids = asWasBoundaries.objects[object]?.geometries.map((g) => g.id).sort();
        expect(ids, `${level} ${year}`).toEqual(
          asWasAt(asWas, level, year)!
            .areas.map((a) => a.id)
            .sort(),
        );
      }
  });
});

describe('bulletin-latest.json: October 2025, qualified permanent GPs', () => {
  const sumAt = (level: AreaLevel) => bulletin.areas.filter((a) => a.level === level).reduce((s, a) => s + a.fte, 0);
  const eng = bulletin.areas.find((a) => a.level === 'england')!;

  it("England is the bulletin's published 28,017.2 FTE, partners + salaried + retainers", () => {
    expect(eng.fte.toFixed(1)).toBe('28017.2');
    expect(eng.partnersFte + eng.salariedFte + eng.retainersFte).toBeCloseTo(eng.fte, 1);
    expect(bulletin.date).toBe('2025-10');
  });

  it.each(['region', 'icb', 'subicb'] as const)('the %s rows add up to England', (level) => {
    // 7, 42 or 106 rows each rounded to 2 dp.
    expect(Math.abs(sumAt(level) - eng.fte)).toBeLessThanOrEqual(0.05);
  });

  it('covers exactly the regions, ICBs (2022–2026) and sub-ICBs of areas.json', () => {
    for (const level of ['region', 'icb', 'subicb'] as const)
      expect(
        bulletin.areas
          .filter((a) => a.level === level)
          .map((a) => a.code)
          .sort(),
      ).toEqual(
        atLevel(level)
          .map((a) => a.code)
          .sort(),
      );
  });

  it("states the basis difference: 2024/25's practice-level total against the bulletin's 12 months (DATA.md: 27,353 vs 27,076.7, factor 1.0102)", () => {
    const d = bulletin.basisDifference;
    expect(d.practiceLevelFte).toBe(england.fte[areasFile.years.indexOf(d.practiceLevelYear)]);
    expect(d.practiceLevelFte).toBe(27_076.7);
    expect(d.bulletinMonths).toBe(12);
    expect(Math.round(d.bulletinMeanFte)).toBe(27_353);
    expect(d.ratio).toBe(1.0102);
    expect(d.text).toContain('1.0% below');
  });
});

describe('first screen', () => {
  const gz = (file: string) => gzipSync(raw(file), { level: 9 }).length;

  it('of the new files only icb-2026.json is on the first screen (the level "ICB"), and the boundaries stay small', async () => {
    const { FIRST_SCREEN_DATA } = await import('../../scripts/bench/sizes.mjs');
    expect(FIRST_SCREEN_DATA).toContain('icb-2026.json');
    expect(gz('icb-2026.json')).toBeLessThan(12_000);
    for (const file of ['as-was.json', 'as-was-boundaries.topo.json', 'bulletin-latest.json'])
      expect(FIRST_SCREEN_DATA).not.toContain(file);
    // The icb2026 object adds a few hundred bytes to the first screen's boundaries.
    expect(gz('boundaries.topo.json')).toBeLessThan(15_000);
  });
});
