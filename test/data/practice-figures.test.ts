// The committed per-practice baseline (data/practices/<sub-ICB>.json): one small file per sub-ICB that passes
// its schema, holds only practices placed in that sub-ICB (data/practices.json), and adds up, year by year, to
// the sub-ICB's figures in areas.json: the same practice count and GP FTE, and headcount and patients within
// the per-practice rounding (2 dp heads, whole patients) of the sub-ICB's whole numbers.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { areasFileSchema } from '../../src/data/schemas';
import { practiceFiguresFileSchema } from '../../src/data/practice-figures';
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
      const sum = (measure: 'fte' | 'headcount' | 'patients') => reporting.reduce((s, p) => s + (p[measure][i] ?? 0), 0);
      expect(reporting.length).toBe(area.practices[i]);
      expect(sum('fte')).toBeCloseTo(area.fte[i]!, 2);
      expect(Math.abs(sum('headcount') - area.headcount[i]!)).toBeLessThanOrEqual(0.5 + 0.005 * reporting.length);
      expect(Math.abs(sum('patients') - area.patients[i]!)).toBeLessThanOrEqual(0.5 + 0.5 * reporting.length);
      // A practice is in a year's baseline for every measure or for none.
      for (const p of file.practices)
        expect([p.headcount[i] === null, p.patients[i] === null]).toEqual([p.fte[i] === null, p.fte[i] === null]);
    });
  });

  it('keeps each file small: at most 25 KB gzipped (they load one sub-ICB at a time, never on the first screen)', () => {
    const largest = Math.max(...files.map((f) => gzipSync(read(`practices/${f}`)).length));
    expect(largest).toBeLessThanOrEqual(25 * 1024);
  });
});
