// England's Monte Carlo spread for a scenario, from a Web Worker (spread-worker.ts). Results are cached per
// data set and lever choice; while a new one is computed the last one stands in, so ranges never blink.
// Where there is no Worker (tests in jsdom), the spread is computed after the current render instead. A build
// never needs that: every browser that runs the app has Workers, so the fallback (and the Monte Carlo and
// back-test code it would pull into the page's bundle, next to the worker's own copy) is left out of it.
import { useEffect, useState } from 'react';
import {
  nationalSpread,
  runBacktest,
  type Backtest,
  type LeverValues,
  type NationalSpread,
  type Prepared,
  type TrainingPoint,
} from '../../model';
import type { SpreadRequest, SpreadResponse } from './spread-worker';

type Listener = () => void;

/** Stable text for a lever choice (and training path): keys sorted, so the same choice always hits the cache. */
export function leverKey(levers: Partial<LeverValues>, path: readonly TrainingPoint[] | null = null): string {
  const sorted = JSON.stringify(Object.entries(levers).sort(([a], [b]) => a.localeCompare(b)));
  return path ? `${sorted}|${JSON.stringify(path)}` : sorted;
}

class SpreadClient {
  private worker: Worker | null = null;
  private dataIds = new WeakMap<Prepared, number>();
  private nextDataId = 1;
  private results = new Map<string, NationalSpread>();
  private backtests = new Map<number, Backtest>();
  private pending = new Set<string>();
  private listeners = new Set<Listener>();
  /** Milliseconds the last spread took in the worker (for the benchmark). */
  lastMilliseconds = 0;

  private dataId(prepared: Prepared): number {
    let id = this.dataIds.get(prepared);
    if (id === undefined) {
      id = this.nextDataId++;
      this.dataIds.set(prepared, id);
      this.post({ type: 'data', dataId: id, data: prepared.data });
    }
    return id;
  }

  private post(message: SpreadRequest) {
    if (!import.meta.env.PROD && typeof Worker === 'undefined') return;
    if (!this.worker) {
      this.worker = new Worker(new URL('./spread-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<SpreadResponse>) => this.receive(event.data);
    }
    this.worker.postMessage(message);
  }

  private receive(message: SpreadResponse) {
    if (message.type === 'backtest') {
      this.backtests.set(message.dataId, message.result);
      this.pending.delete(`backtest|${message.dataId}`);
      for (const listener of this.listeners) listener();
      return;
    }
    const cacheKey = `${message.dataId}|${message.key}`;
    this.pending.delete(cacheKey);
    if (message.type === 'spread') {
      this.results.set(cacheKey, message.spread);
      this.lastMilliseconds = message.milliseconds;
    }
    for (const listener of this.listeners) listener();
  }

  /** The spread if known; otherwise asks for it and returns undefined. */
  get(
    prepared: Prepared,
    englandLevers: Partial<LeverValues>,
    trainingPath: readonly TrainingPoint[] | null = null,
  ): NationalSpread | undefined {
    const key = leverKey(englandLevers, trainingPath);
    const dataId = this.dataId(prepared);
    const cacheKey = `${dataId}|${key}`;
    const hit = this.results.get(cacheKey);
    if (hit || this.pending.has(cacheKey)) return hit;
    this.pending.add(cacheKey);
    if (!import.meta.env.PROD && typeof Worker === 'undefined') {
      setTimeout(() => {
        try {
          this.receive({
            type: 'spread',
            dataId,
            key,
            spread: nationalSpread(prepared, { englandLevers, trainingPath }),
            milliseconds: 0,
          });
        } catch (error) {
          this.receive({ type: 'failed', dataId, key, message: error instanceof Error ? error.message : String(error) });
        }
      }, 0);
    } else this.post({ type: 'spread', dataId, key, englandLevers, trainingPath });
    return undefined;
  }

  /** The spread for these levers once it is known (asking for it if need be), or null if it could not be computed. */
  whenReady(
    prepared: Prepared,
    englandLevers: Partial<LeverValues>,
    trainingPath: readonly TrainingPoint[] | null = null,
  ): Promise<NationalSpread | null> {
    const first = this.get(prepared, englandLevers, trainingPath);
    if (first) return Promise.resolve(first);
    const cacheKey = `${this.dataId(prepared)}|${leverKey(englandLevers, trainingPath)}`;
    return new Promise((resolve) => {
      const stop = this.subscribe(() => {
        const hit = this.results.get(cacheKey);
        if (hit) {
          stop();
          resolve(hit);
        } else if (!this.pending.has(cacheKey)) {
          stop();
          resolve(null);
        }
      });
    });
  }

  /** The back-test of this data set if known; otherwise asks for it (it takes a second or so) and returns undefined. */
  backtest(prepared: Prepared): Backtest | undefined {
    const dataId = this.dataId(prepared);
    const hit = this.backtests.get(dataId);
    const key = `backtest|${dataId}`;
    if (hit || this.pending.has(key)) return hit;
    this.pending.add(key);
    if (!import.meta.env.PROD && typeof Worker === 'undefined')
      setTimeout(() => this.receive({ type: 'backtest', dataId, result: runBacktest(prepared.data) }), 0);
    else this.post({ type: 'backtest', dataId });
    return undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const spreadClient = new SpreadClient();

/**
 * The national spread for England's levers: `spread` is the latest known (the one for these levers, or the
 * last one while these are computed), `current` whether it is for these levers.
 */
export function useNationalSpread(
  prepared: Prepared | null,
  englandLevers: Partial<LeverValues>,
  trainingPath: readonly TrainingPoint[] | null = null,
): { spread: NationalSpread | null; current: boolean } {
  const [, rerender] = useState(0);
  const [last, setLast] = useState<NationalSpread | null>(null);
  useEffect(() => spreadClient.subscribe(() => rerender((n) => n + 1)), []);
  const spread = prepared ? spreadClient.get(prepared, englandLevers, trainingPath) : undefined;
  useEffect(() => {
    // Remember the latest answer, to stand in while the next is computed.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (spread) setLast(spread);
  }, [spread]);
  return { spread: spread ?? last, current: spread !== undefined };
}

/** The back-test for the data on screen, once the worker has run it (null until then). */
export function useBacktest(prepared: Prepared | null): Backtest | null {
  const [, rerender] = useState(0);
  useEffect(() => spreadClient.subscribe(() => rerender((n) => n + 1)), []);
  return (prepared ? spreadClient.backtest(prepared) : undefined) ?? null;
}
