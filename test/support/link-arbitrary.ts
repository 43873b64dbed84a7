// Links as people and programs mangle them, for property tests and the browser fuzz: the app's own settings
// in any letter case, given twice, with extra fields, empty, out of range or hostile values (markup, huge
// numbers, unicode, control characters, very long lists), mixed with names the planner does not know.
import fc from 'fast-check';
import { LEVERS, snapToStep, type KeyedLeverConfig, type LeverKey, type LeverValues } from '../../src/model';
import { METRIC_KEYS, metricOnBasis } from '../../src/figures/metrics';
import { PATIENT_BASES } from '../../src/figures/metric-basis';
import { TREND_MODES } from '../../src/figures/trend-series';
import type { TeamStaff } from '../../src/figures/team-series';
import { MAP_LEVELS, MAX_SELECTED } from '../../src/state/stores/view-store';
import type { UrlState } from '../../src/state/url/url-state';

export interface LinkCodes {
  /** Area codes the data knows. */
  areas: readonly string[];
  /** Region and ICB codes (scopes with their own levers). */
  scopes: readonly string[];
}

/** The same letters in a random mix of cases. */
const recased = (text: string): fc.Arbitrary<string> =>
  fc
    .oneof(fc.constant(0), fc.constant(-1), fc.integer())
    .map((bits) => text.replace(/[a-z]/gi, (c, i: number) => ((bits >>> (i % 31)) & 1 ? c.toUpperCase() : c.toLowerCase())));

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  '1e308',
  '1e400',
  '-1e400',
  '9'.repeat(400),
  'NaN',
  'Infinity',
  '0x7E9',
  '-0',
  '😀'.repeat(60),
  '\u202Eevil\u202C',
  'ſ ı K',
  'line\nbreak\ttab\u0000nul',
  'x'.repeat(3000),
);

const number = fc.oneof(
  fc.integer({ min: -10, max: 10_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('0.1', '.5', '+3', ' 2025 ', '2.025e3', '1,000', '5000:junk', ''),
);
const year = fc.oneof(fc.integer({ min: 2010, max: 2040 }).map(String), number);

const leverEntry = (values: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...LEVERS).chain((l) => recased(l.key)),
        values,
      )
      .map(([k, v]) => `${k}:${v}`),
    // Valid values on each lever's England grid (a scope's flow levers have their own, smaller ranges).
    fc
      .constantFrom(...LEVERS)
      .chain((l) =>
        fc
          .integer({ min: 0, max: Math.round((l.max - l.min) / l.step) })
          .map((n) => `${l.key}:${Number((l.min + n * l.step).toPrecision(10))}`),
      ),
    fc.constantFrom('trainingPlaces:5000:junk', 'leaverRate', 'magic:3', ':', ''),
    hostile,
  );

const CROWD_LEVERS = [
  'trainingPlaces:1',
  'trainingFrom:2030',
  'trainingRamp:5',
  'traineeUptake:0.8',
  'leaverRate:0.07',
  'internationalRecruitment:1',
  'returners:1',
  'participationTrend:0.001',
  'participationHalfLife:10',
  'ftePerGp:0.8',
].join(',');

/** A link's query ("?…"), at most about `maxLength` characters (hostile items can be longer on their own). */
export function linkArbitrary(codes: LinkCodes, maxLength = 12_000): fc.Arbitrary<string> {
  const area = fc.oneof(
    fc.constantFrom(...codes.areas).chain(recased),
    fc.constantFrom('NOPE', 'ENG', ''),
    fc.string({ maxLength: 8 }),
  );
  const scope = fc.oneof(fc.constantFrom(...codes.scopes).chain(recased), fc.constantFrom('ENG', 'ZZZ', ''));
  const list = <T>(item: fc.Arbitrary<T>, maxLength: number) => fc.array(item, { maxLength });
  const levers = fc.oneof(
    { weight: 4, arbitrary: list(leverEntry(number), 6).map((l) => l.join(',')) },
    { weight: 1, arbitrary: list(leverEntry(number), 300).map((l) => l.join(',')) },
  );
  const setting: fc.Arbitrary<[string, string]> = fc.oneof(
    fc.tuple(recased('level'), fc.oneof(fc.constantFrom(...MAP_LEVELS).chain(recased), hostile, fc.string())),
    fc.tuple(recased('metric'), fc.oneof(fc.constantFrom(...METRIC_KEYS).chain(recased), hostile)),
    fc.tuple(recased('patients'), fc.oneof(fc.constantFrom(...PATIENT_BASES, 'need-weighted').chain(recased), hostile)),
    fc.tuple(recased('scale'), fc.oneof(fc.constantFrom('same', 'year', ' Year ', 'fixed', '').chain(recased), hostile)),
    fc.tuple(recased('practices'), fc.oneof(fc.constantFrom('1', '0', ' 1 ', 'yes', 'true', '01', ''), hostile)),
    fc.tuple(
      recased('practice'),
      fc.oneof(fc.constantFrom('G82002', 'g82002', ' Y00001 ', 'G8200', 'G820023', '82002', 'practice'), hostile, fc.string()),
    ),
    fc.tuple(fc.constantFrom('year', 'base', 'targetYear').chain(recased), year),
    fc.tuple(
      recased('areas'),
      fc.oneof(list(area, 6), list(area, 400)).map((a) => a.join(',')),
    ),
    fc.tuple(recased('scope'), scope),
    fc.tuple(recased('levers'), levers),
    fc.tuple(
      scope.chain((code) => recased(`levers.${code}`)),
      levers,
    ),
    fc.tuple(
      recased('target'),
      fc.oneof(
        fc.tuple(fc.constantFrom('hold', 'value', 'HOLD', 'x'), year).map(([k, v]) => `${k}:${v}`),
        fc.constantFrom('hold:2020:x', 'value:', 'hold'),
        hostile,
      ),
    ),
    fc.tuple(recased('growth'), fc.oneof(number, fc.double({ min: -0.05, max: 0.08, noNaN: true }).map(String))),
    fc.tuple(fc.oneof(fc.constantFrom('utm_source', 'fbclid', 'Level2', '__proto__', 'levers', ''), fc.string()), fc.string()),
    fc.tuple(hostile, hostile),
  );
  // Values are mostly percent-encoded; some are written raw ("+" is a space, a stray "%" stays as it is).
  const written = fc.tuple(setting, fc.boolean()).map(([[name, value], raw]) => {
    const encode = raw ? (s: string) => s.replace(/[#&=\s]/g, encodeURIComponent) : encodeURIComponent;
    return value === '' && raw ? encode(name) : `${encode(name)}=${encode(value)}`;
  });
  // Many scopes, each with every lever at a value inside any scope's range: a valid view whose link is too long.
  const crowd = fc
    .shuffledSubarray([...codes.scopes], { minLength: 10 })
    .chain((scopes) => fc.tuple(...scopes.map((code) => recased(`levers.${code}`))))
    .map((names) => names.map((name) => `${name}=${CROWD_LEVERS}`));
  const parts = fc.oneof({ weight: 9, arbitrary: fc.array(written, { maxLength: 12 }) }, { weight: 1, arbitrary: crowd });
  return parts.map((parts) => {
    const kept: string[] = [];
    let length = 1;
    for (const part of parts) {
      if (kept.length && length + part.length + 1 > maxLength) break;
      kept.push(part);
      length += part.length + 1;
    }
    return `?${kept.join('&')}`;
  });
}

type ConfigFor = (scope: string, key: LeverKey, england: Partial<LeverValues>) => KeyedLeverConfig;

/** Any set of a scope's levers, each value on its grid (England's choices at their defaults). */
export function leversArbitrary(scope: string, configFor: ConfigFor): fc.Arbitrary<Partial<LeverValues>> {
  const leverValue = (key: LeverKey) => {
    const config = configFor(scope, key, {});
    return fc
      .integer({ min: 0, max: Math.round((config.max - config.min) / config.step) })
      .map((n) => snapToStep(config, config.min + n * config.step));
  };
  return fc.record(
    Object.fromEntries(LEVERS.map((l) => [l.key, leverValue(l.key)])) as { [K in keyof LeverValues]: fc.Arbitrary<number> },
    { requiredKeys: [] },
  );
}

/** Any valid view as the link records it: every lever value on its grid in its scope (real lever configs). */
/** A practice code as NHS England writes it (a letter and five digits), known to the data or not. */
const practiceCode = fc
  .tuple(fc.constantFrom(...'ABCDEFGHJKLMNPWYZ'), fc.integer({ min: 0, max: 99_999 }))
  .map(([letter, n]) => `${letter}${String(n).padStart(5, '0')}`);

export function validUrlState({
  areaCodes,
  scopeCodes,
  years,
  dataYears,
  maxScopes,
  configFor,
}: {
  areaCodes: readonly string[];
  scopeCodes: readonly string[];
  years: readonly number[];
  dataYears: readonly number[];
  /** How many scopes may carry their own levers (enough of them overflow the link's length). */
  maxScopes: number;
  configFor: ConfigFor;
}): fc.Arbitrary<UrlState> {
  const leversIn = (scope: string) => leversArbitrary(scope, configFor);
  // Scope levers are drawn with England at its defaults, so a scope's flow ranges are its share of the defaults'.
  const scopeLevers = fc
    .uniqueArray(fc.constantFrom(...scopeCodes), { maxLength: maxScopes })
    .chain((codes) => fc.tuple(...codes.map((code) => leversIn(code).map((l) => [code, l] as const))))
    .map((entries) => Object.fromEntries(entries.filter(([, l]) => Object.keys(l).length > 0)));
  const lastDataYear = dataYears[dataYears.length - 1] ?? 0;
  // The picked practice only with the Practice view open (the link writes it only then).
  const practices = fc.oneof(
    fc.constant({ practicesOpen: false, practice: null }),
    fc.option(practiceCode, { nil: null }).map((practice) => ({ practicesOpen: true, practice })),
  );
  const view = fc.record({
    level: fc.constantFrom(...MAP_LEVELS),
    // The geography as it was has its own link tests (test/state/as-was-links.test.ts).
    asWas: fc.constant(null),
    metric: fc.constantFrom(...METRIC_KEYS),
    year: fc.constantFrom(...years),
    baseYear: fc.constantFrom(...dataYears),
    measure: fc.constantFrom(...TREND_MODES),
    patientBasis: fc.constantFrom(...PATIENT_BASES),
    sameScale: fc.boolean(),
    teamStaff: fc.constantFrom<TeamStaff>('all', 'group:pharmacy', 'role:pharmacists', 'role:paramedics'),
    mapView: fc.option(
      fc.record({
        lat: fc.integer({ min: 49_000, max: 56_500 }).map((n) => n / 1000),
        lng: fc.integer({ min: -7000, max: 3000 }).map((n) => n / 1000),
        zoom: fc.integer({ min: 400, max: 1400 }).map((n) => n / 100),
      }),
      { nil: null },
    ),
    selected: fc.uniqueArray(fc.constantFrom(...areaCodes), { maxLength: MAX_SELECTED }),
    scope: fc.constantFrom('ENG', ...scopeCodes),
    englandLevers: leversIn('ENG'),
    scopeLevers,
    target: fc.oneof(
      fc.constantFrom(...dataYears).map((year) => ({ kind: 'hold' as const, year })),
      fc.integer({ min: 0, max: 5000 }).map((n) => ({ kind: 'value' as const, ftePer100k: n / 10 })),
    ),
    targetYear: fc.constantFrom(...years.filter((y) => y > lastDataYear)),
    patientGrowth: fc.option(
      fc.integer({ min: -200, max: 500 }).map((n) => n / 10_000),
      { nil: null },
    ),
    // A training path: up to 4 points from the year before the first changeable intake (2025) to ten years on.
    trainingPath: fc.option(
      fc
        .uniqueArray(fc.integer({ min: 2025, max: 2035 }), { minLength: 1, maxLength: 4 })
        .chain((yrs) =>
          fc.tuple(
            ...[...yrs]
              .sort((a, b) => a - b)
              .map((y) => fc.integer({ min: 2000, max: 8000 }).map((places) => ({ recruitmentYear: y, places }))),
          ),
        ),
      { nil: null },
    ),
    demand: fc.constantFrom('lists' as const, 'ageing' as const),
    team: fc.constantFrom(
      { england: {}, scopes: {}, gpTimeReleased: {} },
      { england: { pharmacy: 500 }, scopes: {}, gpTimeReleased: { allied: 0.25 } },
    ),
  });
  // A valid view counts one patients basis: a flag metric is on the chosen basis (the Patients control moves it).
  return fc.tuple(view, practices).map(([v, p]) => ({ ...v, metric: metricOnBasis(v.metric, v.patientBasis), ...p }));
}
