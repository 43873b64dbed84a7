// Notices about a link stay short and few whatever the link holds, so a mangled or hostile link cannot flood
// or widen the page: each notice is at most MAX_NOTICE_LENGTH characters (raw text from the link is quoted
// and cut with "…"), and a list holds at most MAX_NOTICES, the last saying how many more there were.

/** Characters (UTF-16 code units, as `string.length` counts) in one notice. */
export const MAX_NOTICE_LENGTH = 200;
/** Notices in one list, the last of them "…and N more." when there were more. */
export const MAX_NOTICES = 8;
/** Characters of raw link text quoted in a notice. */
const MAX_QUOTED = 40;
/** Items named in a notice's list ("A, B, C and 4 more"). */
const MAX_NAMED = 3;

/** Text cut to `max` code units, ending with "…" when cut; never splits a surrogate pair (an emoji). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

// Control characters and bidirectional overrides would garble the sentence around the quoted text.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Raw text from the link as it may be shown: unprintable characters as spaces, runs of space folded, cut short. */
export const shown = (raw: string) => clip(raw.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' '), MAX_QUOTED);

/** Raw text from the link in quotes, made safe to show by `shown`. */
export const quote = (raw: string) => `"${shown(raw)}"`;

export const count = (n: number) => n.toLocaleString('en-GB');

/** "A, B, C and 4 more" (each item made safe to show). */
export function someOf(items: readonly string[]): string {
  const named = items.slice(0, MAX_NAMED).map(shown).join(', ');
  return items.length > MAX_NAMED ? `${named} and ${count(items.length - MAX_NAMED)} more` : named;
}

/**
 * Areas named as people know them ("NHS Kent and Medway ICB"): as many whole names (up to three) as fit in `room`
 * characters, then "and N more"; at least one, cut with "…" only if one alone is too long. Names such as "NHS
 * Bedfordshire, Luton and Milton Keynes ICB" have commas, so then "; " separates them.
 */
export function someNamed(items: readonly string[], room: number): string {
  const names = items.map((n) => n.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim());
  const separator = names.some((n) => n.includes(',')) ? '; ' : ', ';
  const more = (k: number) => (k < names.length ? ` and ${count(names.length - k)} more` : '');
  let k = Math.min(names.length, MAX_NAMED);
  while (k > 1 && names.slice(0, k).join(separator).length + more(k).length > room) k -= 1;
  if (k > 1) return names.slice(0, k).join(separator) + more(k);
  return clip(names[0] ?? '', Math.max(10, room - more(1).length)) + more(1);
}

/** The notices to show: duplicates once, each cut to MAX_NOTICE_LENGTH, at most MAX_NOTICES of them. */
export function boundNotices(notices: readonly string[]): string[] {
  const unique = [...new Set(notices.map((n) => clip(n, MAX_NOTICE_LENGTH)))];
  if (unique.length <= MAX_NOTICES) return unique;
  const kept = unique.slice(0, MAX_NOTICES - 1);
  return [...kept, `…and ${count(unique.length - kept.length)} more.`];
}
