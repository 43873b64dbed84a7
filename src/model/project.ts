/**
 * The projection: an annual stock-and-flow model of each area's qualified GP workforce.
 *
 * Method: each area's FTE and headcount are held in four age bands (national base-year profile
 * applied to every area). Each year, in order: every band loses its leaver rate; a fixed fraction
 * of each band's stayers moves up one band; then newly qualified GPs, international recruits and
 * returners join their entry bands. The "FTE per GP" lever multiplies everyone's FTE by
 * lever / national base ratio from the first projected year, so each area keeps its own ratio
 * at the default. Patients grow at the area's recent compound rate (or an override).
 *   newGps (FTE) = training places × trainee share × uptake × 0.65
 *   fte(t+1) = m × Σ_band [ fte_b(t) × (1 − r_b) aged ] + m × (newGps + international + returners)
 * Units: FTE (1 FTE = 37.5 hours a week), heads, registered patients; flows per year.
 * Sources: DATA.md "Model parameters" (leaver rates, uptake, FTE per head of new GPs 0.65);
 * derivations and assumptions in MODEL.md.
 */
import type { AreaBaseline, AreaProjection, ProjectedYear, ProjectionInput } from './types';
import type { LeverValues } from './levers';
import type { BandValues } from './age-bands';
import { AGEING_FRACTION, ENTRY_BAND, ageShares, bandLeaverRates, inBand } from './age-bands';
import { ftePer100k, patientGrowthRate } from './demand';
import { sharesWithin } from './sharing';

/** FTE per head of newly qualified GPs (HSJ, DATA.md). */
export const NEW_GP_FTE_PER_HEAD = 0.65;

const AGE_UP_UNDER_40 = AGEING_FRACTION['Under 40'];
const AGE_UP_40S = AGEING_FRACTION['40-49'];
const AGE_UP_50S = AGEING_FRACTION['50-59'];

/** Per-area yearly inputs once levers and sharing are resolved. */
interface AreaFlows {
  readonly rates: BandValues;
  /** m = FTE per GP lever / national base ratio. */
  readonly participation: number;
  readonly newGpHeads: number;
  readonly newGpFte: number;
  readonly international: number;
  readonly returners: number;
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Resolves each area's levers (England, or the last scope listing it) into yearly flows. */
function resolveFlows(input: ProjectionInput): AreaFlows[] {
  const { areas, englandLevers, scopes = [], ageProfile, nationalFtePerHead } = input;
  const indexByCode = new Map<string, number>();
  areas.forEach((area, index) => indexByCode.set(area.code, index));

  const flows: AreaFlows[] = [];
  const assign = (members: readonly number[], levers: LeverValues): void => {
    const memberAreas: AreaBaseline[] = [];
    for (const index of members) {
      const area = areas[index];
      if (area !== undefined) memberAreas.push(area);
    }
    const shares = sharesWithin(memberAreas);
    const rates = bandLeaverRates({ ageProfile, leverRate: levers.leaverRate });
    const participation = nationalFtePerHead > 0 ? nonNegative(levers.ftePerGp) / nationalFtePerHead : 1;
    const uptake = Math.min(1, nonNegative(levers.traineeUptake));
    const places = nonNegative(levers.trainingPlaces);
    const international = nonNegative(levers.internationalRecruitment);
    const returners = nonNegative(levers.returners);
    members.forEach((index, k) => {
      const newGpHeads = places * (shares.trainees[k] ?? 0) * uptake;
      const fteShare = shares.fte[k] ?? 0;
      flows[index] = {
        rates,
        participation,
        newGpHeads,
        newGpFte: newGpHeads * NEW_GP_FTE_PER_HEAD,
        international: international * fteShare,
        returners: returners * fteShare,
      };
    });
  };

  assign(
    areas.map((_, index) => index),
    englandLevers,
  );
  for (const scope of scopes) {
    const members: number[] = [];
    for (const code of new Set(scope.areaCodes)) {
      const index = indexByCode.get(code);
      if (index !== undefined) members.push(index);
    }
    if (members.length > 0) assign(members, scope.levers);
  }
  return flows;
}

/** Sum of three band vectors. */
function addBands(a: BandValues, b: BandValues, c: BandValues): BandValues {
  return [a[0] + b[0] + c[0], a[1] + b[1] + c[1], a[2] + b[2] + c[2], a[3] + b[3] + c[3]];
}

function projectArea(area: AreaBaseline, flows: AreaFlows, shares: BandValues, input: ProjectionInput): AreaProjection {
  const { fromYear, toYear, nationalFtePerHead } = input;
  const baseFte = nonNegative(area.fte);
  const baseHeadcount = nonNegative(area.headcount);
  // Recruits and returners are assumed to work the area's own base-year FTE per head.
  const ftePerHead =
    baseFte > 0 && baseHeadcount > 0
      ? baseFte / baseHeadcount
      : nationalFtePerHead > 0
        ? nationalFtePerHead
        : NEW_GP_FTE_PER_HEAD;
  const series = area.patientsSeries;
  let patients = nonNegative(series[series.length - 1] ?? 0);
  const growth = patientGrowthRate(series, input.patientGrowthOverride);
  const { rates, participation: m } = flows;
  const [r0, r1, r2, r3] = rates;

  const entryFte = addBands(
    inBand(ENTRY_BAND.newGps, flows.newGpFte),
    inBand(ENTRY_BAND.internationalRecruits, flows.international),
    inBand(ENTRY_BAND.returners, flows.returners),
  );
  const entryHeads = addBands(
    inBand(ENTRY_BAND.newGps, flows.newGpHeads),
    inBand(ENTRY_BAND.internationalRecruits, flows.international / ftePerHead),
    inBand(ENTRY_BAND.returners, flows.returners / ftePerHead),
  );

  // Stocks by band (Under 40, 40-49, 50-59, 60+) at base-year participation; reported FTE = m × stock.
  let f0 = baseFte * shares[0];
  let f1 = baseFte * shares[1];
  let f2 = baseFte * shares[2];
  let f3 = baseFte * shares[3];
  let h0 = baseHeadcount * shares[0];
  let h1 = baseHeadcount * shares[1];
  let h2 = baseHeadcount * shares[2];
  let h3 = baseHeadcount * shares[3];

  const years: ProjectedYear[] = [
    {
      year: fromYear,
      fte: baseFte,
      headcount: baseHeadcount,
      patients,
      ftePer100k: ftePer100k(baseFte, patients),
      leavers: 0,
      newGps: 0,
      international: 0,
      returners: 0,
      participationChange: 0,
    },
  ];

  // The four age bands are held in scalars (f0..f3 FTE, h0..h3 heads) and the steps written out band by
  // band: this loop runs for every area on every slider move, and plain locals keep it allocation-free.
  for (let year = fromYear + 1; year <= toYear; year++) {
    // 1. Leavers: each band loses its rate, in FTE and in heads alike.
    const leaverFte = f0 * r0 + f1 * r1 + f2 * r2 + f3 * r3;
    f0 -= f0 * r0;
    f1 -= f1 * r1;
    f2 -= f2 * r2;
    f3 -= f3 * r3;
    h0 -= h0 * r0;
    h1 -= h1 * r1;
    h2 -= h2 * r2;
    h3 -= h3 * r3;
    // 2. Ageing, oldest band first so nobody moves up two bands in one year.
    const moved2 = f2 * AGE_UP_50S;
    const moved2Heads = h2 * AGE_UP_50S;
    f2 -= moved2;
    f3 += moved2;
    h2 -= moved2Heads;
    h3 += moved2Heads;
    const moved1 = f1 * AGE_UP_40S;
    const moved1Heads = h1 * AGE_UP_40S;
    f1 -= moved1;
    f2 += moved1;
    h1 -= moved1Heads;
    h2 += moved1Heads;
    const moved0 = f0 * AGE_UP_UNDER_40;
    const moved0Heads = h0 * AGE_UP_UNDER_40;
    f0 -= moved0;
    f1 += moved0;
    h0 -= moved0Heads;
    h1 += moved0Heads;
    // 3. Joiners enter their bands.
    f0 += entryFte[0];
    f1 += entryFte[1];
    f2 += entryFte[2];
    f3 += entryFte[3];
    h0 += entryHeads[0];
    h1 += entryHeads[1];
    h2 += entryHeads[2];
    h3 += entryHeads[3];

    patients *= 1 + growth;
    const fte = (f0 + f1 + f2 + f3) * m;
    years.push({
      year,
      fte,
      headcount: h0 + h1 + h2 + h3,
      patients,
      ftePer100k: ftePer100k(fte, patients),
      leavers: leaverFte * m,
      newGps: flows.newGpFte * m,
      international: flows.international * m,
      returners: flows.returners * m,
      participationChange: year === fromYear + 1 ? (m - 1) * baseFte : 0,
    });
  }
  return { code: area.code, years };
}

/**
 * Projects every area from `fromYear` (the observed baseline, returned unchanged) to `toYear`.
 * Pure: inputs are not mutated. Returns one projection per area, in input order.
 */
export function projectWorkforce(input: ProjectionInput): AreaProjection[] {
  const flows = resolveFlows(input);
  const shares = ageShares(input.ageProfile);
  return input.areas.map((area, index) => {
    const areaFlows = flows[index];
    if (areaFlows === undefined) throw new Error(`No levers resolved for area ${area.code}`);
    return projectArea(area, areaFlows, shares, input);
  });
}
