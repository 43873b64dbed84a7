// Scenarios as a file: what is written reads back the same; anything else is explained and changes nothing.
import { describe, expect, it } from 'vitest';
import { readScenarioFile, scenarioFileText, SCENARIO_FILE_FORMAT } from '../../../src/state/saved/scenario-file';
import type { SavedScenario } from '../../../src/state/saved/scenarios';

const plan = (id: string, name: string, recruits: number): SavedScenario => ({
  id,
  name,
  englandLevers: { internationalRecruitment: recruits },
  scopeLevers: { QKS: { leaverRate: 0.07 } },
  target: { kind: 'hold', year: 2016 },
  targetYear: 2031,
  patientGrowth: null,
  trainingPath: null,
  demand: 'lists',
  team: { england: {}, scopes: {}, gpTimeReleased: {} },
  savedAt: '2026-12-01T10:00:00.000Z',
});

describe('scenario files', () => {
  it('carries the areas it was made for, and reads files without them (written before) as before', () => {
    const text = scenarioFileText([plan('a1', 'Plan A', 800)], [], { level: 'icb', selected: ['QKS', 'QMF'] });
    expect(JSON.parse(text)).toMatchObject({ area: { level: 'icb', selected: ['QKS', 'QMF'] } });
    const read = readScenarioFile(text, null);
    expect(read.ok && read.area).toEqual({ level: 'icb', selected: ['QKS', 'QMF'] });

    const old = readScenarioFile(scenarioFileText([plan('a1', 'Plan A', 800)], []), null);
    expect(old.ok).toBe(true);
    expect(old.ok && old.area).toBeUndefined();

    // An area that is not one is left out; the scenarios still read.
    const file = (area: unknown) =>
      readScenarioFile(JSON.stringify({ ...JSON.parse(scenarioFileText([plan('a1', 'Plan A', 800)], [])), area }), null);
    for (const bad of [{ level: 'ward', selected: [] }, { level: 'icb' }, 'icb', null]) {
      const result = file(bad);
      expect(result.ok && result.area).toBeUndefined();
      expect(result.ok && result.scenarios.length).toBe(1);
    }
    // Codes that are not text are dropped, repeats kept once, and at most 4 (the view's most).
    expect(file({ level: 'subicb', selected: ['A', 7, 'A', '<b>', 'B', 'C', 'D', 'E'] })).toMatchObject({
      area: { level: 'subicb', selected: ['A', 'B', 'C', 'D'] },
    });
  });

  it('round-trips names, choices and which are compared', () => {
    const text = scenarioFileText([plan('a1', 'Plan A', 800), plan('b2', 'Plan B', 0)], ['b2']);
    const read = readScenarioFile(text, null);
    expect(read).toEqual({
      ok: true,
      skipped: 0,
      compared: ['Plan B'],
      scenarios: [
        {
          name: 'Plan A',
          englandLevers: { internationalRecruitment: 800 },
          scopeLevers: { QKS: { leaverRate: 0.07 } },
          target: { kind: 'hold', year: 2016 },
          targetYear: 2031,
          patientGrowth: null,
          trainingPath: null,
          demand: 'lists',
          team: { england: {}, scopes: {}, gpTimeReleased: {} },
        },
        {
          name: 'Plan B',
          englandLevers: { internationalRecruitment: 0 },
          scopeLevers: { QKS: { leaverRate: 0.07 } },
          target: { kind: 'hold', year: 2016 },
          targetYear: 2031,
          patientGrowth: null,
          trainingPath: null,
          demand: 'lists',
          team: { england: {}, scopes: {}, gpTimeReleased: {} },
        },
      ],
    });
  });

  it('keeps a training path and the ageing demand choice (and leaves the defaults out)', () => {
    const ltwp = {
      ...plan('c3', 'LTWP', 50),
      trainingPath: [
        { recruitmentYear: 2025, places: 4532 },
        { recruitmentYear: 2031, places: 6000 },
      ],
      demand: 'ageing' as const,
    };
    const text = scenarioFileText([ltwp, plan('d4', 'Plain', 50)], []);
    expect(text).not.toMatch(/"demand": "lists"/);
    expect(text).not.toMatch(/"trainingPath": null/);
    const read = readScenarioFile(text, null);
    expect(read.ok && read.scenarios[0]).toMatchObject({ trainingPath: ltwp.trainingPath, demand: 'ageing' });
    // read back, the defaults are filled in: the levers' own ramp, demand by the lists
    expect(read.ok && read.scenarios[1]).toMatchObject({ trainingPath: null, demand: 'lists' });
    // a broken path makes the entry unreadable, and says so, rather than loading half of it
    const broken = text.replace('"places": 4532', '"places": "lots"');
    expect(readScenarioFile(broken, null)).toMatchObject({ ok: true, skipped: 1 });
  });

  it('explains a file that is not one, and reads nothing from it', () => {
    expect(readScenarioFile('not json', null)).toEqual({
      ok: false,
      message: 'This file is not a scenarios file from the GP Workforce Planner: it is not JSON. Nothing was changed.',
    });
    expect(readScenarioFile('{"version":1,"scenarios":[]}', null)).toMatchObject({
      ok: false,
      message: expect.stringContaining(SCENARIO_FILE_FORMAT),
    });
    expect(readScenarioFile(`{"format":"${SCENARIO_FILE_FORMAT}","version":9,"scenarios":[{}]}`, null)).toMatchObject({
      ok: false,
      message: expect.stringContaining('version 9'),
    });
    expect(readScenarioFile(`{"format":"${SCENARIO_FILE_FORMAT}","version":1,"scenarios":[{"name":"x"}]}`, null)).toEqual({
      ok: false,
      message: 'None of the scenarios in this file could be read. Nothing was changed.',
    });
  });

  it('skips and counts entries that cannot be read, and cleans names', () => {
    const good = JSON.parse(scenarioFileText([plan('a1', 'Plan\u0007 A', 800)], [])) as { scenarios: unknown[] };
    const text = JSON.stringify({ ...good, scenarios: [...good.scenarios, { name: 'Bad', targetYear: 'soon' }] });
    const read = readScenarioFile(text, null);
    expect(read).toMatchObject({ ok: true, skipped: 1 });
    if (read.ok) expect(read.scenarios.map((s) => s.name)).toEqual(['Plan A']);
  });
});
