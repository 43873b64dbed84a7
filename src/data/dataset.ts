// The areas file reshaped for the app: lookups by code and level, and the history as a WorkforceSeries.
import { childCodesByParent } from '../model';
import type { Area, AreaLevel, AreasFile, Icb2026Meta } from './schemas';
import type { WorkforceSeries } from './series';
import { inTree } from './icb-2026';

export interface Dataset {
  years: readonly number[];
  areas: readonly Area[];
  byCode: ReadonlyMap<string, Area>;
  atLevel: Readonly<Record<AreaLevel, readonly Area[]>>;
  history: WorkforceSeries;
  /** Each 2022 ICB code -> the ICB of April 2026 with most of its patients (empty without icb-2026.json). */
  icb2026From: Icb2026Meta['fromIcb2022'];
  /** Boundary ids of "ICB" that are another area code here (QRL -> QRL-2026). */
  icb2026Codes: ReadonlyMap<string, string>;
  /** Why the 36 ICBs of 2026 are missing, or null. */
  icb2026Error: string | null;
  /** Years (financial-year end) whose need-weighted patients are estimated (2024 = 2023/24); empty if none. */
  weightedEstimatedYears: readonly number[];
}

const cache = new WeakMap<AreasFile, Dataset>();

export function buildDataset(file: AreasFile): Dataset {
  const cached = cache.get(file);
  if (cached) return cached;
  const atLevel: Record<AreaLevel, Area[]> = { england: [], region: [], icb: [], subicb: [], icb2026: [] };
  for (const area of file.areas) if (area.level !== 'icb2026') atLevel[area.level].push(area);
  const byCode = new Map(file.areas.map((a) => [a.code, a]));
  // "ICB": the 36 of April 2026, 29 of them the 2022 ICBs they were (icb-2026.ts).
  for (const code of file.icb2026?.codes ?? []) {
    const area = byCode.get(code);
    if (area) atLevel.icb2026.push(area);
  }
  const dataset: Dataset = {
    years: file.years,
    areas: file.areas,
    byCode,
    atLevel,
    history: historySeries(file),
    weightedEstimatedYears: file.estimated?.weightedPatients ?? [],
    icb2026From: file.icb2026?.fromIcb2022 ?? {},
    icb2026Codes: new Map(atLevel.icb2026.flatMap((a) => (a.publicCode ? [[a.publicCode, a.code] as const] : []))),
    icb2026Error: file.icb2026 ? null : (file.icb2026Error ?? 'icb-2026.json was not loaded'),
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
    childrenOf: childCodesByParent(file.areas.filter(inTree)),
  };
}

/** The sub-ICB codes within an area (itself if it is a sub-ICB; all of them for England). */
export function subIcbsWithin(dataset: Dataset, code: string): string[] {
  const area = dataset.byCode.get(code);
  if (!area) return [];
  if (area.level === 'subicb') return [code];
  // An ICB of 2026 made of parts: its whole sub-ICBs (not the part of a split one).
  if (area.parts) return area.parts.filter((p) => p.fte === 1).map((p) => p.code);
  return (dataset.history.childrenOf?.get(code) ?? []).flatMap((child) => subIcbsWithin(dataset, child));
}

/** Display name: today's name, with the former CCG name where it differs. */
export function displayName(area: Pick<Area, 'name' | 'formerName'>): string {
  return area.formerName && area.formerName !== area.name ? `${area.name} (formerly ${area.formerName})` : area.name;
}
