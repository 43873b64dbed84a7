// Number formatting for screen, tables and exports (en-GB).
const cache = new Map<number, Intl.NumberFormat>();
function formatter(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  return formatter(decimals).format(value);
}

export function formatSigned(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  const text = formatter(decimals).format(Math.abs(value));
  if (Number(text.replace(/,/g, '')) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** "25,900–29,500": a range with an en dash (no spaces), or 'no data'. */
export function formatRange(low: number | null | undefined, high: number | null | undefined, decimals = 0): string {
  if (low === null || low === undefined || high === null || high === undefined || !Number.isFinite(low) || !Number.isFinite(high))
    return 'no data';
  return `${formatNumber(low, decimals)}–${formatNumber(high, decimals)}`;
}

/** A count with its noun, singular for one: "1 sub-ICB area", "3 sub-ICB areas" (never "1 sub-ICB areas"). */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatNumber(n, 0)} ${n === 1 ? noun : plural}`;
}
