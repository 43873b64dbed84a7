// Starts csv-worker.ts on one file and hands back its progress and result. Cancelling ends the worker at once.
import type { ParseMessage, UploadContext, UploadSummary } from './upload-format';

export interface ParseJob {
  result: Promise<UploadSummary>;
  cancel: () => void;
}

export function parseInWorker(file: File, context: UploadContext, onProgress: (fraction: number) => void): ParseJob {
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (summary: UploadSummary) => void; reject: (error: Error) => void } | null = null;
  const result = new Promise<UploadSummary>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: UploadSummary | Error) => {
    worker.terminate();
    if (outcome instanceof Error) settle?.reject(outcome);
    else settle?.resolve(outcome);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<ParseMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.totalBytes > 0 ? message.bytesRead / message.totalBytes : 1);
    else if (message.type === 'done') finish(message.summary);
    else finish(new Error(message.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(new Error(event.message || 'the file reader stopped unexpectedly'));
  };
  worker.postMessage({ file, context });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle = null;
    },
  };
}
