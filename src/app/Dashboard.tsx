// The dashboard once the workforce series has loaded: map and trends beside the headline,
// levers and scenarios, then comparison, the Areas table and the planner's own figures.
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { Panel } from '../components/ui/Panel';
import { ChunkBoundary } from '../components/ui/ChunkBoundary';
import { retryableLazy } from '../components/ui/retryable-lazy';
import { MapPanel, MapPanelTitle } from '../features/map/MapPanel';
import { TablePanel } from '../features/table/TablePanel';
import { ChartPngButton, MapPngButton } from '../features/export/ExportButtons';
import { SavedScenariosFallback } from '../features/scenarios/SavedScenariosFallback';
import { PracticesToggle } from '../features/practices/PracticesToggle';
import { Rethrow, usePracticeViewModule } from '../features/practices/practice-view-module';
import { usePracticeViewStore } from '../state/stores/practice-view-store';
import { useViewStore } from '../state/stores/view-store';
import { useUploadedFile } from '../state/stores/upload-store';
import type { TrendSource } from '../figures/trend-series';
import type { Workforce } from '../state/workforce/use-workforce';
import { chartFallback, panelFallback } from './fallbacks';

// Code the first drawn map does not need loads in its own chunks: the side column (headline, levers, goal-seek,
// saved scenarios), the charts, comparison, the CSV upload, and the print-only summary.
// Each sits in a ChunkBoundary: a chunk that fails to load (offline, or after a redeploy) is named in its own
// box with "Try again" and "Reload", and the rest of the dashboard keeps working.
const TrendPanel = retryableLazy(
  () => import('../features/trends/TrendPanel'),
  (m) => m.TrendPanel,
);
const TeamPanel = retryableLazy(
  () => import('../features/team/TeamPanel'),
  (m) => m.TeamPanel,
);
const TeamPngButton = retryableLazy(
  () => import('../features/export/TeamPngButton'),
  (m) => m.TeamPngButton,
);
const SidePanels = retryableLazy(
  () => import('./SidePanels'),
  (m) => m.SidePanels,
);
const ComparePanel = retryableLazy(
  () => import('../features/scenarios/ComparePanel'),
  (m) => m.ComparePanel,
);
const UploadPanel = retryableLazy(
  () => import('../features/upload/UploadPanel'),
  (m) => m.UploadPanel,
);
const PrintMap = retryableLazy(
  () => import('../features/export/PrintSummary'),
  (m) => m.PrintMap,
);
const PrintChartMeasure = retryableLazy(
  () => import('../features/export/PrintSummary'),
  (m) => m.PrintChartMeasure,
);

// The geography as it was (CCG and local office, as was): its own chunk, loaded when an as-was level is chosen.
const AsWas = retryableLazy(
  () => import('../features/as-was/AsWasView'),
  (m) => m.AsWasPart,
);

/** One part of the as-was view in its chunk's boundary (a chunk that fails is named, with "Try again"). */
function AsWasChunk({ part, what, fallback }: { part: 'heading' | 'map' | 'table'; what: string; fallback?: ReactNode }) {
  return (
    <ChunkBoundary uploadedFile={useUploadedFile()} what={what} fallback={fallback} onRetry={AsWas.retry}>
      <AsWas.Component part={part} />
    </ChunkBoundary>
  );
}

const sidePlaceholder = <section className="panel side-placeholder" aria-hidden="true" />;

export function Dashboard({
  workforce,
  deferred,
  sources,
}: {
  workforce: Workforce;
  /** The same workforce, deferred: the table and chart follow a slider without holding up the map. */
  deferred: Workforce;
  sources: readonly TrendSource[];
}) {
  const rest = useAfterFirstPaint();
  const practicesOpen = usePracticeViewStore((s) => s.open);
  const uploadedFile = useUploadedFile();
  // The Practice view (points on the map, practice and PCN tables) is its own chunk, loaded for an ICB or sub-ICB.
  const practiceView = usePracticeViewModule(practicesOpen);
  // At an as-was level the map and the Areas table show that year's areas on that year's boundaries; the rest of the
  // dashboard (trends, levers, projections) stays on today's geography.
  const asWas = useViewStore((s) => s.asWas) !== null;
  return (
    <>
      <div className={practicesOpen ? 'layout practices-open' : 'layout'}>
        <div className="main-column">
          <Panel
            title="The map"
            heading={
              asWas ? (
                <AsWasChunk part="heading" what="The map's heading" />
              ) : (
                <MapPanelTitle lastDataYear={workforce.dataset.years[workforce.dataset.years.length - 1] ?? 0} />
              )
            }
            id="map-panel"
            className="map-panel"
            actions={
              asWas ? undefined : (
                <>
                  <PracticesToggle dataset={workforce.dataset} />
                  <MapPngButton workforce={workforce} />
                </>
              )
            }
          >
            {asWas ? (
              <AsWasChunk part="map" what="The map as it was" fallback={chartFallback} />
            ) : (
              <MapPanel
                workforce={workforce}
                overlay={practiceView.module && <practiceView.module.PracticeMapLayer dataset={workforce.dataset} />}
              />
            )}
            {rest && (
              <ChunkBoundary uploadedFile={uploadedFile} what="The print summary's map" onRetry={PrintMap.retry}>
                <PrintMap.Component workforce={workforce} />
              </ChunkBoundary>
            )}
          </Panel>
          {practicesOpen && !asWas && (
            <Panel title="Practices" id="practices">
              <ChunkBoundary uploadedFile={uploadedFile} what="The Practice view" onRetry={practiceView.retry}>
                {practiceView.error ? (
                  <Rethrow error={practiceView.error} />
                ) : practiceView.module ? (
                  <practiceView.module.PracticePanel dataset={workforce.dataset} />
                ) : (
                  panelFallback
                )}
              </ChunkBoundary>
            </Panel>
          )}
          <Panel
            title="Trends"
            id="trends"
            className="trend-panel"
            actions={<ChartPngButton workforce={deferred} sources={sources} />}
          >
            <ChunkBoundary uploadedFile={uploadedFile} what="The trend chart" fallback={chartFallback} onRetry={TrendPanel.retry}>
              <TrendPanel.Component workforce={deferred} sources={sources} />
            </ChunkBoundary>
            {rest && (
              <ChunkBoundary
                uploadedFile={uploadedFile}
                what="The print summary's chart measure"
                onRetry={PrintChartMeasure.retry}
              >
                <PrintChartMeasure.Component />
              </ChunkBoundary>
            )}
          </Panel>
        </div>
        {rest ? (
          <div className="side">
            {/* Until the side column's code arrives, the same empty box as before the first paint. */}
            <ChunkBoundary
              uploadedFile={uploadedFile}
              what="The headline, levers and saved scenarios"
              fallback={sidePlaceholder}
              onRetry={SidePanels.retry}
            >
              <SidePanels.Component workforce={workforce} />
            </ChunkBoundary>
          </div>
        ) : (
          <div className="side">{sidePlaceholder}</div>
        )}
        {/* The map's table alternative. After the side panels for the keyboard (the headline and levers come first),
            but on a wide screen placed under the map and the trends, where it stays in view while the levers beside
            it scroll (app.css), instead of a column left empty below the trends. */}
        {rest && (
          <Panel title="Areas" id="areas" className="areas-panel">
            {asWas ? (
              <AsWasChunk part="table" what="The Areas table as it was" fallback={panelFallback} />
            ) : (
              <TablePanel workforce={deferred} />
            )}
          </Panel>
        )}
      </div>
      {rest && (
        <>
          {/* The PCN team chart: below the map, trends, levers and Areas table (which stays right under the trends). */}
          <Panel
            title="Primary care team"
            id="pcn-team-chart"
            className="team-chart-panel"
            actions={
              <ChunkBoundary uploadedFile={uploadedFile} what="The team chart's PNG button" onRetry={TeamPngButton.retry}>
                <TeamPngButton.Component workforce={deferred} />
              </ChunkBoundary>
            }
          >
            <ChunkBoundary
              uploadedFile={uploadedFile}
              what="The PCN team chart"
              fallback={chartFallback}
              onRetry={TeamPanel.retry}
            >
              <TeamPanel.Component workforce={deferred} />
            </ChunkBoundary>
          </Panel>
          <Panel title="Compare scenarios" id="compare-scenarios">
            <ChunkBoundary
              uploadedFile={uploadedFile}
              what="Compare scenarios"
              fallback={panelFallback}
              onRetry={ComparePanel.retry}
            >
              <ComparePanel.Component workforce={deferred} />
            </ChunkBoundary>
          </Panel>
          <Panel title="Your own figures" id="upload">
            <ChunkBoundary
              uploadedFile={uploadedFile}
              what="Your own figures"
              fallback={panelFallback}
              onRetry={UploadPanel.retry}
            >
              <UploadPanel.Component />
            </ChunkBoundary>
          </Panel>
        </>
      )}
    </>
  );
}

/**
 * False for the first paint, then true: the map (what a person looks at first) is drawn before the
 * levers, scenarios and the Areas table are rendered, in a transition that does not block it.
 */
function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setReady(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return ready;
}

/**
 * The dashboard's outline while the data loads (or the message when it cannot): the same boxes at the
 * same sizes, so the page does not jump when the map and panels arrive.
 */
export function DashboardSkeleton({ status, failed = false }: { status: ReactNode; failed?: boolean }) {
  return (
    <>
      <div className="layout">
        <div className="main-column">
          <section className="panel map-panel">
            <div className="map-placeholder">{status}</div>
          </section>
        </div>
        <div className="side">
          {failed ? (
            // The areas could not load: the saved scenarios are still there to see and delete.
            <Panel title="Saved scenarios" id="saved-scenarios">
              <SavedScenariosFallback />
            </Panel>
          ) : (
            sidePlaceholder
          )}
        </div>
      </div>
    </>
  );
}
