// Web Worker: England's Monte Carlo spread (src/model/monte-carlo.ts) off the main thread, so a slider never
// waits for it. It prepares the data once per data set, then answers one request per scenario.
import {
  nationalSpread,
  prepareProjection,
  runBacktest,
  type Backtest,
  type LeverValues,
  type NationalSpread,
  type Prepared,
  type ProjectionData,
  type TrainingPoint,
} from '../../model';

export type SpreadRequest =
  | { type: 'data'; dataId: number; data: ProjectionData }
  | {
      type: 'spread';
      dataId: number;
      key: string;
      englandLevers: Partial<LeverValues>;
      trainingPath: readonly TrainingPoint[] | null;
    }
  | { type: 'backtest'; dataId: number };
export type SpreadResponse =
  | { type: 'spread'; dataId: number; key: string; spread: NationalSpread; milliseconds: number }
  | { type: 'failed'; dataId: number; key: string; message: string }
  | { type: 'backtest'; dataId: number; result: Backtest };

// The DOM typings describe `self` as a Window; in a dedicated worker it posts to the page that started it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SpreadRequest>) => void) | null;
  postMessage: (message: SpreadResponse) => void;
};

let current: { dataId: number; prepared: Prepared } | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'data') {
    current = { dataId: request.dataId, prepared: prepareProjection(request.data) };
    return;
  }
  if (!current || current.dataId !== request.dataId) return;
  if (request.type === 'backtest') {
    scope.postMessage({ type: 'backtest', dataId: request.dataId, result: runBacktest(current.prepared.data) });
    return;
  }
  const started = performance.now();
  try {
    const spread = nationalSpread(current.prepared, {
      englandLevers: request.englandLevers,
      trainingPath: request.trainingPath,
    });
    scope.postMessage({
      type: 'spread',
      dataId: request.dataId,
      key: request.key,
      spread,
      milliseconds: performance.now() - started,
    });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      dataId: request.dataId,
      key: request.key,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
