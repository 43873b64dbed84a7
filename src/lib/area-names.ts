// Short names for big type (presentation titles): a sub-ICB's official name leads with its ICB and code
// ("NHS North East and North Cumbria ICB - 01H North Cumbria"), which wraps a projector title over two lines.
// The place comes first and its ICB and code second; the full name stays available (title, screen readers).

export interface SplitName {
  /** The place: "North Cumbria"; for other areas the name itself. */
  readonly main: string;
  /** What it belongs to: "NHS North East and North Cumbria ICB · 01H"; null when there is nothing to add. */
  readonly context: string | null;
}

const SUB_ICB = /^(.+? ICB) - ([0-9A-Z]{3,5}) (.+)$/;

export function splitAreaName(name: string): SplitName {
  const match = SUB_ICB.exec(name.trim());
  if (!match) return { main: name, context: null };
  const [, icb = '', code = '', place = ''] = match;
  return { main: place, context: `${icb} · ${code}` };
}
