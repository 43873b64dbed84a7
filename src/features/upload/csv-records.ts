// A streaming CSV reader (RFC 4180): text arrives in chunks of any size, records come out with the line
// they start on. Quoted fields may hold commas, doubled quotes and line breaks, and may be split across
// chunks; line ends are LF or CRLF (or a lone CR); a byte-order mark at the very start is dropped; blank
// lines are skipped but still counted, so line numbers match what a spreadsheet or text editor shows.
// Plain functions over strings: it runs the same in a Web Worker and in a unit test.

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
  /** The file ended inside a quoted field (a missing closing quote). */
  unterminated?: true;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

export class CsvRecordReader {
  /** The field separator's character code: a comma, or a semicolon or tab (see text-format.ts). */
  private readonly delimiter: number;
  constructor(delimiter: string = ',') {
    this.delimiter = delimiter.charCodeAt(0) || COMMA;
  }
  private state: State = 'fieldStart';
  /** Text of the current field from earlier chunks (or before a doubled quote). */
  private carry = '';
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private atStart = true;
  /** The last record ended with CR: a following LF belongs to it. */
  private skipLf = false;

  /** Reads one chunk of text, calling `onRecord` for every record it completes. */
  push(chunk: string, onRecord: (record: CsvRecord) => void): void {
    const n = chunk.length;
    let i = 0;
    if (this.atStart && n > 0) {
      this.atStart = false;
      if (chunk.charCodeAt(0) === BOM) i = 1;
    }
    // `start` is where the current field's text begins in this chunk.
    let start = i;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === LF) {
          i += 1;
          start = i;
          continue;
        }
      }
      if (this.state === 'quoted') {
        if (c === QUOTE) {
          this.carry += chunk.slice(start, i);
          this.state = 'quoteInQuoted';
          start = i + 1;
        } else if (c === LF) this.line += 1;
        i += 1;
        continue;
      }
      if (this.state === 'quoteInQuoted') {
        if (c === QUOTE) {
          // A doubled quote inside a quoted field is one literal quote.
          this.carry += '"';
          this.state = 'quoted';
          i += 1;
          start = i;
          continue;
        }
        // The quoted part has ended; anything up to the next separator is kept as it stands (lenient).
        this.state = 'unquoted';
        start = i;
      }
      if (this.state === 'fieldStart') {
        if (c === QUOTE) {
          this.state = 'quoted';
          i += 1;
          start = i;
          continue;
        }
        this.state = 'unquoted';
        start = i;
      }
      if (c === this.delimiter) {
        this.endField(chunk.slice(start, i));
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.endField(chunk.slice(start, i));
        this.endRecord(onRecord);
        this.skipLf = c === CR;
        start = i + 1;
      }
      i += 1;
    }
    if (start < n) this.carry += chunk.slice(start);
  }

  /** Ends the input: emits the last record if the file did not end with a line break. */
  end(onRecord: (record: CsvRecord) => void): void {
    if (this.state === 'quoted') {
      this.fields.push(this.carry);
      onRecord({ line: this.recordLine, fields: this.fields, unterminated: true });
    } else if (this.state !== 'fieldStart' || this.fields.length > 0) {
      this.endField('');
      this.endRecord(onRecord);
    }
    this.fields = [];
    this.carry = '';
    this.state = 'fieldStart';
  }

  private endField(tail: string) {
    this.fields.push(this.carry + tail);
    this.carry = '';
    this.state = 'fieldStart';
  }

  private endRecord(onRecord: (record: CsvRecord) => void) {
    const fields = this.fields;
    this.fields = [];
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) onRecord({ line: this.recordLine, fields });
    this.line += 1;
    this.recordLine = this.line;
  }
}

/** Every record of a whole CSV text (for tests and small inputs). */
export function readCsvRecords(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const reader = new CsvRecordReader(delimiter);
  const add = (r: CsvRecord) => records.push(r);
  reader.push(text, add);
  reader.end(add);
  return records;
}
