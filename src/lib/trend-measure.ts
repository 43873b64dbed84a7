// The trend chart's measures by name and unit (on its radios, the chart, the PNG and the print summary). Pure.
import type { TrendMode } from './trend-series';
import { fyLabel } from './years';

/** The measure's name (on the radio, the chart and the PNG) and its unit. */
export function trendMeasure(mode: TrendMode, baseYear: number): { label: string; unit: string } {
  switch (mode) {
    case 'ftePer100k':
      return { label: 'GP FTE per 100,000 patients', unit: 'FTE per 100,000 patients' };
    case 'fteIndex':
      return { label: `GP FTE, index (${fyLabel(baseYear)} = 100)`, unit: `index, each area's ${fyLabel(baseYear)} FTE = 100` };
    case 'fte':
      return { label: 'GP FTE', unit: 'FTE' };
  }
}
