// One queryOptions factory per data file. The files are static and versioned with the app: never stale.
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { ageProfileFileSchema, areasFileSchema, boundariesFileSchema, nationalFileSchema, trainingFileSchema } from './schemas';

export const DATA_FILES = {
  areas: 'areas.json',
  boundaries: 'boundaries.topo.json',
  national: 'national.json',
  ageProfile: 'age-profile.json',
  training: 'training.json',
} as const;

const staticFile = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const areasQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.areas],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.areas, areasFileSchema, signal),
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
