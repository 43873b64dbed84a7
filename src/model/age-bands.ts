/**
 * Age bands: leaver rates by band, ageing between bands, and where new entrants arrive.
 *
 * Method: the Institute for Government's leaver rates by age (12 months to Dec 2022) cover only
 * some ages, so each of the four workforce bands gets the FTE-weighted mean of its five-year
 * sub-bands, where a sub-band without a published rate takes the midpoint of its neighbours'
 * rates. The 60-and-over rate is then derived so that the FTE-weighted mean over the base-year
 * national age profile equals the observed all-age rate (8.8%). The "Leaver rate" lever scales all
 * four rates by the same factor, so the base-year weighted mean equals the lever value.
 * Units: rates are fractions of a band's FTE (and headcount) leaving per year.
 * Sources: DATA.md "leaver rate by age" (IfG: under 30 21.6%, 30-35 11.4%, 40-49 5.9%,
 * 55-59 11.2%; all ages 8.8%); sub-band FTE weights from the NHS England GP Workforce bulletin,
 * table 2a, qualified permanent GPs, March 2025.
 */

export const AGE_BANDS = ['Under 40', '40-49', '50-59', '60 and over'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** FTE (or FTE shares) by age band; normalised to shares before use. */
export type AgeProfile = Readonly<Record<AgeBand, number>>;
/** One number per band, in AGE_BANDS order. */
export type BandValues = readonly [number, number, number, number];

/** All-age leaver rate observed in the 12 months to Dec 2022 (IfG via Pulse). */
export const OBSERVED_LEAVER_RATE = 0.088;

/**
 * Share of a band (after leavers) that moves up one band each year. Ten-year bands: 1/10.
 * Under 40: qualified GPs are almost all 30-39 (bulletin: 165 of 7,389 FTE are under 30), so
 * it behaves as a ten-year band too: 1/10. 60 and over only leaves.
 */
export const AGEING_FRACTION: Readonly<Record<AgeBand, number>> = {
  'Under 40': 1 / 10,
  '40-49': 1 / 10,
  '50-59': 1 / 10,
  '60 and over': 0,
};

/** Entry band per inflow (assumption, see MODEL.md): newly qualified and international recruits
 * are mostly in their thirties; returners are mostly mid-career. */
export const ENTRY_BAND = {
  newGps: 'Under 40',
  internationalRecruits: 'Under 40',
  returners: '40-49',
} as const satisfies Record<string, AgeBand>;

interface SubBand {
  readonly band: Exclude<AgeBand, '60 and over'>;
  readonly ages: string;
  /** Qualified permanent GP FTE, bulletin table 2a, March 2025. */
  readonly fteWeight: number;
  readonly leaverRate: number;
}

const IFG_UNDER_30 = 0.216;
const IFG_30_TO_35 = 0.114;
const IFG_40_TO_49 = 0.059;
const IFG_55_TO_59 = 0.112;

/** The mapping rule: published rates where they exist, neighbours' midpoints where not. */
export const LEAVER_RATE_SUB_BANDS: readonly SubBand[] = [
  { band: 'Under 40', ages: 'Under 30', fteWeight: 165.5, leaverRate: IFG_UNDER_30 },
  { band: 'Under 40', ages: '30-34', fteWeight: 2436.1, leaverRate: IFG_30_TO_35 },
  { band: 'Under 40', ages: '35-39', fteWeight: 4787.7, leaverRate: (IFG_30_TO_35 + IFG_40_TO_49) / 2 },
  { band: '40-49', ages: '40-49', fteWeight: 9548.2, leaverRate: IFG_40_TO_49 },
  { band: '50-59', ages: '50-54', fteWeight: 4240.1, leaverRate: (IFG_40_TO_49 + IFG_55_TO_59) / 2 },
  { band: '50-59', ages: '55-59', fteWeight: 3257.4, leaverRate: IFG_55_TO_59 },
];

function subBandMean(band: AgeBand): number {
  let weighted = 0;
  let weight = 0;
  for (const sub of LEAVER_RATE_SUB_BANDS) {
    if (sub.band !== band) continue;
    weighted += sub.fteWeight * sub.leaverRate;
    weight += sub.fteWeight;
  }
  return weight > 0 ? weighted / weight : 0;
}

/** Published-rate bands before calibration (60 and over is derived by `bandLeaverRates`). */
export const MAPPED_LEAVER_RATES = {
  'Under 40': subBandMean('Under 40'),
  '40-49': subBandMean('40-49'),
  '50-59': subBandMean('50-59'),
} as const;

/** Age profile as shares summing to 1, in AGE_BANDS order. Zero or invalid totals give equal shares. */
export function ageShares(profile: AgeProfile): BandValues {
  const usable = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);
  const values = [
    usable(profile['Under 40']),
    usable(profile['40-49']),
    usable(profile['50-59']),
    usable(profile['60 and over']),
  ] as const;
  const total = values[0] + values[1] + values[2] + values[3];
  if (total <= 0) return [0.25, 0.25, 0.25, 0.25];
  return [values[0] / total, values[1] / total, values[2] / total, values[3] / total];
}

/** A value for one band and zero for the others, e.g. where an inflow enters. */
export function inBand(band: AgeBand, value: number): BandValues {
  return [
    band === 'Under 40' ? value : 0,
    band === '40-49' ? value : 0,
    band === '50-59' ? value : 0,
    band === '60 and over' ? value : 0,
  ];
}

/**
 * Leaver rate per band, in AGE_BANDS order, for a target all-age rate (the lever).
 * 1. 60+ base rate = (observed − Σ share × mapped rate) / share of 60+, floored at 0
 *    (if there is no 60+ FTE, it takes the 50-59 rate; it weighs nothing then).
 * 2. Scale all four by leverRate / (base-year weighted mean), so the mean equals the lever.
 * 3. Cap each rate at 1, so no band can lose more than it has (only reachable with odd profiles).
 */
export function bandLeaverRates({
  ageProfile,
  leverRate,
  observedRate = OBSERVED_LEAVER_RATE,
}: {
  ageProfile: AgeProfile;
  leverRate: number;
  observedRate?: number;
}): BandValues {
  const shares = ageShares(ageProfile);
  const mapped = [MAPPED_LEAVER_RATES['Under 40'], MAPPED_LEAVER_RATES['40-49'], MAPPED_LEAVER_RATES['50-59']] as const;
  const knownPart = shares[0] * mapped[0] + shares[1] * mapped[1] + shares[2] * mapped[2];
  const over60 = shares[3] > 0 ? Math.max(0, (observedRate - knownPart) / shares[3]) : mapped[2];
  const base = [mapped[0], mapped[1], mapped[2], over60] as const;
  const weightedMean = knownPart + shares[3] * over60;
  const target = Number.isFinite(leverRate) ? Math.max(0, leverRate) : observedRate;
  const scale = weightedMean > 0 ? target / weightedMean : 0;
  return [Math.min(1, base[0] * scale), Math.min(1, base[1] * scale), Math.min(1, base[2] * scale), Math.min(1, base[3] * scale)];
}

/** An age profile from values in AGE_BANDS order. */
export function profileFromBands(values: BandValues): AgeProfile {
  return { 'Under 40': values[0], '40-49': values[1], '50-59': values[2], '60 and over': values[3] };
}
