// Figures an upload would set that are far outside anything the area has recorded: most likely a slip (a
// units mistake, FTE typed as headcount, a stray digit), so the preview lists them with their lines and asks
// for an explicit "use anyway" before applying. Rules, per sub-ICB and year, on the figure that would be set:
//  - GP FTE, headcount or patients more than 3 times the area's highest recorded year, or below a third of its
//    lowest (recorded years 2015/16 onwards, zeros and gaps left out);
//  - GP FTE per 100,000 patients outside the range ever recorded by any sub-ICB in any year.
// Units: as areas.json (FTE, heads, registered patients). Pure.
import type { Dataset } from '../../data/dataset';
import { formatNumber } from '../../lib/format';
import { fyLabel } from '../../lib/years';

export const PLAUSIBLE_FACTOR = 3;

export interface Figures {
  fte: number;
  headcount: number;
  patients: number;
}

export interface ImplausibleFigure {
  code: string;
  year: number;
  /** File lines the figure was made from. */
  lines: readonly number[];
  reasons: string[];
}

const MEASURES = [
  { key: 'fte', label: 'GP FTE', decimals: 1 },
  { key: 'headcount', label: 'GP headcount', decimals: 0 },
  { key: 'patients', label: 'patients', decimals: 0 },
] as const;

/** The lowest and highest GP FTE per 100,000 patients any sub-ICB has recorded. */
export function nationalPer100kRange(dataset: Dataset): { low: number; high: number } | null {
  let low = Infinity;
  let high = -Infinity;
  for (const area of dataset.atLevel.subicb)
    area.fte.forEach((fte, i) => {
      const patients = area.patients[i];
      if (fte === null || fte === undefined || !patients || fte <= 0) return;
      const value = (fte / patients) * 100_000;
      low = Math.min(low, value);
      high = Math.max(high, value);
    });
  return Number.isFinite(low) ? { low, high } : null;
}

function recordedExtremes(values: readonly (number | null)[], years: readonly number[]) {
  let min: { value: number; year: number } | null = null;
  let max: { value: number; year: number } | null = null;
  values.forEach((value, i) => {
    if (value === null || value <= 0) return;
    const year = years[i] ?? 0;
    if (!min || value < min.value) min = { value, year };
    if (!max || value > max.value) max = { value, year };
  });
  return { min: min as { value: number; year: number } | null, max: max as { value: number; year: number } | null };
}

export function implausibleFigures({
  figures,
  dataset,
}: {
  figures: readonly (Figures & { code: string; year: number; lines: readonly number[] })[];
  dataset: Dataset;
}): ImplausibleFigure[] {
  const range = nationalPer100kRange(dataset);
  const found: ImplausibleFigure[] = [];
  for (const figure of figures) {
    const area = dataset.byCode.get(figure.code);
    const reasons: string[] = [];
    for (const m of MEASURES) {
      const value = figure[m.key];
      if (!Number.isFinite(value)) {
        reasons.push(`${m.label} ${value} is not a usable number`);
        continue;
      }
      const history = area ? (m.key === 'fte' ? area.fte : m.key === 'headcount' ? area.headcount : area.patients) : [];
      const { min, max } = recordedExtremes(history, dataset.years);
      if (max && value > PLAUSIBLE_FACTOR * max.value)
        reasons.push(
          `${m.label} ${formatNumber(value, m.decimals)} is more than ${PLAUSIBLE_FACTOR} times the most it has recorded (${formatNumber(max.value, m.decimals)} in ${fyLabel(max.year)})`,
        );
      else if (min && value < min.value / PLAUSIBLE_FACTOR)
        reasons.push(
          `${m.label} ${formatNumber(value, m.decimals)} is below a third of the least it has recorded (${formatNumber(min.value, m.decimals)} in ${fyLabel(min.year)})`,
        );
    }
    if (range && figure.patients > 0 && Number.isFinite(figure.fte)) {
      const per100k = (figure.fte / figure.patients) * 100_000;
      // A figure equal to a recorded extreme (up to rounding on screen) is inside.
      if (per100k < range.low - 0.05 || per100k > range.high + 0.05)
        reasons.push(
          `${formatNumber(per100k, 1)} GP FTE per 100,000 patients is outside what any sub-ICB has recorded (${formatNumber(range.low, 1)} to ${formatNumber(range.high, 1)})`,
        );
    }
    if (reasons.length > 0) found.push({ code: figure.code, year: figure.year, lines: figure.lines, reasons });
  }
  return found;
}
