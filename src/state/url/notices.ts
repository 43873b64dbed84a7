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

/** The notices to show: duplicates once, each cut to MAX_NOTICE_LENGTH, at most MAX_NOTICES of them. */
export function boundNotices(notices: readonly string[]): string[] {
  const unique = [...new Set(notices.map((n) => clip(n, MAX_NOTICE_LENGTH)))];
  if (unique.length <= MAX_NOTICES) return unique;
  const kept = unique.slice(0, MAX_NOTICES - 1);
  return [...kept, `…and ${count(unique.length - kept.length)} more.`];
}
