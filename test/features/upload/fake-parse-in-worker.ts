// jsdom has no Web Worker: the upload tests replace the worker client with the same validator run on the
// file's text (vi.mock('.../parse-in-worker', () => import('./fake-parse-in-worker'))).
import { validateCsv } from '../../../src/features/upload/validate-rows';
import type { ParseJob } from '../../../src/features/upload/parse-in-worker';
import type { UploadContext } from '../../../src/features/upload/upload-format';

export function parseInWorker(file: File, context: UploadContext, onProgress: (fraction: number) => void): ParseJob {
  return {
    result: file.text().then((text) => {
      onProgress(1);
      return validateCsv(text, context);
    }),
    cancel: () => {},
  };
}
