// The Practice view's figures against areas.json: for every sub-ICB and ICB and every year, the PCN table's total
// (the practices of the area's files, through practiceData → practiceRows → pcnRows) is the area's own GP FTE
// (exactly, at 2 dp), practice count, and patients within the per-practice rounding. And every file passes the
// view's schema. (test/data/practice-figures.test.ts checks the files' own sums for the upload.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { areasFileSchema } from '../../src/data/schemas';
import { buildDataset, subIcbsWithin } from '../../src/data/dataset';
import { practiceFiguresFileSchema } from '../../src/data/practice-figures';
import { pcnRows, pcnTotal, practiceData, practiceRows } from '../../src/features/practices/practice-rows';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const read = (file: string) => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8')) as unknown;
const dataset = buildDataset(areasFileSchema.parse(read('areas.json')));
const files = new Map(
  dataset.atLevel.subicb.map((a) => [a.code, practiceFiguresFileSchema.parse(read(`practices/${a.code}.json`))] as const),
);
const areas = [...dataset.atLevel.subicb, ...dataset.atLevel.icb];

describe('Practice view totals', () => {
  it.each(areas.map((a) => [a.code, a.name] as const))('%s (%s): the PCN total is the area’s figure every year', (code) => {
    const area = dataset.byCode.get(code)!;
    const data = practiceData(subIcbsWithin(dataset, code).map((s) => files.get(s)!));
    dataset.years.forEach((year, i) => {
      const total = pcnTotal(pcnRows(practiceRows({ data, metric: 'fte', year, baseYear: dataset.years[0]! })));
      expect(total.practices).toBe(area.practices[i]);
      expect(total.fte).toBeCloseTo(area.fte[i]!, 2);
      expect(Math.abs(total.patients - area.patients[i]!)).toBeLessThanOrEqual(0.5 + 0.5 * total.practices);
    });
  });
});
