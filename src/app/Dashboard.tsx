// The dashboard once the workforce series has loaded: map and trends beside the headline,
// levers and scenarios, then comparison, the Areas table and the planner's own figures.
import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ageProfileQuery, nationalQuery, trainingQuery } from '../data/queries';
import { Panel } from '../components/Panel';
import { QueryStatus } from '../components/QueryStatus';
import { MapPanel } from '../features/map/MapPanel';
import { TablePanel } from '../features/table/TablePanel';
import { ChartPngButton, CsvButton, MapPngButton } from '../features/export/ExportButtons';
import { LeverPanel } from '../features/levers/LeverPanel';
import { HeadlinePanel } from '../features/levers/HeadlinePanel';
import { GoalSeek } from '../features/levers/GoalSeek';
import type { TrendSource } from '../lib/trend-series';
import type { Workforce } from '../state/use-workforce';

// Code the first drawn map does not need loads in its own chunks: the charts (recharts), saved scenarios
// and comparison, the CSV upload, and the print-only summary.
const TrendPanel = lazy(() => import('../features/trends/TrendPanel').then((m) => ({ default: m.TrendPanel })));
const ScenariosPanel = lazy(() => import('../features/scenarios/ScenariosPanel').then((m) => ({ default: m.ScenariosPanel })));
const ComparePanel = lazy(() => import('../features/scenarios/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const UploadPanel = lazy(() => import('../features/upload/UploadPanel').then((m) => ({ default: m.UploadPanel })));
const PrintMap = lazy(() => import('../features/export/PrintSummary').then((m) => ({ default: m.PrintMap })));
const PrintLevers = lazy(() => import('../features/export/PrintSummary').then((m) => ({ default: m.PrintLevers })));

const panelFallback = (
  <p className="loading" role="status">
    Loading…
  </p>
);

/** Holds the chart's place while its code loads, so nothing below it jumps. */
export const chartFallback = (
  <p className="loading chart-placeholder" role="status">
    Loading chart…
  </p>
);

/** Why the projection is not there yet: still loading, or which of its data files failed. */
function ProjectionStatus() {
  const national = useQuery(nationalQuery());
  const ages = useQuery(ageProfileQuery());
  const training = useQuery(trainingQuery());
  if (national.isError) return <QueryStatus query={national} what="The national series (national.json)" />;
  if (ages.isError) return <QueryStatus query={ages} what="The age profile (age-profile.json)" />;
  if (training.isError) return <QueryStatus query={training} what="The GP training intakes (training.json)" />;
  return <p role="status">Running the projection…</p>;
}

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
  return (
    <>
      <div className="layout">
        <div className="main-column">
          <Panel
            title="Where GPs are short"
            id="map-panel"
            className="map-panel"
            actions={<MapPngButton workforce={workforce} />}
          >
            <MapPanel workforce={workforce} />
            {rest && (
              <Suspense fallback={null}>
                <PrintMap workforce={workforce} />
              </Suspense>
            )}
          </Panel>
          <Panel title="Trends" id="trends" className="trend-panel" actions={<ChartPngButton workforce={deferred} />}>
            <Suspense fallback={chartFallback}>
              <TrendPanel workforce={deferred} sources={sources} />
            </Suspense>
          </Panel>
        </div>
        {rest ? (
          <div className="side">
            <Panel title="Headline" id="headline">
              {workforce.projection ? <HeadlinePanel workforce={workforce} /> : <ProjectionStatus />}
            </Panel>
            <Panel title="Planning levers" id="levers" actions={<CsvButton workforce={workforce} />}>
              <Suspense fallback={null}>
                <PrintLevers workforce={workforce} />
              </Suspense>
              {workforce.projection && <LeverPanel dataset={workforce.dataset} projection={workforce.projection} />}
              {workforce.projection && <GoalSeek workforce={workforce} />}
            </Panel>
            <Panel title="Saved scenarios" id="saved-scenarios">
              <Suspense fallback={panelFallback}>
                {workforce.projection && <ScenariosPanel projection={workforce.projection} />}
              </Suspense>
            </Panel>
          </div>
        ) : (
          <div className="side">
            <section className="panel side-placeholder" aria-hidden="true" />
          </div>
        )}
      </div>
      {rest && (
        <>
          <Panel title="Compare scenarios" id="compare-scenarios">
            <Suspense fallback={panelFallback}>
              <ComparePanel workforce={deferred} />
            </Suspense>
          </Panel>
          <Panel title="Areas" id="areas">
            <TablePanel workforce={deferred} />
          </Panel>
          <Panel title="Your own figures" id="upload">
            <Suspense fallback={panelFallback}>
              <UploadPanel />
            </Suspense>
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
export function DashboardSkeleton({ status }: { status: ReactNode }) {
  return (
    <>
      <div className="layout">
        <div className="main-column">
          <section className="panel map-panel">
            <div className="map-placeholder">{status}</div>
          </section>
        </div>
        <div className="side">
          <section className="panel side-placeholder" aria-hidden="true" />
        </div>
      </div>
    </>
  );
}
