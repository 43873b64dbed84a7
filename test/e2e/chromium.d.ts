// Types for the scripts shared by the browser tests and the benchmark scripts.
declare module '*/scripts/chromium.mjs' {
  export const CHROMIUM_PATH: string;
  export const CHROMIUM_ARGS: string[];
  export const LAUNCH_OPTIONS: { executablePath: string; args: string[]; headless: boolean };
}

// Types for scripts/bench/footprint.mjs: the long-session measurement, shared by the browser test and the bench.
declare module '*/scripts/bench/footprint.mjs' {
  import type { Page } from 'playwright-core';
  export interface FootprintGrowth {
    cycles: number;
    seconds: number;
    heapMB: number;
    nodes: number;
    listeners: number;
    windowListeners: string[];
    documentListeners: string[];
    start: { heapMB: number; nodes: number; listeners: number };
    end: { heapMB: number; nodes: number; listeners: number };
  }
  export const PRESENT_SELECTORS: { areas: string; inset: string; labels: string; chart: string };
  export function footprintGrowth(
    page: Page,
    cycle: (i: number) => Promise<void>,
    options?: { cycles?: number; warmUp?: number },
  ): Promise<FootprintGrowth>;
  export function waitForAll(page: Page, selectors: Record<string, string>, timeout?: number): Promise<void>;
  export function presentCycle(page: Page): Promise<void>;
  export function practiceCycle(page: Page): Promise<void>;
}
