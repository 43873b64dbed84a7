// The PCN team chart's PNG button: its own chunk (with the team figures it draws), loaded after the first map.
import { ENGLAND_SCOPE } from '../../model';
import { teamChartBasis } from '../../figures/team-chart';
import { useViewStore } from '../../state/stores/view-store';
import { usePcnFile } from '../../state/workforce/use-pcn-file';
import { practiceAdminOf, teamChartFor, usePracticeTeamFiles } from '../../state/workforce/team-chart-input';
import type { Workforce } from '../../state/workforce/use-workforce';
import { ExportAction, fresh } from './ExportButtons';
import { slug } from './export-text';
import { useLeverGroups } from './use-lever-groups';

const loadTeamPng = () =>
  Promise.all([fresh(() => import('./team-png')), fresh(() => import('./paint')), fresh(() => import('../../lib/download'))]);

/**
 * The PCN team chart as PNG: the selected area's chart (England's when none is selected), drawn from the same figures
 * as the chart on screen. Disabled until the PCN file has loaded (the team panel loads it).
 */
export function TeamPngButton({ workforce }: { workforce: Workforce }) {
  const levers = useLeverGroups(workforce);
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
        const canvas = await renderTeamCanvas({ figures, name, basis, levers }, canvasMeasure());
        downloadBlob(await canvasToPng(canvas), `pcn-team-${slug(name)}.png`);
      }}
    />
  );
}
