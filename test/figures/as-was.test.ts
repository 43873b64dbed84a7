// The geography as it was (figures/as-was.ts): year options per level, the nearest year, links naming the levels
// and their years, "Did not exist in 2015/16", the rows the map and Areas table show, and the CSV's cells.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asWasFileSchema, type AsWasFile } from '../../src/data/as-was-schemas';
import {
  asWasCsvRows,
  asWasMetric,
  asWasRows,
  asWasYears,
  asWasYearsByLevel,
  changeText,
  didNotExistText,
} from '../../src/figures/as-was';
import { asWasLevelFromUrl, fyParam, linkNamesAsWas, nearestYear, parseFyParam } from '../../src/figures/as-was-levels';
import { defaultUrlState, parseScenario, serialiseScenario, type UrlContext } from '../../src/state/url/url-state';
import { realConfigFor } from '../support/real-data';

const file = asWasFileSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/as-was.json'), 'utf8')));

/** A two-area, three-year file, small enough to work by hand. */
const series = (values: (number | null)[]) => values;
const tiny: AsWasFile = {
  schemaVersion: 1,
  years: [2016, 2017, 2018],
  boundaries: 'as-was-boundaries.topo.json',
  levels: {
    ccg: {
      label: 'CCG (as was)',
      years: [
        { year: 2016, object: 'a', label: 'CCGs as at April 2015', count: 1 },
        { year: 2017, object: 'a', label: 'CCGs as at April 2016', count: 2 },
        { year: 2018, object: 'b', label: 'CCGs as at April 2017', count: 2 },
      ],
    },
    localOffice: { label: 'NHS England local office (as was)', years: [{ year: 2016, object: 'lo', label: 'LO', count: 1 }] },
  },
  areas: [
    {
      id: 'OLD',
      code: 'OLD',
      onsCode: null,
      name: 'Old CCG',
      subIcbName: null,
      level: 'ccg',
      firstYear: 2016,
      lastYear: 2018,
      parent: ['LON', 'LON', 'LON'],
      fte: series([50, 45, 45.9]),
      headcount: series([60, 55, 56]),
      patients: series([100_000, 100_000, 102_000]),
      weightedPatients: series([100_000, 100_000, 102_000]),
      practices: series([10, 10, 10]),
      locumTraineeFte: series([1, 1, 1]),
      nurseFte: series([20, 20, 20]),
      dpcFte: series([5, 5, 5]),
    },
    {
      id: 'NEW',
      code: 'NEW',
      onsCode: null,
      name: 'New CCG',
      subIcbName: null,
      level: 'ccg',
      firstYear: 2017,
      lastYear: 2018,
      parent: [null, 'Q99', 'Q99'],
      fte: series([null, 30, 33]),
      headcount: series([null, 35, 38]),
      patients: series([null, 60_000, 60_000]),
      weightedPatients: series([null, 60_000, 60_000]),
      practices: series([null, 6, 6]),
      locumTraineeFte: series([null, 1, 1]),
      nurseFte: series([null, 9, 9]),
      dpcFte: series([null, 2, 2]),
    },
    {
      id: 'LON',
      code: 'LON',
      onsCode: null,
      name: 'NHS England London',
      subIcbName: null,
      level: 'localOffice',
      firstYear: 2016,
      lastYear: 2016,
      parent: [null, null, null],
      fte: series([50, null, null]),
      headcount: series([60, null, null]),
      patients: series([100_000, null, null]),
      weightedPatients: series([100_000, null, null]),
      practices: series([10, null, null]),
      locumTraineeFte: series([1, null, null]),
      nurseFte: series([20, null, null]),
      dpcFte: series([5, null, null]),
    },
  ],
  unplaced: { practiceYears: [0, 0, 0], fte: [0, 0, 0], patients: [0, 0, 0] },
};

describe('the years an as-was level offers', () => {
  it('are the level’s recorded years in as-was.json: CCGs 2015/16 to 2024/25, local offices to 2018/19', () => {
    expect(asWasYears(file, 'ccg')).toEqual(file.levels.ccg.years.map((y) => y.year));
    expect(asWasYears(file, 'ccg')[0]).toBe(2016);
    expect(asWasYears(file, 'localOffice')).toEqual([2016, 2017, 2018, 2019]);
    expect(asWasYearsByLevel(tiny)).toEqual({ ccg: [2016, 2017, 2018], localOffice: [2016] });
  });

  it('move a year the level lacks to the nearest (the later of two as near; a bulletin month as its year)', () => {
    expect(nearestYear([2016, 2017, 2018, 2019], 2023)).toBe(2019);
    expect(nearestYear([2016, 2017, 2018, 2019], 2010)).toBe(2016);
    expect(nearestYear([2016, 2018], 2017)).toBe(2018);
    expect(nearestYear([2016, 2017], 2017)).toBe(2017);
    // Oct 2025 is in 2025/26 (year end 2026): nearest of 2016..2019 is 2019; of 2025/2027 the later, 2027.
    expect(nearestYear([2016, 2019], 202510)).toBe(2019);
    expect(nearestYear([2025, 2027], 202510)).toBe(2027);
  });
});

describe('links to the geography as it was', () => {
  it('name the levels ccg-as-was and local-office-as-was, in any letter case', () => {
    expect(asWasLevelFromUrl('ccg-as-was')).toBe('ccg');
    expect(asWasLevelFromUrl('Local-Office-As-Was')).toBe('localOffice');
    expect(asWasLevelFromUrl('ccg')).toBeUndefined();
    expect(linkNamesAsWas('?LEVEL=ccg-as-was&year=2016-17')).toBe(true);
    expect(linkNamesAsWas('?level=subicb')).toBe(false);
    expect(linkNamesAsWas('')).toBe(false);
  });

  it('write a year as 2016-17 and read 2016-17, 2016/17 or 2017 back; not a mismatched pair or text', () => {
    expect(fyParam(2017)).toBe('2016-17');
    expect(fyParam(2000)).toBe('1999-00');
    expect(parseFyParam('2016-17')).toBe(2017);
    expect(parseFyParam(' 2016/17 ')).toBe(2017);
    expect(parseFyParam('2017')).toBe(2017);
    expect(parseFyParam('1999-00')).toBe(2000);
    expect(parseFyParam('2016-18')).toBeNull();
    expect(parseFyParam('2016-17x')).toBeNull();
    expect(parseFyParam('soon')).toBeNull();
  });

  const ctx: UrlContext = {
    areaCodes: new Set(['ENG', 'Y56']),
    scopeCodes: new Set(['Y56']),
    years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
    dataYears: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    configFor: realConfigFor,
    asWasYears: asWasYearsByLevel(file),
  };

  it('round-trip level=ccg-as-was&year=2016-17', () => {
    const read = parseScenario('?level=ccg-as-was&year=2016-17', ctx);
    expect(read.notices).toEqual([]);
    expect(read.state).toMatchObject({ asWas: 'ccg', year: 2017, level: defaultUrlState().level });
    expect(serialiseScenario(read.state).search).toBe('?level=ccg-as-was&year=2016-17');
    // Today's levels are written as before.
    expect(serialiseScenario({ ...read.state, asWas: null }).search).toBe('?year=2017');
  });

  it('open a year the level lacks at the nearest recorded year, and say so', () => {
    const read = parseScenario('?level=local-office-as-was&year=2022-23', ctx);
    expect(read.state).toMatchObject({ asWas: 'localOffice', year: 2019 });
    expect(read.notices).toEqual([
      'NHS England local office (as was) has no figures for "2022-23": showing the nearest recorded year, 2018/19.',
    ]);
    // No year: the default year (2024/25) where the level has it, else its nearest, without a notice.
    expect(parseScenario('?level=local-office-as-was', ctx)).toMatchObject({ state: { year: 2019 }, notices: [] });
    expect(parseScenario('?level=ccg-as-was', ctx)).toMatchObject({ state: { year: 2025 }, notices: [] });
    // Not a year at all.
    const bad = parseScenario('?level=ccg-as-was&year=soon', ctx);
    expect(bad.notices).toEqual(['Ignored year "soon": not a year.']);
  });

  it('without the as-was file, open today’s level and say why', () => {
    const read = parseScenario('?level=ccg-as-was&year=2016-17', { ...ctx, asWasYears: undefined });
    expect(read.state.asWas).toBeNull();
    expect(read.notices[0]).toBe('The geography as it was could not be loaded: ignored geography level "ccg-as-was".');
  });
});

describe('the rows an as-was level shows', () => {
  it('change on the same boundary only: an area absent in the earlier year says "Did not exist in 2015/16"', () => {
    expect(didNotExistText(2016)).toBe('Did not exist in 2015/16');
    const rows = asWasRows(tiny, { level: 'ccg', year: 2017, baseYear: 2016, metric: 'changePct' });
    expect(rows.map((r) => r.id)).toEqual(['NEW', 'OLD']);
    const [created, old] = rows as [(typeof rows)[0], (typeof rows)[0]];
    // Old CCG: 50 -> 45 FTE = -5 FTE, -5/50 = -10%; 45 FTE per 100,000 patients.
    expect(old.sincePrevious).toEqual({ kind: 'change', fte: -5, pct: -10 });
    expect(old.sinceBase).toEqual({ kind: 'change', fte: -5, pct: -10 });
    expect(old.value).toBeCloseTo(-10, 10);
    expect(old.per100k).toBeCloseTo(45, 10);
    expect(old.london).toBe(true);
    // New CCG: formed in 2016/17.
    expect(created.sincePrevious).toEqual({ kind: 'absent', year: 2016 });
    expect(created.value).toBeNull();
    expect(created.valueNote).toBe('Did not exist in 2015/16');
    expect(created.london).toBe(false);
    expect(changeText(created.sinceBase, 'pct', String)).toBe('Did not exist in 2015/16');
    expect(changeText(old.sinceBase, 'pct', String)).toBe('-10');
  });

  it('at the first year there is no earlier one; the metric is worked from that year’s figures', () => {
    const [old] = asWasRows(tiny, { level: 'ccg', year: 2016, baseYear: 2016, metric: 'patientsPerFte' });
    expect(old!.sincePrevious).toEqual({ kind: 'none' });
    expect(changeText(old!.sincePrevious, 'fte', String)).toBe('–');
    // 100,000 patients / 50 FTE = 2,000.
    expect(old!.value).toBe(2000);
    // 2017/18: 45.9 FTE / 102,000 patients × 100,000 = 45.0; since 2016/17 +0.9 FTE (+2%).
    const later = asWasRows(tiny, { level: 'ccg', year: 2018, baseYear: 2016, metric: 'ftePer100k' });
    const oldLater = later.find((r) => r.id === 'OLD')!;
    expect(oldLater.value).toBeCloseTo(45, 10);
    expect(oldLater.sincePrevious.kind === 'change' && oldLater.sincePrevious.pct).toBeCloseTo(2, 10);
    // A level in a year it did not exist: no rows.
    expect(asWasRows(tiny, { level: 'localOffice', year: 2017, baseYear: 2016, metric: 'fte' })).toEqual([]);
  });

  it('a metric the as-was figures lack is shown as GP FTE per 100,000 patients, and said', () => {
    expect(asWasMetric('changePct')).toMatchObject({ metric: { key: 'changePct' }, note: null });
    const team = asWasMetric('pcnFte');
    expect(team.metric.key).toBe('ftePer100k');
    expect(team.note).toMatch(/^PCN staff FTE is not recorded by the geography as it was/);
  });

  it('the CSV names the level and the boundaries’ vintage on every row, and why a change is missing', () => {
    const rows = asWasRows(tiny, { level: 'ccg', year: 2017, baseYear: 2016, metric: 'fte' });
    const { headers, cells } = asWasCsvRows(rows, { level: 'ccg', year: 2017, baseYear: 2016, vintage: 'CCGs as at April 2016' });
    expect(headers).toContain('change_in_gp_fte_since_2015_16_pct');
    const at = (row: number, header: string) => cells[row]![headers.indexOf(header)];
    expect(at(0, 'area_level')).toEqual({ kind: 'text', value: 'CCG (as was)' });
    expect(at(0, 'boundaries')).toEqual({ kind: 'text', value: 'CCGs as at April 2016' });
    expect(at(0, 'year')).toEqual({ kind: 'text', value: '2016/17' });
    expect(at(0, 'change_in_gp_fte_since_2015_16_pct')).toEqual({ kind: 'number', value: null, decimals: 1 });
    expect(at(0, 'note_since_2015_16')).toEqual({ kind: 'text', value: 'Did not exist in 2015/16' });
    expect(at(1, 'change_in_gp_fte_since_2015_16_pct')).toEqual({ kind: 'number', value: -10, decimals: 1 });
  });

  it('on the real file: 209 CCGs at 2015/16 and 191 at 2019/20, each listed once', () => {
    for (const [year, count] of [
      [2016, 209],
      [2020, 191],
    ] as const) {
      const rows = asWasRows(file, { level: 'ccg', year, baseYear: 2016, metric: 'fte' });
      expect(rows).toHaveLength(count);
      expect(new Set(rows.map((r) => r.id)).size).toBe(count);
    }
  });
});
