import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validUrlState } from '../../support/link-arbitrary';
import { realConfigFor } from '../../support/real-data';
import { METRIC_KEYS } from '../../../src/figures/metrics';
import { MAP_LEVELS } from '../../../src/state/stores/view-store';
import {
  MAX_SEARCH_LENGTH,
  MAX_URL_LENGTH,
  defaultUrlState,
  parseScenario,
  scenarioToSearch,
  serialiseScenario,
  type UrlContext,
  type UrlState,
} from '../../../src/state/url/url-state';
import { PROPERTY_SEED } from '../../support/property-seed';

const dataYears = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const years = [...dataYears, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036];
const ctx: UrlContext = {
  areaCodes: new Set(['ENG', 'Y56', 'QKK', '72Q', 'QMF', 'A3A8R']),
  scopeCodes: new Set(['Y56', 'QKK', 'QMF']),
  years,
  dataYears,
  configFor: realConfigFor,
};

// Up to 3 scopes with their own levers.
const urlState: fc.Arbitrary<UrlState> = validUrlState({
  areaCodes: [...ctx.areaCodes],
  scopeCodes: [...ctx.scopeCodes],
  years,
  dataYears,
  maxScopes: 3,
  configFor: realConfigFor,
});

// The ICBs of April 2026 ("ICB", `level=icb`) and of 2022–2026 ("ICB (2022–2026)", `level=icb2022`), with the
// codes as the merged data has them (src/data/icb-2026.ts): QH8 went into D7T5G, QNQ was split (59% to S0E4D),
// QRL kept its code on a new area (QRL-2026), QKK is one of the 29 that stayed as they were.
const icbCtx: UrlContext = {
  ...ctx,
  areaCodes: new Set(['ENG', 'QH8', 'D7T5G', 'QNQ', 'S0E4D', 'QRL', 'QRL-2026', 'QKK']),
  areaName: (code) =>
    ({
      QH8: 'NHS Mid and South Essex ICB',
      D7T5G: 'NHS Essex ICB',
      QNQ: 'NHS Frimley ICB',
      S0E4D: 'NHS Thames Valley ICB',
      QRL: 'NHS Hampshire and Isle of Wight ICB',
      'QRL-2026': 'NHS Hampshire and Isle of Wight ICB',
    })[code],
  icb2026From: {
    QH8: { code: 'D7T5G', changed: true, share: 1, split: false },
    QNQ: { code: 'S0E4D', changed: true, share: 0.5888, split: true },
    QRL: { code: 'QRL-2026', changed: true, share: 1, split: false },
    QKK: { code: 'QKK', changed: false, share: 1, split: false },
  },
};

describe('URL state: the ICBs of April 2026 and of 2022–2026', () => {
  it('an old link to an ICB that merged opens the ICB of today with a notice naming both', () => {
    const { state, notices } = parseScenario('?level=icb&areas=QH8', icbCtx);
    expect(state.level).toBe('icb2026');
    expect(state.selected).toEqual(['D7T5G']);
    expect(notices).toEqual([
      'NHS Mid and South Essex ICB (QH8) merged into NHS Essex ICB (D7T5G) in April 2026, shown instead. Choose "ICB (2022–2026)" as the geography level to see NHS Mid and South Essex ICB as it was.',
    ]);
  });

  it('says a split ICB was split, and a redrawn one that kept its code was redrawn', () => {
    const split = parseScenario('?level=icb&areas=QNQ', icbCtx);
    expect(split.state.selected).toEqual(['S0E4D']);
    expect(split.notices[0]).toMatch(
      /^NHS Frimley ICB \(QNQ\) was split in April 2026; most of its patients \(59%\) are now in NHS Thames Valley ICB \(S0E4D\)/,
    );
    const redrawn = parseScenario('?level=ICB&areas=qrl,QKK', icbCtx);
    expect(redrawn.state.selected).toEqual(['QRL-2026', 'QKK']);
    expect(redrawn.notices).toHaveLength(1);
    expect(redrawn.notices[0]).toMatch(/^NHS Hampshire and Isle of Wight ICB \(QRL\) was redrawn in April 2026/);
  });

  it('level=icb2022 keeps the 42 and their codes, without a notice; the levels are written back as read', () => {
    const { state, notices } = parseScenario('?level=icb2022&areas=QH8', icbCtx);
    expect(state).toMatchObject({ level: 'icb', selected: ['QH8'] });
    expect(notices).toEqual([]);
    // The first screen is still the 42 (no level in the link); "ICB" is written level=icb.
    expect(scenarioToSearch(state)).toBe('?areas=QH8');
    expect(scenarioToSearch({ ...state, level: 'icb2026', selected: ['D7T5G'] })).toBe('?level=icb&areas=D7T5G');
    expect(parseScenario('?areas=QH8', icbCtx).state).toMatchObject({ level: 'icb', selected: ['QH8'] });
    expect(parseScenario('?level=icb2026', icbCtx).notices).toEqual(['Ignored geography level "icb2026".']);
  });
});

describe('URL state', () => {
  it('any scenario survives a round trip through the URL', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const { state: parsed, notices } = parseScenario(scenarioToSearch(state), ctx);
        expect(notices).toEqual([]);
        expect(parsed).toEqual(state);
      }),
      { numRuns: 300, seed: PROPERTY_SEED },
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
      { numRuns: 500, seed: PROPERTY_SEED },
    );
  });

  it('carries the trend measure, shared by the dashboard and presentation charts', () => {
    expect(parseScenario('?measure=fteIndex', ctx).state.measure).toBe('fteIndex');
    expect(parseScenario('?Measure=FTE', ctx).state.measure).toBe('fte');
    expect(scenarioToSearch({ ...defaultUrlState(), measure: 'fteIndex' })).toBe('?measure=fteIndex');
    const { state, notices } = parseScenario('?measure=pies', ctx);
    expect(state.measure).toBe('ftePer100k');
    expect(notices).toEqual(['Ignored trend measure "pies".']);
  });

  it("carries the map's centre and zoom, within England's map", () => {
    expect(parseScenario('?map=51.5,-0.12,9.25', ctx).state.mapView).toEqual({ lat: 51.5, lng: -0.12, zoom: 9.25 });
    expect(scenarioToSearch({ ...defaultUrlState(), mapView: { lat: 51.5, lng: -0.12, zoom: 9.25 } })).toBe(
      '?map=51.5,-0.12,9.25',
    );
    for (const bad of ['40,-0.1,9', '51.5,-0.1', '51.5,-0.1,30', 'a,b,c']) {
      const { state, notices } = parseScenario(`?map=${bad}`, ctx);
      expect(state.mapView).toBeNull();
      expect(notices).toEqual([expect.stringMatching(/^Ignored map view ".*": it needs latitude, longitude and zoom/)]);
    }
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
    // A scope's levers are told by the area's name, and numbers with thousands separators ("15,000", not "15000").
    const named = { ...ctx, areaName: (code: string) => (code === 'QKK' ? 'NHS South East London ICB' : undefined) };
    const kept = parseScenario('?levers=trainingPlaces:15000&levers.QKK=trainingPlaces:15000', named);
    const englandMax = realConfigFor('ENG', 'trainingPlaces', {}).max;
    const qkkMax = realConfigFor('QKK', 'trainingPlaces', kept.state.englandLevers).max;
    expect(kept.notices).toEqual([
      `Training places for England was 15,000, outside its range or step: set to ${englandMax.toLocaleString('en-GB')}.`,
      `Training places for NHS South East London ICB was 15,000, outside its range or step: set to ${qkkMax.toLocaleString('en-GB')}.`,
    ]);
    expect(parseScenario('?levers.QKK=', named).notices).toEqual([
      'Ignored levers for NHS South East London ICB: the link gives no value.',
    ]);
    expect(parseScenario('?growth=0.5', ctx)).toEqual({
      state: { ...defaultUrlState(), patientGrowth: 0.05 },
      notices: ['Patient growth was 0.5, outside -0.02 to 0.05 a year: set to 0.05.'],
    });
    expect(parseScenario('?growth=fast', ctx).notices).toEqual(['Ignored patient growth "fast": not a number.']);
  });
});

// Issue 11, part 7: every change to a link is told, briefly; case never matters; links stay short.
describe('reading a link: case, repeats, malformed and unknown parts', () => {
  const notices = (search: string) => parseScenario(search, ctx).notices;

  it('reads names, codes, lever names and values ignoring case, without a notice, and writes them as the app spells them', () => {
    const { state, notices: told } = parseScenario(
      '?Level=Region&METRIC=FTE&Areas=qkk,y56&LEVERS=LeaverRate:0.1&levers.qkk=Returners:5&Scope=qkk&TARGET=Hold:2020&targetyear=2030&GROWTH=0.01',
      ctx,
    );
    expect(told).toEqual([]);
    expect(state).toEqual({
      ...defaultUrlState(),
      level: 'region',
      metric: 'fte',
      selected: ['QKK', 'Y56'],
      scope: 'QKK',
      englandLevers: { leaverRate: 0.1 },
      scopeLevers: { QKK: { returners: 5 } },
      target: { kind: 'hold', year: 2020 },
      targetYear: 2030,
      patientGrowth: 0.01,
    });
    // "," and ":" stay readable in the link; names come back in the app's own spelling.
    expect(scenarioToSearch(state)).toBe(
      '?level=region&metric=fte&areas=QKK,Y56&scope=QKK&levers=leaverRate:0.1&levers.QKK=returners:5&target=hold:2020&targetYear=2030&growth=0.01',
    );
  });

  it('uses the first of a repeated setting and says which value it used', () => {
    expect(parseScenario('?level=region&level=subicb', ctx)).toEqual({
      state: { ...defaultUrlState(), level: 'region' },
      notices: ['"level" was given 2 times: used the first, "region".'],
    });
    // Spellings that differ only in case are the same setting.
    expect(notices('?LEVEL=subicb&level=region&Level=icb')).toEqual(['"LEVEL" was given 3 times: used the first, "subicb".']);
    const levers = parseScenario('?levers=leaverRate:0.1,LEAVERRATE:0.12&levers.QKK=returners:5&levers.qkk=returners:6', ctx);
    expect(levers.state.englandLevers).toEqual({ leaverRate: 0.1 });
    expect(levers.state.scopeLevers).toEqual({ QKK: { returners: 5 } });
    expect(levers.notices).toEqual([
      'Leaver rate for England was given 2 times: used the first.',
      '"levers.QKK" was given 2 times: used the first, "returners:5".',
    ]);
    expect(parseScenario('?areas=QKK,qkk,Y56', ctx)).toEqual({
      state: { ...defaultUrlState(), selected: ['QKK', 'Y56'] },
      notices: ['Ignored areas given more than once: QKK.'],
    });
  });

  it('ignores malformed and empty values, with a notice for each', () => {
    // Extra fields are not dropped quietly: the whole entry is ignored.
    expect(parseScenario('?levers=trainingPlaces:5000:junk,leaverRate:0.1', ctx)).toEqual({
      state: { ...defaultUrlState(), englandLevers: { leaverRate: 0.1 } },
      notices: ['Ignored Training places for England: "5000:junk" is not a number.'],
    });
    expect(notices('?target=hold:2020:x')).toEqual(['Ignored target "hold:2020:x".']);
    expect(notices('?level=&areas=&levers.QKK=&growth=%20')).toEqual([
      'Ignored geography level: the link gives no value.',
      'Ignored areas: the link gives no value.',
      'Ignored levers for QKK: the link gives no value.',
      'Ignored patient growth: the link gives no value.',
    ]);
    expect(notices('?levers=leaverRate,returners:')).toEqual([
      'Ignored Leaver rate for England: no value.',
      'Ignored Returners for England: no value.',
    ]);
    // Only plain decimals are numbers: not hex (Number("0x7E9") is 2025), not Infinity.
    expect(notices('?year=0x7E9&growth=Infinity&targetYear=2030.5')).toEqual([
      'Ignored year "0x7E9": not an available year.',
      'Ignored target year "2030.5": not an available year.',
      'Ignored patient growth "Infinity": not a number.',
    ]);
    // Empty items in a list mean nothing, so they are passed over quietly.
    expect(parseScenario('?areas=QKK,,&levers=,leaverRate:0.1,', ctx).notices).toEqual([]);
  });

  it('ignores names it does not know, with a notice for each', () => {
    expect(parseScenario('?utm_source=mail&levelx=region&=x&flag', ctx)).toEqual({
      state: defaultUrlState(),
      notices: [
        'Ignored "utm_source=mail": the planner has no such setting.',
        'Ignored "levelx=region": the planner has no such setting.',
        'Ignored "=x": the planner has no such setting.',
        'Ignored "flag": the planner has no such setting.',
      ],
    });
  });

  it('keeps each notice short, quoting raw text cut with "…", and lists at most 8', () => {
    const [long] = notices(`?level=${'x'.repeat(5000)}`);
    // 'Ignored geography level "' + 39 x's + '…".': the quote is cut to 40 characters.
    expect(long).toBe(`Ignored geography level "${'x'.repeat(39)}…".`);
    const codes = Array.from({ length: 100 }, (_, i) => `A${i}`);
    expect(notices(`?areas=${codes.join(',')}`)).toEqual(['Ignored unknown areas: A0, A1, A2 and 97 more.']);
    // 20 unknown names: 7 told, then "…and 13 more."
    const many = notices(`?${Array.from({ length: 20 }, (_, i) => `k${i}=1`).join('&')}`);
    expect(many).toHaveLength(8);
    expect(many[6]).toBe('Ignored "k6=1": the planner has no such setting.');
    expect(many[7]).toBe('…and 13 more.');
    // Line breaks and bidirectional overrides in quoted text are shown as spaces.
    expect(notices('?metric=a%0A%E2%80%AEb')).toEqual(['Ignored metric "a b".']);
  });
});

describe('writing a link: never longer than a server accepts', () => {
  // 3,000 scope codes C0000..C2999, one lever each: "levers.C0000=leaverRate:0.1" is 27 characters.
  const codes = Array.from({ length: 3000 }, (_, i) => `C${String(i).padStart(4, '0')}`);
  const crowded: UrlState = {
    ...defaultUrlState(),
    scopeLevers: Object.fromEntries(codes.map((c) => [c, { leaverRate: 0.1 }])),
  };

  it('keeps the scopes that fit within 1,800 characters of query and tells how many it left out', () => {
    const { search, leftOut } = serialiseScenario(crowded);
    // "?" + 27 + 28 per further scope (with its "&"): 1 + 27 + 28 * 63 = 1,792 <= 1,800, one more is 1,820.
    expect(search.length).toBe(1792);
    expect(search.split('&')).toHaveLength(64);
    expect(search.endsWith('&levers.C0063=leaverRate:0.1')).toBe(true);
    expect(leftOut).toEqual([
      'The link leaves out the levers for 2,936 areas (C0064, C0065, C0066 and 2,933 more) to keep the link under 2,000 characters; saved scenarios keep them.',
    ]);
    expect(MAX_SEARCH_LENGTH).toBe(MAX_URL_LENGTH - 200);
  });

  it('keeps the scope being edited, and the view, before other scopes', () => {
    const { search } = serialiseScenario({ ...crowded, level: 'region', scope: 'C2999' });
    expect(search.startsWith('?level=region&scope=C2999&levers.C0000=')).toBe(true);
    expect(search).toContain('&levers.C2999=leaverRate:0.1');
    // "?level=region" 13 + "&scope=C2999" 12 + 28 per scope: 25 + 28 * 63 = 1,789, one more is 1,817.
    expect(search.split('&').filter((p) => p.startsWith('levers.'))).toHaveLength(63);
    expect(search.length).toBe(1789);
  });

  it('fits any budget it is given, leaving out what does not fit and saying so', () => {
    const state: UrlState = { ...defaultUrlState(), level: 'region', selected: ['QKK', 'Y56', 'QMF', '72Q', 'A3A8R'] };
    expect(serialiseScenario(state)).toEqual({
      search: '?level=region&areas=QKK,Y56,QMF,72Q',
      leftOut: ['The link keeps the first 4 selected areas (4 can be compared).'],
    });
    // 20 characters: "?level=region" (13) fits, "&areas=QKK,Y56,QMF,72Q" (22) does not.
    expect(serialiseScenario(state, 20)).toEqual({
      search: '?level=region',
      leftOut: [
        'The link keeps the first 4 selected areas (4 can be compared).',
        'The link leaves out the selected areas to keep the link under 2,000 characters.',
      ],
    });
  });

  describe('names the areas whose levers it leaves out, as the other link notices do', () => {
    const names: Record<string, string> = {
      QHG: 'NHS Bedfordshire, Luton and Milton Keynes ICB',
      QKK: 'NHS South East London ICB',
      QKS: 'NHS Kent and Medway ICB',
      QOX: 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB',
    };
    const areaName = (code: string) => names[code];
    const why = 'to keep the link under 2,000 characters; saved scenarios keep them.';

    it('by name, "; " between names that have commas, the scope being edited first', () => {
      const state: UrlState = {
        ...defaultUrlState(),
        scope: 'QKS',
        scopeLevers: { QHG: { returners: 5 }, QKS: { returners: 5 }, QKK: { returners: 5 } },
      };
      // A budget of 20: "?scope=QKS" (10) fits, no scope's levers ("&levers.QKS=returners:5", 24) do.
      expect(serialiseScenario(state, 20, areaName)).toEqual({
        search: '?scope=QKS',
        // "The link leaves out the levers for 3 areas (" 44 + names 23 + 2 + 45 + 2 + 25 = 97 + ") " 2 + 67 = 210 > 200,
        // so two names (44 + 70 + " and 1 more" 11 + 69 = 194) and "and 1 more".
        leftOut: [
          `The link leaves out the levers for 3 areas (NHS Kent and Medway ICB; NHS Bedfordshire, Luton and Milton Keynes ICB and 1 more) ${why}`,
        ],
      });
      // Without names (a caller with no data yet), by code as before.
      expect(serialiseScenario(state, 20).leftOut).toEqual([`The link leaves out the levers for 3 areas (QKS, QHG, QKK) ${why}`]);
    });

    it('one long name alone, whole; thousands written with a separator', () => {
      const one: UrlState = { ...defaultUrlState(), scopeLevers: { QOX: { returners: 5 } } };
      expect(serialiseScenario(one, 10, areaName).leftOut).toEqual([
        `The link leaves out the levers for 1 area (NHS Bath and North East Somerset, Swindon and Wiltshire ICB) ${why}`,
      ]);
      const codes = Array.from({ length: 3000 }, (_, i) => `C${String(i).padStart(4, '0')}`);
      const crowded: UrlState = {
        ...defaultUrlState(),
        scopeLevers: Object.fromEntries(codes.map((c) => [c, { leaverRate: 0.1 }])),
      };
      // 64 scopes fit in 1,800 characters (the test above): 2,936 left out, the first three named.
      expect(serialiseScenario(crowded, MAX_SEARCH_LENGTH, (c) => `NHS Area ${c} ICB`).leftOut).toEqual([
        `The link leaves out the levers for 2,936 areas (NHS Area C0064 ICB, NHS Area C0065 ICB, NHS Area C0066 ICB and 2,933 more) ${why}`,
      ]);
    });
  });

  it("carries England's training path and the demand choice, and says what it cannot use", () => {
    const withPath = { ...ctx, pathYears: { min: 2023, max: 2035 } };
    const { state, notices } = parseScenario('?path=2025:4532,2027:5000,2031:6000&demand=ageing', withPath);
    expect(notices).toEqual([]);
    expect(state.trainingPath).toEqual([
      { recruitmentYear: 2025, places: 4532 },
      { recruitmentYear: 2027, places: 5000 },
      { recruitmentYear: 2031, places: 6000 },
    ]);
    expect(state.demand).toBe('ageing');
    expect(scenarioToSearch(state)).toBe('?path=2025:4532,2027:5000,2031:6000&demand=ageing');
    // a recorded year, a repeat, junk, and places beyond the lever's range
    const bad = parseScenario('?path=2020:5000,2027:5000,2027:5100,x:1,2031:90000&demand=old', withPath);
    expect(bad.state.trainingPath).toEqual([
      { recruitmentYear: 2027, places: 5000 },
      { recruitmentYear: 2031, places: 8000 },
    ]);
    expect(bad.state.demand).toBe('lists');
    expect(bad.notices.join(' ')).toMatch(/Training path places for 2031 were 90,000, outside their range or step: set to 8,000/);
    expect(bad.notices.join(' ')).toMatch(/Ignored training path points .*2020:5000.*2027:5100.*x:1/);
    expect(bad.notices.join(' ')).toMatch(/Ignored demand "old": use lists or ageing/);
  });
});
