// Web Worker: reads an uploaded CSV in slices, so a 20 MB file never holds up the page, and reports progress
// after each slice. The file is read here, in the browser; nothing is sent over the network.
import { CsvRecordReader, type CsvRecord } from './csv-records';
import { createUploadValidator } from './validate-rows';
import type { ParseMessage, ParseRequest } from './upload-format';
import { detectDelimiter, detectEncoding, type TextFormat } from './text-format';

/** Bytes per slice: small enough for frequent progress, large enough that messages stay few (40 for 20 MB). */
const SLICE_BYTES = 512 * 1024;

// The DOM typings describe `self` as a Window; in a dedicated worker it posts to the page that started it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseMessage) => void;
};

async function parse({ file, context }: ParseRequest) {
  const validator = createUploadValidator(context);
  let reader: CsvRecordReader | null = null;
  let format: TextFormat | null = null;
  let decoder: TextDecoder | null = null;
  const onRecord = (record: CsvRecord) => validator.record(record);
  for (let offset = 0; offset < file.size && !validator.fileError; offset += SLICE_BYTES) {
    const end = Math.min(file.size, offset + SLICE_BYTES);
    const bytes = new Uint8Array(await file.slice(offset, end).arrayBuffer());
    // The encoding from the first bytes (UTF-8 or UTF-16), decoded with streaming so a character split between
    // two slices is read whole; a leading byte-order mark is kept for the CSV reader to drop.
    decoder ??= new TextDecoder(detectEncoding(bytes), { ignoreBOM: true });
    const text = decoder.decode(bytes, { stream: true });
    if (!reader) {
      format = { encoding: detectEncoding(bytes), delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')) };
      reader = new CsvRecordReader(format.delimiter);
    }
    reader.push(text, onRecord);
    scope.postMessage({ type: 'progress', bytesRead: end, totalBytes: file.size });
  }
  if (!validator.fileError && reader && decoder) {
    reader.push(decoder.decode(), onRecord);
    reader.end(onRecord);
  }
  scope.postMessage({ type: 'done', summary: { ...validator.finish(), format } });
}

scope.onmessage = (event) => {
  parse(event.data).catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
