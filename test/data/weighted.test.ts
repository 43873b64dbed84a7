// Need-weighted patients for 2023/24, whose payments file is missing: each practice's weighted ÷ registered
// ratio in 2022/23 and 2024/25, their mean (or the one available), times its 2023/24 registered patients.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { estimatedRatios } from '../../scripts/data/weighted.mjs';
import { areasFileSchema } from '../../src/data/schemas';
import { practiceFiguresFileSchema, type Practice } from '../../src/data/practice-figures';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const areasFile = areasFileSchema.parse(JSON.parse(readFileSync(resolve(DATA_DIR, 'areas.json'), 'utf8')));
const Y2024 = areasFile.years.indexOf(2024);

function committedPractice(code: string): Practice {
  for (const file of readdirSync(resolve(DATA_DIR, 'practices'))) {
    const parsed = practiceFiguresFileSchema.parse(JSON.parse(readFileSync(resolve(DATA_DIR, 'practices', file), 'utf8')));
    const found = parsed.practices.find((p) => p.code === code);
    if (found) return found;
  }
  throw new Error(`${code} is in no practice file`);
}

describe('estimatedRatios', () => {
  const ratios = estimatedRatios([
    { practice_code: 'P1', fy_end_year: '2023', registered_patients: '1000', weighted_patients: '1100' },
    { practice_code: 'P1', fy_end_year: '2025', registered_patients: '2000', weighted_patients: '2400' },
    { practice_code: 'P1', fy_end_year: '2021', registered_patients: '10', weighted_patients: '90' }, // not a ratio year
    { practice_code: 'P2', fy_end_year: '2025', registered_patients: '500', weighted_patients: '450' },
    { practice_code: 'P3', fy_end_year: '2023', registered_patients: '800', weighted_patients: '880' },
    { practice_code: 'P3', fy_end_year: '2025', registered_patients: '0', weighted_patients: '0' }, // closed: no ratio
    { practice_code: 'P4', fy_end_year: '2023', registered_patients: 'NA', weighted_patients: '100' },
  ]);

  it('averages the two years’ ratios, or takes the one available; a practice with neither is absent', () => {
    // P1: (1,100 / 1,000 + 2,400 / 2,000) / 2 = (1.1 + 1.2) / 2 = 1.15
    expect(ratios.get('P1')?.ratio).toBeCloseTo(1.15, 12);
    expect(ratios.get('P1')?.ratios).toEqual([1.1, 1.2]);
    expect(ratios.get('P2')).toEqual({ ratios: [null, 0.9], ratio: 0.9 }); // 450 / 500
    expect(ratios.get('P3')).toEqual({ ratios: [1.1, null], ratio: 1.1 }); // 880 / 800; 0 registered in 2024/25
    expect(ratios.has('P4')).toBe(false);
  });
});

describe('the committed 2023/24 estimate, worked by hand from the raw files', () => {
  it('is marked as estimated in areas.json', () => {
    expect(areasFile.estimated?.weightedPatients).toEqual([2024]);
    expect(Y2024).toBeGreaterThanOrEqual(0);
  });

  it('A84002 The Rothbury Practice (both ratios)', () => {
    // Payments 2022/23: 8,075.61 weighted / 6,029.5 registered = 1.339350; 2024/25: 8,385.95 / 6,149.25 = 1.363735.
    // Mean 1.351543 × 6,079.0833 registered patients in the 2023/24 workforce series = 8,216.14 → 8,216.
    const p = committedPractice('A84002');
    expect(p.patients[Y2024]).toBe(6_079);
    expect(p.weightedPatients[Y2024]).toBe(8_216);
  });

  it('A88007 Wawn Street Surgery (2022/23 ratio only: 0 registered in the 2024/25 file)', () => {
    // 8,317.41 / 7,852.5 = 1.059205 × 8,018.8333 registered in 2023/24 = 8,493.59 → 8,494.
    const p = committedPractice('A88007');
    expect(p.patients[Y2024]).toBe(8_019);
    expect(p.weightedPatients[Y2024]).toBe(8_494);
  });
});
