// Presentation mode's PCN team chart for the area on show (or England): the dashboard's team chart (PCN staff by
// role group, recorded and projected), its key and table, at the height the presentation's chart box leaves.
import { subIcbsWithin } from '../../data/dataset';
import type { PcnFile } from '../../data/schemas';
import { TeamChart } from '../../components/chart/TeamChart';
import { teamChartFigures } from '../../figures/team-chart';
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';

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
  if (pcn.isError) return <p role="alert">PCN staff could not be loaded (data/pcn.json); the GP trend chart is unaffected.</p>;
  if (!pcn.data) return <p role="status">Loading PCN staff…</p>;
  const figures = teamChartFigures({
    pcn: pcn.data,
    subIcbs: code === ENGLAND ? 'england' : subIcbsWithin(workforce.dataset, code),
    code,
    projection: workforce.projection?.result.team ?? null,
  });
  if (!figures) return <p className="hint">The PCN files do not cover {name} as a whole (a sub-ICB split between ICBs).</p>;
  return (
    <TeamChart
      figures={figures}
      name={name}
      height={height}
      idBase="team-present"
      note={`PCN staff FTE as PCNs recorded them (NHS Digital PCN workforce, ${pcn.data.files.length} files, data/pcn.json)${figures.lowCoverage ? `; fewer than 95% of PCNs reported at ${figures.lowCoverage}` : ''}. Hatched: projected by the PCN team levers (no 80% range).`}
    />
  );
}
