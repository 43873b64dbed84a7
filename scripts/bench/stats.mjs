// Small statistics and formatting helpers for the benchmark runner.

/** Nearest-rank percentile (p in 0..100) of a list of numbers: always one of the samples. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** { n, median, p95, min, max } of a sample, rounded to 0.01. */
export function summarise(values) {
  const r = (x) => Math.round(x * 100) / 100;
  return {
    n: values.length,
    median: r(median(values)),
    p95: r(percentile(values, 95)),
    min: r(Math.min(...values)),
    max: r(Math.max(...values)),
  };
}

/** Renders rows of equal-length string arrays as an aligned plain-text table. */
export function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i] ?? '').length)));
  const line = (row) =>
    row
      .map((cell, i) => String(cell ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
