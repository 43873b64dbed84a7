// The export buttons: map and chart as PNG (for slides), the projection as CSV, and the print summary.
// Each reads the same state and series as the screen at the moment it is pressed; a failure is shown
// next to the button in words, never swallowed.
import { useEffect, useState, type MouseEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundariesQuery } from '../../data/queries';
import { fyLabel } from '../../lib/years';
import type { Workforce } from '../../state/workforce/use-workforce';
import { useScenarioStore } from '../../state/stores/scenario-store';
import { useUploadedFile } from '../../state/stores/upload-store';
import { useViewStore } from '../../state/stores/view-store';
import { scenarioWithRanges, useComparedScenarios } from '../../state/workforce/compare-series';
import { CURRENT_TRENDS, useLatestBulletin } from '../../state/workforce/use-workforce';
import { ENGLAND_SCOPE, type LeverValues, type ScenarioChoices } from '../../model';
import { attributionFor, figureBasis } from '../../lib/attribution';
import type { CsvAssumptions, CsvScenario } from './projection-csv';
import { useTrendChart } from '../../state/workforce/use-trend-chart';
import type { TrendSource } from '../../figures/trend-series';
import { slug } from './export-text';
import { useLeverGroups } from './use-lever-groups';
import type { MapPngShape } from './png-slide';
import { ReloadButton } from '../../components/ui/ChunkBoundary';
import { diagnoseInBrowser, importAfresh, isChunkLoadError } from '../../lib/load-failure';
import './export.css';

// The drawing and CSV code loads when a button is first pressed, not with the first screen. After a failure to
// fetch it, each later load is a fresh import (lib/load-failure's importAfresh).
let failedLoads = 0;
export const fresh = <M,>(load: () => Promise<M>) => importAfresh(load, failedLoads);
const loadPng = () =>
  Promise.all([
    fresh(() => import('./map-png')),
    fresh(() => import('./chart-png')),
    fresh(() => import('./paint')),
    fresh(() => import('../../lib/download')),
  ]);
const loadCsv = () => Promise.all([fresh(() => import('./projection-csv')), fresh(() => import('../../lib/download'))]);

export function ExportAction({
  label,
  run,
  load,
  disabled,
}: {
  label: string;
  run: (e: MouseEvent<HTMLButtonElement>) => Promise<void> | void;
  /** Loads the code `run` needs (fetched again, in the background, when the connection comes back). */
  load: () => Promise<unknown>;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(false);
  const [offline, setOffline] = useState(false);
  const uploadedFile = useUploadedFile();
  // Its code could not be fetched while offline: once back online the message goes and the code loads, so the
  // next press works at once.
  useEffect(() => {
    if (!offline) return;
    const back = () => {
      setError(null);
      setReload(false);
      setOffline(false);
      void load().catch(() => undefined); // a failure now is told on the next press
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [offline, load]);
  return (
    <span className="export-action">
      <button
        type="button"
        className="button secondary export-button"
        disabled={disabled || busy}
        onClick={async (e) => {
          setBusy(true);
          setError(null);
          setReload(false);
          setOffline(false);
          try {
            await run(e);
          } catch (err) {
            // Its code could not be fetched (offline, or the app was redeployed): say which, with a reload.
            if (isChunkLoadError(err)) {
              failedLoads += 1;
              const failure = await diagnoseInBrowser(`“${label}”`, 'on-press');
              setError(failure.message);
              setReload(true);
              setOffline(failure.kind === 'offline');
            } else setError(`${label} failed: ${err instanceof Error ? err.message : String(err)}`);
          } finally {
            setBusy(false);
          }
        }}
      >
        {label}
      </button>
      <span className="export-error" role="status">
        {error}
      </span>
      {error && reload && (
        <span className="export-error chunk-error-actions">
          <ReloadButton uploadedFile={uploadedFile} />
        </span>
      )}
    </span>
  );
}

export function MapPngButton({ workforce }: { workforce: Workforce }) {
  const boundaries = useQuery(boundariesQuery());
  const levers = useLeverGroups(workforce);
  // The latest bulletin (for its month on the Year control), as the map on screen reads it.
  const { latest } = useLatestBulletin(false);
  // As on screen (the map's own proportions) or exactly 16:9 for a slide.
  const [shape, setShape] = useState<MapPngShape>('screen');
  return (
    <span className="export-shape">
      <label>
        PNG shape{' '}
        <select value={shape} onChange={(e) => setShape(e.target.value === 'slide' ? 'slide' : 'screen')}>
          <option value="screen">As on screen</option>
          <option value="slide">16:9 slide</option>
        </select>
      </label>
      <ExportAction
        label="Download map as PNG"
        load={loadPng}
        disabled={!boundaries.data}
        run={async () => {
          if (!boundaries.data) throw new Error('The boundaries have not loaded.');
          const [{ renderMapCanvas, screenMapInput }, , { canvasMeasure }, { canvasToPng, downloadBlob }] = await loadPng();
          const view = useViewStore.getState();
          const { level, metric, year } = view;
          const canvas = renderMapCanvas(
            screenMapInput({ workforce, boundaries: boundaries.data, view, levers, latest }),
            canvasMeasure(),
            {
              shape,
            },
          );
          const suffix = shape === 'slide' ? '-16x9' : '';
          downloadBlob(await canvasToPng(canvas), `gp-map-${slug(metric)}-${level}-${slug(fyLabel(year))}${suffix}.png`);
        }}
      />
    </span>
  );
}

export function ChartPngButton({ workforce, sources }: { workforce: Workforce; sources: readonly TrendSource[] }) {
  const levers = useLeverGroups(workforce);
  // What the trend panel draws, from the same series and stores: the image is drawn from it, not read off the page.
  const chart = useTrendChart(workforce, sources);
  return (
    <ExportAction
      label="Download chart as PNG"
      load={loadPng}
      run={async () => {
        const [, { renderChartCanvas }, { canvasMeasure }, { canvasToPng, downloadBlob }] = await loadPng();
        const names = chart.areas.filter((a) => a.code !== chart.englandCode).map((a) => a.name);
        const canvas = await renderChartCanvas({ chart, areaNames: names, levers }, canvasMeasure());
        downloadBlob(await canvasToPng(canvas), `gp-trends-${slug(names[0] ?? 'england')}.png`);
      }}
    />
  );
}

export function CsvButton({ workforce }: { workforce: Workforce }) {
  const scope = useScenarioStore((s) => s.scope);
  const selected = useViewStore((s) => s.selected);
  const patientBasis = useViewStore((s) => s.patientBasis);
  const [allAreas, setAllAreas] = useState(false);
  // Saved scenarios ticked "Compare" go in the file too, under their names.
  const compared = useComparedScenarios(workforce);
  const { projection, dataset } = workforce;
  return (
    <span className="csv-export">
      <ExportAction
        label="Download projection as CSV"
        load={loadCsv}
        disabled={!projection}
        run={async () => {
          if (!projection) throw new Error('The projection has not run yet.');
          const [{ projectionCsv }, { csvBlob, downloadBlob }] = await loadCsv();
          const { prepared, choices } = projection;
          // Every scenario with its 80% range: the worker's spread for each one's own levers (awaited if not yet known).
          const withRanges = (c: ScenarioChoices) => scenarioWithRanges(dataset, prepared, c);
          const [trends, current, ...others] = await Promise.all([
            withRanges(CURRENT_TRENDS),
            withRanges(choices),
            ...compared.map(({ scenario }) => withRanges(scenario)),
          ]);
          const assumptions = (c: ScenarioChoices, englandLevers: LeverValues): CsvAssumptions => ({
            englandLevers,
            scopeLevers: c.scopeLevers,
            trainingPath: c.trainingPath ?? null,
            demand: c.demand ?? 'lists',
            patientGrowth: c.patientGrowth,
          });
          const scenarios: CsvScenario[] = [
            { label: 'Current trends', series: trends!.series, assumptions: assumptions(CURRENT_TRENDS, trends!.englandLevers) },
            { label: 'Scenario', series: current!.series, assumptions: assumptions(choices, current!.englandLevers) },
            ...compared.map(({ scenario }, i) => ({
              label: `Saved: ${scenario.name}`,
              series: others[i]!.series,
              assumptions: assumptions(scenario, others[i]!.englandLevers),
            })),
          ];
          const csv = projectionCsv({
            areas: dataset.areas,
            // England and the selected areas (and the lever scope, whose levers the file states), or every area.
            rows: allAreas ? 'all' : [...selected, ...(scope === ENGLAND_SCOPE ? [] : [scope])],
            scenarios,
            recordedYears: dataset.years,
            patientBasis,
            sources: [...attributionFor('chart'), figureBasis()],
          });
          const named = allAreas ? 'all-areas' : slug(dataset.byCode.get(selected[0] ?? ENGLAND_SCOPE)?.name ?? 'england');
          downloadBlob(csvBlob(csv), `gp-projection-${named}.csv`);
        }}
      />
      <label className="csv-all-areas">
        <input type="checkbox" checked={allAreas} onChange={(e) => setAllAreas(e.currentTarget.checked)} />
        All areas in CSV
      </label>
    </span>
  );
}

export function PrintButton() {
  return (
    <button type="button" className="button secondary print-button" onClick={() => window.print()}>
      Print summary
    </button>
  );
}
