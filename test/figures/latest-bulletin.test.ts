// "Oct 2025 (latest bulletin)": the month's key and labels, the bulletin as a one-point series on its own basis (never
// joined to the annual series), and the view's and the link's rules for it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bulletinLatestFileSchema } from '../../src/data/schemas';
import { latestBulletin, latestBulletinNotes } from '../../src/figures/latest-bulletin';
import { levelRows } from '../../src/figures/level-rows';
import { flagNotes, LATEST_MONTH_NO_FLAG } from '../../src/figures/metric-notes';
import { yearSuffix } from '../../src/figures/team-series';
import { describeYear, monthHost } from '../../src/components/chart/TrendPlot';
import { formatNumber } from '../../src/lib/format';
import { fyLabel, isMonthKey, isProjectedYear, monthKeyOf, monthOnYearAxis, yearParam } from '../../src/lib/years';
import { initialView, useViewStore } from '../../src/state/stores/view-store';
import { defaultUrlState, parseScenario, serialiseScenario, type UrlContext } from '../../src/state/url/url-state';
import { realConfigFor } from '../support/real-data';
import { mapTitle } from '../../src/features/export/export-text';
import { MONTH_SOURCE, trendModel } from '../../src/components/chart/trend-model';
import { columnKey } from '../../src/figures/trend-series';

const file = bulletinLatestFileSchema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/bulletin-latest.json'), 'utf8')),
);

describe('a bulletin month on the year axis', () => {
  it('is keyed YYYYMM, never a financial year, labelled by its month and not projected', () => {
    expect(monthKeyOf('2025-10')).toBe(202510);
    expect(monthKeyOf('2025-13')).toBeNull();
    expect(monthKeyOf('2025')).toBeNull();
    expect(isMonthKey(202510)).toBe(true);
    expect(isMonthKey(2025)).toBe(false);
    expect(isMonthKey(2036)).toBe(false);
    expect(fyLabel(202510)).toBe('Oct 2025');
    expect(fyLabel(2025)).toBe('2024/25');
    expect(isProjectedYear(202510, 2025)).toBe(false);
    expect(yearSuffix({ group: 'gps' }, 202510, 2025)).toBe(' (latest bulletin)');
    expect(yearParam(202510)).toBe('2025-10');
    expect(yearParam(2025)).toBe('2025');
    // A financial year's figure is the mean of its snapshots, centred at the start of October: 2025/26 (key 2026) at
    // 1 Oct 2025. The Oct 2025 snapshot is half a month later: 2026 + 0.5/12. March 2025 is month 11.5 of 2024/25 (key 2025),
    // 5.5 months after its middle: 2025 + 5.5/12.
    expect(monthOnYearAxis(202510)).toBeCloseTo(2026 + 0.5 / 12, 10);
    expect(monthOnYearAxis(202503)).toBeCloseTo(2025 + 5.5 / 12, 10);
  });
});

describe('the latest bulletin as a series', () => {
  const latest = latestBulletin(file)!;

  it('holds every area of the file at its month, FTE only (the bulletin gives no patients by area)', () => {
    expect(latest.key).toBe(monthKeyOf(file.date));
    expect(latest.series.years).toEqual([latest.key]);
    expect(latest.series.byArea.size).toBe(file.areas.length);
    const eng = file.areas.find((a) => a.code === 'ENG')!;
    expect(latest.series.byArea.get('ENG')).toEqual({ fte: [eng.fte], patients: [null] });
    // Qualified permanent = partners + salaried + retainers, as the bulletin defines them.
    expect(eng.fte).toBeCloseTo(eng.partnersFte + eng.salariedFte + eng.retainersFte, 1);
  });

  it("gives the Areas table's rows the bulletin's FTE, ranked, with no rate, change or flag", () => {
    const subIcbs = file.areas.filter((a) => a.level === 'subicb');
    expect(subIcbs).toHaveLength(106);
    const rows = levelRows({
      areas: subIcbs.map((a) => ({ code: a.code, name: a.code })),
      series: latest.series,
      metric: 'fte',
      year: latest.key,
      baseYear: 2016,
      englandCode: 'ENG',
      flagYear: 2025,
    });
    const top = subIcbs.reduce((a, b) => (b.fte > a.fte ? b : a));
    const row = rows.find((r) => r.code === top.code)!;
    expect(row).toMatchObject({ value: top.fte, rank: 1, per100k: null, changeFte: null, underDoctored: false });
    expect(rows.every((r) => r.value !== null)).toBe(true);
  });

  it('states its source, basis and how far the practice-level total is below it', () => {
    const notes = latestBulletinNotes(file);
    expect(notes[0]).toContain(file.label);
    expect(notes[0]).toContain(file.basis);
    expect(notes[1]).toBe(file.basisDifference.text);
    // The file's own figures: the practice-level total is about 1% below the bulletin over the same months.
    const d = file.basisDifference;
    expect(d.ratio).toBeCloseTo(d.bulletinMeanFte / d.practiceLevelFte, 3);
    // The map PNG's title names the month as the screen does.
    expect(
      mapTitle({ metricLabel: 'GP FTE', levelLabel: 'Sub-ICB (CCG)', year: latest.key, baseYear: 2016, usesBaseYear: false }),
    ).toBe(`GP FTE by Sub-ICB (CCG), ${file.label}`);
    expect(flagNotes('registered', { year: latest.key, lastDataYear: 2025, estimatedWeightedYears: [] })).toEqual([
      LATEST_MONTH_NO_FLAG,
    ]);
  });
});

describe('the bulletin month on the trend chart', () => {
  const latest = latestBulletin(file)!;
  const eng = file.areas.find((a) => a.code === 'ENG')!;
  const history = {
    years: [2024, 2025],
    byArea: new Map([['ENG', { fte: [26624.6, 27076.7], patients: [62989507, 63554992] }]]),
  };
  const input = (mode: 'fte' | 'ftePer100k') => ({
    years: [2024, 2025],
    areas: [{ code: 'ENG', name: 'England' }],
    englandCode: 'ENG',
    sources: [{ key: 'history', label: 'Recorded', series: history }],
    mode,
    baseYear: 2024,
    month: { key: latest.key, label: file.label, series: latest.series, basis: 'bulletin basis' },
  });

  it('in FTE: a point of its own at the month, in the key and in its own table column, never on the annual line', () => {
    const model = trendModel(input('fte'));
    expect(model.monthPoints).toEqual([expect.objectContaining({ code: 'ENG', value: eng.fte, x: monthOnYearAxis(latest.key) })]);
    expect(model.monthRow?.[columnKey('ENG', MONTH_SOURCE)]).toBe(Math.round(eng.fte * 10) / 10);
    expect(model.rows.map((r) => r.year)).toEqual([2024, 2025]);
    expect(model.legend.map((e) => e.label)).toContain(`${file.label}: bulletin basis`);
    // The value axis reaches the point (28,017 is above every annual figure here).
    expect(model.valueTicks[model.valueTicks.length - 1]).toBeGreaterThanOrEqual(eng.fte);
    expect(model.monthNote).toBeNull();
  });

  it("in the chart's tooltip: told with the last year drawn (2024/25) when no later year is, else with 2025/26", () => {
    const model = trendModel(input('fte'));
    expect(monthHost(model)).toBe(1);
    const told = describeYear(model, 1)!;
    expect(told.title).toBe(`2024/25 · ${file.label}`);
    expect(told.rows.map((r) => [r.label, r.value])).toContainEqual([
      `England (${file.label}, bulletin basis)`,
      formatNumber(eng.fte, 1),
    ]);
    // The first year's tooltip does not tell the month.
    expect(
      describeYear(model, 0)!
        .rows.map((r) => r.label)
        .join(),
    ).not.toContain(file.label);
    // With 2025/26 drawn (projected), the month is told there, inside its financial year, not with 2026/27.
    const projected = {
      years: [2025, 2026, 2027],
      byArea: new Map([['ENG', { fte: [27076.7, 27300, 27500], patients: [63554992, 64e6, 64.4e6] }]]),
    };
    const longer = trendModel({
      ...input('fte'),
      years: [2024, 2025, 2026, 2027],
      sources: [...input('fte').sources, { key: 'scenario', label: 'Scenario', series: projected }],
    });
    expect(longer.rows[monthHost(longer)]?.year).toBe(2026);
    expect(describeYear(longer, monthHost(longer))!.title).toBe(`2025/26 · ${file.label}`);
  });

  it('per 100,000 patients: not drawn (no patients by area), and said', () => {
    const model = trendModel(input('ftePer100k'));
    expect(model.monthPoints).toEqual([]);
    expect(model.monthNote).toContain(`${file.label} is drawn in FTE only`);
  });
});

describe('the view on the bulletin month', () => {
  beforeEach(() => useViewStore.setState({ ...initialView }));

  it('shows GP FTE; another metric or the 36 ICBs go back to the latest recorded year', () => {
    const v = () => useViewStore.getState();
    v().setLevel('subicb');
    v().setYear(202510);
    expect(v()).toMatchObject({ year: 202510, metric: 'fte' });
    v().setLevel('region');
    expect(v().year).toBe(202510);
    v().setLevel('icb2026');
    expect(v()).toMatchObject({ level: 'icb2026', year: 2025 });
    v().setLevel('icb');
    v().setYear(202510);
    v().setMetric('ftePer100k');
    expect(v()).toMatchObject({ year: 2025, metric: 'ftePer100k' });
  });
});

describe('the bulletin month in a link', () => {
  const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  const ctx: UrlContext = {
    areaCodes: new Set(['ENG', 'Y56']),
    scopeCodes: new Set(['Y56']),
    years,
    dataYears: years.slice(0, -1),
    configFor: realConfigFor,
  };

  it('is written as its month and read back, with GP FTE', () => {
    const state = { ...defaultUrlState(), level: 'subicb' as const, metric: 'fte' as const, year: 202510 };
    const { search } = serialiseScenario(state);
    expect(new URLSearchParams(search).get('year')).toBe('2025-10');
    const read = parseScenario(search, ctx);
    expect(read.notices).toEqual([]);
    expect(read.state).toMatchObject({ level: 'subicb', metric: 'fte', year: 202510 });
    // A link to the month with another metric opens GP FTE (the month's one figure).
    expect(parseScenario('?level=region&year=2025-10', ctx).state).toMatchObject({ metric: 'fte', year: 202510 });
  });

  it('at the 36 ICBs of April 2026 is ignored with the reason', () => {
    const read = parseScenario('?level=icb&year=2025-10', ctx);
    expect(read.state.year).toBe(defaultUrlState().year);
    expect(read.notices).toEqual([expect.stringContaining('Ignored year "2025-10": the latest bulletin is not for the 36 ICBs')]);
  });
});
