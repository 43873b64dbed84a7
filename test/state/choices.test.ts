// The scenario's choices are written once (src/model/scenario.ts): every field, set away from its default, survives
// the store, the link, the browser's saved scenarios, a scenarios file and a share link unchanged. A choice added to
// ScenarioChoices must be given a non-default value in CHANGED (the compiler asks), and then any path that drops it
// fails here.
import { describe, expect, it } from 'vitest';
import { CHOICE_KEYS, choicesText, copyChoices, pickChoices, sameChoices, type ScenarioChoices } from '../../src/model';
import { initialChoices, selectChoices, useScenarioStore } from '../../src/state/stores/scenario-store';
import { defaultUrlState, parseScenario, serialiseScenario, type UrlContext } from '../../src/state/url/url-state';
import { parseSaved, serialiseSaved, type SavedScenario } from '../../src/state/saved/scenarios';
import { readScenarioFile, scenarioFileText } from '../../src/state/saved/scenario-file';
import { scenarioLink } from '../../src/state/url/share-links';
import { realConfigFor } from '../support/real-data';

/** Every choice away from its default. */
const CHANGED: ScenarioChoices = {
  englandLevers: { leaverRate: 0.07, returners: 150 },
  scopeLevers: { QKK: { internationalRecruitment: 20 } },
  target: { kind: 'value', ftePer100k: 60 },
  targetYear: 2031,
  patientGrowth: 0.012,
  trainingPath: [
    { recruitmentYear: 2026, places: 4800 },
    { recruitmentYear: 2028, places: 5200 },
  ],
  demand: 'ageing',
  team: { england: { pharmacy: 500 }, scopes: { QKK: { allied: 12 } }, gpTimeReleased: { pharmacy: 0.2 } },
};

const dataYears = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const ctx: UrlContext = {
  areaCodes: new Set(['ENG', 'Y56', 'QKK']),
  scopeCodes: new Set(['Y56', 'QKK']),
  years: [...dataYears, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036],
  dataYears,
  configFor: realConfigFor,
};

describe('scenario choices', () => {
  it('CHANGED sets every choice away from its default (so the round trips below test each one)', () => {
    expect(Object.keys(CHANGED).sort()).toEqual([...CHOICE_KEYS].sort());
    for (const key of CHOICE_KEYS)
      expect(choicesText({ ...initialChoices, [key]: CHANGED[key] })).not.toBe(choicesText(initialChoices));
  });

  it('picks only the choices, copies them deeply, and compares them whatever order the levers were set in', () => {
    const holder = { ...CHANGED, id: 's1', name: 'Plan A', scope: 'QKK' };
    expect(Object.keys(pickChoices(holder)).sort()).toEqual([...CHOICE_KEYS].sort());
    const copy = copyChoices(CHANGED);
    expect(copy).toEqual(CHANGED);
    expect(copy.englandLevers).not.toBe(CHANGED.englandLevers);
    expect(copy.scopeLevers.QKK).not.toBe(CHANGED.scopeLevers.QKK);
    expect(sameChoices(CHANGED, { ...CHANGED, englandLevers: { returners: 150, leaverRate: 0.07 } })).toBe(true);
    expect(sameChoices(CHANGED, { ...CHANGED, targetYear: 2032 })).toBe(false);
  });

  it('survive the store: loaded, then selected', () => {
    useScenarioStore.getState().loadChoices(CHANGED);
    expect(selectChoices(useScenarioStore.getState())).toEqual(CHANGED);
    useScenarioStore.getState().loadChoices(initialChoices);
  });

  it('survive the link', () => {
    const { search, leftOut } = serialiseScenario({ ...defaultUrlState(), ...copyChoices(CHANGED) });
    expect(leftOut).toEqual([]);
    const { state, notices } = parseScenario(search, ctx);
    expect(notices).toEqual([]);
    expect(pickChoices(state)).toEqual(CHANGED);
  });

  it('survive a share link of a saved scenario', () => {
    const { url } = scenarioLink(CHANGED);
    expect(pickChoices(parseScenario(new URL(url).search, ctx).state)).toEqual(CHANGED);
  });

  it("survive the browser's saved scenarios and a scenarios file", () => {
    const saved: SavedScenario = { id: 's1', name: 'Plan A', savedAt: '2026-12-01T10:00:00.000Z', ...CHANGED };
    const [stored] = parseSaved(serialiseSaved([saved]), realConfigFor).scenarios;
    expect(stored && pickChoices(stored)).toEqual(CHANGED);
    const file = readScenarioFile(scenarioFileText([saved], []), realConfigFor);
    expect(file.ok && pickChoices(file.scenarios[0]!)).toEqual(CHANGED);
  });
});
