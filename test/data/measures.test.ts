// The pipeline (scripts/data/sums.mjs, plain JavaScript run by Node) and the app's schema (src/data/schemas.ts)
// each name the per-year measures every area carries. They cannot share one module (the pipeline does not load
// TypeScript), so this test holds them to one list: a measure added to one and not the other fails here.
import { describe, expect, it } from 'vitest';
import { DP, MEASURES } from '../../scripts/data/sums.mjs';
import { AREA_SERIES_KEYS } from '../../src/data/schemas';

describe("the areas' measures", () => {
  it('are the same list, in the same order, in the pipeline and the schema', () => {
    expect(MEASURES).toEqual([...AREA_SERIES_KEYS]);
  });
  it('each have their decimal places in the pipeline', () => {
    expect(Object.keys(DP).sort()).toEqual([...AREA_SERIES_KEYS].sort());
  });
});
