// "Oct 2025 (latest bulletin)": the monthly bulletin's qualified permanent GP FTE by region, ICB (2022–2026) and
// sub-ICB as a point of its own beside the annual practice-level years. It is a different source on a different
// basis (it includes NHS England's estimates for practices that did not report fully), so it is never joined to the
// annual series or the projection: the map, the Areas table and the trend chart read it as a one-point series keyed
// by the month (lib/years monthKeyOf), whose patients are unknown (the bulletin gives none by area).
import type { BulletinLatestFile } from '../data/schemas';
import type { AreaSeries, WorkforceSeries } from '../data/series';
import type { MapLevel } from './map-levels';
import type { MetricKey } from './metrics';
import { monthKeyOf } from '../lib/years';

/** What follows the month in titles and captions: "Oct 2025 (latest bulletin)". */
export const LATEST_BULLETIN_SUFFIX = ' (latest bulletin)';

/** The levels the bulletin reports: the 36 ICBs of April 2026 are not among them (it reports Frimley whole). */
export const LATEST_BULLETIN_LEVELS: readonly MapLevel[] = ['region', 'icb', 'subicb'];

/** Why the month is not offered at the 36 ICBs of April 2026. */
export const LATEST_NOT_AT_ICB2026 =
  'not for the 36 ICBs of April 2026: the bulletin reports the 42 ICBs of 2022–2026 and Frimley as one sub-ICB, which April 2026 split between three ICBs';

/** The same on the Year control, where the 36 ICBs are shown ("Oct 2025 (latest bulletin): not for the 36 ICBs …"). */
export const LATEST_NOT_AT_ICB2026_SHORT = 'not for the 36 ICBs, see ICB (2022–2026)';

/** The one metric the bulletin gives by area: FTE (no patients, so no rate per 100,000 and no change on one basis). */
export const LATEST_BULLETIN_METRIC: MetricKey = 'fte';

export const isLatestLevel = (level: MapLevel): boolean => LATEST_BULLETIN_LEVELS.includes(level);

export interface LatestBulletin {
  /** The month's year key (202510). */
  key: number;
  file: BulletinLatestFile;
  /** England and every area the bulletin reports, as a one-year series (patients unknown). */
  series: WorkforceSeries;
}

const cache = new WeakMap<BulletinLatestFile, LatestBulletin | null>();

/** The bulletin as a one-point series, or null if its date is not a month (the schema already checks it is). */
export function latestBulletin(file: BulletinLatestFile): LatestBulletin | null {
  if (cache.has(file)) return cache.get(file) ?? null;
  const key = monthKeyOf(file.date);
  let result: LatestBulletin | null = null;
  if (key !== null) {
    const byArea = new Map<string, AreaSeries>();
    for (const a of file.areas) byArea.set(a.code, { fte: [a.fte], patients: [null] });
    result = { key, file, series: { years: [key], byArea } };
  }
  cache.set(file, result);
  return result;
}

/** The notes every figure of the month carries: its source and basis, and how far it is from the practice-level total. */
export function latestBulletinNotes(file: BulletinLatestFile): string[] {
  return [
    `${file.label}: ${file.basis}. Source: ${file.source}.`,
    file.basisDifference.text,
    'It gives no patients by area, so only GP FTE is shown for the month; projections start from the annual figures and are unchanged.',
  ];
}
