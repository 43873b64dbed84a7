// Short names for map labels. The full official name stays in the tooltip and the Areas table; a label
// only has to tell neighbours apart, in as little room as possible. The rule, from the names in
// data/areas.json:
//   - "NHS " and " ICB" go: "NHS Kent and Medway ICB" -> "Kent & Medway".
//   - A sub-ICB is named "<ICB> - <code> <place>": the place after the code is its name
//     ("NHS Greater Manchester ICB - 00T Bolton" -> "Bolton"); when nothing follows the code the sub-ICB
//     covers the whole ICB, so it takes the ICB's short name ("NHS Kent and Medway ICB - 91Q" -> "Kent & Medway").
//   - " and " becomes " & ", and the small words "Of", "The", "With", "Upon" are lower-cased inside a name
//     ("Cornwall and The Isles Of Scilly" -> "Cornwall & the Isles of Scilly").
// Region names are already short and only get the " & ".

/** "<ICB name> - <3 to 5 letter/digit code>[ <place>]", the form of every sub-ICB location's name. */
const SUB_ICB_NAME = /^(.*?)\s+-\s+[A-Z0-9]{3,5}\b\s*(.*)$/;
const SMALL_WORDS = /(?<=\S )(Of|The|With|Upon)(?= )/g;

/** The short name shown on a map label for an area's official name. */
export function shortAreaName(name: string): string {
  const subIcb = SUB_ICB_NAME.exec(name.trim());
  const base = subIcb ? subIcb[2] || subIcb[1] || name : name;
  return base
    .trim()
    .replace(/^NHS\s+/, '')
    .replace(/\s+ICB$/, '')
    .replace(/\s+and\s+/g, ' & ')
    .replace(SMALL_WORDS, (word) => word.toLowerCase());
}

/**
 * The ways a short name can be set as a label, in order of preference: on one line, then (for names of
 * two words or more) on two lines, broken at the space that makes the longer line shortest, counting a
 * break after a comma or before "&" as 4 characters shorter (each ends a place name), and never just
 * after "&". "Humber & North Yorkshire" -> ["Humber", "& North Yorkshire"].
 */
export function labelLayouts(short: string): string[][] {
  const words = short.split(/\s+/).filter(Boolean);
  const oneLine = [words.join(' ')];
  let best: string[] | null = null;
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i += 1) {
    const before = words.slice(0, i);
    const after = words.slice(i);
    if (before[before.length - 1] === '&') continue;
    const first = before.join(' ');
    const second = after.join(' ');
    const natural = first.endsWith(',') || after[0] === '&';
    const score = Math.max(first.length, second.length) - (natural ? 4 : 0);
    if (score < bestScore) {
      best = [first, second];
      bestScore = score;
    }
  }
  return best ? [oneLine, best] : [oneLine];
}

/** Each area's label layouts from its official name (its code when the name is unknown), worked out once per code. */
export function labelLayoutsFor(nameOf: (code: string) => string | undefined): (code: string) => readonly string[][] {
  const cache = new Map<string, readonly string[][]>();
  return (code) => {
    let layouts = cache.get(code);
    if (!layouts) {
      layouts = labelLayouts(shortAreaName(nameOf(code) ?? code));
      cache.set(code, layouts);
    }
    return layouts;
  };
}

// Short names for big type (presentation titles): a sub-ICB's official name leads with its ICB and code
// ("NHS North East and North Cumbria ICB - 01H North Cumbria"), which wraps a projector title over two lines.
// The place comes first and its ICB and code second; the full name stays available (title, screen readers).
// An ICB drops the "NHS " and " ICB" that every ICB has ("NHS Bristol, North Somerset and South Gloucestershire ICB"
// is "Bristol, North Somerset and South Gloucestershire" under a title that says "ICB (STP) areas"), and a sub-ICB
// that is its whole ICB ("NHS Kent and Medway ICB - 91Q") is named so, with the ICB and code as its context.

export interface SplitName {
  /** The place: "North Cumbria"; for other areas the name itself. */
  readonly main: string;
  /** What it belongs to: "NHS North East and North Cumbria ICB · 01H"; null when there is nothing to add. */
  readonly context: string | null;
}

const SUB_ICB = /^(.+? ICB) - ([0-9A-Z]{3,5})(?: (.+))?$/;
const ICB = /^NHS (.+) ICB$/;

export function splitAreaName(name: string): SplitName {
  const trimmed = name.trim();
  const match = SUB_ICB.exec(trimmed);
  if (match) {
    const [, icb = '', code = '', place] = match;
    return { main: place ?? ICB.exec(icb)?.[1] ?? icb, context: `${icb} · ${code}` };
  }
  const icb = ICB.exec(trimmed);
  return { main: icb?.[1] ?? name, context: null };
}
