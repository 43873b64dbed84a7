// Geography level, metric, year and base year: native selects, so keyboard and screen readers just work.
import { useShallow } from 'zustand/react/shallow';
import { Fragment, useId, type ReactNode } from 'react';
import { METRIC_GROUPS, METRICS, isTeamMetric, type MetricKey } from '../../figures/metrics';
import { monthLabel, pcnDateOfYear } from '../../figures/team-series';
import { fyLabel, isProjectedYear } from '../../lib/years';
import {
  LATEST_BULLETIN_SUFFIX,
  LATEST_NOT_AT_ICB2026,
  LATEST_NOT_AT_ICB2026_SHORT,
  isLatestLevel,
} from '../../figures/latest-bulletin';
import { LEVEL_LABELS, MAP_LEVELS, useViewStore, type MapLevel } from '../../state/stores/view-store';
import { AS_WAS_LEVEL_KEYS, AS_WAS_NAMES } from '../../figures/as-was-levels';
import { PatientsControl } from './PatientsControl';
import { TeamStaffControl } from './TeamStaffControl';
import './controls.css';

/** children: more controls for the end of the bar (the app passes the area picker; features do not import each other). */
export function ViewControls({
  years,
  baseYears,
  latestMonth = null,
  asWasYears = null,
  children,
}: {
  years: readonly number[];
  baseYears: readonly number[];
  /** The latest bulletin's month key (202510), offered after the last recorded year once its file has loaded. */
  latestMonth?: number | null;
  /**
   * At an as-was level, the level's recorded years (the only years and base years offered: no projection, no
   * bulletin month); null until its file has loaded (the year on show is offered alone meanwhile).
   */
  asWasYears?: readonly number[] | null;
  children?: ReactNode;
}) {
  const { level, asWas, metric, year, baseYear, setLevel, setAsWas, setMetric, setYear, setBaseYear } = useViewStore(
    useShallow((s) => ({
      level: s.level,
      asWas: s.asWas,
      setAsWas: s.setAsWas,
      metric: s.metric,
      year: s.year,
      baseYear: s.baseYear,
      setLevel: s.setLevel,
      setMetric: s.setMetric,
      setYear: s.setYear,
      setBaseYear: s.setBaseYear,
    })),
  );
  const id = useId();
  // At an as-was level: its recorded years only, for the year and the base year.
  const yearOptions = asWas ? (asWasYears ?? [year]) : years;
  const baseOptions = asWas ? (asWasYears ?? [baseYear]) : baseYears;
  return (
    <div className="controls" role="group" aria-label="View">
      <span className="control-pair">
        <label htmlFor={`${id}-level`}>Geography level</label>
        <select
          id={`${id}-level`}
          value={asWas ? `as-was:${asWas}` : level}
          onChange={(e) => {
            const value = e.target.value;
            const past = AS_WAS_LEVEL_KEYS.find((l) => value === `as-was:${l}`);
            if (past) setAsWas(past);
            else setLevel(value as MapLevel);
          }}
        >
          {MAP_LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABELS[l]}
            </option>
          ))}
          {/* The geography as it was in each recorded year (figures/as-was.ts): recorded years only. */}
          {AS_WAS_LEVEL_KEYS.map((l) => (
            <option key={l} value={`as-was:${l}`}>
              {AS_WAS_NAMES[l].label}
            </option>
          ))}
        </select>
      </span>
      <span className="control-pair">
        <label htmlFor={`${id}-metric`}>Metric</label>
        <select
          id={`${id}-metric`}
          className="metric-select"
          value={metric}
          onChange={(e) => setMetric(e.target.value as MetricKey)}
        >
          {METRIC_GROUPS.map((g) => (
            <optgroup key={g.key} label={g.label}>
              {METRICS.filter((m) => m.group === g.key).map((m) => (
                <option key={m.key} value={m.key}>
                  {m.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </span>
      <TeamStaffControl />
      <PatientsControl />
      <span className="control-pair">
        <label htmlFor={`${id}-year`}>Year</label>
        <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {yearOptions.map((y) => (
            <Fragment key={y}>
              <option value={y}>
                {fyLabel(y)}
                {isTeamMetric(metric) && pcnDateOfYear(y)
                  ? ` (PCN staff at ${monthLabel(pcnDateOfYear(y)!)})`
                  : isProjectedYear(y, baseYears[baseYears.length - 1])
                    ? ' (projected)'
                    : ''}
              </option>
              {/* The latest bulletin's month, after the last recorded year: a point of its own, on its own basis. */}
              {latestMonth !== null && !asWas && y === baseYears[baseYears.length - 1] && (
                <option
                  value={latestMonth}
                  disabled={!isLatestLevel(level)}
                  title={isLatestLevel(level) ? undefined : LATEST_NOT_AT_ICB2026}
                >
                  {fyLabel(latestMonth)}
                  {isLatestLevel(level) ? LATEST_BULLETIN_SUFFIX : `${LATEST_BULLETIN_SUFFIX}: ${LATEST_NOT_AT_ICB2026_SHORT}`}
                </option>
              )}
            </Fragment>
          ))}
        </select>
      </span>
      {/* Always shown: every "change" on the screen (map, headline, comparison, the trend index) is since this year. */}
      <span className="control-pair">
        <label htmlFor={`${id}-base`}>Base year</label>
        <select id={`${id}-base`} value={baseYear} onChange={(e) => setBaseYear(Number(e.target.value))}>
          {baseOptions.map((y) => (
            <option key={y} value={y}>
              {fyLabel(y)}
            </option>
          ))}
        </select>
      </span>
      {children}
    </div>
  );
}
