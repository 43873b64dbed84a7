// The dashboard's layout: controls, map, trends, national series, the Areas table, and About the data.
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ageProfileQuery, areasQuery, nationalQuery, snapshotQuery } from '../data/queries';
import { Panel } from '../components/Panel';
import { QueryStatus } from '../components/QueryStatus';
import { ViewControls } from '../features/controls/ViewControls';
import { AreaPicker } from '../features/area-picker/AreaPicker';
import { MapPanel } from '../features/map/MapPanel';
import { TablePanel } from '../features/table/TablePanel';
import { AboutData } from '../features/about/AboutData';
import { UploadBanner } from '../features/upload/UploadBanner';
import { UploadPanel } from '../features/upload/UploadPanel';
import { PresentButton } from '../features/present/PresentButton';
import { ChartPngButton, CsvButton, MapPngButton, PrintButton } from '../features/export/ExportButtons';
import { PrintLevers, PrintMap } from '../features/export/PrintSummary';
import { useModelInputs, useWorkforce, type Workforce } from '../state/use-workforce';
import { useUrlSync } from '../state/use-url-sync';
import { LeverPanel } from '../features/levers/LeverPanel';
import { HeadlinePanel } from '../features/levers/HeadlinePanel';
import { GoalSeek } from '../features/levers/GoalSeek';
import { ScenariosPanel } from '../features/scenarios/ScenariosPanel';
import { ComparePanel } from '../features/scenarios/ComparePanel';
import { useComparedSources } from '../features/scenarios/compare-series';
import { sliceSeries } from '../lib/projection-series';
import { ATTRIBUTION } from '../lib/attribution';
import type { TrendSource } from '../features/trends/trend-series';

// The charts (recharts) load in their own chunk, so the map draws before the chart code has arrived.
const TrendPanel = lazy(() => import('../features/trends/TrendPanel').then((m) => ({ default: m.TrendPanel })));
const NationalChart = lazy(() => import('../features/national/NationalChart').then((m) => ({ default: m.NationalChart })));
function trendSources(workforce: Workforce): TrendSource[] {
  const history: TrendSource = { key: 'history', label: 'Recorded', series: workforce.dataset.history };
  const { projection } = workforce;
  if (!projection) return [history];
  return [
    history,
    { key: 'trend', label: 'Current trends', series: sliceSeries(projection.trendSeries, projection.inputs.baseYear) },
    { key: 'scenario', label: 'Scenario', series: sliceSeries(projection.series, projection.inputs.baseYear) },
  ];
}

/** Why the projection is not there yet: still loading, or which of its data files failed. */
function ProjectionStatus() {
  const snapshot = useQuery(snapshotQuery());
  const ages = useQuery(ageProfileQuery());
  if (snapshot.isError) return <QueryStatus query={snapshot} what="The Oct 2025 snapshot by area (snapshot-oct2025.json)" />;
  if (ages.isError) return <QueryStatus query={ages} what="The age profile (age-profile.json)" />;
  return <p role="status">Running the projection…</p>;
}

const chartFallback = (
  <p className="loading" role="status">
    Loading chart…
  </p>
);

export function App() {
  const areas = useQuery(areasQuery());
  const national = useQuery(nationalQuery());
  const workforce = useWorkforce();
  const { dataset, inputs } = useModelInputs();
  const urlNotices = useUrlSync(dataset, inputs);
  // The map and levers follow a slider at once; the table and chart catch up in a deferred render,
  // so a slider move repaints the map without waiting for 106 table rows and the chart to re-render.
  const deferredWorkforce = useDeferredValue(workforce);
  // Saved scenarios ticked "Compare" add their own lines to the trend chart.
  const comparedSources = useComparedSources(deferredWorkforce);
  const sources = useMemo(
    () => (deferredWorkforce ? [...trendSources(deferredWorkforce), ...comparedSources] : []),
    [deferredWorkforce, comparedSources],
  );
  const [aboutOpen, setAboutOpen] = useState(false);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>GP Workforce Planner</h1>
          <p className="tagline">
            Where England's GPs are short, how that changed since 2015/16, and what planning levers would do.
          </p>
        </div>
        <PrintButton />
        <PresentButton workforce={workforce} sources={sources} />
        <button
          type="button"
          className="about-button"
          aria-expanded={aboutOpen}
          aria-controls="about"
          onClick={() => setAboutOpen((o) => !o)}
        >
          About the data
        </button>
      </header>
      {aboutOpen && (
        <Panel title="About the data" id="about" className="about-panel">
          <AboutData />
        </Panel>
      )}
      <UploadBanner />
      {urlNotices.notices.length > 0 && (
        <div className="notice" role="alert">
          <p>
            <strong>Some of the link could not be used, so the view opened with these changes:</strong>
          </p>
          <ul>
            {urlNotices.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="button secondary" onClick={urlNotices.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <main>
        {!workforce ? (
          <QueryStatus query={areas} what="The workforce series (areas.json)" />
        ) : (
          <>
            <ViewControls years={workforce.years} baseYears={workforce.dataset.years}>
              <AreaPicker />
            </ViewControls>
            <div className="layout">
              <div className="main-column">
                <Panel
                  title="Where GPs are short"
                  id="map-panel"
                  className="map-panel"
                  actions={<MapPngButton workforce={workforce} />}
                >
                  <MapPanel workforce={workforce} />
                  <PrintMap workforce={workforce} />
                </Panel>
                <Panel
                  title="Trends"
                  id="trends"
                  className="trend-panel"
                  actions={<ChartPngButton workforce={deferredWorkforce ?? workforce} />}
                >
                  <Suspense fallback={chartFallback}>
                    <TrendPanel workforce={deferredWorkforce ?? workforce} sources={sources} />
                  </Suspense>
                </Panel>
              </div>
              <div className="side">
                <Panel title="Headline" id="headline">
                  {workforce.projection ? <HeadlinePanel workforce={workforce} /> : <ProjectionStatus />}
                </Panel>
                <Panel title="Planning levers" id="levers" actions={<CsvButton workforce={workforce} />}>
                  <PrintLevers workforce={workforce} />
                  {workforce.projection && <LeverPanel dataset={workforce.dataset} projection={workforce.projection} />}
                  {workforce.projection && <GoalSeek workforce={workforce} />}
                </Panel>
                <Panel title="Saved scenarios" id="saved-scenarios">
                  {workforce.projection && <ScenariosPanel defaults={workforce.projection.inputs.defaults} />}
                </Panel>
              </div>
            </div>
            <Panel title="Compare scenarios" id="compare-scenarios">
              <ComparePanel workforce={deferredWorkforce ?? workforce} />
            </Panel>
            <Panel title="Areas" id="areas">
              <TablePanel workforce={deferredWorkforce ?? workforce} />
            </Panel>
            <Panel title="Your own figures" id="upload">
              <UploadPanel />
            </Panel>
          </>
        )}
        <Panel title="England: GPs by role, monthly" id="national">
          {national.data ? (
            <Suspense fallback={chartFallback}>
              <NationalChart national={national.data} />
            </Suspense>
          ) : (
            <QueryStatus query={national} what="The national series (national.json)" />
          )}
        </Panel>
      </main>
      <footer className="app-footer">
        <p>
          {ATTRIBUTION.join(' ')}{' '}
          <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
            Sources and definitions
          </button>
        </p>
      </footer>
    </div>
  );
}
