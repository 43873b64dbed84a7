// Names people type (saved scenarios): what is kept, what counts as empty, what goes into files.
// Pure string functions, one place for all of them. On screen a name is shown as text inside <bdi> (or
// between FSI and PDI where only a string can go), so right-to-left text or a stray override in it cannot
// reorder the words around it; in files (CSV cells, PNG text) the bidi controls are removed instead.

export const MAX_NAME_LENGTH = 80;

/**
 * C0 and C1 control characters, DEL, lone surrogates and the non-characters U+FFFE/U+FFFF: never part of a
 * name. They are invisible or shown as boxes, and any of them makes an SVG or XML document that carries the
 * name unreadable (an exported chart failed to decode with one in a compared scenario's name).
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Line and tab controls (and NEL, U+0085) count as white space: "Plan\nA" is "Plan A". */
const WHITE_SPACE = /[\s\u0085]+/g;
/**
 * What draws nothing: white space and the default-ignorable code points (zero-width space, joiners, word
 * joiner, BOM, soft hyphen, bidi marks and controls, variation selectors, Hangul fillers...), and the braille
 * blank. A name made only of these looks empty, so it is treated as empty.
 */
const INVISIBLE = /[\s\u0085\u2800\p{Default_Ignorable_Code_Point}]/gu;
/** Bidi embeddings, overrides, isolates and marks (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** First strong isolate and pop directional isolate: isolate a name inside a plain string. */
const FSI = '\u2068';
const PDI = '\u2069';

/** True when the text shows nothing: empty, or only white space, zero-width and control characters. */
export function isBlankName(text: string): boolean {
  return text.replace(CONTROL, '').replace(INVISIBLE, '') === '';
}

/**
 * A name as it is kept: control characters removed, white space (including new lines) folded to one space
 * and trimmed, cut to 80 characters (whole code points, so an emoji is never cut in half). A name that shows
 * nothing (zero-width characters or white space only) becomes '' and is refused like an empty one.
 */
export function cleanName(text: string): string {
  const folded = text.replace(CONTROL, '').replace(WHITE_SPACE, ' ').trim();
  const cut = Array.from(folded).slice(0, MAX_NAME_LENGTH).join('').trim();
  return isBlankName(cut) ? '' : cut;
}

/** What two names are compared by: case folded and invisible characters ignored ("Plan" = "plan\u200B"). */
export function nameKey(name: string): string {
  return name.replace(INVISIBLE, '').toLocaleLowerCase('en-GB');
}

/**
 * `name`, or "name (2)", "name (3)", ... if another name looks the same already (ignoring case and invisible
 * characters). `taken`: the other names, or a set of their keys (nameKey) when there are many to check.
 */
export function uniqueName(name: string, taken: readonly string[] | ReadonlySet<string>): string {
  const keys = Array.isArray(taken) ? new Set(taken.map(nameKey)) : (taken as ReadonlySet<string>);
  if (!keys.has(nameKey(name))) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n += 1) {
    const candidate = withSuffix(base, ` (${n})`);
    if (!keys.has(nameKey(candidate))) return candidate;
  }
}

/** `name` followed by `suffix`, the name cut (by code points) so the whole stays within 80 characters. */
export function withSuffix(name: string, suffix: string): string {
  const room = MAX_NAME_LENGTH - Array.from(suffix).length;
  return `${Array.from(name).slice(0, Math.max(room, 0)).join('').trimEnd()}${suffix}`;
}

/**
 * Text for a file (a CSV cell, a line drawn on a PNG): without bidi controls or control characters, which a
 * spreadsheet or an image cannot isolate. The characters themselves (Arabic, Hebrew, ...) are kept.
 */
export function fileText(text: string): string {
  return text.replace(BIDI_CONTROL, '').replace(CONTROL, '');
}

/** Isolate initiators and their terminator (LRI RLI FSI PDI). */
const ISOLATE_CONTROL = /[\u2066-\u2069]/g;

/**
 * A name isolated inside a plain string (a map tooltip line, a notice), as <bdi> does in markup: between FSI
 * and PDI, with any isolate characters of its own removed so that it cannot end the isolation early.
 * `IsolatedText` (components/) shows such a string with each name in a <bdi>.
 */
export function isolate(name: string): string {
  return `${FSI}${name.replace(ISOLATE_CONTROL, '')}${PDI}`;
}

/** `text` split at its isolated names: even indices are the text around them, odd indices the names. */
export function splitIsolated(text: string): string[] {
  return text.split(/\u2068([^\u2069]*)\u2069/);
}

/** `text` without the FSI/PDI that isolate() added (for an aria-label, whose words a screen reader reads in order). */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATE_CONTROL, '');
}
