// The chart PNG's plot, drawn by the trend chart's own component (components/chart/TrendPlot) from the model the
// chart on screen is drawn from: rendered offscreen at a fixed size (nothing interactive, no animation), then
// serialised. It does not read the chart on the page, so it draws the same whether the panel is on screen, still
// loading, or showing a tooltip.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { TrendPlot } from '../../components/chart/TrendPlot';
import type { TrendModel } from '../../components/chart/trend-model';
import { serialiseSvg } from './chart-image';

/** The plot's size as drawn (CSS px, the page's type): wider than the dashboard's, in about its proportions. */
export const CHART_PLOT = { width: 1200, height: 460 } as const;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The plot's SVG once recharts has finished drawing it: `ready` says its items are in, and its markup has not changed
 * for a step (recharts measures the value axis's labels and draws again with the width they need).
 */
async function drawnSvg(host: HTMLElement, ready: (host: HTMLElement) => boolean, failure: string): Promise<SVGSVGElement> {
  let previous = '';
  for (let step = 0; step < 100; step += 1) {
    await wait(20);
    const svg = host.querySelector<SVGSVGElement>('svg.recharts-surface');
    const markup = svg?.outerHTML ?? '';
    if (svg && ready(host) && markup === previous) return svg;
    previous = markup;
  }
  throw new Error(failure);
}

/**
 * Standalone SVG markup of a recharts plot (drawn at CHART_PLOT's size) rendered offscreen, once `ready` and still,
 * scaled to `output`; `failure` is the message if it never is. The trend chart's and the team chart's PNGs use it.
 */
export async function offscreenPlotSvg(
  plot: ReactElement,
  ready: (host: HTMLElement) => boolean,
  output: { width: number; height: number },
  failure: string,
): Promise<string> {
  const host = document.createElement('div');
  // In the page (so it takes the page's fonts and the charts' CSS), out of sight and out of reach.
  host.style.cssText = `position:fixed;top:0;left:${-2 * CHART_PLOT.width}px;width:${CHART_PLOT.width}px;pointer-events:none`;
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(plot));
    return serialiseSvg(await drawnSvg(host, ready, failure), output.width, output.height);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** Standalone SVG markup of the trend chart for `model`, drawn at CHART_PLOT's size and scaled to `output`. */
export function trendPlotSvg(model: TrendModel, output: { width: number; height: number }): Promise<string> {
  return offscreenPlotSvg(
    <TrendPlot model={model} width={CHART_PLOT.width} height={CHART_PLOT.height} />,
    (host) => host.querySelectorAll('.recharts-line').length === model.lines.length,
    output,
    'The chart could not be drawn for the image; try again in a moment.',
  );
}
