// "Staff group": which staff the PCN and whole-team metrics count (all staff, a role group or one role), shown
// beside the Metric control while a team metric is chosen. The PCN file loads when a team metric is first chosen;
// until it arrives (or if it fails) the control says so and the rest of the app keeps working.
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { pcnQuery } from '../../data/pcn';
import { isTeamMetric } from '../../figures/metrics';
import { isTeamStaff, type TeamStaff } from '../../figures/team-series';
import { useViewStore } from '../../state/stores/view-store';

export function TeamStaffControl() {
  const { metric, teamStaff, setTeamStaff } = useViewStore(
    useShallow((s) => ({ metric: s.metric, teamStaff: s.teamStaff, setTeamStaff: s.setTeamStaff })),
  );
  const team = isTeamMetric(metric);
  const pcn = useQuery({ ...pcnQuery(), enabled: team });
  const id = useId();
  if (!team) return null;
  if (pcn.isError)
    return (
      <span className="control-pair" role="alert">
        PCN staff could not be loaded ({pcn.error instanceof Error ? pcn.error.message : String(pcn.error)}); the other metrics
        work as before.
      </span>
    );
  const file = pcn.data;
  return (
    <span className="control-pair">
      <label htmlFor={`${id}-staff`}>Staff group</label>
      <select
        id={`${id}-staff`}
        value={teamStaff}
        disabled={!file}
        onChange={(e) => {
          if (isTeamStaff(e.target.value)) setTeamStaff(e.target.value as TeamStaff);
        }}
      >
        <option value="all">All staff</option>
        {file ? (
          <>
            <optgroup label="Role groups">
              {file.groups.map((g) => (
                <option key={g.key} value={`group:${g.key}`}>
                  {g.label}
                </option>
              ))}
            </optgroup>
            {file.groups.map((g) => (
              <optgroup key={g.key} label={`Roles: ${g.label}`}>
                {file.roles
                  .filter((r) => r.group === g.key)
                  .map((r) => (
                    <option key={r.key} value={`role:${r.key}`}>
                      {r.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </>
        ) : (
          teamStaff !== 'all' && <option value={teamStaff}>{teamStaff}</option>
        )}
      </select>
      {!file && <span aria-live="polite">Loading PCN staff…</span>}
    </span>
  );
}
