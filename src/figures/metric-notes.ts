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
import { UNDER_DOCTORED_SHARE, type MetricConfig } from './metrics';
import { fyLabel } from '../lib/years';

export interface NoteContext {
  year: number;
  /** The last recorded year; later years are projected. */
  lastDataYear: number;
  /** Recorded years whose need-weighted patients are estimated (2024 = 2023/24). */
  estimatedWeightedYears: readonly number[];
}

/** What the metric counts, then why its year's figures are missing, estimated or projected (if they are). */
export function metricNotes(metric: MetricConfig, ctx: NoteContext): string[] {
  const notes = [metricCounts(metric)];
  const projected = ctx.year > ctx.lastDataYear;
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
  const rule = underDoctoredRule({ basis, share: UNDER_DOCTORED_SHARE, yearLabel: fyLabel(ctx.year) });
  const notes = [count ? `${rule} ${count.flagged} of ${count.of} areas are flagged.` : rule];
  if (basis === 'weighted' && ctx.estimatedWeightedYears.includes(ctx.year)) notes.push(WEIGHTED_ESTIMATE_RULE);
  if (basis === 'weighted' && ctx.year > ctx.lastDataYear) notes.push(WEIGHTED_PROJECTION_RULE);
  return notes;
}

/** Both, each note once (the metric's first). */
export function figureNotes(metric: MetricConfig, basis: PatientBasis, ctx: NoteContext, count?: FlaggedCount): string[] {
  return [...new Set([...metricNotes(metric, ctx), ...flagNotes(basis, ctx, count)])];
}

/** "38.2 est." for an estimated value. */
export const ESTIMATE_MARK = 'est.';
