// The committed per-practice files (data/practices/<sub-ICB>.json, schemaVersion 2): one small file per sub-ICB
// that passes its schema, holds only practices placed in that sub-ICB (data/practices.json), and adds up, year by
// year, to the sub-ICB's figures in areas.json: the same practice count and every FTE series (GP, locum + trainee,
// nurse, direct patient care) at 2 dp, and headcount, registered and need-weighted patients within the
// per-practice rounding (2 dp heads, whole patients) of the sub-ICB's whole numbers.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { areasFileSchema } from '../../src/data/schemas';
import { PRACTICE_SERIES_KEYS, practiceFiguresFileSchema } from '../../src/data/practice-figures';

type PracticeSeriesKey = (typeof PRACTICE_SERIES_KEYS)[number];
import { practicesFileSchema } from '../../src/data/practices';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const read = (file: string) => readFileSync(resolve(DATA_DIR, file));
const areasFile = areasFileSchema.parse(JSON.parse(read('areas.json').toString('utf8')));
const placed = practicesFileSchema.parse(JSON.parse(read('practices.json').toString('utf8'))).subIcbs;
const subIcbs = areasFile.areas.filter((a) => a.level === 'subicb');
const files = readdirSync(resolve(DATA_DIR, 'practices')).sort();

describe('data/practices/', () => {
  it('has one file per sub-ICB and nothing else', () => {
    expect(files).toEqual(subIcbs.map((a) => `${a.code}.json`).sort());
  });

  it.each(subIcbs.map((a) => [a.code] as const))('%s passes its schema, holds its own practices and adds up', (code) => {
    const file = practiceFiguresFileSchema.parse(JSON.parse(read(`practices/${code}.json`).toString('utf8')));
    const area = subIcbs.find((a) => a.code === code)!;
    expect(file.subIcb).toBe(code);
    expect(file.years).toEqual(areasFile.years);
    const own = new Set(placed[code]);
    expect(file.practices.filter((p) => !own.has(p.code))).toEqual([]);
    file.years.forEach((_, i) => {
      const reporting = file.practices.filter((p) => p.fte[i] !== null);
      const sum = (measure: PracticeSeriesKey) => reporting.reduce((s, p) => s + (p[measure][i] ?? 0), 0);
      expect(reporting.length).toBe(area.practices[i]);
      for (const measure of ['fte', 'locumTraineeFte', 'nurseFte', 'dpcFte'] as const)
        expect(Math.abs(sum(measure) - (area[measure]?.[i] ?? NaN)), `${measure} ${file.years[i]}`).toBeLessThan(0.005);
      expect(Math.abs(sum('headcount') - area.headcount[i]!)).toBeLessThanOrEqual(0.5 + 0.005 * reporting.length);
      expect(Math.abs(sum('patients') - area.patients[i]!)).toBeLessThanOrEqual(0.5 + 0.5 * reporting.length);
      const weighted = reporting.filter((p) => p.weightedPatients[i] !== null);
      expect(Math.abs(sum('weightedPatients') - area.weightedPatients[i]!)).toBeLessThanOrEqual(0.5 + 0.5 * weighted.length);
      // A practice is in a year's baseline for every series or for none (need-weighted may also be null within it).
      for (const p of file.practices) {
        const absent = p.fte[i] === null;
        for (const key of PRACTICE_SERIES_KEYS)
          if (key !== 'weightedPatients') expect(p[key][i] === null, `${p.code} ${key}`).toBe(absent);
        if (absent) expect(p.weightedPatients[i]).toBeNull();
        // ... and within its first and last reported year.
        if (!absent) expect(file.years[i]! >= p.firstYear && file.years[i]! <= p.lastYear).toBe(true);
      }
    });
    // Every PCN a practice names is named by the file.
    for (const p of file.practices) if (p.pcn !== null) expect(Object.keys(file.pcns)).toContain(p.pcn);
  });

  it('keeps each file small: at most 64 KB gzipped (they load one sub-ICB at a time, never on the first screen)', () => {
    // Version 2 carries seven series, a location, a PCN and a history per practice: the largest sub-ICB
    // (W2U3Z, about 340 practices over the years) is about 50 KB gzipped.
    const largest = Math.max(...files.map((f) => gzipSync(read(`practices/${f}`)).length));
    expect(largest).toBeLessThanOrEqual(64 * 1024);
  });

  it('places most practices of the last year on the map, within England', () => {
    const last = areasFile.years.length - 1;
    const current = files
      .flatMap((f) => practiceFiguresFileSchema.parse(JSON.parse(read(`practices/${f}`).toString('utf8'))).practices)
      .filter((p) => p.fte[last] !== null);
    const unplaced = current.filter((p) => p.lat === null || p.lng === null);
    // data/SOURCES.md names them: 3 postcodes not in Code-Point Open, 6 practices in no payments file.
    expect(unplaced.length).toBeLessThanOrEqual(10);
    for (const p of current.filter((q) => q.lat !== null)) {
      expect(p.lat!).toBeGreaterThan(49.8);
      expect(p.lat!).toBeLessThan(55.9);
      expect(p.lng!).toBeGreaterThan(-6.5);
      expect(p.lng!).toBeLessThan(1.8);
    }
  });
});
