// A practice point's tooltip, as lines of plain text (the first is its name and code), as the area tooltip
// (area-tooltip.ts) has them: the year (practice-level, recorded), the metric's value with its unit once (marked
// "est." for 2023/24 need-weighted patients), which staff and patients it counts, GP FTE, patients (registered,
// and need-weighted when that is the basis), PCN, change since the base year, and the under-doctored flag
// against England's rate on the chosen basis.
import { valueLine } from '../../components/map/area-tooltip';
import { formatNumber, formatSigned } from '../../lib/format';
import { UNDER_DOCTORED_SHARE, type MetricConfig } from '../../figures/metrics';
import { metricCountsShort, type PatientBasis } from '../../figures/metric-basis';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import type { PracticeRow } from './practice-rows';
import { fyLabel } from '../../lib/years';

export function practiceTooltipLines(args: {
  row: PracticeRow;
  metric: MetricConfig;
  /** The practice year (recorded). */
  year: number;
  baseYear: number;
  basis: PatientBasis;
  /** England's GP FTE per 100,000 patients on the flag's basis in `year`, or null. */
  englandFlagPer100k: number | null;
}): string[] {
  const { row, metric, year, baseYear, basis, englandFlagPer100k } = args;
  const lines = [`${row.name} (${row.code})`, `${fyLabel(year)}, practice-level`];
  const estimate = (estimated: boolean) => (estimated ? ` ${ESTIMATE_MARK}` : '');
  const missing = row.noPatients && metric.patients !== null ? 'no patients' : 'no data';
  lines.push(
    row.value === null
      ? `${metric.label.replace('base year', fyLabel(baseYear))}: ${missing}`
      : `${valueLine(metric, row.value, baseYear)}${estimate(row.estimated)}`,
    metricCountsShort(metric),
  );
  if (metric.key !== 'fte') lines.push(`GP FTE: ${formatNumber(row.fte, 1)}`);
  if (row.locumTraineeFte !== null)
    lines.push(`Locums and registrars: ${formatNumber(row.locumTraineeFte, 1)} FTE (not in GP FTE)`);
  const weighted =
    basis === 'weighted' || metric.patients === 'weighted'
      ? `; ${formatNumber(row.weightedPatients, 0)} need-weighted${estimate(row.weightedEstimated)}`
      : '';
  lines.push(`Patients: ${formatNumber(row.patients, 0)} registered${weighted}`);
  const pcn = row.pcnName ?? row.pcn;
  if (pcn) lines.push(`PCN: ${pcn}`);
  if (row.changeFte !== null)
    lines.push(
      `Change since ${fyLabel(baseYear)}: ${formatSigned(row.changeFte, 1)} GP FTE` +
        (row.changePct !== null ? ` (${formatSigned(row.changePct, 1)}%)` : ''),
    );
  if (row.flagPer100k !== null && englandFlagPer100k !== null) {
    const threshold = formatNumber(UNDER_DOCTORED_SHARE * englandFlagPer100k, 1);
    const share = `${Math.round(UNDER_DOCTORED_SHARE * 100)}% of England`;
    const per = basis === 'weighted' ? 'per 100,000 need-weighted patients' : 'per 100,000 registered patients';
    lines.push(
      row.underDoctored
        ? `Under-doctored: GP FTE ${per} below ${share} (${threshold})${estimate(basis === 'weighted' && row.weightedEstimated)}`
        : `Not under-doctored (${share}: ${threshold} GP FTE ${per})`,
    );
  }
  return lines;
}
