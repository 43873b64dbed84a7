/**
 * Planning levers as data: one table drives the sliders, URL parsing, clamping and exports.
 *
 * Method: each lever is a number with a range, a step and a default taken from recent national
 * figures, so "current trends" means every lever at its default.
 * Units: percent levers are stored as fractions (0.72 = 72%); flows are per year; FTE is
 * full-time equivalent (1 FTE = 37.5 hours a week).
 * Sources: /work/shared/DATA.md "Model parameters" (GPonline; NHS Long Term Workforce Plan 2023;
 * HSJ; BMA; Institute for Government via Pulse; NHS England international GP recruitment), and the
 * NHS England GP Workforce bulletin (Oct 2025) for the international and returners defaults, which
 * MODEL.md derives.
 */

export interface LeverConfig {
  readonly key: string;
  readonly label: string;
  /** '%' levers hold fractions; the app formats them as percentages. */
  readonly unit: '%' | 'places a year' | 'FTE a year' | 'FTE per head';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  readonly source: string;
  readonly description: string;
}

export const LEVERS = [
  {
    key: 'trainingPlaces',
    label: 'Training places',
    unit: 'places a year',
    min: 2500,
    max: 8000,
    step: 50,
    default: 4000,
    source: 'GPonline (4,001 in 2021; 4,032 in 2022); LTWP 2023 plans 6,000 by 2031/32',
    description: 'GP specialty training places a year in England, read as trainees completing training each year.',
  },
  {
    key: 'traineeUptake',
    label: 'Trainee uptake',
    unit: '%',
    min: 0.3,
    max: 1,
    step: 0.01,
    default: 0.72,
    source: 'LTWP via HSJ (70-75% of places); Palmer et al. 2025',
    description: 'Share of trainees completing training who take a substantive NHS GP post.',
  },
  {
    key: 'leaverRate',
    label: 'Leaver rate',
    unit: '%',
    min: 0.03,
    max: 0.15,
    step: 0.001,
    default: 0.088,
    source: 'Institute for Government via Pulse (8.8%, 12 months to Dec 2022)',
    description: 'Share of GP FTE leaving a year, averaged over the base-year age profile; older bands leave faster.',
  },
  {
    key: 'internationalRecruitment',
    label: 'International recruitment',
    unit: 'FTE a year',
    min: 0,
    max: 3000,
    step: 10,
    default: 50,
    source: 'NHS England international GP recruitment: 155 recruited 2018-21',
    description:
      'Qualified GPs recruited directly from abroad a year (FTE). Overseas graduates who train as GPs in England are counted in training places.',
  },
  {
    key: 'returners',
    label: 'Returners',
    unit: 'FTE a year',
    min: 0,
    max: 2000,
    step: 10,
    default: 500,
    source: 'Calibrated: England 2019/20-2024/25 trend, +43 FTE a year (NHS Digital GPW)',
    description: 'GPs returning to substantive posts a year (FTE), including other joiners the model does not name.',
  },
  {
    key: 'ftePerGp',
    label: 'FTE per GP',
    unit: 'FTE per head',
    min: 0.5,
    max: 1,
    step: 0.01,
    default: 0.74,
    source: 'BMA "Pressures in general practice" (0.74, Mar 2024; 0.81 in 2013)',
    description:
      'Whole-workforce FTE per GP (1 FTE = 37.5 hours a week). Each area keeps its own ratio, scaled by this value over the national one.',
  },
] as const satisfies readonly LeverConfig[];

export type LeverKey = (typeof LEVERS)[number]['key'];
export type LeverValues = Record<LeverKey, number>;
/** A lever's config with a known key, e.g. one rescaled for a scope. */
export type KeyedLeverConfig = LeverConfig & { readonly key: LeverKey };

export const LEVER_KEYS: readonly LeverKey[] = LEVERS.map((lever) => lever.key);

const LEVER_BY_KEY = new Map<LeverKey, KeyedLeverConfig>(LEVERS.map((lever) => [lever.key, lever]));

export function leverConfig(key: LeverKey): KeyedLeverConfig {
  const config = LEVER_BY_KEY.get(key);
  if (config === undefined) throw new Error(`Unknown lever: ${key}`);
  return config;
}

/**
 * Every lever at its default. Pass observed values that should replace the table's static
 * defaults, chiefly `ftePerGp`: the base year's observed national FTE per head, so that the
 * default reproduces each area's baseline exactly.
 */
export function defaultLeverValues(overrides: Partial<LeverValues> = {}): LeverValues {
  const values = {} as LeverValues;
  for (const lever of LEVERS) {
    const override = overrides[lever.key];
    values[lever.key] = override !== undefined && Number.isFinite(override) ? override : lever.default;
  }
  return values;
}

/**
 * Clamp a value to a lever's range and snap it to the step grid (anchored at `min`).
 * Non-finite values give the default. The default itself is always allowed even when it lies
 * off the grid (an observed FTE per head such as 0.7147, or a scope's share of a flow), so that
 * "current trends" survives a round trip through the URL unchanged.
 */
export function clampToConfig(config: LeverConfig, value: number): number {
  if (!Number.isFinite(value)) return config.default;
  if (Math.abs(value - config.default) <= 1e-9 * Math.max(1, Math.abs(config.default))) {
    return config.default;
  }
  return snapToStep(config, value);
}

/**
 * Clamp to [min, max] and round to the nearest step from `min` (never past `max`), without float
 * noise (0.72, not 0.7200000001).
 */
export function snapToStep(config: Pick<LeverConfig, 'min' | 'max' | 'step'>, value: number): number {
  const clamped = Math.min(config.max, Math.max(config.min, value));
  if (!(config.step > 0)) return clamped;
  let steps = Math.round((clamped - config.min) / config.step);
  // As an HTML range input does: an off-grid max gives the last step below it.
  if (config.min + steps * config.step > config.max + 1e-9 * config.step) steps -= 1;
  // 12 significant digits drop float noise (0.08800000000000001) and keep any real value.
  const snapped = Number((config.min + steps * config.step).toPrecision(12));
  return Math.min(config.max, Math.max(config.min, snapped));
}

/** `clampToConfig` for a table lever; `defaultValue` replaces the table default (e.g. observed FTE per head). */
export function clampLever(key: LeverKey, value: number, defaultValue?: number): number {
  const config = leverConfig(key);
  return clampToConfig(
    defaultValue === undefined || !Number.isFinite(defaultValue) ? config : { ...config, default: defaultValue },
    value,
  );
}
