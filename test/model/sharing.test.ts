import { describe, it, expect } from 'vitest';
import {
  SHARING_RULE,
  defaultLeversForScope,
  isFlowLever,
  leverConfigForScope,
  scopeShares,
  sharesWithin,
} from '../../src/model/sharing';
import { clampToConfig, defaultLeverValues } from '../../src/model/levers';
import type { AreaBaseline } from '../../src/model/types';

const AREAS: readonly AreaBaseline[] = [
  { code: 'A', fte: 600, headcount: 800, patientsSeries: [1000], traineeFte: 30 },
  { code: 'B', fte: 300, headcount: 360, patientsSeries: [1000], traineeFte: 10 },
  { code: 'C', fte: 100, headcount: 125, patientsSeries: [1000], traineeFte: 10 },
];

describe('SHARING_RULE', () => {
  it('states both bases for the app to show', () => {
    expect(SHARING_RULE).toMatch(/GPs in Training Grade FTE/);
    expect(SHARING_RULE).toMatch(/qualified permanent GP FTE/);
  });
});

describe('sharesWithin', () => {
  it('shares by trainee FTE and by FTE', () => {
    const shares = sharesWithin(AREAS);
    // 30/50, 10/50, 10/50 and 600/1000, 300/1000, 100/1000
    expect([...shares.trainees]).toEqual([0.6, 0.2, 0.2]);
    expect([...shares.fte]).toEqual([0.6, 0.3, 0.1]);
  });

  it('falls back to FTE shares without trainees, and equal shares without FTE', () => {
    const noTrainees = AREAS.map((area) => ({ ...area, traineeFte: 0 }));
    expect([...sharesWithin(noTrainees).trainees]).toEqual([0.6, 0.3, 0.1]);
    const empty = AREAS.slice(0, 2).map((area) => ({ ...area, fte: 0, traineeFte: Number.NaN }));
    expect([...sharesWithin(empty).fte]).toEqual([0.5, 0.5]);
    expect([...sharesWithin(empty).trainees]).toEqual([0.5, 0.5]);
  });
});

describe('scope defaults', () => {
  it('gives a scope its share of England', () => {
    // {A, B}: trainees 40/50 = 0.8; FTE 900/1000 = 0.9
    const shares = scopeShares({ areas: AREAS, areaCodes: ['A', 'B'] });
    expect(shares.trainees).toBeCloseTo(0.8, 12);
    expect(shares.fte).toBeCloseTo(0.9, 12);
  });

  it("multiplies England's flows by the scope's shares and keeps the rates", () => {
    const englandLevers = defaultLeverValues({ ftePerGp: 0.78 });
    const levers = defaultLeversForScope({ areas: AREAS, areaCodes: ['A', 'B'], englandLevers });
    // 4000 * 0.8 = 3200; 50 * 0.9 = 45; 500 * 0.9 = 450
    expect(levers.trainingPlaces).toBeCloseTo(3200, 9);
    expect(levers.internationalRecruitment).toBeCloseTo(45, 9);
    expect(levers.returners).toBeCloseTo(450, 9);
    expect(levers.traineeUptake).toBe(0.72);
    expect(levers.leaverRate).toBe(0.088);
    expect(levers.ftePerGp).toBe(0.78);
  });

  it("scales flow levers' ranges to the scope, with a round step", () => {
    const shares = { trainees: 0.8, fte: 0.9 };
    // 2500 * 0.8 = 2000, 8000 * 0.8 = 6400, step 50 * 0.8 = 40 -> 20, default 4000 * 0.8 = 3200
    expect(leverConfigForScope('trainingPlaces', shares)).toMatchObject({
      min: 2000,
      max: 6400,
      step: 20,
      default: 3200,
      label: 'Training places',
    });
    // 3000 * 0.9 = 2700; step 10 * 0.9 = 9 -> 5; default 50 * 0.9 = 45
    const international = leverConfigForScope('internationalRecruitment', shares);
    expect(international).toMatchObject({ min: 0, max: 2700, step: 5, default: 45 });
    // tiny scopes still step by whole FTE
    expect(leverConfigForScope('returners', { trainees: 0.01, fte: 0.01 }).step).toBe(1);
    // rates are not scaled
    expect(leverConfigForScope('leaverRate', shares)).toMatchObject({ min: 0.03, max: 0.15, default: 0.088 });
    expect(leverConfigForScope('ftePerGp', shares, 0.7147).default).toBe(0.7147);
    expect(clampToConfig(international, 47)).toBe(45);
    expect(isFlowLever('returners')).toBe(true);
    expect(isFlowLever('leaverRate')).toBe(false);
  });
});
