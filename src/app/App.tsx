// The app's shell: header (print, present, About the data), link notices, the dashboard, the national
// series and the attribution footer.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { areasQuery, nationalQuery } from '../data/queries';
import { linkNamesAsWas } from '../figures/as-was-levels';
import { Panel } from '../components/ui/Panel';
import { ChunkBoundary } from '../components/ui/ChunkBoundary';
import { CopyLinkButton } from '../components/ui/CopyLinkButton';
import { viewLink } from '../state/url/share-links';
import { retryableLazy } from '../components/ui/retryable-lazy';
import { QueryStatus } from '../components/ui/QueryStatus';
import { UploadBanner } from '../features/upload/UploadBanner';
import { UpdateNotice } from './UpdateNotice';
import { registerServiceWorker } from './service-worker';
import { PresentButton } from '../features/present/PresentButton';
import { MapPanel } from '../features/map/MapPanel';
import { ViewControls } from '../features/controls/ViewControls';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR, LAST_PROJECTION_YEAR, isMonthKey, yearRange } from '../lib/years';
import { PrintButton } from '../features/export/ExportButtons';
import { Dashboard, DashboardSkeleton } from './Dashboard';
import { chartFallback } from './fallbacks';
import { useFirstMapHandOver } from './first-map-picture';
import { useWarmLeverPath } from './warm-lever-path';
import { useLatestBulletin, useProjectionInputs, useWorkforce, type Workforce } from '../state/workforce/use-workforce';
import { useViewStore } from '../state/stores/view-store';
import { areaNames, useUrlSync } from '../state/url/use-url-sync';
import { useComparedSources } from '../state/workforce/compare-series';
import { useUploadedFile } from '../state/stores/upload-store';
import { useSavedScenariosReady } from '../state/saved/use-saved-scenarios';
import { sliceSeries } from '../figures/projection-series';
import { ATTRIBUTION } from '../lib/attribution';
import type { TrendSource } from '../figures/trend-series';

// The national chart loads in its own chunk, so the map draws before the chart code has arrived.
const PrintContext = retryableLazy(
  () => import('../features/export/PrintSummary'),
  (m) => m.PrintContext,
);
// "About the data" (definitions, caveats, the projection's method and accuracy): its own chunk, fetched once the
// map is on screen (below) or when first opened.
const AboutData = retryableLazy(
  () => import('../features/about/AboutData'),
  (m) => m.AboutData,
);
// "Find an area" (the picker, its matching and the place names it searches) is its own chunk, fetched as the first
// map draws: until it arrives its outline holds the place (the same box, so nothing shifts).
const AreaPicker = retryableLazy(
  () => import('../features/area-picker/AreaPicker'),
  (m) => m.AreaPicker,
);
const NationalChart = retryableLazy(
  () => import('../features/national/NationalChart'),
  (m) => m.NationalChart,
);
/** The area picker's outline until the areas it searches have loaded (same size: nothing shifts). */
function AreaPickerPlaceholder() {
  return (
    <div className="area-picker" aria-hidden="true">
      <span className="area-picker-label">Find an area</span>
      <div className="area-picker-box">
        <input type="text" disabled placeholder="Loading areas…" tabIndex={-1} />
      </div>
    </div>
  );
}

function trendSources(workforce: Workforce): TrendSource[] {
  const history: TrendSource = { key: 'history', label: 'Recorded', series: workforce.dataset.history };
  const { projection } = workforce;
  if (!projection) return [history];
  return [
    history,
    { key: 'trend', label: 'Current trends', series: sliceSeries(projection.trendSeries, projection.prepared.baseYear) },
    { key: 'scenario', label: 'Scenario', series: sliceSeries(projection.series, projection.prepared.baseYear) },
  ];
}

export function App() {
  const areas = useQuery(areasQuery());
  const national = useQuery(nationalQuery());
  const workforce = useWorkforce();
  const { dataset, prepared } = useProjectionInputs();
  // The geography as it was: its file loads when an as-was level is chosen, or at once for a link naming one (the
  // link is read once it has loaded, so its year can be checked against the level's years).
  const [linkAsWas] = useState(() => linkNamesAsWas(window.location.search));
  const asWas = useViewStore((s) => s.asWas);
  // Its years come through the as-was chunk (its file's schema is not first-screen code).
  const queryClient = useQueryClient();
  const asWasFile = useQuery({
    queryKey: ['as-was-years'],
    queryFn: async () => (await import('../features/as-was/AsWasView')).loadAsWasYears(queryClient),
    enabled: asWas !== null || linkAsWas,
    staleTime: Infinity,
    retry: false,
  });
  const asWasLink = useMemo(
    () => ({ pending: linkAsWas && asWasFile.isPending, years: asWasFile.data }),
    [linkAsWas, asWasFile.isPending, asWasFile.data],
  );
  const urlNotices = useUrlSync(dataset, prepared, asWasLink);
  useFirstMapHandOver(areas.isError);
  // A slider's first moves as quick as later ones: the lever path runs on throw-away variants while the page is idle.
  useWarmLeverPath(workforce);
  // Saved scenarios and the ready-made ones are ready (for comparing, presenting, sharing) before any panel loads.
  useSavedScenariosReady(workforce?.projection ?? null);
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
  const uploadedFile = useUploadedFile();
  // The offline copy (config/pwa.ts) starts filling once the map is on screen; only a build has a worker.
  const mapReady = workforce !== null;
  // "Oct 2025 (latest bulletin)" on the Year control: its file is fetched once the map is on screen (or at once for a
  // link to the month). A link to an older bulletin month opens the latest one.
  const { latest } = useLatestBulletin(mapReady);
  const viewYear = useViewStore((s) => s.year);
  const setViewYear = useViewStore((s) => s.setYear);
  useEffect(() => {
    if (latest && isMonthKey(viewYear) && viewYear !== latest.key) setViewYear(latest.key);
  }, [latest, viewYear, setViewYear]);
  // At an as-was level its years are the only ones offered (the as-was view moves a year it lacks to its nearest).
  const pastYears = asWas && asWasFile.data ? asWasFile.data[asWas] : null;
  useEffect(() => {
    if (mapReady && import.meta.env.PROD) registerServiceWorker();
  }, [mapReady]);
  // "About the data" (with the attribution) is fetched once the map is on screen and the page is idle, so it opens
  // offline too, with or without the offline copy; it never weighs on the first screen.
  useEffect(() => {
    if (!mapReady) return;
    const preload = () => void AboutData.preload();
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(preload, { timeout: 5000 });
    else window.setTimeout(preload, 1000);
  }, [mapReady]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>GP Workforce Planner</h1>
          <p className="tagline">
            Where England's GPs are short, how that changed since 2015/16, and what planning levers would do.
          </p>
        </div>
        <CopyLinkButton
          what="this view"
          getLink={() => viewLink(areaNames(dataset))}
          className="button secondary copy-link-button"
        />
        {workforce && (
          <ChunkBoundary uploadedFile={uploadedFile} what="The print summary's data period and link" onRetry={PrintContext.retry}>
            <PrintContext.Component
              lastDataYear={workforce.dataset.years[workforce.dataset.years.length - 1] ?? LAST_DATA_YEAR}
            />
          </ChunkBoundary>
        )}
        <PrintButton />
        <PresentButton workforce={workforce} sources={sources} map={workforce && <MapPanel workforce={workforce} />} />
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
          <ChunkBoundary uploadedFile={uploadedFile} what="About the data" onRetry={AboutData.retry}>
            <AboutData.Component />
          </ChunkBoundary>
        </Panel>
      )}
      <UpdateNotice />
      <UploadBanner />
      {urlNotices.notices.length > 0 && (
        <div className="notice" role="alert">
          <p>
            <strong>Some of the link could not be used, so the view opened with these changes:</strong>
          </p>
          <ul>
            {urlNotices.notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" className="button secondary" onClick={urlNotices.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {urlNotices.leftOut.length > 0 && (
        <div className="notice" role="status">
          <p>
            <strong>The link to this view is shortened:</strong>
          </p>
          <ul>
            {urlNotices.leftOut.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" className="button secondary" onClick={urlNotices.dismissLeftOut}>
            Dismiss
          </button>
        </div>
      )}
      <main>
        {/* The controls stay mounted from first paint: nothing typed or chosen is lost when the data arrives. */}
        {!areas.isError && (
          <ViewControls
            years={workforce?.years ?? yearRange(FIRST_DATA_YEAR, LAST_PROJECTION_YEAR)}
            baseYears={workforce?.dataset.years ?? yearRange(FIRST_DATA_YEAR, LAST_DATA_YEAR)}
            latestMonth={latest?.key ?? null}
            asWasYears={pastYears}
          >
            {workforce ? (
              <ChunkBoundary
                uploadedFile={uploadedFile}
                what="Find an area"
                fallback={<AreaPickerPlaceholder />}
                onRetry={AreaPicker.retry}
              >
                <AreaPicker.Component />
              </ChunkBoundary>
            ) : (
              <AreaPickerPlaceholder />
            )}
          </ViewControls>
        )}
        {workforce ? (
          <Dashboard workforce={workforce} deferred={deferredWorkforce ?? workforce} sources={sources} />
        ) : (
          <DashboardSkeleton
            status={<QueryStatus query={areas} what="The workforce series (areas.json)" />}
            failed={areas.isError}
          />
        )}
        <Panel title="England: GPs by role, monthly" id="national">
          {national.data ? (
            <ChunkBoundary
              uploadedFile={uploadedFile}
              what="The national chart"
              fallback={chartFallback}
              onRetry={NationalChart.retry}
            >
              <NationalChart.Component national={national.data} />
            </ChunkBoundary>
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
