// Types for scripts/chromium.mjs, shared by the browser tests and the benchmark scripts.
declare module '*/scripts/chromium.mjs' {
  export const CHROMIUM_PATH: string;
  export const CHROMIUM_ARGS: string[];
  export const LAUNCH_OPTIONS: { executablePath: string; args: string[]; headless: boolean };
}
