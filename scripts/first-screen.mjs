// The data files the first screen fetches (see src/data/queries.ts): the projection needs the national series, age
// profile and training intakes; the areas come with the 36 ICBs of April 2026 (icb-2026.json) merged in. One list:
// vite.config.ts preloads these from index.html, and the bench (scripts/bench/sizes.mjs) weighs them.
export const FIRST_SCREEN_DATA = [
  'areas.json',
  'icb-2026.json',
  'boundaries.topo.json',
  'national.json',
  'age-profile.json',
  'training.json',
];
