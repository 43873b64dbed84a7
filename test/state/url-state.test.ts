import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVERS, snapToStep, type LeverValues } from '../../src/model';
import { realConfigFor } from '../support/real-data';
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
  configFor: realConfigFor,
};

/** A value on a lever's grid in a scope (a region's or ICB's flows have their own whole-unit range). */
const leverValue = (scope: string, key: (typeof LEVERS)[number]['key']) => {
  const config = realConfigFor(scope, key, {});
  return fc
    .integer({ min: 0, max: Math.round((config.max - config.min) / config.step) })
    .map((n) => snapToStep(config, config.min + n * config.step));
};
const leversIn = (scope: string): fc.Arbitrary<Partial<LeverValues>> =>
  fc.record(
    Object.fromEntries(LEVERS.map((l) => [l.key, leverValue(scope, l.key)])) as {
      [K in keyof LeverValues]: fc.Arbitrary<number>;
    },
    { requiredKeys: [] },
  );
const levers = leversIn('ENG');
// Scope levers are drawn with England at its defaults, so a scope's flow ranges are its share of the defaults'.
const scopeLevers = fc
  .uniqueArray(fc.constantFrom(...ctx.scopeCodes), { maxLength: 3 })
  .chain((codes) => fc.tuple(...codes.map((code) => leversIn(code).map((l) => [code, l] as const))))
  .map((entries) => Object.fromEntries(entries.filter(([, l]) => Object.keys(l).length > 0)));

const urlState: fc.Arbitrary<UrlState> = fc.record({
  level: fc.constantFrom(...MAP_LEVELS),
  metric: fc.constantFrom(...METRIC_KEYS),
  year: fc.constantFrom(...years),
  baseYear: fc.constantFrom(...dataYears),
  selected: fc.uniqueArray(fc.constantFrom(...ctx.areaCodes), { maxLength: 4 }),
  scope: fc.constantFrom('ENG', ...ctx.scopeCodes),
  englandLevers: levers,
  scopeLevers,
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
