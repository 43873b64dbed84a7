// A compared scenario's projection for exports carries its own 80% range (England's spread for its own levers),
// and its central figures are those of the screen's projection of the same choices.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/dataset';
import { projectScenario } from '../../../src/model';
import { initialChoices } from '../../../src/state/stores/scenario-store';
import { scenarioSeries, scenarioWithRanges } from '../../../src/state/workforce/compare-series';
import { realFiles, realPrepared } from '../../support/real-data';

describe('a compared scenario with its range', () => {
  it('has a low and high around every projected figure, and the same central line as without', async () => {
    const prepared = realPrepared();
    const dataset = buildDataset(realFiles().areas);
    const choices = { ...initialChoices, englandLevers: { internationalRecruitment: 900 } };
    const { series, englandLevers } = await scenarioWithRanges(dataset, prepared, choices);
    expect(englandLevers).toEqual(projectScenario(prepared, choices).englandLevers);
    expect(englandLevers.internationalRecruitment).toBe(900);
    const plain = scenarioSeries(dataset, prepared, choices).byArea.get('ENG');
    const eng = series.byArea.get('ENG');
    const i = series.years.indexOf(2036);
    expect(eng?.fte[i]).toBeCloseTo(plain?.fte[i] ?? NaN, 6);
    // The line drawn for comparison has no range; the export's has one, around the figure.
    expect(plain?.fteLow?.[i] ?? null).toBeNull();
    expect(eng?.fteLow?.[i]).toBeLessThan(eng?.fte[i] ?? 0);
    expect(eng?.fteHigh?.[i]).toBeGreaterThan(eng?.fte[i] ?? Infinity);
  });
});
