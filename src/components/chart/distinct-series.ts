// Only the lines that differ: a series that draws exactly the scenario's line for every plotted area and year
// (current trends while the levers are unchanged, or a saved scenario with the same levers) is not drawn a
// second time over it; the scenario's key entry says which series it stands for. Pure, over the chart's rows
// (the values drawn, to 1 decimal), so the chart, its key and the chart PNG agree.
import { columnKey, type TrendRow } from '../../figures/trend-series';

export interface SourceLabel {
  key: string;
  label: string;
}

export interface DistinctSources<S extends SourceLabel> {
  /** The sources to draw, in the order given, the scenario's label naming any it stands for. */
  drawn: (S & { label: string })[];
  /** Keys of the sources left out because they equal the scenario. */
  merged: string[];
}

/** Whether `key` has the same value as `reference` in every row and area, with at least one value to compare. */
function sameLine(rows: readonly TrendRow[], codes: readonly string[], key: string, reference: string): boolean {
  let compared = 0;
  for (const row of rows)
    for (const code of codes) {
      const a = row[columnKey(code, key)] ?? null;
      const b = row[columnKey(code, reference)] ?? null;
      if (a === null && b === null) continue;
      if (a !== b) return false;
      compared += 1;
    }
  return compared > 0;
}

/**
 * The sources worth drawing: any source (other than the recorded history) identical to `reference` (the
 * scenario) is merged into it, and the reference's label becomes e.g. "Scenario (same as current trends)".
 */
export function distinctSources<S extends SourceLabel>(args: {
  rows: readonly TrendRow[];
  codes: readonly string[];
  sources: readonly S[];
  reference?: string;
  /** Never merged: the recorded series is not a projection. */
  keep?: readonly string[];
}): DistinctSources<S> {
  const { rows, codes, sources, reference = 'scenario', keep = ['history'] } = args;
  if (!sources.some((s) => s.key === reference)) return { drawn: [...sources], merged: [] };
  const merged = sources.filter((s) => s.key !== reference && !keep.includes(s.key) && sameLine(rows, codes, s.key, reference));
  const mergedKeys = merged.map((s) => s.key);
  const names = merged.map((s, i) => (i === 0 && s.key === 'trend' ? s.label.toLowerCase() : s.label));
  const drawn = sources
    .filter((s) => !mergedKeys.includes(s.key))
    .map((s) => (s.key === reference && names.length > 0 ? { ...s, label: `${s.label} (same as ${joinNames(names)})` } : s));
  return { drawn, merged: mergedKeys };
}

/** "a", "a and b", "a, b and c". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
