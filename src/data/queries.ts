// One queryOptions factory per data file. The files are static and versioned with the app: never stale.
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { withIcb2026 } from './icb-2026';
import type { AreasFile } from './schemas';
import {
  ageProfileFileSchema,
  areasFileSchema,
  boundariesFileSchema,
  bulletinLatestFileSchema,
  icb2026FileSchema,
  nationalFileSchema,
  trainingFileSchema,
} from './schemas';

export const DATA_FILES = {
  areas: 'areas.json',
  boundaries: 'boundaries.topo.json',
  national: 'national.json',
  ageProfile: 'age-profile.json',
  training: 'training.json',
  // Not on the first screen: each loads when its level or point is first chosen.
  icb2026: 'icb-2026.json',
  asWas: 'as-was.json',
  asWasBoundaries: 'as-was-boundaries.topo.json',
  bulletinLatest: 'bulletin-latest.json',
} as const;

export const staticFile = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

/**
 * The areas with the 36 ICBs of April 2026 merged in (icb-2026.ts): both files are fetched together, since "ICB"
 * (the 36) is the first screen's level. When icb-2026.json cannot be used the areas still load, without the 36,
 * and `icb2026Error` says why.
 */
export const areasQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.areas],
    queryFn: async ({ signal }): Promise<AreasFile> => {
      const [areas, icbs] = await Promise.all([
        fetchDataFile(DATA_FILES.areas, areasFileSchema, signal),
        fetchDataFile(DATA_FILES.icb2026, icb2026FileSchema, signal).then(
          (file) => ({ file }),
          (error: unknown) => ({ error }),
        ),
      ]);
      const failed = (why: unknown): AreasFile => ({
        ...areas,
        icb2026Error: why instanceof Error ? why.message : String(why),
      });
      if ('error' in icbs) return failed(icbs.error);
      try {
        return withIcb2026(areas, icbs.file);
      } catch (error) {
        return failed(new Error(`${DATA_FILES.icb2026}: ${error instanceof Error ? error.message : String(error)}`));
      }
    },
    ...staticFile,
  });
export const boundariesQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.boundaries],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.boundaries, boundariesFileSchema, signal),
    ...staticFile,
  });
export const nationalQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.national],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.national, nationalFileSchema, signal),
    ...staticFile,
  });
export const ageProfileQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.ageProfile],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.ageProfile, ageProfileFileSchema, signal),
    ...staticFile,
  });
export const trainingQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.training],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.training, trainingFileSchema, signal),
    ...staticFile,
  });

/** The 36 ICBs of April 2026 ("ICB"); their boundaries are boundaries.topo.json's `icb2026` object. */
export const icb2026Query = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.icb2026],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.icb2026, icb2026FileSchema, signal),
    ...staticFile,
  });
/** "Oct 2025 (latest bulletin)": qualified permanent GP FTE by region, ICB (2022–2026) and sub-ICB. */
export const bulletinLatestQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.bulletinLatest],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.bulletinLatest, bulletinLatestFileSchema, signal),
    ...staticFile,
  });
