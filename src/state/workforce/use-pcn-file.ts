// The PCN file as the app uses it: data/pcn.json with the planner's confirmed upload of PCN staff rows laid over it
// (data/apply-pcn-overrides.ts), one object per (file, upload) so every caller and cache shares it. Loads only when
// `enabled` (never on the first screen); a disabled caller still sees the file once another has loaded it.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { pcnQuery } from '../../data/pcn';
import { applyPcnOverrides, type PcnOverride } from '../../data/apply-pcn-overrides';
import type { PcnFile } from '../../data/schemas';
import { useUploadStore } from '../stores/upload-store';

const applied = new WeakMap<readonly PcnOverride[], { base: PcnFile; file: PcnFile }>();
export function pcnWithUpload(base: PcnFile, overrides: readonly PcnOverride[] | undefined): PcnFile {
  if (!overrides || overrides.length === 0) return base;
  const hit = applied.get(overrides);
  if (hit?.base === base) return hit.file;
  const file = applyPcnOverrides(base, overrides);
  applied.set(overrides, { base, file });
  return file;
}

export function usePcnFile(enabled: boolean) {
  const query = useQuery({ ...pcnQuery(), enabled });
  const overrides = useUploadStore((s) => s.applied?.pcnOverrides);
  const data = useMemo(() => (query.data ? pcnWithUpload(query.data, overrides) : undefined), [query.data, overrides]);
  return { data, isError: query.isError, isFetching: query.isFetching, error: query.error };
}
