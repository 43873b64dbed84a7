// The dashboard's side column: the headline, the planning levers with goal-seek, and the saved scenarios.
// Its own chunk (Dashboard loads it after the map's first paint): the first map does not need its code.
import { useMemo } from 'react';
import { Panel } from '../components/ui/Panel';
import { ChunkBoundary } from '../components/ui/ChunkBoundary';
import { retryableLazy } from '../components/ui/retryable-lazy';
import { ProjectionStatus } from '../components/ui/ProjectionStatus';
import { CsvButton } from '../features/export/ExportButtons';
import { LeverPanel } from '../features/levers/LeverPanel';
import { HeadlinePanel } from '../features/levers/HeadlinePanel';
import { GoalSeek } from '../features/levers/GoalSeek';
import { SavedScenariosFallback } from '../features/scenarios/SavedScenariosFallback';
import { useUploadedFile } from '../state/stores/upload-store';
import { useProjectionFiles } from '../state/workforce/projection-files';
import { areaNames } from '../state/url/use-url-sync';
import type { Workforce } from '../state/workforce/use-workforce';
import { panelFallback } from './fallbacks';
import { useViewStore } from '../state/stores/view-store';
import { AS_WAS_NAMES } from '../figures/as-was-levels';

const ScenariosPanel = retryableLazy(
  () => import('../features/scenarios/ScenariosPanel'),
  (m) => m.ScenariosPanel,
);
const PrintLevers = retryableLazy(
  () => import('../features/export/PrintSummary'),
  (m) => m.PrintLevers,
);

export function SidePanels({ workforce }: { workforce: Workforce }) {
  const uploadedFile = useUploadedFile();
  const projectionFiles = useProjectionFiles();
  // One function per dataset: the saved scenarios' rows are memoised, and a new function each render would redraw
  // every row.
  const areaName = useMemo(() => areaNames(workforce.dataset), [workforce.dataset]);
  const asWas = useViewStore((s) => s.asWas);
  // At an as-was level the map shows recorded years on the boundaries of their day; projections cannot.
  const asWasNote = asWas && (
    <p className="projection-geography-note" role="note">
      The map shows {AS_WAS_NAMES[asWas].label}, recorded years only. Projections and these levers work on today’s geography (the
      ICBs of April 2026 and the sub-ICB locations): choose one of today’s levels to see them on the map.
    </p>
  );
  return (
    <>
      <Panel title="Headline" id="headline">
        {asWasNote}
        {workforce.projection ? (
          <HeadlinePanel workforce={workforce} />
        ) : (
          <ProjectionStatus needs="The headline" files={projectionFiles} />
        )}
      </Panel>
      <Panel title="Planning levers" id="levers" actions={<CsvButton workforce={workforce} />}>
        <ChunkBoundary uploadedFile={uploadedFile} what="The print summary's levers" onRetry={PrintLevers.retry}>
          <PrintLevers.Component workforce={workforce} />
        </ChunkBoundary>
        {asWasNote}
        {workforce.projection ? (
          <>
            <LeverPanel dataset={workforce.dataset} projection={workforce.projection} />
            <GoalSeek workforce={workforce} />
          </>
        ) : (
          <ProjectionStatus needs="Planning levers" files={projectionFiles} />
        )}
      </Panel>
      <Panel title="Saved scenarios" id="saved-scenarios">
        <ChunkBoundary uploadedFile={uploadedFile} what="Saved scenarios" fallback={panelFallback} onRetry={ScenariosPanel.retry}>
          {workforce.projection ? (
            <ScenariosPanel.Component projection={workforce.projection} areaName={areaName} />
          ) : (
            <>
              <ProjectionStatus needs="Saved scenarios" files={projectionFiles} />
              <SavedScenariosFallback />
            </>
          )}
        </ChunkBoundary>
      </Panel>
    </>
  );
}
