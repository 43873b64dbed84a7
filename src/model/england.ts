/**
 * England's starting point: the data as known at a date, the jump-off from the monthly bulletin, the starting
 * stock by age band, and the nowcast's own record. Shared by the preparation (prepare.ts), the nested choice of
 * settings (settings.ts) and the back-test (backtest.ts).
 *
 * Method:
 *   - `dataAsOf(data, origin)`: the data as they stood in October after the end of financial year `origin`: area
 *     series to the origin, the bulletin and age snapshots to that October, the age profile's complete financial
 *     years to the origin, intakes to the origin's recruitment year.
 *   - Jump-off: the practice-level series end in the data year. The monthly bulletin runs further, so England's
 *     first projected year starts from the mean of that year's bulletin snapshots, converted to the practice basis
 *     by the data year's ratio of the two (bulletin mean of the year's snapshots ÷ practice-level figure: 1.0102 for
 *     FTE in 2024/25), heads likewise. The latest age snapshot splits it into bands.
 *   - Nowcast error: the jump-off's own record, for every recorded year with April-October bulletin snapshots and a
 *     year before it (root mean square of the log ratio; 1.0% over 2016/17-2024/25).
 * Units: FTE and heads on the practice-level basis; years are financial-year ends.
 * Sources: data/areas.json (England), national.json (bulletin), age-profile.json.
 */
import type { AgeSnapshot, AreaHistory, BulletinSnapshot, ProjectionData } from './types';
import type { AgeProfile, BandValues } from './age-bands';
import { profileFromBands } from './age-bands';
import { snapshotAt, splitByBand } from './calibrate';

/** Financial-year end of a 'YYYY-MM' month: April starts the next financial year. */
export function financialYearOf(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 4 ? year + 1 : year;
}

/** The data as they stood in October after the end of financial year `origin` (e.g. 2020 = 2019/20). */
export function dataAsOf(data: ProjectionData, origin: number): ProjectionData {
  const keep = data.years.filter((y) => y <= origin).length;
  const cut = (series: readonly number[]) => series.slice(0, keep);
  return {
    years: data.years.slice(0, keep),
    areas: data.areas.map((a) => ({
      ...a,
      fte: cut(a.fte),
      headcount: cut(a.headcount),
      patients: cut(a.patients),
      traineeFte: cut(a.traineeFte),
    })),
    bulletin: data.bulletin.filter((b) => financialYearOf(b.date) <= origin + 1 && b.date <= `${origin}-10`),
    ageSnapshots: data.ageSnapshots.filter((s) => s.date <= `${origin}-10-31`),
    ageYears: data.ageYears.filter((y) => y.year <= origin),
    intakes: data.intakes.filter((i) => i.recruitmentYear <= origin),
  };
}

export interface JumpOff {
  readonly year: number;
  /** The bulletin snapshots averaged, e.g. ['2025-04', ..., '2025-10']. */
  readonly months: readonly string[];
  readonly bulletinFte: number;
  readonly bulletinHeads: number;
  /** Bulletin ÷ practice level in the data year. */
  readonly factorFte: number;
  readonly factorHeads: number;
  readonly fte: number;
  readonly heads: number;
}

const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;

function bulletinIn(bulletin: readonly BulletinSnapshot[], fy: number): BulletinSnapshot[] {
  return bulletin.filter((b) => financialYearOf(b.date) === fy && Number.isFinite(b.fte) && Number.isFinite(b.headcount));
}

export function jumpOffFrom(
  bulletin: readonly BulletinSnapshot[],
  baseYear: number,
  england: { fte: number; heads: number },
): JumpOff | null {
  const base = bulletinIn(bulletin, baseYear);
  const next = bulletinIn(bulletin, baseYear + 1);
  if (base.length === 0 || next.length === 0 || !(england.fte > 0) || !(england.heads > 0)) return null;
  const factorFte = mean(base.map((b) => b.fte)) / england.fte;
  const factorHeads = mean(base.map((b) => b.headcount)) / england.heads;
  const bulletinFte = mean(next.map((b) => b.fte));
  const bulletinHeads = mean(next.map((b) => b.headcount));
  return {
    year: baseYear + 1,
    months: next.map((b) => b.date).sort(),
    bulletinFte,
    bulletinHeads,
    factorFte,
    factorHeads,
    fte: bulletinFte / factorFte,
    heads: bulletinHeads / factorHeads,
  };
}

/** April to October: the months of a financial year the bulletin has when the app's data are built (to October 2025). */
const isEarlyMonth = (date: string) => Number(date.slice(5, 7)) >= 4 && Number(date.slice(5, 7)) <= 10;

/** RMS of ln(jump-off ÷ recorded) over recorded years: the jump-off method tested on the past. */
export function nowcastSpreadFrom(
  bulletin: readonly BulletinSnapshot[],
  years: readonly number[],
  fte: readonly number[],
): number {
  const errors: number[] = [];
  for (let i = 1; i < years.length; i += 1) {
    const year = years[i] ?? 0;
    const before = bulletinIn(bulletin, year - 1);
    const early = bulletinIn(bulletin, year).filter((b) => isEarlyMonth(b.date));
    const recordedBefore = fte[i - 1] ?? 0;
    const recorded = fte[i] ?? 0;
    if (before.length === 0 || early.length === 0 || !(recordedBefore > 0) || !(recorded > 0)) continue;
    const factor = mean(before.map((b) => b.fte)) / recordedBefore;
    errors.push(Math.log(mean(early.map((b) => b.fte)) / factor / recorded));
  }
  return errors.length ? Math.sqrt(mean(errors.map((e) => e * e))) : 0;
}

export interface EnglandStart {
  readonly england: AreaHistory;
  readonly baseYear: number;
  readonly jumpOff: JumpOff | null;
  /** The engine's first year: the jump-off year, or the data year when the bulletin has nothing later. */
  readonly startYear: number;
  readonly stock: { readonly heads: BandValues; readonly fte: BandValues };
  readonly ageProfile: AgeProfile;
}

/** England's recorded series, jump-off and starting stock by band, from the data as given. */
export function englandStart(data: ProjectionData): EnglandStart {
  const endIndex = data.years.length - 1;
  const baseYear = data.years[endIndex];
  const england = data.areas.find((a) => a.level === 'england');
  if (!england) throw new Error('The data have no England series.');
  if (baseYear === undefined) throw new Error('The projection needs at least two recorded years.');
  const englandFte = england.fte[endIndex] ?? 0;
  const englandHeads = england.headcount[endIndex] ?? 0;
  const jumpOff = jumpOffFrom(data.bulletin, baseYear, { fte: englandFte, heads: englandHeads });
  const lastMonth = jumpOff ? [...jumpOff.months].sort().pop() : undefined;
  const stockSnapshot: AgeSnapshot | undefined = snapshotAt(
    data.ageSnapshots,
    lastMonth ? `${lastMonth}-31` : `${baseYear}-03-31`,
  );
  const stock = splitByBand(
    jumpOff ? { heads: jumpOff.heads, fte: jumpOff.fte } : { heads: englandHeads, fte: englandFte },
    stockSnapshot,
  );
  return { england, baseYear, jumpOff, startYear: jumpOff?.year ?? baseYear, stock, ageProfile: profileFromBands(stock.fte) };
}
