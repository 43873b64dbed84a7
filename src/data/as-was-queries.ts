// The as-was files' queries: only the as-was chunk (features/as-was) imports them, so their schemas stay off the
// first screen.
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { DATA_FILES, staticFile } from './queries';
import { asWasBoundariesFileSchema, asWasFileSchema } from './as-was-schemas';

/** as-was.json, read and checked. */
export const loadAsWasFile = (signal?: AbortSignal) => fetchDataFile(DATA_FILES.asWas, asWasFileSchema, signal);

/** "CCG (as was)" and "NHS England local office (as was)": each year's areas and figures. */
export const asWasQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.asWas],
    queryFn: ({ signal }) => loadAsWasFile(signal),
    ...staticFile,
  });
/** Every as-was vintage's boundaries in one topology (one fetch; the Year control then redraws from memory). */
export const asWasBoundariesQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.asWasBoundaries],
    queryFn: ({ signal }) => fetchDataFile(DATA_FILES.asWasBoundaries, asWasBoundariesFileSchema, signal),
    ...staticFile,
  });
