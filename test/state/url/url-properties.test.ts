// Property tests (fast-check) of the link: round trips, any text read without a crash into a valid view,
// every part of a link the view does not keep is told, case never matters, and no link written is too long.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LeverKey, LeverValues } from '../../../src/model';
import { realConfigFor, realFiles } from '../../support/real-data';
import { leversArbitrary, linkArbitrary, validUrlState } from '../../support/link-arbitrary';
import { METRIC_KEYS } from '../../../src/figures/metrics';
import { MAP_LEVELS, MAX_SELECTED } from '../../../src/state/stores/view-store';
import { PATIENT_GROWTH_RANGE } from '../../../src/state/stores/scenario-store';
import { MAX_NOTICES, MAX_NOTICE_LENGTH } from '../../../src/state/url/notices';
import {
  MAX_SEARCH_LENGTH,
  defaultUrlState,
  parseScenario,
  scenarioToSearch,
  serialiseScenario,
  type UrlContext,
  type UrlState,
} from '../../../src/state/url/url-state';
import { PROPERTY_SEED } from '../../support/property-seed';

const areas = realFiles().areas.areas;
const dataYears = realFiles().areas.years;
const years = [...dataYears, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036];
const scopeCodes = areas.filter((a) => a.level === 'region' || a.level === 'icb').map((a) => a.code);
const ctx: UrlContext = {
  areaCodes: new Set(areas.map((a) => a.code)),
  scopeCodes: new Set(scopeCodes),
  years,
  dataYears,
  configFor: realConfigFor,
};
const link = linkArbitrary({ areas: [...ctx.areaCodes], scopes: scopeCodes });
/** Any text at all, links as people mangle them, and what fast-check thinks a query looks like. */
const anySearch = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webQueryParameters().map((q) => `?${q}`),
  link,
);

// ---- Valid states ----------------------------------------------------------------------------------------

// Up to 49 scopes with their own levers (enough to need more than the 1,800 characters a link may have).
const validState: fc.Arbitrary<UrlState> = validUrlState({
  areaCodes: [...ctx.areaCodes],
  scopeCodes: scopeCodes,
  years,
  dataYears,
  maxScopes: 49,
  configFor: realConfigFor,
});

// ---- What a link says, independently of the parser ------------------------------------------------------

/**
 * The facts a link states, one per setting, area or lever entry, in a form where spellings that mean the same
 * compare equal: names and codes in one case, numbers as numbers. A view keeps a link's fact when the view's
 * own link (or a default) states it too.
 */
interface Fact {
  key: string;
  value: string | number;
}
const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const upperAscii = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase());
const asNumber = (text: string): string | number => {
  const t = text.trim();
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : `text:${t}`;
};
function facts(search: string): Fact[] {
  const out: Fact[] = [];
  const leverFacts = (scope: string, text: string) => {
    for (const entry of text.split(',')) {
      if (entry.trim() === '') continue;
      const colon = entry.indexOf(':');
      const name = lowerAscii((colon < 0 ? entry : entry.slice(0, colon)).trim());
      out.push({ key: `levers.${scope}.${name}`, value: colon < 0 ? 'no value' : asNumber(entry.slice(colon + 1)) });
    }
  };
  for (const [rawName, value] of new URLSearchParams(search)) {
    const name = lowerAscii(rawName.trim());
    if (value.trim() === '') out.push({ key: name, value: 'empty' });
    else if (name === 'level' || name === 'metric' || name === 'patients')
      out.push({ key: name, value: lowerAscii(value.trim()) });
    else if (name === 'scope' || name === 'practice') out.push({ key: name, value: upperAscii(value.trim()) });
    else if (name === 'scale') out.push({ key: name, value: lowerAscii(value.trim()) });
    else if (name === 'practices') out.push({ key: name, value: value.trim() });
    else if (['year', 'base', 'targetyear', 'growth'].includes(name)) out.push({ key: name, value: asNumber(value) });
    else if (name === 'areas') {
      for (const code of value.split(',')) if (code.trim()) out.push({ key: 'areas', value: upperAscii(code.trim()) });
    } else if (name === 'levers') leverFacts('ENG', value);
    else if (name.startsWith('levers.')) leverFacts(upperAscii(name.slice('levers.'.length).trim()), value);
    else if (name === 'target') {
      const colon = value.indexOf(':');
      const kind = lowerAscii((colon < 0 ? value : value.slice(0, colon)).trim());
      out.push({ key: `target.${kind}`, value: colon < 0 ? 'no value' : asNumber(value.slice(colon + 1)) });
    } else out.push({ key: `unknown:${name}`, value });
  }
  return out;
}
const d = defaultUrlState();
const DEFAULT_FACTS: Fact[] = facts(
  `?level=${d.level}&metric=${d.metric}&patients=${d.patientBasis}&scale=same&practices=0&year=${d.year}&base=${d.baseYear}&scope=${d.scope}&targetYear=${d.targetYear}` +
    (d.target.kind === 'hold' ? `&target=hold:${d.target.year}` : ''),
);
const same = (a: Fact['value'], b: Fact['value']) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;
/** The facts of `search` the state does not keep (each fact of the state's link or a default used once). */
function lostFacts(search: string, state: UrlState): Fact[] {
  const kept = facts(scenarioToSearch(state, Infinity));
  const keys = (fs: Fact[]) => new Set(fs.map((f) => f.key.split('.')[0]));
  const keptKeys = keys(kept);
  const available = [...kept, ...DEFAULT_FACTS.filter((f) => !keptKeys.has(f.key.split('.')[0]))];
  const lost: Fact[] = [];
  for (const fact of facts(search)) {
    const i = available.findIndex((a) => a.key === fact.key && same(a.value, fact.value));
    if (i < 0) lost.push(fact);
    else available.splice(i, 1);
  }
  return lost;
}

function expectValid(state: UrlState) {
  expect(MAP_LEVELS).toContain(state.level);
  expect(METRIC_KEYS).toContain(state.metric);
  expect(years).toContain(state.year);
  expect(dataYears).toContain(state.baseYear);
  expect(years.filter((y) => y > 2025)).toContain(state.targetYear);
  expect(state.selected.length).toBeLessThanOrEqual(MAX_SELECTED);
  expect(new Set(state.selected).size).toBe(state.selected.length);
  for (const code of state.selected) expect(ctx.areaCodes.has(code)).toBe(true);
  expect(state.scope === 'ENG' || ctx.scopeCodes.has(state.scope)).toBe(true);
  const leversValid = (scope: string, levers: Partial<LeverValues>) => {
    for (const [key, value] of Object.entries(levers) as [LeverKey, number][]) {
      const config = realConfigFor(scope, key, scope === 'ENG' ? {} : state.englandLevers);
      expect(value).toBeGreaterThanOrEqual(config.min - 1e-9);
      expect(value).toBeLessThanOrEqual(config.max + 1e-9);
    }
  };
  leversValid('ENG', state.englandLevers);
  for (const [code, levers] of Object.entries(state.scopeLevers)) {
    expect(ctx.scopeCodes.has(code)).toBe(true);
    expect(Object.keys(levers).length).toBeGreaterThan(0);
    leversValid(code, levers);
  }
  if (state.target.kind === 'hold') expect(dataYears).toContain(state.target.year);
  else expect(state.target.ftePer100k).toBeGreaterThanOrEqual(0);
  if (state.patientGrowth !== null) {
    expect(state.patientGrowth).toBeGreaterThanOrEqual(PATIENT_GROWTH_RANGE.min);
    expect(state.patientGrowth).toBeLessThanOrEqual(PATIENT_GROWTH_RANGE.max);
  }
}

const expectBounded = (notices: string[]) => {
  expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
  for (const n of notices) {
    expect(n.length).toBeGreaterThan(0);
    expect(n.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
  }
};

describe('link properties', () => {
  it('a valid view survives the link round trip, or the link says what it left out', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { search, leftOut } = serialiseScenario(state);
        const { state: parsed, notices } = parseScenario(search, ctx);
        expect(notices).toEqual([]);
        if (leftOut.length === 0) expect(parsed).toEqual(state);
        else {
          // Only whole scopes are left out (the view and England's levers always fit), and only when needed.
          expect({ ...parsed, scopeLevers: {} }).toEqual({ ...state, scopeLevers: {} });
          for (const [code, levers] of Object.entries(parsed.scopeLevers)) expect(levers).toEqual(state.scopeLevers[code]);
          expect(Object.keys(parsed.scopeLevers).length).toBeLessThan(Object.keys(state.scopeLevers).length);
          expect(scenarioToSearch(state, Infinity).length).toBeGreaterThan(MAX_SEARCH_LENGTH);
        }
      }),
      { numRuns: 300, seed: PROPERTY_SEED },
    );
  });

  it('never writes more than it is allowed, for any state and budget, and tells when it leaves something out', () => {
    // Scope codes as a saved scenario may carry them (1-20 letters and digits, known to the data or not).
    const manyScopes = fc.dictionary(fc.stringMatching(/^[A-Za-z0-9]{1,20}$/), leversArbitrary('ENG', realConfigFor), {
      maxKeys: 400,
    });
    const state = fc.tuple(validState, manyScopes, fc.array(fc.constantFrom(...ctx.areaCodes), { maxLength: 10 }));
    fc.assert(
      fc.property(state, fc.integer({ min: 1, max: 4000 }), ([base, scopes, selected], maxLength) => {
        const crowded = { ...base, scopeLevers: { ...base.scopeLevers, ...scopes }, selected };
        const { search, leftOut } = serialiseScenario(crowded, maxLength);
        const everything = serialiseScenario(crowded, Infinity).search;
        expect(search.length).toBeLessThanOrEqual(maxLength);
        if (search === everything && selected.length <= MAX_SELECTED) expect(leftOut).toEqual([]);
        else expect(leftOut.length).toBeGreaterThan(0);
        expectBounded(leftOut);
        // What is written is a part of the whole link, never something else.
        const whole = new Set(everything.slice(1).split('&'));
        for (const piece of search.slice(1).split('&').filter(Boolean)) expect(whole.has(piece)).toBe(true);
      }),
      { numRuns: 200, seed: PROPERTY_SEED },
    );
  });

  it('any text is read without throwing into a valid view, with few, short notices', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { state, notices } = parseScenario(search, ctx);
        expectValid(state);
        expectBounded(notices);
      }),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });

  it('every part of a link that the view does not keep is told', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { state, notices } = parseScenario(search, ctx);
        const lost = lostFacts(search, state);
        if (lost.length > 0) expect(notices.length, `lost ${JSON.stringify(lost.slice(0, 3))}`).toBeGreaterThan(0);
      }),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });

  it('the view read from any link writes a link that reads back to the same view, silently', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { state } = parseScenario(search, ctx);
        const again = parseScenario(scenarioToSearch(state, Infinity), ctx);
        expect(again).toEqual({ state, notices: [] });
      }),
      { numRuns: 500, seed: PROPERTY_SEED },
    );
  });

  it('letter case in names, codes and lever names changes nothing and is not told', () => {
    const flips = fc.array(fc.boolean(), { minLength: 64, maxLength: 64 });
    fc.assert(
      fc.property(validState, flips, (state, flip) => {
        const search = scenarioToSearch(state, Infinity);
        // Every letter flips case at random: names, codes, lever names, "hold", and the "e" of "1e-7".
        let i = 0;
        const recased = search.replace(/[a-z]/gi, (c) => ((flip[i++ % 64] ?? false) ? c.toUpperCase() : c.toLowerCase()));
        expect(parseScenario(recased, ctx)).toEqual(parseScenario(search, ctx));
      }),
      { numRuns: 200, seed: PROPERTY_SEED },
    );
  });

  it('a fault added to a valid link is always told', () => {
    const fault = fc.constantFrom(
      (s: string) => `${s}&level=region`, // repeated: the link has level=region already
      (s: string) => `${s}&level=region&LEVEL=subicb`,
      (s: string) => `${s}&levers=trainingPlaces:5000:junk`,
      (s: string) => `${s}&utm_source=mail`,
      (s: string) => `${s}&metric=`,
      (s: string) => `${s}&levers=leaverRate:0.1,leaverRate:0.1`,
      (s: string) => `${s}&areas=NOPE`,
      (s: string) => `${s}&growth=1e400`,
    );
    fc.assert(
      fc.property(validState, fault, (state, addFault) => {
        const search = scenarioToSearch({ ...state, level: 'region', englandLevers: {} }, Infinity);
        expect(parseScenario(addFault(search), ctx).notices.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: PROPERTY_SEED },
    );
  });
});
