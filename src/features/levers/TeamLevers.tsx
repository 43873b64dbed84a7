// "PCN team (ARRS roles)": growth in FTE a year by role group for England or the scope being edited, and GP time
// released per FTE of each group. Defaults: England's recorded growth since PCN reporting reached 95% (Feb 2023 to
// Nov 2025, data/pcn.json), a scope's share of it by its FTE of the group in June 2026. Presets: "ARRS at the
// 2024/25 rate" (Mar 2024 to Mar 2025) and "ARRS flat". The PCN file loads when the section is first opened.
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { teamBaseOf } from '../../data/pcn';
import { usePcnFile } from '../../state/workforce/use-pcn-file';
import { subIcbsWithin, type Dataset } from '../../data/dataset';
import {
  GP_TIME_RANGE,
  TEAM_GROUPS,
  TEAM_GROWTH_RANGE,
  emptyTeamChoices,
  scopeTeamDefault,
  type TeamChoices,
  type TeamGroup,
} from '../../model';
import { formatNumber } from '../../lib/format';
import { monthLabel } from '../../figures/team-series';
import { ENGLAND_SCOPE, useScenarioStore } from '../../state/stores/scenario-store';

export function TeamLevers({ dataset }: { dataset: Dataset }) {
  const [open, setOpen] = useState(false);
  const { scope, team, setTeam } = useScenarioStore(
    useShallow((s) => ({ scope: s.scope, team: s.team ?? emptyTeamChoices(), setTeam: s.setTeam })),
  );
  const hasChoices =
    Object.keys(team.england).length > 0 || Object.keys(team.scopes).length > 0 || Object.keys(team.gpTimeReleased).length > 0;
  const pcn = usePcnFile(open || hasChoices);
  const id = useId();
  const scopeName = scope === ENGLAND_SCOPE ? 'England' : (dataset.byCode.get(scope)?.name ?? scope);
  return (
    <details className="team-levers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>PCN team (ARRS roles): growth by role group{hasChoices ? ' (changed)' : ''}</summary>
      {pcn.isError && <p role="alert">PCN staff could not be loaded; the GP levers work as before.</p>}
      {!pcn.data && !pcn.isError && <p role="status">Loading PCN staff…</p>}
      {pcn.data &&
        (() => {
          const file = pcn.data;
          const base = teamBaseOf(file);
          const label = (g: TeamGroup) => file.groups.find((x) => x.key === g)?.label ?? g;
          const subIcbs = scope === ENGLAND_SCOPE ? [...base.bySubIcb.keys()] : subIcbsWithin(dataset, scope);
          const own = scope === ENGLAND_SCOPE ? team.england : (team.scopes[scope] ?? {});
          const share =
            scope === ENGLAND_SCOPE ? 1 : subIcbs.reduce((s, c) => s + (base.bySubIcb.has(c) ? 1 : 0), 0) / base.bySubIcb.size;
          const since = file.defaults.sinceCoverage;
          const rate2425 = file.defaults.rate2024To2025;
          const setGrowth = (g: TeamGroup, value: number | null) => {
            const values = { ...own };
            if (value === null) delete values[g];
            else values[g] = value;
            const next: TeamChoices =
              scope === ENGLAND_SCOPE ? { ...team, england: values } : { ...team, scopes: { ...team.scopes, [scope]: values } };
            setTeam(next);
          };
          const preset = (rates: (g: TeamGroup) => number) =>
            setTeam({
              ...team,
              england: Object.fromEntries(TEAM_GROUPS.map((g) => [g, Math.round(rates(g) * 10) / 10])),
              scopes: {},
            });
          return (
            <>
              <p className="hint">
                PCN staff (mostly ARRS-funded) grow from {monthLabel(file.dates[file.dates.length - 1] ?? '')} by these FTE a
                year, {scope === ENGLAND_SCOPE ? 'for England' : `for ${scopeName} (its own total; other areas keep England's)`}.
                Defaults: England&apos;s recorded growth from {monthLabel(since.from)} (the first month at least{' '}
                {Math.round(file.defaults.coverageThreshold * 100)}% of PCNs reported) to {monthLabel(since.to)}
                {scope === ENGLAND_SCOPE ? '' : `, times ${scopeName}'s share of each group's FTE`}. Source: NHS Digital PCN
                workforce statistics (data/pcn.json). {file.defaults.caveats.all}
              </p>
              <div className="lever-footer">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => preset((g) => rate2425.groups[g]?.ftePerYear ?? 0)}
                >
                  ARRS at the 2024/25 rate
                </button>
                <button type="button" className="button secondary" onClick={() => preset(() => 0)}>
                  ARRS flat
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setTeam(emptyTeamChoices())}
                  disabled={!hasChoices}
                >
                  Reset PCN team levers
                </button>
              </div>
              {TEAM_GROUPS.map((g) => {
                const fallback = scopeTeamDefault(base, team, subIcbs, g);
                const value = own[g] ?? fallback;
                const min = Math.floor(TEAM_GROWTH_RANGE.min * (scope === ENGLAND_SCOPE ? 1 : Math.max(share, 0.02)));
                const max = Math.ceil(TEAM_GROWTH_RANGE.max * (scope === ENGLAND_SCOPE ? 1 : Math.max(share * 4, 0.05)));
                const step = scope === ENGLAND_SCOPE ? TEAM_GROWTH_RANGE.step : 1;
                const name = `PCN growth: ${label(g)}`;
                return (
                  <div className="lever" key={g}>
                    <label htmlFor={`${id}-${g}`}>{name} (FTE a year)</label>
                    <input
                      id={`${id}-${g}`}
                      type="range"
                      aria-label={name}
                      min={min}
                      max={max}
                      step={step}
                      value={Math.min(max, Math.max(min, value))}
                      onChange={(e) => setGrowth(g, Number(e.target.value))}
                    />
                    <output htmlFor={`${id}-${g}`}>
                      {formatNumber(value, 1)} FTE a year {own[g] === undefined ? '(default)' : ''}
                    </output>{' '}
                    {own[g] !== undefined && (
                      <button type="button" className="button secondary" onClick={() => setGrowth(g, null)}>
                        Default
                      </button>
                    )}
                  </div>
                );
              })}
              <fieldset>
                <legend>GP time released (GP FTE per FTE of the group; England-wide)</legend>
                <p className="hint">{file.defaults.gpTimeReleased.note}</p>
                {TEAM_GROUPS.map((g) => {
                  const name = `GP time released: ${label(g)}`;
                  const value = team.gpTimeReleased[g] ?? 0;
                  return (
                    <div className="lever" key={g}>
                      <label htmlFor={`${id}-gp-${g}`}>{name}</label>
                      <input
                        id={`${id}-gp-${g}`}
                        type="range"
                        aria-label={name}
                        min={GP_TIME_RANGE.min}
                        max={GP_TIME_RANGE.max}
                        step={GP_TIME_RANGE.step}
                        value={value}
                        onChange={(e) => {
                          const v = Number(e.target.value);
                          const gp = { ...team.gpTimeReleased };
                          if (v === 0) delete gp[g];
                          else gp[g] = v;
                          setTeam({ ...team, gpTimeReleased: gp });
                        }}
                      />
                      <output htmlFor={`${id}-gp-${g}`}>{formatNumber(value, 2)}</output>
                    </div>
                  );
                })}
              </fieldset>
            </>
          );
        })()}
    </details>
  );
}
