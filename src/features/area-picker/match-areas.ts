// Pure search for "Find an area": regions, ICBs and sub-ICBs by today's name, former CCG name, ODS code (QT6,
// 11N) or ONS code (E54000036); and, once data/places.json has loaded, practices (code, name, postcode), PCNs,
// local authority districts and former CCGs. Ranked: an exact code or postcode, then a name that starts with
// the text (a leading "NHS " aside), then a word of the name that does, then a name that contains it, then a former name; within a
// rank, areas before places (local authorities, former CCGs, PCNs, then practices), an exact name first. When nothing
// matches, close spellings do ("Knowsly" finds Knowsley: one or two letters wrong, missing, extra or swapped).
import { levelDepth } from '../../figures/map-levels';
import type { Area } from '../../data/schemas';

/** The picker lists this many at most; typing more narrows the list. */
export const MAX_RESULTS = 12;

export type FindKind = 'area' | 'district' | 'ccg' | 'asWas' | 'pcn' | 'practice' | 'postcode';
const KIND_ORDER: Record<FindKind, number> = { area: 0, district: 1, ccg: 2, asWas: 2.5, pcn: 3, practice: 4, postcode: 5 };

/** One thing the picker can find, with its search forms worked out once (not on every keystroke). */
export interface Findable<T = unknown> {
  /** Unique among all findables: kind and code. */
  key: string;
  kind: FindKind;
  name: string;
  /** Codes an exact match on lists first (ODS and ONS codes, practice, PCN, district or CCG codes). */
  codes: readonly string[];
  postcode: string | null;
  formerName: string | null;
  /** Tie-break within a kind (an area's level). */
  order: number;
  value: T;
  lowerName: string;
  /** The name without a leading "NHS ", so "Cornwall" starts "NHS Cornwall and The Isles Of Scilly ICB". */
  prefixName: string;
  lowerCodes: readonly string[];
  compactPostcode: string | null;
  lowerFormerName: string | null;
}

export function findable<T>(input: {
  kind: FindKind;
  name: string;
  codes: readonly string[];
  postcode?: string | null;
  formerName?: string | null;
  order?: number;
  value: T;
}): Findable<T> {
  const postcode = input.postcode ?? null;
  const formerName = input.formerName ?? null;
  return {
    key: `${input.kind}:${input.codes[0] ?? input.name}`,
    kind: input.kind,
    name: input.name,
    codes: input.codes,
    postcode,
    formerName,
    order: input.order ?? 0,
    value: input.value,
    lowerName: input.name.toLowerCase(),
    prefixName: input.name.toLowerCase().replace(/^nhs /, ''),
    lowerCodes: input.codes.map((c) => c.toLowerCase()),
    compactPostcode: postcode === null ? null : compact(postcode),
    lowerFormerName: formerName?.toLowerCase() ?? null,
  };
}

export const areaFindable = (area: Area): Findable<Area> =>
  findable({
    kind: 'area',
    name: area.name,
    codes: area.publicCode ? [area.publicCode, area.code, area.onsCode] : [area.code, area.onsCode],
    formerName: area.formerName,
    order: levelDepth(area.level),
    value: area,
  });

/** What the text matched on, so the option and the live line can say why a place is listed. */
export type MatchedOn = 'code' | 'postcode' | 'name' | 'formerName' | 'closeSpelling';

export interface FindMatch<T = unknown> {
  item: Findable<T>;
  rank: number;
  on: MatchedOn;
}

const compact = (text: string) => text.toLowerCase().replace(/\s+/g, '');
/** Characters that start a new word in a name: "Tower Hamlets", "Bath and North East Somerset", "St James' (Dover)". */
const WORD_BREAK = /[\s\-()'’&,./]/;

function startsAWord(name: string, query: string): boolean {
  for (let at = name.indexOf(query); at >= 0; at = name.indexOf(query, at + 1))
    if (at === 0 || WORD_BREAK.test(name[at - 1] ?? '')) return true;
  return false;
}

// Lower is better; null when the item does not match at all.
function score(item: Findable, query: string, compactQuery: string, hasDigit: boolean): { rank: number; on: MatchedOn } | null {
  if (item.lowerCodes.includes(query)) return { rank: 0, on: 'code' };
  if (item.compactPostcode !== null && item.compactPostcode === compactQuery) return { rank: 0, on: 'postcode' };
  if (item.lowerName.startsWith(query) || item.prefixName.startsWith(query)) return { rank: 1, on: 'name' };
  if (startsAWord(item.lowerName, query)) return { rank: 2, on: 'name' };
  // A postcode's start ("CT16", "CT16 1"): only text with a digit, so a word never lists every postcode.
  if (hasDigit && compactQuery.length >= 2 && item.compactPostcode?.startsWith(compactQuery)) return { rank: 2, on: 'postcode' };
  if (item.lowerName.includes(query)) return { rank: 3, on: 'name' };
  if (hasDigit && query.length >= 3 && item.lowerCodes.some((c) => c.startsWith(query))) return { rank: 3, on: 'code' };
  if (item.lowerFormerName?.includes(query)) return { rank: 4, on: 'formerName' };
  return null;
}

const collator = new Intl.Collator('en-GB');

/** Edits (insert, delete, substitute, swap two neighbours) from a to b, or more than `max` (stops early). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits a typo may need: none under 4 letters (too many near misses), 1 up to 7, 2 from 8. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * A close spelling ("Knowsly" for Knowsley, "Tower Hamlts"): the text within allowedEdits of the name from one of
 * its word starts with the same first letter, taken as long as the text or up to allowedEdits letters either way.
 */
function closeSpelling(item: Findable, query: string, max: number): boolean {
  const name = item.lowerName;
  for (let at = 0; at < name.length; at++) {
    if (at > 0 && !WORD_BREAK.test(name[at - 1] ?? '')) continue;
    // The first letter right (or swapped with the second): people rarely mistype it, and it keeps this fast.
    if (name[at] !== query[0] && !(name[at] === query[1] && name[at + 1] === query[0])) continue;
    for (let len = query.length - max; len <= query.length + max; len++) {
      if (len < 1 || at + len > name.length) continue;
      if (editDistance(query, name.slice(at, at + len), max) <= max) return true;
    }
  }
  return false;
}

/** Findables matching the typed text, best first, at most MAX_RESULTS of them, and how many matched in all. */
export function matchFindables<T>(items: readonly Findable<T>[], typed: string): { matches: FindMatch<T>[]; total: number } {
  const query = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  if (query === '') return { matches: [], total: 0 };
  const compactQuery = compact(query);
  const hasDigit = /\d/.test(query);
  const found: FindMatch<T>[] = [];
  for (const item of items) {
    const s = score(item, query, compactQuery, hasDigit);
    if (s) found.push({ item, ...s });
  }
  // Nothing spelled so: close spellings of names, ranked after any real match (there is none).
  const max = allowedEdits(query.length);
  if (found.length === 0 && !hasDigit && max > 0)
    for (const item of items) if (closeSpelling(item, query, max)) found.push({ item, rank: 5, on: 'closeSpelling' });
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
      Number(b.item.lowerName === query) - Number(a.item.lowerName === query) ||
      a.item.order - b.item.order ||
      collator.compare(a.item.name, b.item.name) ||
      a.item.key.localeCompare(b.item.key),
  );
  return { matches: found.slice(0, MAX_RESULTS), total: found.length };
}

export interface AreaMatch {
  area: Area;
  /** Set when the match was on the former CCG name, so the option can say why it is listed. */
  viaFormerName: boolean;
}

/** Areas alone (England itself excluded) matching the query, best first; ties by level, then name. */
export function matchAreas(areas: readonly Area[], typed: string): { matches: AreaMatch[]; total: number } {
  const { matches, total } = matchFindables(areas.filter((a) => a.level !== 'england').map(areaFindable), typed);
  return { matches: matches.map(({ item, on }) => ({ area: item.value, viaFormerName: on === 'formerName' })), total };
}
