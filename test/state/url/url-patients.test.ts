// The "Patients" choice (the under-doctored flag's basis) in the link: written only when not the default, read
// back to the same view, any case; old links (without it) open on registered patients; a bad value is told.
import { describe, expect, it } from 'vitest';
import { realConfigFor } from '../../support/real-data';
import { defaultUrlState, parseScenario, scenarioToSearch, type UrlContext } from '../../../src/state/url/url-state';

const dataYears = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const ctx: UrlContext = {
  areaCodes: new Set(['ENG', '01J']),
  scopeCodes: new Set<string>(),
  years: [...dataYears, 2026, 2030],
  dataYears,
  configFor: realConfigFor,
};

describe('the Patients choice in the link', () => {
  it('round trips need-weighted, with the metric and level', () => {
    const state = {
      ...defaultUrlState(),
      level: 'subicb' as const,
      metric: 'ftePerWeighted100k' as const,
      patientBasis: 'weighted' as const,
    };
    const search = scenarioToSearch(state);
    expect(search).toBe('?level=subicb&metric=ftePerWeighted100k&patients=weighted');
    expect(parseScenario(search, ctx)).toEqual({ state, notices: [] });
  });

  it('leaves registered (the default) out, so old links are unchanged and open on registered patients', () => {
    expect(scenarioToSearch({ ...defaultUrlState(), level: 'subicb' })).toBe('?level=subicb');
    expect(parseScenario('?level=subicb&metric=changePct', ctx).state.patientBasis).toBe('registered');
  });

  it('reads any case silently, and tells a value it does not know', () => {
    expect(parseScenario('?Patients=WEIGHTED', ctx)).toEqual({
      // The default metric (GP FTE per 100,000 patients) moves to the flag's basis: one basis for map and flag.
      state: { ...defaultUrlState(), patientBasis: 'weighted', metric: 'ftePerWeighted100k' },
      notices: [],
    });
    const bad = parseScenario('?patients=carr-hill', ctx);
    expect(bad.state.patientBasis).toBe('registered');
    expect(bad.notices).toEqual(['Ignored patients "carr-hill": use registered or weighted.']);
  });

  it('keeps the map and the flag on one basis: a link naming only a need-weighted metric means need-weighted patients', () => {
    expect(parseScenario('?metric=weightedPerFte', ctx).state.patientBasis).toBe('weighted');
    // A link naming both, inconsistently (an old link): the Patients choice wins and moves the metric to it.
    expect(parseScenario('?metric=ftePer100k&patients=weighted', ctx).state.metric).toBe('ftePerWeighted100k');
    expect(parseScenario('?metric=patientsPerFte&patients=weighted', ctx).state.metric).toBe('weightedPerFte');
    // A metric with no flag keeps its own choice and the basis named.
    expect(parseScenario('?metric=fte&patients=weighted', ctx).state).toMatchObject({ metric: 'fte', patientBasis: 'weighted' });
  });

  it('reads each new metric key', () => {
    for (const metric of ['weightedPerFte', 'allGpPer100k', 'nurseFte', 'dpcPer100k', 'changePer100kPct'] as const)
      expect(parseScenario(`?metric=${metric}`, ctx).state.metric).toBe(metric);
  });
});
