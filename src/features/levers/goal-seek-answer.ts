// "What would it take?" as question and answer, pure: the question an answer belongs to (so any change to it clears
// the answer rather than leave a stale one on screen), and the answer in words, with the value's place against what
// has been recorded for that lever in that scope (src/model/recorded-ranges.ts).
import {
  FLOW_MARGIN,
  beyondRecorded,
  canonicalJson,
  type GoalSeekResult,
  type KeyedLeverConfig,
  type LeverKey,
  type RecordedRange,
  type ScenarioChoices,
} from '../../model';
import type { PatientBasis } from '../../figures/metric-basis';
import { formatLever } from '../../figures/lever-format';
import { formatNumber } from '../../lib/format';

/** Everything an answer depends on. Two questions are the same when every field is. */
export interface GoalSeekQuestion {
  /** The lever scope the value is for (England, a region or an ICB). */
  readonly scope: string;
  readonly key: LeverKey;
  /** The area held to the target (the first selected, or England). */
  readonly code: string;
  readonly basis: PatientBasis;
  readonly targetYear: number;
  /** The target, the levers (every scope's) and patient growth, each as canonical text. */
  readonly target: string;
  readonly levers: string;
  readonly patientGrowth: number | null;
  /** England's training path and the demand choice, each as canonical text. */
  readonly trainingPath: string;
  readonly demand: string;
  /** The data the projection ran on (a new upload is new data): compared by identity. */
  readonly data: object;
}

export function goalSeekQuestion(args: {
  scope: string;
  key: LeverKey;
  code: string;
  basis: PatientBasis;
  choices: ScenarioChoices;
  data: object;
}): GoalSeekQuestion {
  const { scope, key, code, basis, choices, data } = args;
  return {
    scope,
    key,
    code,
    basis,
    targetYear: choices.targetYear,
    target: canonicalJson(choices.target),
    levers: canonicalJson({ england: choices.englandLevers, scopes: choices.scopeLevers }),
    patientGrowth: choices.patientGrowth,
    trainingPath: canonicalJson(choices.trainingPath ?? null),
    demand: canonicalJson(choices.demand ?? null),
    data,
  };
}

/** What changed between the question asked and the one on screen now, in words, in the order the panel shows them. */
export function questionChanges(asked: GoalSeekQuestion, now: GoalSeekQuestion): string[] {
  const changes: [boolean, string][] = [
    [asked.code !== now.code, 'the selected area'],
    [asked.scope !== now.scope, 'the lever scope'],
    [asked.key !== now.key, 'the lever to solve for'],
    [asked.targetYear !== now.targetYear, 'the target year'],
    [asked.target !== now.target, 'the target'],
    [asked.basis !== now.basis, 'the patients basis'],
    [asked.levers !== now.levers, 'the levers'],
    [asked.patientGrowth !== now.patientGrowth, 'patient growth'],
    [asked.trainingPath !== now.trainingPath, 'the training path'],
    [asked.demand !== now.demand, 'the demand choice'],
    [asked.data !== now.data, 'the figures (data)'],
  ];
  return changes.filter(([changed]) => changed).map(([, what]) => what);
}

/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A recorded figure as a number (a decimal where a scope's share of a flow is small), and the unit after it. */
function recordedValue(config: KeyedLeverConfig, value: number): { number: string; unit: string } {
  if (config.unit === 'places a year' || config.unit === 'FTE a year')
    return { number: formatNumber(value, Math.abs(value) < 10 ? 1 : 0), unit: ` ${config.unit}` };
  if (config.unit === 'FTE per head') return { number: formatNumber(value, 3), unit: ' FTE per head' };
  // Percentages to one decimal: more would be noise.
  const sign = config.unit === '% a year' && value > 0 ? '+' : '';
  return { number: `${sign}${formatNumber(value * 100, 1)}%`, unit: config.unit === '% a year' ? ' a year' : '' };
}

/** The recorded range in words: "63 to 95 places a year", "7.1% to 9.1%" or, for one figure, "about 1.4 FTE a year". */
function rangeText(config: KeyedLeverConfig, range: RecordedRange): string {
  const low = recordedValue(config, range.low);
  const high = recordedValue(config, range.high);
  if (low.number === high.number) return `about ${high.number}${high.unit}`;
  return low.unit.trim() === '' ? `${low.number} to ${high.number}` : `${low.number} to ${high.number}${high.unit}`;
}

/** Where a recorded figure for a scope comes from: England's, or the scope's share of it. */
function recordedBasis(range: RecordedRange, scopeName: string | null): string {
  if (scopeName === null) return range.what;
  if (range.share === null) return `${range.what}; ${scopeName}'s own may differ`;
  return `${scopeName}'s ${formatNumber(range.share * 100, 1)}% share of ${range.what}`;
}

export interface RecordedNote {
  text: string;
  /** Whether the value lies outside the recorded range (model/recorded-ranges.ts says when). */
  outside: boolean;
}

/**
 * The answer's value against the recorded range: "Outside the recorded range: …" with the range beside it, or
 * "Recorded: …" when it lies within. `scopeName` null for England.
 */
export function recordedNote(args: {
  config: KeyedLeverConfig;
  range: RecordedRange;
  value: number;
  scopeName: string | null;
}): RecordedNote {
  const { config, range, value, scopeName } = args;
  const where = recordedBasis(range, scopeName);
  const beyond = beyondRecorded(range, value);
  const shown = formatLever(config, value);
  if (beyond === null) return { text: `Recorded: ${rangeText(config, range)} (${where}).`, outside: false };
  if (range.kind === 'flow') {
    const times = range.high > 0 ? value / range.high : Number.POSITIVE_INFINITY;
    return {
      text: `Outside the recorded range: ${shown} is ${Number.isFinite(times) ? `${formatNumber(times, 0)} times` : 'far above'} the most recorded, ${rangeText(config, range)} (${where}); more than ${FLOW_MARGIN} times it has never been seen.`,
      outside: true,
    };
  }
  return {
    text: `Outside the recorded range: ${shown} is ${beyond === 'below' ? 'below' : 'above'} anything recorded, ${rangeText(config, range)} (${where}).`,
    outside: true,
  };
}

export interface GoalSeekAnswer {
  lines: string[];
  /** The value "Apply this value" sets, in the scope the answer names; null when there is nothing to apply. */
  apply: { scope: string; key: LeverKey; value: number; shown: string } | null;
  recorded: RecordedNote | null;
}

/** The solver's result in words. `lever` names the lever and its scope; `where` the area and year. */
export function goalSeekAnswer(args: {
  result: GoalSeekResult;
  config: KeyedLeverConfig;
  scope: string;
  key: LeverKey;
  lever: string;
  where: string;
  targetText: string;
  per100kUnit: string;
  context: string;
  /** Why training levers cannot act before a year, or null. */
  noEffectWhy: string | null;
  range: RecordedRange | null;
  scopeName: string | null;
}): GoalSeekAnswer {
  const { result, config, scope, key, lever, where, targetText, per100kUnit, context, noEffectWhy, range, scopeName } = args;
  switch (result.status) {
    case 'found': {
      const recorded = range ? recordedNote({ config, range, value: result.value, scopeName }) : null;
      return {
        lines: [
          `${lever} of ${formatLever(config, result.value)} brings ${where} to ${formatNumber(result.result, 1)}, meeting ${targetText}.`,
          context,
        ],
        apply: { scope, key, value: result.value, shown: formatLever(config, result.value) },
        recorded,
      };
    }
    case 'met':
      return {
        lines: [
          `Met at every value: even at ${formatLever(config, result.worstValue)}, the least favourable end of its range, ${where} reaches ${formatNumber(result.worstResult, 1)}, above ${targetText}.`,
          context,
        ],
        apply: null,
        recorded: null,
      };
    case 'no-effect':
      return {
        lines: [
          `${lever} does not change ${where}${noEffectWhy ? ` (${noEffectWhy})` : ''}: it stays at ${formatNumber(result.result, 1)}, ${result.met ? 'which meets' : 'short of'} ${targetText}.`,
          context,
        ],
        apply: null,
        recorded: null,
      };
    case 'unreachable':
      return {
        lines: [
          `Cannot be reached with ${lever} alone within its range (${formatLever(config, config.min)} to ${formatLever(config, config.max)}): the closest is ${formatNumber(result.bestResult, 1)} ${per100kUnit} at ${formatLever(config, result.bestValue)}, against ${targetText}.`,
          context,
        ],
        apply: null,
        recorded: null,
      };
  }
}
