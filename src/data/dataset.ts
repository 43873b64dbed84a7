// The areas file reshaped for the app: lookups by code and level, and the history as a WorkforceSeries.
import { childCodesByParent } from '../model';
import type { Area, AreaLevel, AreasFile } from './schemas';
import type { WorkforceSeries } from './series';

export interface Dataset {
  years: readonly number[];
  areas: readonly Area[];
  byCode: ReadonlyMap<string, Area>;
  atLevel: Readonly<Record<AreaLevel, readonly Area[]>>;
  history: WorkforceSeries;
  /** Years (financial-year end) whose need-weighted patients are estimated (2024 = 2023/24); empty if none. */
  weightedEstimatedYears: readonly number[];
}

const cache = new WeakMap<AreasFile, Dataset>();

export function buildDataset(file: AreasFile): Dataset {
  const cached = cache.get(file);
  if (cached) return cached;
  const atLevel: Record<AreaLevel, Area[]> = { england: [], region: [], icb: [], subicb: [] };
  for (const area of file.areas) atLevel[area.level].push(area);
  const dataset: Dataset = {
    years: file.years,
    areas: file.areas,
    byCode: new Map(file.areas.map((a) => [a.code, a])),
    atLevel,
    history: historySeries(file),
    weightedEstimatedYears: file.estimated?.weightedPatients ?? [],
  };
  cache.set(file, dataset);
  return dataset;
}

/** The recorded series the screens read, with the wider team, need-weighted patients (and which are estimated). */
function historySeries(file: AreasFile): WorkforceSeries {
  return {
    years: file.years,
    byArea: new Map(
      file.areas.map((a) => [
        a.code,
        {
          fte: a.fte,
          patients: a.patients,
          weightedPatients: a.weightedPatients,
          locumTraineeFte: a.locumTraineeFte,
          nurseFte: a.nurseFte,
          dpcFte: a.dpcFte,
        },
      ]),
    ),
    estimated: { weightedPatients: file.estimated?.weightedPatients ?? [] },
    childrenOf: childCodesByParent(file.areas),
  };
}

/** The sub-ICB codes within an area (itself if it is a sub-ICB; all of them for England). */
export function subIcbsWithin(dataset: Dataset, code: string): string[] {
  const area = dataset.byCode.get(code);
  if (!area) return [];
  if (area.level === 'subicb') return [code];
  return (dataset.history.childrenOf?.get(code) ?? []).flatMap((child) => subIcbsWithin(dataset, child));
}

/** Display name: today's name, with the former CCG name where it differs. */
export function displayName(area: Pick<Area, 'name' | 'formerName'>): string {
  return area.formerName && area.formerName !== area.name ? `${area.name} (formerly ${area.formerName})` : area.name;
}
