// data/places.json ("Find an area" beyond areas): it passes its schema, every place leads to an area that
// exists at the right level, practices are placed exactly as areas.json counts them (practices.json is that
// placement), every 2024/25 practice can be found, and the counts match what is published: 209 CCGs in
// 2015/16, 207 from April 2017, 195 from April 2018, 191 from April 2019, 135 from April 2020 and 106 from
// April 2021 (NHS England's CCG counts, as the ONS lookups of those years hold them).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { placesFileSchema } from '../../src/data/places';
import { practicesFileSchema } from '../../src/data/practices';
import { areasFileSchema } from '../../src/data/schemas';
import { readCsv } from '../../scripts/data/csv.mjs';
import { rawFile } from '../support/raw-data';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const text = (file: string) => readFileSync(resolve(DATA_DIR, file), 'utf8');
const places = placesFileSchema.parse(JSON.parse(text('places.json')));
const areas = areasFileSchema.parse(JSON.parse(text('areas.json'))).areas;
const placement = practicesFileSchema.parse(JSON.parse(text('practices.json')));
const levelOf = new Map(areas.map((a) => [a.code, a.level]));
const PAYMENTS = rawFile('workforce/practice_geography_by_fy_from_nhs_payments.csv');

describe('places.json', () => {
  it('every place leads to a sub-ICB in areas.json (and a district to an ICB)', () => {
    const subIcbTargets = [places.practices, places.pcns, places.districts, places.ccgs].flatMap((list) => list.map((p) => p.s));
    expect(subIcbTargets.filter((code) => levelOf.get(code) !== 'subicb')).toEqual([]);
    expect(places.districts.filter((d) => levelOf.get(d.i) !== 'icb')).toEqual([]);
    expect(places.ccgs.flatMap((c) => c.o ?? []).filter((code) => levelOf.get(code) !== 'subicb')).toEqual([]);
  });

  it('places every practice in the very sub-ICB areas.json counts it in', () => {
    const counted = new Map(Object.entries(placement.subIcbs).flatMap(([subIcb, codes]) => codes.map((c) => [c, subIcb])));
    expect(places.practices).toHaveLength(counted.size);
    expect(places.practices.filter((p) => counted.get(p.c) !== p.s)).toEqual([]);
  });

  it('every practice of 2024/25 in the workforce series is findable, none marked as gone before 2024/25', () => {
    const found = new Map(places.practices.map((p) => [p.c, p]));
    const open2025: string[] = [];
    for (const file of readdirSync(resolve(DATA_DIR, 'practices'))) {
      const { practices, years } = JSON.parse(text(`practices/${file}`)) as {
        years: number[];
        practices: { code: string; patients: (number | null)[] }[];
      };
      const last = years.indexOf(2025);
      for (const p of practices) if (p.patients[last] !== null) open2025.push(p.code);
    }
    expect(open2025.length).toBeGreaterThan(6000);
    expect(open2025.filter((code) => !found.has(code))).toEqual([]);
    expect(open2025.filter((code) => (found.get(code)?.y ?? 2025) < 2025)).toEqual([]);
  });

  it.skipIf(PAYMENTS.skip)(
    `every practice in the 2024/25 payments file is findable with its postcode (raw files)${PAYMENTS.skipNote}`,
    () => {
      const rows = readCsv(PAYMENTS.require()).filter((r) => r.fy_end_year === '2025');
      expect(rows).toHaveLength(6375);
      const found = new Map(places.practices.map((p) => [p.c, p]));
      expect(rows.filter((r) => !found.get(r.practice_code!)?.p)).toEqual([]);
      expect(rows.filter((r) => (found.get(r.practice_code!)?.y ?? 2025) < 2025)).toEqual([]);
    },
  );

  it('counts are sane: every CCG of each year, one entry per code, PCNs as in the 2026 map', () => {
    const ccgsIn = (year: number) => places.ccgs.filter((c) => c.f <= year && year <= c.y).length;
    expect([2016, 2017, 2018, 2019, 2020, 2021, 2022].map(ccgsIn)).toEqual([209, 209, 207, 195, 191, 135, 106]);
    for (const list of [places.practices, places.pcns, places.ccgs]) expect(new Set(list.map((p) => p.c)).size).toBe(list.length);
    expect(new Set(places.districts.map((d) => d.n)).size).toBe(places.districts.length);
    // 2022 has 309 lower-tier local authorities; older names (Shepway, Aylesbury Vale, Corby...) come on top.
    expect(places.districts.filter((d) => d.y === undefined)).toHaveLength(309);
    expect(places.districts.map((d) => d.n)).toEqual(expect.arrayContaining(['Shepway', 'Aylesbury Vale', 'Corby']));
    // The July 2026 map's PCNs are current (no last year); closed ones carry the last payments year.
    expect(places.pcns.filter((p) => p.y === undefined).length).toBeGreaterThan(1200);
    expect(places.pcns.every((p) => /^U\d{5}$/.test(p.c))).toBe(true);
  });

  it('stays compact: it is not on the first screen, but every visitor who searches fetches it', () => {
    expect(gzipSync(text('places.json'), { level: 9 }).length).toBeLessThan(170_000);
  });
});
