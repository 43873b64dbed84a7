// Laying a planner's own sub-ICB figures over the baseline: values replaced, parents summed again, the
// original left untouched, and a later year added for everyone.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyOverrides, type SubIcbOverride } from '../../src/data/apply-overrides';
import { areasFileSchema, type Area, type AreaLevel, type AreasFile } from '../../src/data/schemas';

interface Series {
  fte: number[];
  headcount: number[];
  patients: number[];
  practices: number[];
}
function area(code: string, level: AreaLevel, parent: string | null, series: Series): Area {
  return {
    code,
    onsCode: `E-${code}`,
    name: `Area ${code}`,
    formerName: null,
    level,
    parent,
    ...series,
    weightedPatients: series.patients,
    locumTraineeFte: series.fte.map((v) => v / 10),
  };
}

// England > region R > ICB I > sub-ICBs A and B, 2023/24 and 2024/25. Parents are the sums of A and B.
const A = { fte: [10, 11], headcount: [13, 14], patients: [20_000, 21_000], practices: [3, 3] };
const B = { fte: [20, 22], headcount: [25, 28], patients: [30_000, 31_000], practices: [3, 3] };
const SUM = { fte: [30, 33], headcount: [38, 42], patients: [50_000, 52_000], practices: [6, 6] };
const file: AreasFile = {
  schemaVersion: 1,
  years: [2024, 2025],
  measures: {},
  areas: [
    area('ENG', 'england', null, SUM),
    area('R', 'region', 'ENG', SUM),
    area('I', 'icb', 'R', SUM),
    area('A', 'subicb', 'I', A),
    area('B', 'subicb', 'I', B),
  ],
};

const byCode = (f: AreasFile, code: string) => f.areas.find((a) => a.code === code)!;
const override = (o: Partial<SubIcbOverride> & Pick<SubIcbOverride, 'code' | 'year'>): SubIcbOverride => ({
  fte: 0,
  headcount: 0,
  patients: 0,
  practices: null,
  ...o,
});

describe('applyOverrides', () => {
  it('replaces a sub-ICB year and sums its ICB, region and England again', () => {
    const next = applyOverrides(file, [override({ code: 'A', year: 2025, fte: 15.5, headcount: 20, patients: 25_000 })]);
    expect(byCode(next, 'A').fte).toEqual([10, 15.5]);
    expect(byCode(next, 'A').patients).toEqual([20_000, 25_000]);
    // ICB 2024/25: A 15.5 + B 22 = 37.5 FTE; 25,000 + 31,000 = 56,000 patients; headcount 20 + 28 = 48.
    for (const code of ['I', 'R', 'ENG']) {
      expect(byCode(next, code).fte).toEqual([30, 37.5]);
      expect(byCode(next, code).patients).toEqual([50_000, 56_000]);
      expect(byCode(next, code).headcount).toEqual([38, 48]);
    }
    // Area rows leave the practice count alone; practice rows set it.
    expect(byCode(next, 'A').practices).toEqual([3, 3]);
    const fromPractices = applyOverrides(file, [override({ code: 'B', year: 2024, fte: 1, practices: 2 })]);
    expect(byCode(fromPractices, 'B').practices).toEqual([2, 3]);
    expect(byCode(fromPractices, 'ENG').practices).toEqual([5, 6]);
    expect(areasFileSchema.safeParse(next).success).toBe(true);
  });

  it('leaves the original file untouched', () => {
    const before = structuredClone(file);
    applyOverrides(file, [override({ code: 'A', year: 2024, fte: 99 }), override({ code: 'B', year: 2025, fte: 1 })]);
    expect(file).toEqual(before);
  });

  it('returns the same file when there is nothing to apply', () => {
    expect(applyOverrides(file, [])).toBe(file);
  });

  it('adds a later year for every area, summing the parents and leaving need-weighted patients missing', () => {
    const next = applyOverrides(file, [
      override({ code: 'A', year: 2026, fte: 12, headcount: 15, patients: 22_000 }),
      override({ code: 'B', year: 2026, fte: 23, headcount: 30, patients: 32_000 }),
    ]);
    expect(next.years).toEqual([2024, 2025, 2026]);
    expect(byCode(next, 'ENG').fte).toEqual([30, 33, 35]); // 12 + 23
    expect(byCode(next, 'ENG').patients).toEqual([50_000, 52_000, 54_000]); // 22,000 + 32,000
    expect(byCode(next, 'A').weightedPatients).toEqual([20_000, 21_000, null]);
    expect(byCode(next, 'ENG').weightedPatients).toEqual([50_000, 52_000, null]);
    expect(areasFileSchema.safeParse(next).success).toBe(true);
    expect(file.years).toEqual([2024, 2025]);
  });

  it('carries nurse and direct patient care FTE when the file has them: kept, summed, null for an added year', () => {
    const withTeam: AreasFile = {
      ...file,
      areas: file.areas.map((a) => ({ ...a, nurseFte: a.fte.map((v) => v / 2), dpcFte: a.fte.map((v) => v / 5) })),
    };
    const next = applyOverrides(withTeam, [
      override({ code: 'A', year: 2026, fte: 12 }),
      override({ code: 'B', year: 2026, fte: 23 }),
    ]);
    // A: nurses 10 / 2 = 5 and 11 / 2 = 5.5; England: 30 / 2 = 15 and 33 / 2 = 16.5; no figure for the added year.
    expect(byCode(next, 'A').nurseFte).toEqual([5, 5.5, null]);
    expect(byCode(next, 'ENG').nurseFte).toEqual([15, 16.5, null]);
    expect(byCode(next, 'ENG').dpcFte).toEqual([6, 6.6, null]); // 30 / 5, 33 / 5
    expect(areasFileSchema.safeParse(next).success).toBe(true);
    // A file from before they existed stays without them.
    expect(byCode(applyOverrides(file, [override({ code: 'A', year: 2025, fte: 1 })]), 'ENG').nurseFte).toBeUndefined();
  });

  it('refuses a later year that misses a sub-ICB or leaves a gap (the validator rejects those rows first)', () => {
    expect(() => applyOverrides(file, [override({ code: 'A', year: 2026 })])).toThrow(/covers 1 of 2/);
    expect(() => applyOverrides(file, [override({ code: 'A', year: 2027 }), override({ code: 'B', year: 2027 })])).toThrow(/gap/);
    expect(() => applyOverrides(file, [override({ code: 'I', year: 2025 })])).toThrow(/not a sub-ICB/);
  });

  it("on the committed areas.json, re-applying a sub-ICB's own figures reproduces the file exactly", () => {
    const real = areasFileSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/areas.json'), 'utf8')));
    const sub = real.areas.find((a) => a.level === 'subicb')!;
    const last = real.years.length - 1;
    const same = applyOverrides(real, [
      {
        code: sub.code,
        year: real.years[last]!,
        fte: sub.fte[last]!,
        headcount: sub.headcount[last]!,
        patients: sub.patients[last]!,
        practices: null,
      },
    ]);
    expect(same).toEqual(real);
  });
});
