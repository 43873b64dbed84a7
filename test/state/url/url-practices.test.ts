// The Practice view (open, and the picked practice) and "Same colour scale for every year" in the link: written
// only when not the default, read back to the same view in any case; old links (without them) open as before,
// on the same scale with the Practice view closed; bad values are told and ignored.
import { describe, expect, it } from 'vitest';
import { realConfigFor } from '../../support/real-data';
import { defaultUrlState, parseScenario, scenarioToSearch, type UrlContext } from '../../../src/state/url/url-state';

const dataYears = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const ctx: UrlContext = {
  areaCodes: new Set(['ENG', 'QKS', '91Q']),
  scopeCodes: new Set(['QKS']),
  years: [...dataYears, 2026, 2030],
  dataYears,
  configFor: realConfigFor,
};

describe('the Practice view in the link', () => {
  it('round trips the open view with a picked practice, after the selected area', () => {
    const state = { ...defaultUrlState(), selected: ['QKS'], practicesOpen: true, practice: 'G82002' };
    const search = scenarioToSearch(state);
    expect(search).toBe('?areas=QKS&practices=1&practice=G82002');
    expect(parseScenario(search, ctx)).toEqual({ state, notices: [] });
  });

  it('round trips the open view with no practice picked', () => {
    const state = { ...defaultUrlState(), selected: ['91Q'], practicesOpen: true };
    expect(scenarioToSearch(state)).toBe('?areas=91Q&practices=1');
    expect(parseScenario('?areas=91Q&practices=1', ctx)).toEqual({ state, notices: [] });
  });

  it('writes nothing for a closed view, even with a practice left picked', () => {
    expect(scenarioToSearch({ ...defaultUrlState(), selected: ['QKS'], practice: 'G82002' })).toBe('?areas=QKS');
  });

  it('reads codes and names in any case, silently', () => {
    expect(parseScenario('?AREAS=qks&Practices=1&PRACTICE=g82002', ctx)).toEqual({
      state: { ...defaultUrlState(), selected: ['QKS'], practicesOpen: true, practice: 'G82002' },
      notices: [],
    });
  });

  it('keeps old links as they were: the view closed', () => {
    const { state, notices } = parseScenario('?areas=QKS&level=subicb', ctx);
    expect(state.practicesOpen).toBe(false);
    expect(state.practice).toBeNull();
    expect(notices).toEqual([]);
  });

  it('tells a bad value and ignores it', () => {
    const yes = parseScenario('?areas=QKS&practices=yes', ctx);
    expect(yes.state.practicesOpen).toBe(false);
    expect(yes.notices).toEqual(['Ignored practices "yes": use 1 to open the Practice view.']);

    const bad = parseScenario('?practices=1&practice=<b>G82002</b>', ctx);
    expect(bad.state).toEqual({ ...defaultUrlState(), practicesOpen: true });
    expect(bad.notices).toEqual(['Ignored practice "<b>G82002</b>": a practice code is a letter and five digits, e.g. G82002.']);

    const closed = parseScenario('?practice=G82002', ctx);
    expect(closed.state).toEqual(defaultUrlState());
    expect(closed.notices).toEqual(['Ignored practice G82002: the link does not open the Practice view (practices=1).']);

    expect(parseScenario('?practices=', ctx).notices).toEqual(['Ignored Practice view: the link gives no value.']);
  });
});

describe('"Same colour scale for every year" in the link', () => {
  it('is on by default and not written; off is scale=year, read back in any case', () => {
    expect(defaultUrlState().sameScale).toBe(true);
    expect(scenarioToSearch({ ...defaultUrlState(), sameScale: true })).toBe('');
    const off = { ...defaultUrlState(), sameScale: false };
    expect(scenarioToSearch(off)).toBe('?scale=year');
    expect(parseScenario('?scale=year', ctx)).toEqual({ state: off, notices: [] });
    expect(parseScenario('?Scale=YEAR', ctx)).toEqual({ state: off, notices: [] });
    // "same" is the default spelled out: read silently, and not written back.
    expect(parseScenario('?scale=same', ctx)).toEqual({ state: defaultUrlState(), notices: [] });
  });

  it('keeps old links (no scale) on the same scale, and tells a bad value', () => {
    expect(parseScenario('?level=subicb&metric=changePct', ctx).state.sameScale).toBe(true);
    const bad = parseScenario('?scale=fixed', ctx);
    expect(bad.state.sameScale).toBe(true);
    expect(bad.notices).toEqual(['Ignored colour scale "fixed": use same (every year) or year (this year\'s).']);
  });
});
