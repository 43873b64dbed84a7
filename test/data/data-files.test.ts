// The committed data/ files: they pass their schemas, add up across the geography, match the published
// figures (DATA.md, "Published figures to check against") and stay small enough for the first screen.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  ageProfileFileSchema,
  areasFileSchema,
  boundariesFileSchema,
  nationalFileSchema,
  snapshotFileSchema,
  type Area,
  type AreaLevel,
} from '../../src/data/schemas';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const raw = (file: string) => readFileSync(resolve(DATA_DIR, file));
const json = (file: string): unknown => JSON.parse(raw(file).toString('utf8'));

const areasFile = areasFileSchema.parse(json('areas.json'));
const boundaries = boundariesFileSchema.parse(json('boundaries.topo.json'));
const snapshot = snapshotFileSchema.parse(json('snapshot-oct2025.json'));
const national = nationalFileSchema.parse(json('national.json'));

const atLevel = (level: AreaLevel) => areasFile.areas.filter((a) => a.level === level);
const england = atLevel('england')[0]!;

describe('schemas', () => {
  it.each([
    ['areas.json', areasFileSchema],
    ['boundaries.topo.json', boundariesFileSchema],
    ['snapshot-oct2025.json', snapshotFileSchema],
    ['national.json', nationalFileSchema],
    ['age-profile.json', ageProfileFileSchema],
  ] as const)('%s passes its schema', (file, schema) => {
    const result = schema.safeParse(json(file));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });
});

describe('areas.json: the geography', () => {
  it('has one England, 7 regions, 42 ICBs and 106 sub-ICBs with unique codes', () => {
    expect(atLevel('england')).toHaveLength(1);
    expect(atLevel('region')).toHaveLength(7);
    expect(atLevel('icb')).toHaveLength(42);
    expect(atLevel('subicb')).toHaveLength(106);
    const codes = areasFile.areas.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('nests sub-ICB → ICB → region → England', () => {
    const levelOf = new Map(areasFile.areas.map((a) => [a.code, a.level]));
    const parentLevel: Record<AreaLevel, AreaLevel | null> = {
      england: null,
      region: 'england',
      icb: 'region',
      subicb: 'icb',
      icb2026: null, // merged in by the app (icb-2026.ts), never in areas.json
    };
    for (const area of areasFile.areas) {
      const expected = parentLevel[area.level];
      if (expected === null) expect(area.parent).toBeNull();
      else
        expect({ code: area.code, parentLevel: levelOf.get(area.parent ?? '') }).toEqual({
          code: area.code,
          parentLevel: expected,
        });
    }
  });

  it('runs 2015/16 (2016) to 2024/25 (2025), one value per year per measure', () => {
    expect(areasFile.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const area of areasFile.areas) {
      for (const key of [
        'fte',
        'headcount',
        'patients',
        'practices',
        'locumTraineeFte',
        'weightedPatients',
        'nurseFte',
        'dpcFte',
      ] as const) {
        expect(area[key], `${area.code}.${key}`).toHaveLength(areasFile.years.length);
      }
    }
  });
});

describe('areas.json: children add up to their parent', () => {
  const MEASURES = [
    'fte',
    'headcount',
    'patients',
    'practices',
    'locumTraineeFte',
    'weightedPatients',
    'nurseFte',
    'dpcFte',
  ] as const;
  // Counts must add up exactly; FTE is stored to one decimal, so allow two rounding steps (0.2).
  const TOLERANCE: Record<(typeof MEASURES)[number], number> = {
    fte: 0.2,
    locumTraineeFte: 0.2,
    nurseFte: 0.2,
    dpcFte: 0.2,
    headcount: 0,
    patients: 0,
    practices: 0,
    weightedPatients: 0,
  };
  const parents = areasFile.areas.filter((a) => a.level !== 'subicb');

  it.each(MEASURES)('%s: every parent equals the sum of its children, every year', (measure) => {
    const mismatches: string[] = [];
    for (const parent of parents) {
      const children: Area[] = areasFile.areas.filter((a) => a.parent === parent.code);
      expect(children.length, parent.code).toBeGreaterThan(0);
      areasFile.years.forEach((year, i) => {
        const total = parent[measure]?.[i];
        const values = children.map((c) => c[measure]?.[i] ?? null);
        if (total === null || total === undefined) {
          // weightedPatients is null for a whole year: then it is null for every child too.
          if (values.some((v) => v !== null)) mismatches.push(`${parent.code} ${year}: parent null, children not`);
          return;
        }
        const sum = values.reduce<number>((s, v) => s + (v ?? NaN), 0);
        if (!(Math.abs(sum - total) <= TOLERANCE[measure] + 1e-9)) mismatches.push(`${parent.code} ${year}: ${sum} vs ${total}`);
      });
    }
    expect(mismatches).toEqual([]);
  });
});

describe('areas.json: published figures', () => {
  it("England's registered patients in 2015/16 are the bulletin's 56,902,441 exactly", () => {
    expect(areasFile.years[0]).toBe(2016);
    expect(england.patients[0]).toBe(56_902_441);
  });

  it("England's practices in 2015/16 are the Sep 2015 bulletin's 7,623", () => {
    expect(england.practices[0]).toBe(7_623);
  });
});

describe('boundaries.topo.json', () => {
  it.each(['region', 'icb', 'subicb'] as const)('%s: every area has one geometry and every geometry is an area', (level) => {
    const areaCodes = atLevel(level)
      .map((a) => a.code)
      .sort();
    const geometryIds = boundaries.objects[level].geometries.map((g) => g.id).sort();
    expect(new Set(geometryIds).size).toBe(geometryIds.length);
    expect(geometryIds).toEqual(areaCodes);
  });
});

describe('snapshot-oct2025.json (bulletin tables 6a/6b)', () => {
  const allGps = (level: string) =>
    snapshot.areas.filter((a) => a.level === level).reduce((s, a) => s + (a.fte.allGps ?? NaN), 0);

  it('is the October 2025 snapshot', () => {
    expect(snapshot.date).toBe('2025-10');
  });

  it.each(['region', 'icb', 'subicb'] as const)('%s rows sum to 37,579.1 FTE of all GPs', (level) => {
    expect(Math.abs(allGps(level) - 37_579.1)).toBeLessThanOrEqual(0.1);
  });

  it("England is 38,649.2 FTE, and the regions plus the 'unknown' row make up England", () => {
    const eng = snapshot.areas.find((a) => a.level === 'england');
    expect(eng?.fte.allGps).toBeCloseTo(38_649.2, 1);
    expect(snapshot.areas.filter((a) => a.level === 'unknown')).toHaveLength(1);
    // 37,579.11 (regions) + 1,070.06 (unknown: trainees not assigned to an area) = 38,649.17
    expect(Math.abs(allGps('region') + allGps('unknown') - 38_649.2)).toBeLessThanOrEqual(0.1);
  });

  it('covers the same areas as areas.json', () => {
    for (const level of ['region', 'icb', 'subicb'] as const) {
      const snapCodes = snapshot.areas
        .filter((a) => a.level === level)
        .map((a) => a.code)
        .sort();
      expect(snapCodes).toEqual(
        atLevel(level)
          .map((a) => a.code)
          .sort(),
      );
    }
  });
});

describe('national.json (bulletin series)', () => {
  const first = national.rows[0]!;
  const last = national.rows[national.rows.length - 1]!;

  it('starts in Sep 2015 with the published figures', () => {
    expect(first.date).toBe('2015-09');
    expect(first.allGpsFte).toBe(34_391.8);
    expect(first.qualifiedPermanentFte).toBe(28_589.6);
    expect(first.practices).toBe(7_623);
    expect(first.patients).toBe(56_902_441);
  });

  it('ends in Oct 2025 with the published figures', () => {
    expect(last.date).toBe('2025-10');
    expect(last.allGpsFte).toBe(38_649.2);
    expect(last.qualifiedPermanentFte).toBe(28_017.2);
    expect(last.practices).toBe(6_181);
    // "63.94 million"
    expect(Math.round((last.patients ?? 0) / 10_000) / 100).toBe(63.94);
  });

  it('is in date order with no repeated months', () => {
    const dates = national.rows.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });
});

describe('first-screen payload', () => {
  const gz = (file: string) => gzipSync(raw(file)).length;

  it('areas + boundaries + national gzip to at most 150 KB', () => {
    const total = gz('areas.json') + gz('boundaries.topo.json') + gz('national.json');
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });

  it('the boundaries gzip to under 50 KB', () => {
    expect(gz('boundaries.topo.json')).toBeLessThan(50 * 1024);
  });
});
