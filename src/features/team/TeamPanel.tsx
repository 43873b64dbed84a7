// The primary care team chart (issue 22 part 4): practice staff and PCN staff by group over time, recorded and
// projected, for the selected area and for England, each with its table. The PCN and practice staff files are not on
// the first screen: they load when a team metric or lever is in use, or when the planner asks here.
import { memo, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isTeamMetric } from '../../figures/metrics';
import { teamChartBasis } from '../../figures/team-chart';
import { TeamChart, TeamKey } from '../../components/chart/TeamChart';
import { useViewStore } from '../../state/stores/view-store';
import { selectChoices, useScenarioStore } from '../../state/stores/scenario-store';
import { usePcnFile } from '../../state/workforce/use-pcn-file';
import { practiceAdminOf, teamChartFor, usePracticeTeamFiles } from '../../state/workforce/team-chart-input';
import { ENGLAND, hasTeamChoices, type Workforce } from '../../state/workforce/use-workforce';
import './team.css';

/** Whether the PCN file is wanted for the chart: a team metric or lever in use, or asked for. */
export function useTeamChartWanted(asked: boolean): boolean {
  const teamMetric = useViewStore((s) => isTeamMetric(s.metric));
  const teamLevers = useScenarioStore(useShallow((s) => hasTeamChoices(selectChoices(s))));
  return asked || teamMetric || teamLevers;
}

export const TeamPanel = memo(function TeamPanel({ workforce }: { workforce: Workforce }) {
  const [asked, setAsked] = useState(false);
  const wanted = useTeamChartWanted(asked);
  const pcn = usePcnFile(wanted);
  const files = usePracticeTeamFiles(wanted);
  const selected = useViewStore((s) => s.selected[0] ?? null);
  // The figures are made again only when the workforce (deferred), the files or the area change: this panel also
  // renders at once when a team lever is first set (its "wanted" turns true), with the workforce as it was, and
  // that must not rebuild both charts inside the slider's own repaint.
  const { dataset } = workforce;
  const file = pcn.data;
  const england = useMemo(
    () => (file ? teamChartFor({ workforce, pcn: file, code: ENGLAND, files }) : null),
    [workforce, file, files],
  );
  const area = selected && selected !== ENGLAND ? dataset.byCode.get(selected) : undefined;
  const areaFigures = useMemo(
    () => (file && area ? teamChartFor({ workforce, pcn: file, code: area.code, files }) : null),
    [workforce, file, area, files],
  );
  if (!file) {
    return (
      <div className="team-panel">
        {pcn.isError ? (
          <p role="alert">PCN staff could not be loaded (data/pcn.json); the rest of the dashboard is unaffected.</p>
        ) : pcn.isFetching ? (
          <p role="status">Loading PCN staff…</p>
        ) : (
          <button type="button" className="button secondary" onClick={() => setAsked(true)}>
            Show the PCN team chart
          </button>
        )}
      </div>
    );
  }
  const team = workforce.projection?.result.team ?? null;
  const basis = teamChartBasis(file, england, practiceAdminOf(files, workforce, ENGLAND));
  return (
    <div className="team-panel">
      {area && (
        <section className="team-chart-area" aria-label={`${area.name}: PCN team`}>
          <h3 className="chart-heading">{area.name}</h3>
          {areaFigures ? (
            <TeamChart figures={areaFigures} name={area.name} height={240} idBase="team-area" showKey={false} />
          ) : (
            <p className="hint">The PCN files do not cover {area.name} as a whole (a sub-ICB split between ICBs).</p>
          )}
        </section>
      )}
      {!area && <p className="hint">Choose an area on the map or in the Areas table to see its PCN team beside England's.</p>}
      <section className="team-chart-area" aria-label="England: PCN team">
        <h3 className="chart-heading">England</h3>
        {england ? (
          <TeamChart figures={england} name="England" height={240} idBase="team-england" showKey={false} />
        ) : (
          <p role="alert">England's PCN staff are missing from data/pcn.json.</p>
        )}
      </section>
      {england && <TeamKey figures={england} />}
      {!team && (
        <p className="hint" role="status">
          Projecting the PCN team…
        </p>
      )}
      {!files.settled && (
        <p className="hint" role="status">
          Loading practice staff…
        </p>
      )}
      {files.failed && (
        <p role="alert">
          Practice staff could not be loaded (data/practice-staff-oct2025.json or data/bulletin-latest.json): the chart stacks the
          practice staff it has.
        </p>
      )}
      <div className="team-basis">
        {basis.map((line) => (
          <p key={line} className="hint">
            {line}
          </p>
        ))}
      </div>
    </div>
  );
});
