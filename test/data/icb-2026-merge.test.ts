// The 36 ICBs of April 2026 merged into the areas as the app loads them (src/data/icb-2026.ts): the levels, the
// parts of the split Frimley sub-ICB, the projection summed from parts, lever scopes, and an upload laid over them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFile } from '../../src/data/load';
import { icb2026FileSchema } from '../../src/data/schemas';
import { withIcb2026 } from '../../src/data/icb-2026';
import { buildDataset } from '../../src/data/dataset';
import { projectionData } from '../../src/data/projection-data';
import { applyOverrides } from '../../src/data/apply-overrides';
import { prepareProjection, projectScenario } from '../../src/model';
import { realFiles } from '../support/real-data';

const icbFile = validateDataFile(
  'icb-2026.json',
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/icb-2026.json'), 'utf8')),
  icb2026FileSchema,
);
const merged = withIcb2026(realFiles().areas, icbFile);
const dataset = buildDataset(merged);
const LAST = merged.years.length - 1;

describe('the ICBs of April 2026 in the areas', () => {
  it('"ICB" lists 36 (29 of them the 2022 ICBs as they were), "ICB (2022–2026)" keeps the 42, codes stay unique', () => {
    const names = dataset.atLevel.icb2026.map((a) => a.name);
    expect(names).toHaveLength(36);
    expect(names).toEqual(expect.arrayContaining(['NHS Essex ICB', 'NHS Thames Valley ICB', 'NHS Surrey and Sussex ICB']));
    expect(names).not.toContain('NHS Mid and South Essex ICB');
    expect(dataset.atLevel.icb).toHaveLength(42);
    expect(dataset.atLevel.icb2026.filter((a) => a.level === 'icb')).toHaveLength(29);
    const codes = merged.areas.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    // QRL kept its code on a new area (it took in Hart and Rushmoor): another area here, known as QRL.
    const qrl = dataset.byCode.get('QRL-2026');
    expect(qrl).toMatchObject({ publicCode: 'QRL', level: 'icb2026', name: 'NHS Hampshire and Isle of Wight ICB' });
    expect(dataset.icb2026From.QH8).toEqual({ code: 'D7T5G', changed: true, share: 1, split: false });
    expect(dataset.icb2026From.QRL?.code).toBe('QRL-2026');
  });

  it('every recorded year: the 36 add up to England, as the 42 do', () => {
    const england = dataset.byCode.get('ENG');
    merged.years.forEach((_, i) => {
      const sum = dataset.atLevel.icb2026.reduce((s, a) => s + (a.fte[i] ?? 0), 0);
      expect(sum).toBeCloseTo(england?.fte[i] ?? 0, 0);
    });
  });

  it("Frimley's parts: each ICB holds what its own figures hold beyond its whole sub-ICBs; the parts add to 1", () => {
    const frimley = dataset.byCode.get('D4U1Y');
    const fte = frimley?.fte[LAST] ?? 0;
    const partIn = (code: string) => dataset.byCode.get(code)?.parts?.find((p) => p.code === 'D4U1Y')?.fte ?? 0;
    // 2024/25: Frimley 329.9 FTE; Thames Valley holds 177.1 of it beyond 10Q, 14Y and 15A, Hampshire and IoW 81.9
    // beyond 10R and D9Y0V, Surrey and Sussex 70.9 beyond 09D, 70F, 92A and 97R: 177.1 + 81.9 + 70.9 = 329.9.
    expect(fte).toBeCloseTo(329.9, 1);
    expect(partIn('S0E4D')).toBeCloseTo(177.1 / 329.9, 3);
    expect(partIn('QRL-2026')).toBeCloseTo(81.9 / 329.9, 3);
    expect(partIn('S9B9J')).toBeCloseTo(70.9 / 329.9, 3);
    expect(partIn('S0E4D') + partIn('QRL-2026') + partIn('S9B9J')).toBeCloseTo(1, 6);
  });
});

describe('the projection on the ICBs of April 2026', () => {
  const files = realFiles();
  const prepared = prepareProjection(projectionData({ ...files, areas: merged }));
  const base = projectScenario(prepared, { englandLevers: {}, scopeLevers: {}, patientGrowth: null });
  const fte = (code: string, i: number) => base.byArea.get(code)?.fte[i] ?? Number.NaN;

  it('every projected year: the 36 add up to England; NHS Essex is the sum of its 7 sub-ICBs', () => {
    base.years.forEach((_, i) => {
      const sum = dataset.atLevel.icb2026.reduce((s, a) => s + fte(a.code, i), 0);
      expect(sum).toBeCloseTo(fte('ENG', i), 6);
      const essex = ['06Q', '06T', '07G', '07H', '99E', '99F', '99G'].reduce((s, c) => s + fte(c, i), 0);
      expect(fte('D7T5G', i)).toBeCloseTo(essex, 6);
    });
    // Thames Valley: its three whole sub-ICBs and 177.1/329.9 of Frimley.
    const i = 4;
    const tv = fte('10Q', i) + fte('14Y', i) + fte('15A', i) + (177.1 / 329.9) * fte('D4U1Y', i);
    expect(fte('S0E4D', i)).toBeCloseTo(tv, 1);
  });

  it('an ICB of 2026 is a lever scope: its recruits stay in it and England gains them', () => {
    const extra = projectScenario(prepared, {
      englandLevers: {},
      scopeLevers: { S0E4D: { internationalRecruitment: 50 } },
      patientGrowth: null,
    });
    const i = base.years.length - 1;
    const gainTv = (extra.byArea.get('S0E4D')?.fte[i] ?? 0) - fte('S0E4D', i);
    const gainEngland = (extra.byArea.get('ENG')?.fte[i] ?? 0) - fte('ENG', i);
    expect(gainTv).toBeGreaterThan(10);
    // The scope governs the sub-ICBs it holds most of (Frimley with them), so all but the parts of Frimley in
    // Hampshire and IoW and in Surrey and Sussex stay in Thames Valley.
    expect(gainTv).toBeLessThan(gainEngland);
    expect(gainTv / gainEngland).toBeGreaterThan(0.8);
    // Essex, outside the scope, gains nothing from the recruits.
    expect(extra.byArea.get('D7T5G')?.fte[i]).toBeCloseTo(fte('D7T5G', i), 6);
  });
});

describe('an upload laid over the ICBs of April 2026', () => {
  it("changes an ICB of 2026 by its part of each changed sub-ICB, and England's total still adds up", () => {
    const frimley = merged.areas.find((a) => a.code === 'D4U1Y');
    const year = merged.years[LAST] ?? 0;
    const old = frimley?.fte[LAST] ?? 0;
    const file = applyOverrides(merged, [
      {
        code: 'D4U1Y',
        year,
        fte: old + 100,
        headcount: frimley?.headcount[LAST] ?? 0,
        patients: frimley?.patients[LAST] ?? 0,
        practices: null,
      },
    ]);
    const at = (code: string) => file.areas.find((a) => a.code === code)?.fte[LAST] ?? 0;
    const was = (code: string) => merged.areas.find((a) => a.code === code)?.fte[LAST] ?? 0;
    // 100 more FTE in Frimley: Thames Valley gains 100 × 177.1/329.9 = 53.7, Essex nothing.
    expect(at('S0E4D') - was('S0E4D')).toBeCloseTo((100 * 177.1) / 329.9, 1);
    expect(at('D7T5G')).toBeCloseTo(was('D7T5G'), 6);
    const upl = buildDataset(file);
    const sum = upl.atLevel.icb2026.reduce((s, a) => s + (a.fte[LAST] ?? 0), 0);
    expect(sum).toBeCloseTo(at('ENG'), 0);
    expect(at('ENG') - was('ENG')).toBeCloseTo(100, 1);
  });
});
