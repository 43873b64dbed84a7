import { describe, expect, it } from 'vitest';
import { prepareProjection } from '../../src/model/prepare';
import { FLOW_MARGIN, beyondRecorded, recordedRange, type RecordedRange } from '../../src/model/recorded-ranges';
import { DATA } from './fixtures';

const prepared = prepareProjection(DATA);

describe('recordedRange: what has been recorded for each lever, by scope', () => {
  it("takes training places from the recorded intakes, and a scope's share of them", () => {
    // Intakes 3,200 (2017), 3,600, 3,900, 4,000 (2022).
    expect(recordedRange(prepared, 'ENG', 'trainingPlaces')).toMatchObject({
      low: 3200,
      high: 4000,
      kind: 'flow',
      share: null,
      what: "England's recorded GP training intakes, 2017–2022",
    });
    // ICB B's training share at the settings' lambda for this fixture (0.4, issue 17's nested settings; the lever
    // scales by the same scopeShares): 0.4 × 1/4 + 0.6 × 2/9 = 0.1 + 0.1333333 = 0.2333333, so
    // 3,200 × it = 746.67 and 4,000 × it = 933.33.
    expect(prepared.settings.lambda).toBeCloseTo(0.4, 9);
    const b = recordedRange(prepared, 'B', 'trainingPlaces');
    expect(b?.low).toBeCloseTo(746.67, 1);
    expect(b?.high).toBeCloseTo(933.33, 1);
    expect(b?.share).toBeCloseTo(0.2333333, 6);
  });

  it("scales recruits and returners by the scope's FTE share", () => {
    // 155 recruited over 3 years: 51.67 a year; ICB B's FTE share 6,000 / 27,000 = 2/9: 11.48.
    expect(recordedRange(prepared, 'ENG', 'internationalRecruitment')).toMatchObject({ kind: 'flow' });
    expect(recordedRange(prepared, 'ENG', 'internationalRecruitment')?.high).toBeCloseTo(155 / 3, 9);
    expect(recordedRange(prepared, 'B', 'internationalRecruitment')?.high).toBeCloseTo((155 / 3) * (2 / 9), 9);
    // About 400 GPs over 3 years at the data's FTE per GP.
    expect(recordedRange(prepared, 'ENG', 'returners')?.high).toBeCloseTo((400 / 3) * prepared.defaults.ftePerGp, 9);
  });

  it('takes FTE per GP and its yearly change from the recorded England series, the same in every scope', () => {
    // FTE ÷ heads: 27,000 / 35,800 = 0.754190 (2020/21) ... 27,000 / 37,000 = 0.729730 (2024/25).
    const level = recordedRange(prepared, 'B', 'ftePerGp');
    expect(level?.low).toBeCloseTo(27000 / 37000, 9);
    expect(level?.high).toBeCloseTo(27000 / 35800, 9);
    expect(level?.share).toBeNull();
    // Yearly changes: 0.749307 / 0.754190 − 1 = −0.65%; 0.744505 / 0.749307 − 1 = −0.64% (the highest);
    // 0.737057 / 0.744505 − 1 = −1.00% (the lowest); 0.729730 / 0.737057 − 1 = −0.99%.
    const trend = recordedRange(prepared, 'ENG', 'participationTrend');
    expect(trend?.low).toBeCloseTo(27050 / 36700 / (27100 / 36400) - 1, 12);
    expect(trend?.high).toBeCloseTo(27100 / 36400 / (27050 / 36100) - 1, 12);
  });

  it("takes the leaver rate from FTE leavers over the year's opening FTE where the data reach, and the 2022 rate", () => {
    // The fixture's years (2020/21 on) hold none of the parliamentary answer's opening years, so only 8.8% is left.
    expect(recordedRange(prepared, 'A', 'leaverRate')).toMatchObject({ low: 0.088, high: 0.088, kind: 'rate', share: null });
  });

  it('has no recorded range for the timing of the training path or the half-life', () => {
    expect(recordedRange(prepared, 'ENG', 'trainingFrom')).toBeNull();
    expect(recordedRange(prepared, 'ENG', 'participationHalfLife')).toBeNull();
  });
});

describe('beyondRecorded', () => {
  const flow: RecordedRange = { low: 60, high: 100, kind: 'flow', what: '', share: 0.02 };
  const rate: RecordedRange = { low: 0.071, high: 0.091, kind: 'rate', what: '', share: null };

  it(`marks a flow only beyond ${FLOW_MARGIN} times the highest recorded`, () => {
    expect(beyondRecorded(flow, 300)).toBeNull();
    expect(beyondRecorded(flow, 300.5)).toBe('above');
    // Fewer than recorded is a choice, not something unseen.
    expect(beyondRecorded(flow, 0)).toBeNull();
  });

  it('marks a rate anywhere outside the recorded range', () => {
    expect(beyondRecorded(rate, 0.071)).toBeNull();
    expect(beyondRecorded(rate, 0.091)).toBeNull();
    expect(beyondRecorded(rate, 0.035)).toBe('below');
    expect(beyondRecorded(rate, 0.1)).toBe('above');
    expect(beyondRecorded(rate, Number.NaN)).toBeNull();
  });
});
