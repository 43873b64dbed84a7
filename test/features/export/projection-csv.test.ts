// The projection CSV: headers carry units, fields are quoted and guarded against formula injection, the rows
// cover the lever scope, and (on the real data and model) every level adds up as on screen.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/dataset';
import { nationalSpread, projectScenario, type LeverValues } from '../../../src/model';
import { projectionSeries } from '../../../src/figures/projection-series';
import type { WorkforceSeries } from '../../../src/figures/metrics';
import { realFiles, realPrepared } from '../../support/real-data';
import {
  CSV_HEADERS,
  areasInScope,
  csvAreas,
  projectionCsv,
  type CsvArea,
  type CsvAssumptions,
} from '../../../src/features/export/projection-csv';
import { csvField } from '../../../src/lib/csv-text';

/** Splits one CSV line into fields (RFC 4180 quoting). */
function parseLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}
// The table: lines after the header block (whose lines start "#").
const parseCsv = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line && !line.startsWith('#'))
    .map(parseLine);

// A small hand-built hierarchy: England > region R > ICBs I1 ("Kent, Medway") and I2 > sub-ICBs.
const AREAS: CsvArea[] = [
  { code: 'ENG', name: 'England', level: 'england', parent: null },
  { code: 'R', name: 'South', level: 'region', parent: 'ENG' },
  { code: 'I1', name: 'NHS Kent, Medway "East" ICB', level: 'icb', parent: 'R' },
  { code: 'I2', name: '=HYPERLINK("http://x")', level: 'icb', parent: 'R' },
  { code: 'S1', name: 'Sub one', level: 'subicb', parent: 'I1' },
  { code: 'S2', name: 'Sub two', level: 'subicb', parent: 'I2' },
];
const series = (fte: Record<string, (number | null)[]>, patients: number[]): WorkforceSeries => ({
  years: [2025, 2026],
  byArea: new Map(Object.entries(fte).map(([code, f]) => [code, { fte: f, patients }])),
});
const trend = series(
  { ENG: [100, 104.26], R: [100, 104.26], I1: [60, 62], I2: [40, 42.26], S1: [60, 62], S2: [40, 42.26] },
  [200_000, 210_000],
);
const scenario = series(
  { ENG: [100, 110], R: [100, 110], I1: [60, 66], I2: [40, 44], S1: [60, 66], S2: [40, null] },
  [200_000, 210_000],
);

describe('projection CSV builder', () => {
  const csv = projectionCsv({
    areas: AREAS,
    rows: 'all',
    scenarios: [
      { label: 'Current trends', series: trend },
      { label: 'Scenario', series: scenario },
    ],
    recordedYears: [2025],
  });
  const [header, ...rows] = parseCsv(csv);

  it('names each column with its unit', () => {
    expect(header).toEqual([...CSV_HEADERS]);
    expect(header).toContain('gp_fte (qualified permanent GPs, FTE)');
    expect(header).toContain('patients (registered patients)');
    expect(header).toContain('gp_fte_per_100k_patients (qualified permanent GP FTE per 100,000 registered patients)');
    expect(header).toContain('nurses_fte (practice nurses, FTE; recorded years only)');
    // The header with a comma in it is quoted in the raw text.
    expect(csv.split('\r\n').find((l) => l.startsWith('scenario,'))).toContain('"gp_fte (qualified permanent GPs, FTE)"');
  });

  it('has one row per scenario x area x year, years as 2025/26 and marked recorded or projected', () => {
    expect(rows).toHaveLength(2 * AREAS.length * 2);
    const first = rows[0] ?? [];
    expect(first.slice(0, 7)).toEqual(['Current trends', 'ENG', 'England', 'England', '', '2024/25', 'recorded']);
    expect(rows[1]?.slice(5, 7)).toEqual(['2025/26', 'projected']);
  });

  it('writes FTE to 1 decimal, patients whole, FTE per 100,000 from the unrounded figures, blank where missing', () => {
    const engScenario2026 = rows.find((r) => r[0] === 'Scenario' && r[1] === 'ENG' && r[5] === '2025/26');
    // 110 / 210,000 * 100,000 = 52.38... -> 52.4
    expect(engScenario2026?.slice(7, 12)).toEqual(['110.0', '', '', '210000', '52.4']);
    const trendIcb2 = rows.find((r) => r[0] === 'Current trends' && r[1] === 'I2' && r[5] === '2025/26');
    expect(trendIcb2?.[7]).toBe('42.3'); // 42.26 -> 42.3
    const missing = rows.find((r) => r[0] === 'Scenario' && r[1] === 'S2' && r[5] === '2025/26');
    expect(missing?.slice(7, 12)).toEqual(['', '', '', '210000', '']);
  });

  it('quotes names with commas and quotes, and defuses text that would run as a formula', () => {
    expect(rows.find((r) => r[1] === 'I1')?.[2]).toBe('NHS Kent, Medway "East" ICB');
    expect(rows.find((r) => r[1] === 'I2')?.[2]).toBe(`'=HYPERLINK("http://x")`);
    expect(csv).toContain('"NHS Kent, Medway ""East"" ICB"');
    for (const start of ['=', '+', '-', '@']) expect(csvField({ kind: 'text', value: `${start}1+1` })).toBe(`'${start}1+1`);
    // A bidi override in a name cannot be isolated in a spreadsheet cell (nor hide a formula): it is dropped.
    expect(csvField({ kind: 'text', value: 'Saved: \u202Enalp\u202C' })).toBe('Saved: nalp');
    expect(csvField({ kind: 'text', value: '\u202E=1+1' })).toBe("'=1+1");
    // Numbers are never prefixed: a negative change stays a number.
    expect(csvField({ kind: 'number', value: -12.34, decimals: 1 })).toBe('-12.3');
    expect(csvField({ kind: 'number', value: Number.NaN, decimals: 1 })).toBe('');
  });

  it('covers a region or ICB scope and the areas within it, depth first', () => {
    // Children by name: "=HYPERLINK..." sorts before "NHS Kent...".
    expect(areasInScope(AREAS, 'R').map((a) => a.code)).toEqual(['R', 'I2', 'S2', 'I1', 'S1']);
    expect(areasInScope(AREAS, 'I2').map((a) => a.code)).toEqual(['I2', 'S2']);
    expect(() => areasInScope(AREAS, 'XYZ')).toThrow(/not an area/);
  });
});

describe('projection CSV: rows for the selected areas, ranges for every scenario, the assumptions above the table', () => {
  const levers: LeverValues = {
    trainingPlaces: 4032,
    trainingFrom: 2026,
    trainingRamp: 3,
    traineeUptake: 0.88,
    leaverRate: 0.085,
    internationalRecruitment: 500,
    returners: 150,
    participationTrend: -0.005,
    participationHalfLife: 5,
    ftePerGp: 0.72,
    stayShare: 1,
  };
  const current: CsvAssumptions = {
    englandLevers: levers,
    scopeLevers: { I1: { trainingPlaces: 211, stayShare: 0.5 } },
    trainingPath: null,
    demand: 'lists',
    patientGrowth: null,
  };
  const planB: CsvAssumptions = {
    englandLevers: { ...levers, internationalRecruitment: 900 },
    scopeLevers: {},
    trainingPath: [
      { recruitmentYear: 2027, places: 5000 },
      { recruitmentYear: 2030, places: 6000 },
    ],
    demand: 'ageing',
    patientGrowth: 0.01,
  };
  // Plan B's England FTE 2025/26: 112 (80% range 105.04 to 115.06); S1 66.5 (61.96 to 70.04).
  const planBSeries: WorkforceSeries = {
    years: [2025, 2026],
    byArea: new Map([
      ['ENG', { fte: [100, 112], fteLow: [null, 105.04], fteHigh: [null, 115.06], patients: [200_000, 210_000] }],
      ['S1', { fte: [60, 66.5], fteLow: [null, 61.96], fteHigh: [null, 70.04], patients: [200_000, 210_000] }],
    ]),
  };
  const csv = projectionCsv({
    areas: AREAS,
    rows: ['S1'],
    scenarios: [
      { label: 'Scenario', series: scenario, assumptions: current },
      { label: 'Saved: Plan B', series: planBSeries, assumptions: planB },
    ],
    recordedYears: [2025],
    patientBasis: 'weighted',
    sources: ['Contains public sector information (NHS England).'],
  });
  const lines = csv.split('\r\n');

  it('writes England and the selected areas by default, every area on request', () => {
    expect(csvAreas(AREAS, ['S1']).map((a) => a.code)).toEqual(['ENG', 'S1']);
    // England once, unknown codes left out, the order given kept.
    expect(csvAreas(AREAS, ['I2', 'ENG', 'NOPE', 'S1', 'I2']).map((a) => a.code)).toEqual(['ENG', 'I2', 'S1']);
    expect(csvAreas(AREAS, 'all').map((a) => a.code)).toEqual(['ENG', 'R', 'I2', 'S2', 'I1', 'S1']);
    const rows = parseCsv(csv).slice(1);
    // 2 scenarios x 2 areas x 2 years.
    expect(rows.map((r) => `${r[0]} ${r[1]} ${r[5]}`)).toEqual([
      'Scenario ENG 2024/25',
      'Scenario ENG 2025/26',
      'Scenario S1 2024/25',
      'Scenario S1 2025/26',
      'Saved: Plan B ENG 2024/25',
      'Saved: Plan B ENG 2025/26',
      'Saved: Plan B S1 2024/25',
      'Saved: Plan B S1 2025/26',
    ]);
  });

  it('gives a compared scenario its own 80% range', () => {
    const rows = parseCsv(csv).slice(1);
    const row = (label: string, code: string) => rows.find((r) => r[0] === label && r[1] === code && r[5] === '2025/26');
    // 112.0 (105.04 -> 105.0, 115.06 -> 115.1); S1 66.5 (61.96 -> 62.0, 70.04 -> 70.0).
    expect(row('Saved: Plan B', 'ENG')?.slice(7, 10)).toEqual(['112.0', '105.0', '115.1']);
    expect(row('Saved: Plan B', 'S1')?.slice(7, 10)).toEqual(['66.5', '62.0', '70.0']);
  });

  it("states above the table what the rows cover, each scenario's levers per scope, bases and sources", () => {
    const table = lines.findIndex((l) => l.startsWith('scenario,'));
    expect(lines.slice(0, table)).toEqual([
      '# GP Workforce Planner projection,"Lines starting # describe the file; the table starts at the line beginning ""scenario""."',
      '# rows,England and the selected areas: England; Sub one',
      '# ranges,"gp_fte_80pct_low and _high: the 80% range of each projected year, for every scenario"',
      '# assumptions,scenario,scope,setting,value',
      '# assumptions,Scenario,England,Training places,"4,032 places a year"',
      '# assumptions,Scenario,England,Change starts with the intake of,2026 intake',
      '# assumptions,Scenario,England,Years to reach it,3 years',
      '# assumptions,Scenario,England,Trainee uptake,88%',
      '# assumptions,Scenario,England,Leaver rate,8.5%',
      '# assumptions,Scenario,England,International recruitment,500 FTE a year',
      '# assumptions,Scenario,England,Returners,150 FTE a year',
      // A leading minus is guarded like any text that a spreadsheet would run as a formula.
      "# assumptions,Scenario,England,Participation trend,'-0.5% a year",
      '# assumptions,Scenario,England,Participation trend half-life,5 years',
      '# assumptions,Scenario,England,FTE per GP,0.720 FTE per head',
      '# assumptions,Scenario,England,Training path,none (the Training places lever)',
      '# assumptions,Scenario,"NHS Kent, Medway ""East"" ICB",Training places,211 places a year',
      '# assumptions,Scenario,"NHS Kent, Medway ""East"" ICB",Trained here who stay,50%',
      '# assumptions,Scenario,"NHS Kent, Medway ""East"" ICB",Other levers,as England',
      '# assumptions,Scenario,England,Demand basis,registered lists',
      "# assumptions,Scenario,England,Patient growth,each sub-ICB's own recent rate",
      '# assumptions,Scenario,England,Patients basis (on screen),need-weighted (Carr-Hill) patients',
      // A training path replaces the places, first intake and ramp levers.
      '# assumptions,Saved: Plan B,England,Trainee uptake,88%',
      '# assumptions,Saved: Plan B,England,Leaver rate,8.5%',
      '# assumptions,Saved: Plan B,England,International recruitment,900 FTE a year',
      '# assumptions,Saved: Plan B,England,Returners,150 FTE a year',
      "# assumptions,Saved: Plan B,England,Participation trend,'-0.5% a year",
      '# assumptions,Saved: Plan B,England,Participation trend half-life,5 years',
      '# assumptions,Saved: Plan B,England,FTE per GP,0.720 FTE per head',
      '# assumptions,Saved: Plan B,England,Training path,"5,000 places in 2027; 6,000 places in 2030"',
      '# assumptions,Saved: Plan B,England,Demand basis,need growing with an ageing population (REAL Centre 2022)',
      "# assumptions,Saved: Plan B,England,Patient growth,'+1.0% a year in every area",
      '# assumptions,Saved: Plan B,England,Patients basis (on screen),need-weighted (Carr-Hill) patients',
      '# source,Contains public sector information (NHS England).',
    ]);
    expect(parseLine(lines[table] ?? '')).toEqual([...CSV_HEADERS]);
  });

  it('says so when it covers every area', () => {
    const all = projectionCsv({
      areas: AREAS,
      rows: 'all',
      scenarios: [{ label: 'Scenario', series: scenario }],
      recordedYears: [2025],
    });
    expect(all.split('\r\n')[1]).toBe('# rows,every area at every level (6 areas)');
  });
});

describe('projection CSV on the real data and model', () => {
  const prepared = realPrepared();
  const dataset = buildDataset(realFiles().areas);
  // The app's own path: one projection function, the national spread (computed here without a worker), the series.
  const project = (englandLevers: Partial<LeverValues>) => {
    const choices = { englandLevers, scopeLevers: {}, patientGrowth: null };
    return projectionSeries(dataset.history, projectScenario(prepared, choices, nationalSpread(prepared, choices)));
  };
  const scenarioSeries = project({ internationalRecruitment: 1000 });
  const csv = projectionCsv({
    areas: dataset.areas,
    rows: 'all',
    scenarios: [
      { label: 'Current trends', series: project({}) },
      { label: 'Scenario', series: scenarioSeries },
    ],
    recordedYears: dataset.years,
  });
  const rows = parseCsv(csv).slice(1);
  const fte = (scenario: string, code: string, year: string) =>
    Number(rows.find((r) => r[0] === scenario && r[1] === code && r[5] === year)?.[7]);

  it('has every area at every level for England, every year 2015/16 to 2035/36', () => {
    const codes = new Set(rows.map((r) => r[1]));
    expect(codes.size).toBe(dataset.areas.length);
    const years = new Set(rows.map((r) => r[5]));
    expect([...years][0]).toBe('2015/16');
    expect([...years].pop()).toBe('2035/36');
    expect(rows).toHaveLength(2 * dataset.areas.length * years.size);
  });

  it("England's rows equal the sum of its sub-ICBs' rows (to the rounding of 1 decimal per row)", () => {
    const subIcbs = dataset.atLevel.subicb.map((a) => a.code);
    for (const year of ['2024/25', '2030/31', '2035/36']) {
      for (const scenario of ['Current trends', 'Scenario']) {
        const sum = subIcbs.reduce((total, code) => total + fte(scenario, code, year), 0);
        expect(Math.abs(sum - fte(scenario, 'ENG', year))).toBeLessThanOrEqual(subIcbs.length * 0.05);
      }
    }
  });

  it("the Scenario rows are the screen's series, and differ from current trends once levers move", () => {
    const yi = scenarioSeries.years.indexOf(2036);
    const screen = scenarioSeries.byArea.get('ENG')?.fte[yi] ?? NaN;
    expect(fte('Scenario', 'ENG', '2035/36')).toBe(Number(screen.toFixed(1)));
    expect(fte('Scenario', 'ENG', '2035/36')).toBeGreaterThan(fte('Current trends', 'ENG', '2035/36'));
    expect(fte('Scenario', 'ENG', '2024/25')).toBe(fte('Current trends', 'ENG', '2024/25'));
  });

  it('gives every projected row its 80% range around the figure, and none to recorded rows', () => {
    const column = (name: string) => CSV_HEADERS.indexOf(name as (typeof CSV_HEADERS)[number]);
    const low = column('gp_fte_80pct_low (qualified permanent GPs, FTE)');
    const high = column('gp_fte_80pct_high (qualified permanent GPs, FTE)');
    for (const row of rows) {
      if (row[6] === 'recorded') {
        expect(row[low]).toBe('');
        expect(row[high]).toBe('');
      } else {
        expect(Number(row[low])).toBeLessThanOrEqual(Number(row[7]));
        expect(Number(row[high])).toBeGreaterThanOrEqual(Number(row[7]));
      }
    }
    const england2036 = rows.find((r) => r[0] === 'Scenario' && r[1] === 'ENG' && r[5] === '2035/36') ?? [];
    expect(Number(england2036[high]) - Number(england2036[low])).toBeGreaterThan(100);
  });
});
