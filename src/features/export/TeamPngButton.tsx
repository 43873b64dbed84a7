// The PCN team chart's PNG button: its own chunk (with the team figures it draws), loaded after the first map.
import { ENGLAND_SCOPE, type TeamGroup } from '../../model';
import { subIcbsWithin } from '../../data/dataset';
import { teamBaseOf } from '../../data/pcn';
import { useScenarioStore } from '../../state/stores/scenario-store';
import { teamChartBasis } from '../../figures/team-chart';
import { useViewStore } from '../../state/stores/view-store';
import { usePcnFile } from '../../state/workforce/use-pcn-file';
import { practiceAdminOf, teamChartFor, usePracticeTeamFiles } from '../../state/workforce/team-chart-input';
import type { Workforce } from '../../state/workforce/use-workforce';
import { ExportAction, fresh } from './ExportButtons';
import { slug, teamLeverGroups } from './export-text';
import { useLeverGroups } from './use-lever-groups';

const loadTeamPng = () =>
  Promise.all([fresh(() => import('./team-png')), fresh(() => import('./paint')), fresh(() => import('../../lib/download'))]);

/**
 * The team chart as PNG: the selected area's chart (England's when none is selected), drawn from the same figures
 * as the chart on screen, with the GP levers and the PCN team levers set away from their defaults. Disabled until the
 * PCN and practice staff files have loaded (the team panel loads them).
 */
export function TeamPngButton({ workforce }: { workforce: Workforce }) {
  const levers = useLeverGroups(workforce);
  const team = useScenarioStore((s) => s.team);
  const selected = useViewStore((s) => s.selected[0] ?? null);
  const pcn = usePcnFile(false);
  const file = pcn.data;
  const files = usePracticeTeamFiles(!!file);
  return (
    <ExportAction
      label="Download team chart as PNG"
      load={loadTeamPng}
      disabled={!file || !files.settled}
      run={async () => {
        if (!file) throw new Error('The PCN staff have not loaded yet.');
        const [{ renderTeamCanvas }, { canvasMeasure }, { canvasToPng, downloadBlob }] = await loadTeamPng();
        const { dataset } = workforce;
        const area = selected && selected !== ENGLAND_SCOPE ? dataset.byCode.get(selected) : undefined;
        const code = area?.code ?? ENGLAND_SCOPE;
        const figures = teamChartFor({ workforce, pcn: file, code, files });
        const name = area?.name ?? 'England';
        if (!figures) throw new Error(`The PCN files do not cover ${name} as a whole.`);
        const basis = teamChartBasis(file, figures, practiceAdminOf(files, workforce, code));
        // The GP levers (practice GPs follow the GP projection), then each PCN team lever set away from its default.
        const teamLevers = teamLeverGroups({
          team,
          base: teamBaseOf(file),
          labelOf: (g: TeamGroup) => file.groups.find((x) => x.key === g)?.label ?? g,
          nameOf: (c) => dataset.byCode.get(c)?.name ?? c,
          subIcbsOf: (c) => subIcbsWithin(dataset, c),
        });
        const canvas = await renderTeamCanvas({ figures, name, basis, levers: [...levers, ...teamLevers] }, canvasMeasure());
        downloadBlob(await canvasToPng(canvas), `pcn-team-${slug(name)}.png`);
      }}
    />
  );
}
