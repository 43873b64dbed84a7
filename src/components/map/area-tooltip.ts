// An area's map tooltip, as lines of plain text (the first is its name): the year, the metric's value with
// its unit once, the 80% range in a projected year, GP FTE and patients, rank, the under-doctored flag and the
// change since the base year (named). The same LevelRow the colours and the Areas table read.
import { formatNumber, formatSigned } from '../../lib/format';
import type { LevelRow } from '../../figures/level-rows';
import { UNDER_DOCTORED_SHARE, flagLine, metricValue, type MetricConfig, type WorkforceSeries } from '../../figures/metrics';
import { metricCountsShort, type PatientBasis } from '../../figures/metric-basis';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import { fyLabel, isMonthKey, isProjectedYear } from '../../lib/years';
import { LATEST_BULLETIN_SUFFIX } from '../../figures/latest-bulletin';
import { splitAreaName } from './labels/short-names';
import { monthLabel, pcnDateOfYear, teamYearNote } from '../../figures/team-series';

/** "Change in GP FTE since 2015/16: −8.1%": the base year named, the unit said once (by the label, or "%"). */
export function valueLine(metric: Pick<MetricConfig, 'label' | 'unit' | 'decimals' | 'scale'>, value: number, baseYear: number) {
  const percent = metric.unit === '%';
  const label = metric.label.replace('base year', fyLabel(baseYear)).replace(/ \(%\)$/, '');
  const text = metric.scale === 'diverging' ? formatSigned(value, metric.decimals) : formatNumber(value, metric.decimals);
  return `${label}: ${text}${percent ? '%' : ''}`;
}

export function areaTooltipLines(args: {
  name: string;
  row: LevelRow | undefined;
  /** How many areas the rank is out of. */
  areaCount: number;
  metric: MetricConfig;
  series: WorkforceSeries;
  year: number;
  baseYear: number;
  lastDataYear: number;
  englandCode: string;
  /** The patients the under-doctored flag counts (the "Patients" control). */
  basis?: PatientBasis;
}): string[] {
  const { name, row, areaCount, metric, series, year, baseYear, lastDataYear, englandCode, basis = 'registered' } = args;
  // The flag's line: England's rate in the latest recorded year, whichever year is on show (flagLine).
  const projected = isProjectedYear(year, lastDataYear);
  const team = metric.group === 'pcn';
  const teamNotes = team && row ? teamYearNote(series, row.code, year) : [];
  const month = isMonthKey(year);
  const lines = [
    name,
    `${fyLabel(year)}${month ? LATEST_BULLETIN_SUFFIX : projected && !(team && pcnDateOfYear(year)) ? ' (projected)' : ''}`,
  ];
  const counts = metricCountsShort(metric);
  if (!row || row.value === null) {
    const why = team
      ? pcnDateOfYear(year)
        ? `no data for this staff group at ${monthLabel(pcnDateOfYear(year)!)}`
        : 'no PCN staff file for this year (PCN staff: 2019/20-2022/23, 2025/26, 2026/27)'
      : !metric.projected && projected
        ? 'recorded years only'
        : 'no data';
    return [...lines, `${metric.label.replace('base year', fyLabel(baseYear))}: ${why}`, counts, ...teamNotes];
  }
  const format = (n: number) =>
    metric.scale === 'diverging' ? formatSigned(n, metric.decimals) : formatNumber(n, metric.decimals);
  lines.push(`${valueLine(metric, row.value, baseYear)}${row.estimated ? ` ${ESTIMATE_MARK}` : ''}`, counts, ...teamNotes);
  if (row.range) lines.push(`80% range: ${format(row.range.low)} to ${format(row.range.high)}`);
  const fte = metricValue(series, row.code, 'fte', year, baseYear);
  const yi = series.years.indexOf(year);
  const patients = series.byArea.get(row.code)?.patients[yi] ?? null;
  if (metric.key !== 'fte') lines.push(`GP FTE: ${formatNumber(fte, 1)}`);
  // The bulletin's month: another source, on its own basis, with no patients by area.
  if (month) lines.push('Source: the monthly bulletin (with NHS England estimates), not the annual practice-level figures');
  else lines.push(`Patients: ${formatNumber(patients, 0)} registered`);
  if (row.rank !== null) lines.push(`Rank ${row.rank} of ${areaCount} (1 = highest)`);
  // The flag on the chosen basis: GP FTE per 100,000 registered or need-weighted patients.
  const line = flagLine({ series, englandCode, basis, flagYear: lastDataYear });
  const areaFlagValue = row.flagPer100k ?? (basis === 'registered' ? row.per100k : null);
  if (areaFlagValue !== null && line.threshold !== null) {
    const threshold = formatNumber(line.threshold, 1);
    const share = `${Math.round(UNDER_DOCTORED_SHARE * 100)}% of England in ${fyLabel(line.year)}`;
    const per = basis === 'weighted' ? 'per 100,000 need-weighted patients' : 'per 100,000 registered patients';
    lines.push(
      row.underDoctored
        ? `Under-doctored: GP FTE ${per} below ${share} (${threshold})`
        : `Not under-doctored (${share}: ${threshold} GP FTE ${per})`,
    );
  }
  if (row.changeFte !== null)
    lines.push(
      `Change since ${fyLabel(baseYear)}: ${formatSigned(row.changeFte, 1)} GP FTE` +
        (row.changePct !== null ? ` (${formatSigned(row.changePct, 1)}%)` : ''),
    );
  return lines;
}

/**
 * An area's name on the map for the keyboard and screen readers: its place name, the value in words and the flag,
 * "Thurrock: 29.2 GP FTE per 100,000 patients, under-doctored" (a sub-ICB by its place, an ICB without "NHS " and
 * " ICB": splitAreaName; the tooltip has the full name and the rest).
 * A change metric reads "Kent and Medway: change in GP FTE since 2015/16 −59.0".
 */
export function areaAccessibleName(args: {
  name: string;
  row: LevelRow | undefined;
  metric: Pick<MetricConfig, 'label' | 'unit' | 'decimals' | 'scale' | 'change'>;
  baseYear: number;
}): string {
  const { name, row, metric, baseYear } = args;
  const place = splitAreaName(name).main;
  if (!row || row.value === null) return `${place}: no data`;
  const label = metric.label.replace('base year', fyLabel(baseYear)).replace(/ \(%\)$/, '');
  const lower = label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  const percent = metric.unit === '%' ? '%' : '';
  const value =
    metric.scale === 'diverging' ? formatSigned(row.value, metric.decimals) : formatNumber(row.value, metric.decimals);
  const phrase = metric.change !== null ? `${lower} ${value}${percent}` : `${value}${percent} ${lower}`;
  return `${place}: ${phrase}${row.estimated ? ' (estimated)' : ''}${row.underDoctored ? ', under-doctored' : ''}`;
}
