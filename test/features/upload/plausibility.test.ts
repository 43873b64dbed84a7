// Figures far outside what an area has recorded are flagged with their lines and reasons (hand-worked).
import { describe, expect, it } from 'vitest';
import { implausibleFigures, nationalPer100kRange } from '../../../src/features/upload/plausibility';
import { buildDataset } from '../../../src/data/dataset';
import type { AreasFile } from '../../../src/data/schemas';

// One sub-ICB S1 (FTE 100, 90, 120; patients 200,000 each) and S2 (FTE 50, 60, 55; patients 100,000 each).
const file = {
  schemaVersion: 1,
  years: [2023, 2024, 2025],
  areas: [
    {
      code: 'S1',
      name: 'Area one',
      level: 'subicb',
      parent: null,
      fte: [100, 90, 120],
      headcount: [130, 120, 150],
      patients: [200_000, 200_000, 200_000],
    },
    {
      code: 'S2',
      name: 'Area two',
      level: 'subicb',
      parent: null,
      fte: [50, 60, 55],
      headcount: [70, 80, 75],
      patients: [100_000, 100_000, 100_000],
    },
  ],
} as unknown as AreasFile;
const dataset = buildDataset(file);
const figure = (code: string, fte: number, headcount: number, patients: number) => ({
  code,
  year: 2025,
  fte,
  headcount,
  patients,
  lines: [7],
});

describe('nationalPer100kRange', () => {
  it('is the lowest and highest FTE per 100,000 any sub-ICB recorded', () => {
    // S1: 50, 45, 60; S2: 50, 60, 55 -> 45 to 60
    const range = nationalPer100kRange(dataset);
    expect(range?.low).toBeCloseTo(45, 10);
    expect(range?.high).toBeCloseTo(60, 10);
  });
});

describe('implausibleFigures', () => {
  it('passes a figure inside its own history and the national range', () => {
    expect(implausibleFigures({ figures: [figure('S1', 110, 140, 200_000)], dataset })).toEqual([]);
  });

  it('flags a units slip: every value 100 times too large', () => {
    const [flag] = implausibleFigures({ figures: [figure('S1', 11_000, 14_000, 20_000_000)], dataset });
    expect(flag?.lines).toEqual([7]);
    expect(flag?.reasons).toEqual([
      'GP FTE 11,000.0 is more than 3 times the most it has recorded (120.0 in 2024/25)',
      'GP headcount 14,000 is more than 3 times the most it has recorded (150 in 2024/25)',
      'patients 20,000,000 is more than 3 times the most it has recorded (200,000 in 2022/23)',
    ]);
  });

  it('flags a figure below a third of the least recorded, and a rate outside the national range', () => {
    // 25 < 90 / 3 = 30; 25 / 200,000 = 12.5 per 100,000 < 45
    const [flag] = implausibleFigures({ figures: [figure('S1', 25, 130, 200_000)], dataset });
    expect(flag?.reasons).toEqual([
      'GP FTE 25.0 is below a third of the least it has recorded (90.0 in 2023/24)',
      '12.5 GP FTE per 100,000 patients is outside what any sub-ICB has recorded (45.0 to 60.0)',
    ]);
  });

  it('flags numbers that are not usable (1e308 and beyond)', () => {
    const [flag] = implausibleFigures({ figures: [figure('S2', 1e308, 70, 100_000)], dataset });
    expect(flag?.reasons[0]).toMatch(/^GP FTE 100,000,000.* is more than 3 times/);
    const [infinite] = implausibleFigures({ figures: [figure('S2', Infinity, 70, 100_000)], dataset });
    expect(infinite?.reasons[0]).toBe('GP FTE Infinity is not a usable number');
  });
});
