// Web Worker: reads an uploaded CSV in slices, so a 20 MB file never holds up the page, and reports progress
// after each slice. The file is read here, in the browser; nothing is sent over the network.
import { CsvRecordReader, type CsvRecord } from './csv-records';
import { createUploadValidator } from './validate-rows';
import type { ParseMessage, ParseRequest } from './upload-format';

/** Bytes per slice: small enough for frequent progress, large enough that messages stay few (40 for 20 MB). */
const SLICE_BYTES = 512 * 1024;

// The DOM typings describe `self` as a Window; in a dedicated worker it posts to the page that started it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseMessage) => void;
};

async function parse({ file, context }: ParseRequest) {
  const validator = createUploadValidator(context);
  const reader = new CsvRecordReader();
  const onRecord = (record: CsvRecord) => validator.record(record);
  // UTF-8 with streaming, so a character split between two slices is decoded whole; a leading BOM is kept
  // for the CSV reader to drop.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let offset = 0; offset < file.size && !validator.fileError; offset += SLICE_BYTES) {
    const end = Math.min(file.size, offset + SLICE_BYTES);
    const bytes = await file.slice(offset, end).arrayBuffer();
    reader.push(decoder.decode(bytes, { stream: true }), onRecord);
    scope.postMessage({ type: 'progress', bytesRead: end, totalBytes: file.size });
  }
  if (!validator.fileError) {
    reader.push(decoder.decode(), onRecord);
    reader.end(onRecord);
  }
  scope.postMessage({ type: 'done', summary: validator.finish() });
}

scope.onmessage = (event) => {
  parse(event.data).catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
