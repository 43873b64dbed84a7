// Presentation mode's team chart for the area on show (or England): the dashboard's team chart (practice and PCN
// staff by group, recorded and projected), its key and table, at the height the presentation's chart box leaves.
import type { PcnFile } from '../../data/schemas';
import { TeamChart } from '../../components/chart/TeamChart';
import { teamChartFor, usePracticeTeamFiles } from '../../state/workforce/team-chart-input';
import type { Workforce } from '../../state/workforce/use-workforce';

export function PresentTeamChart({
  pcn,
  workforce,
  code,
  name,
  height,
}: {
  pcn: { data: PcnFile | undefined; isError: boolean };
  workforce: Workforce;
  code: string;
  name: string;
  height: number;
}) {
  const files = usePracticeTeamFiles(true);
  if (pcn.isError) return <p role="alert">PCN staff could not be loaded (data/pcn.json); the GP trend chart is unaffected.</p>;
  if (!pcn.data) return <p role="status">Loading PCN staff…</p>;
  const figures = teamChartFor({ workforce, pcn: pcn.data, code, files });
  if (!figures) return <p className="hint">The PCN files do not cover {name} as a whole (a sub-ICB split between ICBs).</p>;
  return (
    <TeamChart
      figures={figures}
      name={name}
      height={height}
      idBase="team-present"
      note={`${figures.withPractice ? 'Practice staff (greys, bottom): practice-level annual means and the October 2025 bulletin tables (data/areas.json, data/practice-staff-oct2025.json). ' : ''}PCN staff FTE as PCNs recorded them (NHS Digital PCN workforce, ${pcn.data.files.length} files, data/pcn.json)${figures.lowCoverage ? `; fewer than 95% of PCNs reported at ${figures.lowCoverage}` : ''}. Hatched: projected, PCN staff by the PCN team levers (no 80% range)${figures.withPractice ? ', practice GPs by the GP projection, other practice staff held at their latest' : ''}.`}
    />
  );
}
