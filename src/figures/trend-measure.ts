// The trend chart's measures by name and unit (on its radios, the chart, the PNG and the print summary). Pure.
import type { TrendMode } from './trend-series';
import { fyLabel } from '../lib/years';
import type { PatientBasis } from './metric-basis';
import { per100kLabel, per100kUnit } from './demand-basis';

/** The measure's name (on the radio, the chart and the PNG) and its unit; per 100,000 on the chosen patients. */
export function trendMeasure(
  mode: TrendMode,
  baseYear: number,
  basis: PatientBasis = 'registered',
): { label: string; unit: string } {
  switch (mode) {
    case 'ftePer100k':
      return { label: per100kLabel(basis), unit: per100kUnit(basis) };
    case 'fteIndex':
      return { label: `GP FTE, index (${fyLabel(baseYear)} = 100)`, unit: `index, each area's ${fyLabel(baseYear)} FTE = 100` };
    case 'fte':
      return { label: 'GP FTE', unit: 'FTE' };
  }
}
