// The notes that go with a figure wherever it is shown (map legend, Areas table, PNG and print captions): which
// staff and patients it counts, whether its year is estimated or projected, and the under-doctored rule's basis.
import {
  metricCounts,
  RECORDED_YEARS_ONLY,
  underDoctoredRule,
  WEIGHTED_ESTIMATE_RULE,
  WEIGHTED_PROJECTION_RULE,
  type PatientBasis,
} from './metric-basis';
import { UNDER_DOCTORED_SHARE, basisOfMetric, type MetricConfig } from './metrics';
import { fyLabel, isMonthKey, isProjectedYear } from '../lib/years';
import { PCN_STAFF_RULE, PCN_YEAR_DATES, WHOLE_TEAM_ALL_RULE, monthLabel, pcnDateOfYear } from './team-series';

/** How a team metric's projected years are made (model/team.ts). */
const TEAM_PROJECTION_NOTE =
  "Projected: PCN staff grow from June 2026 by the PCN team levers (FTE a year by role group; defaults: England's " +
  'recorded growth Feb 2023 to Nov 2025, shared by each area’s FTE of the group); practice staff are held at October 2025.';

/** Which PCN file each year shows, said under a team metric. */
const PCN_YEARS_NOTE = `PCN staff by year: ${PCN_YEAR_DATES.map((d) => `${fyLabel(d.year)} = ${monthLabel(d.date)}`).join(
  ', ',
)}; no PCN figures in other years. Where fewer than 95% of PCNs reported, the tooltip says how many did.`;

export interface NoteContext {
  year: number;
  /** The last recorded year; later years are projected. */
  lastDataYear: number;
  /** Recorded years whose need-weighted patients are estimated (2024 = 2023/24). */
  estimatedWeightedYears: readonly number[];
  /** The under-doctored line (90% of England's rate in the latest recorded year: flagLine), when known. */
  flagThreshold?: number | null;
}

/** What the metric counts, then why its year's figures are missing, estimated or projected (if they are). */
export function metricNotes(metric: MetricConfig, ctx: NoteContext): string[] {
  const notes = [metricCounts(metric)];
  const projected = isProjectedYear(ctx.year, ctx.lastDataYear);
  if (metric.group === 'pcn') {
    notes.push(metric.staff === 'team' ? WHOLE_TEAM_ALL_RULE : PCN_STAFF_RULE);
    const lastPcnYear = PCN_YEAR_DATES[PCN_YEAR_DATES.length - 1]?.year ?? 0;
    if (ctx.year > lastPcnYear) notes.push(TEAM_PROJECTION_NOTE);
    else if (!pcnDateOfYear(ctx.year)) notes.push(PCN_YEARS_NOTE);
    return notes;
  }
  if (!metric.projected && projected) notes.push(RECORDED_YEARS_ONLY);
  if (metric.patients === 'weighted' && ctx.estimatedWeightedYears.includes(ctx.year)) notes.push(WEIGHTED_ESTIMATE_RULE);
  if (metric.patients === 'weighted' && projected) notes.push(WEIGHTED_PROJECTION_RULE);
  return notes;
}

/** How many areas are flagged, said after the rule. */
export interface FlaggedCount {
  flagged: number;
  of: number;
}

/** The under-doctored rule on its basis (and the count flagged), with the estimate or projection rule when the year needs it. */
export function flagNotes(basis: PatientBasis, ctx: NoteContext, count?: FlaggedCount): string[] {
  if (isMonthKey(ctx.year)) return [LATEST_MONTH_NO_FLAG];
  const rule = underDoctoredRule({
    basis,
    share: UNDER_DOCTORED_SHARE,
    yearLabel: fyLabel(ctx.lastDataYear),
    threshold: ctx.flagThreshold,
  });
  const notes = [count ? `${rule} ${count.flagged} of ${count.of} areas are flagged.` : rule];
  if (basis === 'weighted' && ctx.estimatedWeightedYears.includes(ctx.year)) notes.push(WEIGHTED_ESTIMATE_RULE);
  if (basis === 'weighted' && isProjectedYear(ctx.year, ctx.lastDataYear)) notes.push(WEIGHTED_PROJECTION_RULE);
  return notes;
}

/** Said for the bulletin's month instead of the flag's rule: the flag is judged per 100,000 patients. */
export const LATEST_MONTH_NO_FLAG =
  'No under-doctored flag for the bulletin month: the flag is judged on GP FTE per 100,000 patients, and the bulletin gives no patients by area.';

/** Said under a map whose metric carries no flag class (FTE, change, the wider team): where the flag is shown instead. */
export const FLAG_NOT_ON_MAP =
  'This metric does not colour the flag: choose GP FTE per 100,000 patients or patients per GP FTE to see it on the map; the Areas table flags it on every metric.';

/** Both, each note once (the metric's first); for a metric without the flag class, where the flag is shown. */
export function figureNotes(metric: MetricConfig, basis: PatientBasis, ctx: NoteContext, count?: FlaggedCount): string[] {
  const notes = [...metricNotes(metric, ctx), ...flagNotes(basis, ctx, count)];
  if (count && basisOfMetric(metric.key) === null) notes.push(FLAG_NOT_ON_MAP);
  return [...new Set(notes)];
}

/** "38.2 est." for an estimated value. */
export const ESTIMATE_MARK = 'est.';
