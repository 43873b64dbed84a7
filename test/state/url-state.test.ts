import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVERS, defaultLeverValues, snapToStep, type LeverValues } from '../../src/model';
import { METRIC_KEYS } from '../../src/lib/metrics';
import { MAP_LEVELS } from '../../src/state/view-store';
import { defaultUrlState, parseScenario, scenarioToSearch, type UrlContext, type UrlState } from '../../src/state/url-state';

const dataYears = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const years = [...dataYears, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036];
const ctx: UrlContext = {
  areaCodes: new Set(['ENG', 'Y56', 'QKK', '72Q', 'QMF', 'A3A8R']),
  scopeCodes: new Set(['Y56', 'QKK', 'QMF']),
  years,
  dataYears,
  defaults: defaultLeverValues({ ftePerGp: 0.7146 }),
};

const leverValue = (lever: (typeof LEVERS)[number]) =>
  fc
    .integer({ min: 0, max: Math.round((lever.max - lever.min) / lever.step) })
    .map((n) => snapToStep(lever, lever.min + n * lever.step));
const levers: fc.Arbitrary<Partial<LeverValues>> = fc.record(
  Object.fromEntries(LEVERS.map((l) => [l.key, leverValue(l)])) as { [K in keyof LeverValues]: fc.Arbitrary<number> },
  {
    requiredKeys: [],
  },
);

const urlState: fc.Arbitrary<UrlState> = fc.record({
  level: fc.constantFrom(...MAP_LEVELS),
  metric: fc.constantFrom(...METRIC_KEYS),
  year: fc.constantFrom(...years),
  baseYear: fc.constantFrom(...dataYears),
  selected: fc.uniqueArray(fc.constantFrom(...ctx.areaCodes), { maxLength: 4 }),
  scope: fc.constantFrom('ENG', ...ctx.scopeCodes),
  englandLevers: levers,
  scopeLevers: fc
    .dictionary(fc.constantFrom(...ctx.scopeCodes), levers)
    .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => Object.keys(v).length > 0))),
  target: fc.oneof(
    fc.constantFrom(...dataYears).map((year) => ({ kind: 'hold' as const, year })),
    fc.integer({ min: 0, max: 5000 }).map((n) => ({ kind: 'value' as const, ftePer100k: n / 10 })),
  ),
  targetYear: fc.constantFrom(...years.filter((y) => y > 2025)),
  patientGrowth: fc.option(
    fc.integer({ min: -200, max: 500 }).map((n) => n / 10_000),
    { nil: null },
  ),
});

describe('URL state', () => {
  it('any scenario survives a round trip through the URL', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const { state: parsed, notices } = parseScenario(scenarioToSearch(state), ctx);
        expect(notices).toEqual([]);
        expect(parsed).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('any string parses to a valid state without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), fc.constant('?levers=leaverRate:abc&areas=%%%')), (search) => {
        const { state } = parseScenario(search, ctx);
        expect(MAP_LEVELS).toContain(state.level);
        expect(METRIC_KEYS).toContain(state.metric);
        expect(years).toContain(state.year);
        for (const value of Object.values(state.englandLevers)) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('defaults are omitted from the URL', () => {
    expect(scenarioToSearch(defaultUrlState())).toBe('');
  });

  it('clamps out-of-range levers and drops unknown values, saying what changed', () => {
    const { state, notices } = parseScenario(
      '?level=ward&year=1999&areas=QKK,NOPE&levers=leaverRate:0.5,internationalRecruitment:-20,magic:3&levers.ZZZ=returners:5',
      ctx,
    );
    expect(state.level).toBe('icb');
    expect(state.year).toBe(2025);
    expect(state.selected).toEqual(['QKK']);
    expect(state.englandLevers).toEqual({ leaverRate: 0.15, internationalRecruitment: 0 });
    expect(state.scopeLevers).toEqual({});
    expect(notices).toEqual([
      'Ignored geography level "ward".',
      'Ignored year "1999": not an available year.',
      'Ignored unknown areas: NOPE.',
      'Leaver rate for England was 0.5, outside its range or step: set to 0.15.',
      'International recruitment for England was -20, outside its range or step: set to 0.',
      'Ignored an unknown lever "magic" for England.',
      'Ignored levers for unknown area "ZZZ".',
    ]);
    expect(parseScenario('?growth=0.5', ctx)).toEqual({
      state: { ...defaultUrlState(), patientGrowth: 0.05 },
      notices: ['Patient growth was 0.5, outside -0.02 to 0.05 a year: set to 0.05.'],
    });
    expect(parseScenario('?growth=fast', ctx).notices).toEqual(['Ignored patient growth "fast": not a number.']);
  });
});
