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

// Types for scripts/bench/many-scenarios.mjs: 1,000 saved scenarios in three tabs, shared by the browser test and the bench.
declare module '*/scripts/bench/many-scenarios.mjs' {
  import type { BrowserContext, CDPSession, Page } from 'playwright-core';
  export interface Tab {
    page: Page;
    cdp: CDPSession;
  }
  export interface Measured {
    workMs: number[];
    wallMs: number;
    writes: number[];
    allWrites: number[];
    longestTaskMs: number[];
  }
  export const STORAGE_KEY: string;
  export const SAVED: number;
  export const IMPORTED: number;
  export const CHANGE_BUDGET_MS: number;
  export const IMPORT_BUDGET_MS: number;
  export const SAVED_NAMES: string;
  export function pad(i: number): string;
  export function watchWritesAndTasks(): void;
  export function rowIs(page: Page, name: string, present?: boolean): Promise<void>;
  export function openThreeTabs(
    context: BrowserContext,
    baseUrl: string,
    ready: (page: Page) => Promise<void>,
    onError?: (message: string) => void,
  ): Promise<Tab[]>;
  export function saveOne(tabs: Tab[]): Promise<Measured>;
  export function renameOne(tabs: Tab[]): Promise<Measured>;
  export function deleteFive(tabs: Tab[]): Promise<Measured[]>;
  export function importMany(tabs: Tab[]): Promise<Measured>;
  export function median(xs: number[]): number;
}
