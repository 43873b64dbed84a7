// How an uploaded file is written, worked out from its first bytes: spreadsheet programs often save
// "CSV" as UTF-16 (with or without a byte-order mark) and, in many locales, with semicolons or tabs
// between fields. Reading those as UTF-8 commas would reject a good file as "missing columns".

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';
export type Delimiter = ',' | ';' | '\t';

export const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
};
export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * The encoding from a byte-order mark, or else from where the zero bytes fall: ASCII text in UTF-16 has a
 * zero in every other byte (the second of each pair in little-endian, the first in big-endian).
 */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const pairs = Math.floor(Math.min(bytes.length, 1024) / 2);
  if (pairs < 2) return 'utf-8';
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenZeros += 1;
    if (bytes[2 * i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

/** The separator the header line uses most, outside quotes (a comma when there is none or a tie). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

export interface TextFormat {
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

/** "UTF-16 (little-endian), tab-separated". */
export const describeFormat = ({ encoding, delimiter }: TextFormat) =>
  `${ENCODING_NAMES[encoding]}, ${DELIMITER_NAMES[delimiter]}-separated`;
