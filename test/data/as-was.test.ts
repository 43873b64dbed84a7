// Reading the as-was and 2026 files (src/data/as-was.ts) on small hand-made files, and their schemas refusing a
// broken file with a message that names the field.
import { describe, it, expect } from 'vitest';
import { asWasAt, asWasChanges, icb2026For } from '../../src/data/as-was';
import { validateDataFile, DataFileError } from '../../src/data/load';
import { icb2026FileSchema, type Icb2026File } from '../../src/data/schemas';
import { asWasFileSchema, type AsWasFile } from '../../src/data/as-was-schemas';

const YEARS = [2016, 2017, 2018];
const none = { headcount: [null, null, null], patients: [null, null, null], weightedPatients: [null, null, null] };
const rest = {
  practices: [null, null, null],
  locumTraineeFte: [null, null, null],
  nurseFte: [null, null, null],
  dpcFte: [null, null, null],
};
function ccg(id: string, fte: (number | null)[], parent: (string | null)[]): AsWasFile['areas'][number] {
  const years = YEARS.filter((_, i) => fte[i] !== null);
  return {
    id,
    code: id.split('@')[0]!,
    onsCode: null,
    name: `CCG ${id}`,
    subIcbName: null,
    level: 'ccg',
    firstYear: years[0]!,
    lastYear: years[years.length - 1]!,
    parent,
    fte,
    ...none,
    ...rest,
  };
}
const file: AsWasFile = {
  schemaVersion: 1,
  years: YEARS,
  boundaries: 'as-was-boundaries.topo.json',
  levels: {
    ccg: {
      label: 'CCG (as was)',
      years: YEARS.map((year) => ({ year, object: `ccg${year}`, label: `CCGs as at April ${year - 1}`, count: 2 })),
    },
    localOffice: { label: 'NHS England local office (as was)', years: [{ year: 2016, object: 'lo2016', label: 'x', count: 1 }] },
  },
  areas: [
    // A: fell from 100 to 80 (−20%), then merged away.
    ccg('A', [100, 80, null], ['Q1', 'Q1', null]),
    // B: rose 50 -> 55 (+10%), and stood all three years.
    ccg('B', [50, 55, 60], ['Q1', 'Q1', 'Y1']),
    // C@2016 and C@2018: one code, two boundaries; change across them is not measured.
    ccg('C@2016', [10, 9, null], ['Q1', 'Q1', null]),
    ccg('C@2018', [null, null, 30], [null, null, 'Y1']),
  ],
  unplaced: { practiceYears: [0, 0, 0], fte: [0, 0, 0], patients: [0, 0, 0] },
};

describe('asWasAt', () => {
  it("gives a year's areas, its boundary object and its legend label", () => {
    const at = asWasAt(file, 'ccg', 2018)!;
    expect(at.areas.map((a) => a.id)).toEqual(['B', 'C@2018']);
    expect(at.object).toBe('ccg2018');
    expect(at.label).toBe('CCGs as at April 2017');
  });

  it('is null for a year the level did not exist', () => {
    expect(asWasAt(file, 'localOffice', 2017)).toBeNull();
    expect(asWasAt(file, 'ccg', 2030)).toBeNull();
  });
});

describe('asWasChanges', () => {
  it('measures change only for areas on the same boundary in both years, largest fall first', () => {
    const rows = asWasChanges(file, { level: 'ccg', from: 2016, to: 2017, measure: 'fte' });
    // A: (80 − 100) / 100 = −0.2; C@2016: (9 − 10) / 10 = −0.1; B: (55 − 50) / 50 = +0.1.
    expect(rows.map((r) => [r.area.id, r.change, r.share])).toEqual([
      ['A', -20, -0.2],
      ['C@2016', -1, -0.1],
      ['B', 5, 0.1],
    ]);
  });

  it('leaves out an area that did not stand in one of the years, and a code whose boundary changed between them', () => {
    const rows = asWasChanges(file, { level: 'ccg', from: 2016, to: 2018, measure: 'fte' });
    // Only B stood on one boundary in 2015/16 and 2017/18: (60 − 50) / 50 = +0.2.
    expect(rows.map((r) => [r.area.id, r.change, r.share])).toEqual([['B', 10, 0.2]]);
    expect(asWasChanges(file, { level: 'ccg', from: 2016, to: 2031, measure: 'fte' })).toEqual([]);
  });
});

const series = {
  fte: [1],
  headcount: [1],
  patients: [1],
  weightedPatients: [1],
  practices: [1],
  locumTraineeFte: [1],
  nurseFte: [1],
  dpcFte: [1],
};
const icb = (code: string, sameAs2022: boolean) => ({
  code,
  onsCode: 'E54',
  name: code,
  parent: 'Y1',
  subIcbs: [],
  formerIcbs: [],
  sameAs2022,
  ...series,
});
const icbs: Icb2026File = {
  schemaVersion: 1,
  geography: 'ICBs as at April 2026',
  source: 'test',
  years: [2025, 2026],
  icbs: [icb('NEW', false), icb('KEPT', true), icb('GREW', false)],
  fromIcb2022: {
    OLD1: [{ code: 'NEW', share: 1 }],
    SPLIT: [
      { code: 'GREW', share: 0.7 },
      { code: 'NEW', share: 0.3 },
    ],
    KEPT: [{ code: 'KEPT', share: 1 }],
    GREW: [{ code: 'GREW', share: 1 }],
  },
  splits: [],
};

describe('icb2026For', () => {
  it('opens a merged or split 2022 ICB as the 2026 ICB with most of its patients, with a notice', () => {
    expect(icb2026For(icbs, 'OLD1')).toEqual({ code: 'NEW', notice: true });
    expect(icb2026For(icbs, 'split')).toEqual({ code: 'GREW', notice: true });
  });

  it('opens a 2026 code as itself; a kept code without a notice, a redrawn one with', () => {
    expect(icb2026For(icbs, 'NEW')).toEqual({ code: 'NEW', notice: false });
    expect(icb2026For(icbs, 'KEPT')).toEqual({ code: 'KEPT', notice: false });
    expect(icb2026For(icbs, 'GREW')).toEqual({ code: 'GREW', notice: true });
    expect(icb2026For(icbs, 'NOPE')).toBeNull();
  });
});

describe('schemas refuse a broken file, naming the field', () => {
  it('as-was.json: a series with a year missing', () => {
    const broken = structuredClone(file);
    broken.areas[1]!.fte = [50, 55];
    expect(() => validateDataFile('as-was.json', broken, asWasFileSchema)).toThrow(DataFileError);
    expect(() => validateDataFile('as-was.json', broken, asWasFileSchema)).toThrow(
      'as-was.json: areas.1.fte: expected 3 years, found 2',
    );
  });

  it('icb-2026.json: a share above 1', () => {
    const broken = { ...structuredClone(icbs), fromIcb2022: { A: [{ code: 'B', share: 1.5 }] } };
    expect(() => validateDataFile('icb-2026.json', broken, icb2026FileSchema)).toThrow(
      /^icb-2026\.json: fromIcb2022\.A\.0\.share: /,
    );
  });
});
