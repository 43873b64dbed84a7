import { describe, expect, it } from 'vitest';
import { leverConfig, type KeyedLeverConfig, type RecordedRange } from '../../src/model';
import { defaultChoices } from '../../src/model/scenario';
import {
  goalSeekAnswer,
  goalSeekQuestion,
  listed,
  questionChanges,
  recordedNote,
} from '../../src/features/levers/goal-seek-answer';

const choices = defaultChoices({ firstDataYear: 2016, lastProjectionYear: 2036 });
const data = {};
const asked = goalSeekQuestion({ scope: 'QKS', key: 'trainingPlaces', code: 'QKS', basis: 'registered', choices, data });

describe('goal-seek questions', () => {
  it('is the same question when nothing it depends on changed', () => {
    const again = goalSeekQuestion({
      scope: 'QKS',
      key: 'trainingPlaces',
      code: 'QKS',
      basis: 'registered',
      choices: { ...choices },
      data,
    });
    expect(questionChanges(asked, again)).toEqual([]);
  });

  it('names each change that makes it another question', () => {
    const change = (over: Partial<Parameters<typeof goalSeekQuestion>[0]>) =>
      questionChanges(
        asked,
        goalSeekQuestion({ scope: 'QKS', key: 'trainingPlaces', code: 'QKS', basis: 'registered', choices, data, ...over }),
      );
    expect(change({ scope: 'ENG' })).toEqual(['the lever scope']);
    expect(change({ key: 'returners' })).toEqual(['the lever to solve for']);
    expect(change({ code: 'ENG' })).toEqual(['the selected area']);
    expect(change({ basis: 'weighted' })).toEqual(['the patients basis']);
    expect(change({ choices: { ...choices, targetYear: 2031 } })).toEqual(['the target year']);
    expect(change({ choices: { ...choices, target: { kind: 'value', ftePer100k: 50 } } })).toEqual(['the target']);
    expect(change({ choices: { ...choices, englandLevers: { returners: 80 } } })).toEqual(['the levers']);
    expect(change({ choices: { ...choices, scopeLevers: { QKS: { returners: 5 } } } })).toEqual(['the levers']);
    expect(change({ choices: { ...choices, patientGrowth: 0.01 } })).toEqual(['patient growth']);
    expect(change({ data: {} })).toEqual(['the figures (data)']);
    expect(change({ scope: 'ENG', choices: { ...choices, targetYear: 2031 } })).toEqual(['the lever scope', 'the target year']);
  });

  it('lists changes in words', () => {
    expect(listed(['a'])).toBe('a');
    expect(listed(['a', 'b'])).toBe('a and b');
    expect(listed(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

const scoped = (key: 'returners' | 'leaverRate' | 'trainingPlaces', over: Partial<KeyedLeverConfig> = {}): KeyedLeverConfig => ({
  ...leverConfig(key),
  ...over,
});

describe('recordedNote', () => {
  const returners: RecordedRange = {
    low: 2.5,
    high: 2.5,
    kind: 'flow',
    what: "England's Induction and Refresher scheme",
    share: 0.026,
  };

  it('marks a flow more than three times the most recorded, with the recorded figure and its basis beside it', () => {
    // 36 / 2.5 = 14.4: "14 times".
    const note = recordedNote({
      config: scoped('returners', { step: 1 }),
      range: returners,
      value: 36,
      scopeName: 'NHS Kent and Medway ICB',
    });
    expect(note).toEqual({
      outside: true,
      text: "Outside the recorded range: 36 FTE a year is 14 times the most recorded, about 2.5 FTE a year (NHS Kent and Medway ICB's 2.6% share of England's Induction and Refresher scheme); more than 3 times it has never been seen.",
    });
  });

  it('gives the recorded range without a mark when the value is within it', () => {
    const range: RecordedRange = {
      low: 70,
      high: 105,
      kind: 'flow',
      what: "England's recorded GP training intakes, 2013–2022",
      share: 0.026,
    };
    expect(
      recordedNote({ config: scoped('trainingPlaces', { step: 1 }), range, value: 211, scopeName: 'NHS Kent and Medway ICB' }),
    ).toEqual({
      outside: false,
      text: "Recorded: 70 to 105 places a year (NHS Kent and Medway ICB's 2.6% share of England's recorded GP training intakes, 2013–2022).",
    });
  });

  it("marks a rate outside England's recorded range, saying a scope's own may differ", () => {
    const range: RecordedRange = { low: 0.0712, high: 0.0906, kind: 'rate', what: 'England: FTE leavers ÷ FTE', share: null };
    expect(recordedNote({ config: scoped('leaverRate'), range, value: 0.035, scopeName: 'NHS Kent and Medway ICB' })).toEqual({
      outside: true,
      text: "Outside the recorded range: 3.5% is below anything recorded, 7.1% to 9.1% (England: FTE leavers ÷ FTE; NHS Kent and Medway ICB's own may differ).",
    });
    expect(recordedNote({ config: scoped('leaverRate'), range, value: 0.08, scopeName: null }).text).toBe(
      'Recorded: 7.1% to 9.1% (England: FTE leavers ÷ FTE).',
    );
  });
});

describe('goalSeekAnswer', () => {
  const common = {
    config: scoped('trainingPlaces', { min: 0, max: 200, step: 1 }),
    scope: 'QKS',
    key: 'trainingPlaces' as const,
    lever: 'Training places for NHS Kent and Medway ICB',
    where: 'NHS Kent and Medway ICB in 2035/36',
    targetText: 'the target of 43.4 GP FTE per 100,000 patients',
    per100kUnit: 'per 100,000',
    context: 'Other levers as they are: England at current trends.',
    noEffectWhy: null,
    range: null,
    scopeName: 'NHS Kent and Medway ICB',
  };

  it('applies a found value to the scope the answer names', () => {
    const answer = goalSeekAnswer({ ...common, result: { status: 'found', value: 150, result: 43.5 } });
    expect(answer.apply).toEqual({ scope: 'QKS', key: 'trainingPlaces', value: 150, shown: '150 places a year' });
    expect(answer.lines[0]).toBe(
      'Training places for NHS Kent and Medway ICB of 150 places a year brings NHS Kent and Medway ICB in 2035/36 to 43.5, meeting the target of 43.4 GP FTE per 100,000 patients.',
    );
  });

  it('has nothing to apply when the target is met anyway, cannot be reached, or the lever has no effect', () => {
    expect(goalSeekAnswer({ ...common, result: { status: 'met', worstValue: 0, worstResult: 50 } }).apply).toBeNull();
    expect(goalSeekAnswer({ ...common, result: { status: 'unreachable', bestValue: 200, bestResult: 40 } }).apply).toBeNull();
    expect(goalSeekAnswer({ ...common, result: { status: 'no-effect', result: 40, met: false } }).apply).toBeNull();
  });
});
