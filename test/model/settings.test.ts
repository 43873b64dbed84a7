// Settings chosen by a back-test nested inside the data given (src/model/settings.ts).
import { describe, it, expect } from 'vitest';
import { FALLBACK_SETTINGS, SETTING_GRID, selectSettings } from '../../src/model/settings';
import { prepareProjection } from '../../src/model/prepare';
import { TENTH } from '../../src/model/age-fit';
import { DATA } from './fixtures';
import { realPrepared } from '../support/real-data';

describe('selectSettings', () => {
  it('takes the stated fallback when the data hold too few inner pairs (the five-year fixture)', () => {
    const settings = selectSettings(DATA, TENTH);
    expect(settings).toMatchObject({
      calibrationYears: FALLBACK_SETTINGS.calibrationYears,
      halfLife: FALLBACK_SETTINGS.halfLife,
    });
    expect(settings.chosen.calibrationYears.fallback).toBe(true);
  });

  it('chooses on the committed data from every inner origin with three recorded steps, and reports each score', () => {
    const { settings } = realPrepared();
    expect(settings.chosen.calibrationYears).toMatchObject({ fallback: false, pairs: 21 });
    expect(settings.chosen.lambda.fallback).toBe(false);
    expect(SETTING_GRID.calibrationYears).toContain(settings.calibrationYears);
    expect(SETTING_GRID.halfLife).toContain(settings.halfLife);
    // the chosen value has the lowest score of its row
    const scores = settings.chosen.halfLife.scores.map((s) => s.score);
    const chosen = settings.chosen.halfLife.scores.find((s) => s.value === settings.halfLife)?.score;
    expect(chosen).toBe(Math.min(...scores));
    console.log(
      `chosen: window ${settings.calibrationYears}, half-life ${settings.halfLife}, λ ${settings.lambda}, share years ${settings.shareYears}`,
    );
  });

  it('gives the data-derived half-life as the lever default', () => {
    const prepared = realPrepared();
    expect(prepared.defaults.participationHalfLife).toBe(prepared.settings.halfLife);
  });

  it('holds England at its nowcast when the data have fewer than three recorded steps', () => {
    const short = prepareProjection({
      ...DATA,
      years: DATA.years.slice(2),
      areas: DATA.areas.map((a) => ({
        ...a,
        fte: a.fte.slice(2),
        headcount: a.headcount.slice(2),
        patients: a.patients.slice(2),
        traineeFte: a.traineeFte.slice(2),
      })),
    });
    expect(short.englandHeld).toBe(true);
    expect(prepareProjection(DATA).englandHeld).toBe(false);
  });
});
