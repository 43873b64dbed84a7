// The export buttons: map and chart as PNG (for slides), the projection as CSV, and the print summary.
// Each reads the same state and series as the screen at the moment it is pressed; a failure is shown
// next to the button in words, never swallowed.
import { useState, type MouseEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundariesQuery } from '../../data/queries';
import { fyLabel } from '../../lib/years';
import type { Workforce } from '../../state/workforce/use-workforce';
import { useScenarioStore } from '../../state/stores/scenario-store';
import { useUploadedFile } from '../../state/stores/upload-store';
import { useViewStore } from '../../state/stores/view-store';
import { useComparedScenarios } from '../../state/workforce/compare-series';
import { useTrendChart } from '../../state/workforce/use-trend-chart';
import type { TrendSource } from '../../figures/trend-series';
import { slug } from './export-text';
import { useLeverGroups } from './use-lever-groups';
import type { MapPngShape } from './png-slide';
import { ReloadButton } from '../../components/ui/ChunkBoundary';
import { diagnoseInBrowser, isChunkLoadError } from '../../lib/load-failure';
import './export.css';

// The drawing and CSV code loads when a button is first pressed, not with the first screen.
const loadPng = () => Promise.all([import('./map-png'), import('./chart-png'), import('./paint'), import('../../lib/download')]);
const loadCsv = () => Promise.all([import('./projection-csv'), import('../../lib/download')]);

function ExportAction({
  label,
  run,
  disabled,
}: {
  label: string;
  run: (e: MouseEvent<HTMLButtonElement>) => Promise<void> | void;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(false);
  const uploadedFile = useUploadedFile();
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
          try {
            await run(e);
          } catch (err) {
            // Its code could not be fetched (offline, or the app was redeployed): say which, with a reload.
            if (isChunkLoadError(err)) {
              const failure = await diagnoseInBrowser(`“${label}”`);
              setError(failure.message);
              setReload(true);
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
        disabled={!boundaries.data}
        run={async () => {
          if (!boundaries.data) throw new Error('The boundaries have not loaded.');
          const [{ renderMapCanvas, screenMapInput }, , { canvasMeasure }, { canvasToPng, downloadBlob }] = await loadPng();
          const view = useViewStore.getState();
          const { level, metric, year } = view;
          const canvas = renderMapCanvas(
            screenMapInput({ workforce, boundaries: boundaries.data, view, levers }),
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
  // Saved scenarios ticked "Compare" go in the file too, under their names.
  const compared = useComparedScenarios(workforce);
  const { projection, dataset } = workforce;
  return (
    <ExportAction
      label="Download projection as CSV"
      disabled={!projection}
      run={async () => {
        if (!projection) throw new Error('The projection has not run yet.');
        const [{ projectionCsv }, { csvBlob, downloadBlob }] = await loadCsv();
        const csv = projectionCsv({
          areas: dataset.areas,
          scope,
          scenarios: [
            { label: 'Current trends', series: projection.trendSeries },
            { label: 'Scenario', series: projection.series },
            ...compared.map(({ scenario, series }) => ({ label: `Saved: ${scenario.name}`, series })),
          ],
          recordedYears: dataset.years,
        });
        downloadBlob(csvBlob(csv), `gp-projection-${slug(dataset.byCode.get(scope)?.name ?? scope)}.csv`);
      }}
    />
  );
}

export function PrintButton() {
  return (
    <button type="button" className="button secondary print-button" onClick={() => window.print()}>
      Print summary
    </button>
  );
}
