/**
 * Planning levers as data: one table drives the sliders and their groups, URL parsing, clamping, exports, presets
 * and which levers "What would it take?" solves for.
 *
 * Method: each lever is a number with a range, a step and a default. Defaults marked `fromData` are
 * replaced by values computed from the data (`prepareProjection`): the latest recorded training intake,
 * the participation trend the data imply, and the observed FTE per GP. The rest are sourced constants.
 * Units: percent levers are stored as fractions (0.72 = 72%; -0.002 = -0.2% a year); flows are per
 * year; FTE is full-time equivalent (1 FTE = 37.5 hours a week); years are recruitment years.
 * Sources: /work/shared/DATA.md "Model parameters" and raw/training (HEE / NHS England via GPonline and
 * Pulse; NHS Long Term Workforce Plan 2023; HSJ; BMA; Institute for Government via Pulse; NHS England
 * international GP recruitment and Induction and Refresher scheme via Pulse). MODEL.md gives each.
 */

export type LeverUnit = '%' | '% a year' | 'places a year' | 'FTE a year' | 'FTE per head' | 'year' | 'years';

/** The levers' groups as the model works, in the order the levers panel shows them. */
export const LEVER_GROUPS = [
  { key: 'training', title: 'Training pipeline' },
  { key: 'flows', title: 'Leaving and joining' },
  { key: 'participation', title: 'Participation (FTE per GP)' },
] as const;
export type LeverGroupKey = (typeof LEVER_GROUPS)[number]['key'];

export interface LeverConfig {
  readonly key: string;
  readonly label: string;
  /** '%' and '% a year' levers hold fractions; the app formats them as percentages. */
  readonly unit: LeverUnit;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  readonly source: string;
  readonly description: string;
  /** Where the lever sits among LEVER_GROUPS. */
  readonly group: LeverGroupKey;
  /**
   * Whether "What would it take?" may solve for it: a flow or a rate, whose effect grows with its value. The timing
   * of the training path (its first intake and ramp) and the participation trend's half-life are not targets.
   */
  readonly solvable: boolean;
  /** Why the range ends where it does: the evidence each end is tied to. */
  readonly rangeReason: string;
  /**
   * Flow levers are totals for their scope (England, a region or an ICB), scaled to a scope by its share on
   * this basis (MODEL.md "Areas and scopes"); the other levers apply to every GP in the scope.
   */
  readonly scopeTotal?: 'training' | 'fte';
  /** The default is computed from the data; `default` here is only the documented fallback. */
  readonly fromData?: true;
}

export const LEVERS = [
  {
    key: 'trainingPlaces',
    label: 'Training places',
    group: 'training',
    solvable: true,
    unit: 'places a year',
    min: 2000,
    max: 8000,
    step: 1,
    default: 4032,
    scopeTotal: 'training',
    fromData: true,
    source: 'Latest recorded England GP ST1 intake: 4,032 (2022, HEE via Pulse); LTWP 2023 plans 6,000 by 2031/32',
    description:
      'GP specialty training places filled a year, reached after the ramp. Intakes qualify 4 years later (two thirds) or 5 (one third, part-time trainees).',
    rangeReason:
      'Up to 8,000: twice the highest recorded intake (4,032 in 2022) and a third above the LTWP’s 6,000 by 2031/32; down to 2,000, below the lowest recorded (2,688 in 2014).',
  },
  {
    key: 'trainingFrom',
    label: 'Change starts with the intake of',
    group: 'training',
    solvable: false,
    unit: 'year',
    min: 2026,
    max: 2035,
    step: 1,
    default: 2026,
    fromData: true,
    source: 'Intakes up to the data year are already in training and cannot be changed',
    description: 'The first recruitment year whose intake differs from the latest recorded level.',
    rangeReason:
      'From the first intake not yet in training to ten years later: an intake after that qualifies too late to count.',
  },
  {
    key: 'trainingRamp',
    label: 'Years to reach it',
    group: 'training',
    solvable: false,
    unit: 'years',
    min: 1,
    max: 10,
    step: 1,
    default: 1,
    source: 'Assumption: 1 means the new level applies from the first changed intake',
    description: 'Intakes move in equal steps from the latest level to the new one over this many recruitment years.',
    rangeReason: 'Up to 10 recruitment years: the LTWP takes seven (2025 to 2031) to reach its 6,000.',
  },
  {
    key: 'traineeUptake',
    label: 'Trainee uptake',
    group: 'training',
    solvable: true,
    unit: '%',
    min: 0.3,
    max: 1,
    step: 0.01,
    default: 0.72,
    source: 'LTWP via HSJ (70-75% of places); Palmer et al. 2025 (62% in NHS general practice 2 years after training)',
    description:
      'Share of newly qualified GPs who take a substantive NHS GP post; they work 0.65 FTE each (HSJ). It changes only GPs not yet qualified: those qualifying from the first projected year on (some already in training), never GPs already in post.',
    rangeReason:
      'From 30%, below the lowest measured (34% six months after training, Palmer et al. 2025), to 100%: every qualifier.',
  },
  {
    key: 'leaverRate',
    label: 'Leaver rate',
    group: 'flows',
    solvable: true,
    unit: '%',
    min: 0.03,
    max: 0.15,
    step: 0.001,
    default: 0.088,
    source: 'Institute for Government via Pulse (8.8%, 12 months to Dec 2022); LTWP assumes 6-7%',
    description:
      'Share of GPs leaving a year (gross), averaged over the age profile; older bands leave faster. Other joiners, calibrated, are counted separately, so the net loss is lower.',
    rangeReason:
      'From 3%, half the LTWP’s lowest assumption (6%), to 15%, two thirds above the highest recorded all-age rate (9.0%, 2018/19, parliamentary answer).',
  },
  {
    key: 'internationalRecruitment',
    label: 'International recruitment',
    group: 'flows',
    solvable: true,
    unit: 'FTE a year',
    min: 0,
    max: 500,
    step: 10,
    default: 50,
    scopeTotal: 'fte',
    source: 'NHS England international GP recruitment: 155 recruited 2018-21 (about 50 a year)',
    description:
      'Qualified GPs recruited directly from abroad a year (FTE). Overseas graduates who train as GPs in England are counted in training places. Recruits placed in a region or ICB stay there.',
    rangeReason:
      'Up to 500 a year: the national scheme’s own target (2,000 GPs over 2018-21), ten times what it recruited (155, about 50 a year).',
  },
  {
    key: 'returners',
    label: 'Returners',
    group: 'flows',
    solvable: true,
    unit: 'FTE a year',
    min: 0,
    max: 300,
    step: 10,
    default: 70,
    scopeTotal: 'fte',
    source:
      'NHS England Induction and Refresher scheme: about 400 GPs back in practice 2015-2017 (Pulse, 2017); GP Forward View aimed for 500 more by 2020/21: about 100 GPs, 70 FTE, a year',
    description: 'GPs returning to substantive NHS posts after a break, a year (FTE). Returners to a region or ICB stay there.',
    rangeReason:
      'Up to 300 FTE a year: about three times the Induction and Refresher scheme’s best (about 400 GPs over 2015-2017, some 130 a year, about 95 FTE).',
  },
  {
    key: 'participationTrend',
    label: 'Participation trend',
    group: 'participation',
    solvable: true,
    unit: '% a year',
    min: -0.03,
    max: 0.01,
    step: 0.001,
    default: -0.002,
    fromData: true,
    source:
      'Calibrated: reproduces the recorded fall in FTE per GP over the calibration window, band by band (practice-level; age bands from the THF census file)',
    description:
      'Yearly change in the FTE each GP in post works (part-time working), the mean over the age bands; each band keeps its own recorded difference from it. Newly qualified GPs start at 0.65 FTE on top of it.',
    rangeReason:
      'From −3%, about 1.4 times the steepest recorded yearly fall in FTE per GP (−2.2%, 2020/21), to +1%: FTE per GP has not risen by more than 0.1% in any recorded year.',
  },
  {
    key: 'participationHalfLife',
    label: 'Participation trend half-life',
    group: 'participation',
    solvable: false,
    unit: 'years',
    min: 1,
    max: 100,
    step: 1,
    default: 5,
    fromData: true,
    source: 'An assumption you set; its default is chosen by the back-test nested in the data (MODEL.md)',
    description:
      'Years after which the participation trend is half as strong. 100 keeps it as recorded (the ready-made “Participation trend continues”).',
    rangeReason: 'From 1 year to 100: at 100 the trend keeps 94% of its strength after nine years, as good as continuing.',
  },
  {
    key: 'ftePerGp',
    label: 'FTE per GP',
    group: 'participation',
    solvable: true,
    unit: 'FTE per head',
    min: 0.5,
    max: 1,
    step: 0.01,
    default: 0.715,
    fromData: true,
    source: 'Observed, practice-level basis; the bulletin basis (BMA: 0.74, Mar 2024) is converted to it',
    description:
      'FTE per GP from 2026/27 (1 FTE = 37.5 hours a week), as a level: every GP in post works this much more or less.',
    rangeReason:
      'From 0.50 to 1.00 (every GP full time); the highest recorded is 0.81 (2013, bulletin basis, BMJ Open e081535), about 0.78 here.',
  },
  {
    key: 'stayShare',
    label: 'Trained here who stay',
    // Shown beside the training places of a region or ICB; not a target: it moves GPs between areas, not England's total.
    group: 'training',
    solvable: false,
    unit: '%',
    min: 0,
    max: 1,
    step: 0.01,
    default: 1,
    fromData: true,
    source:
      'The national rule’s own share, λ + (1 − λ) × its FTE share (MODEL.md); published: 18-70% take a first post in their training region (Goldacre et al., J R Soc Med 2013)',
    description:
      'Of the GPs a region’s or ICB’s own training places add, the share who take a first post there; the rest go to other areas by the national rule.',
    rangeReason: 'A share: from none to all.',
  },
] as const satisfies readonly LeverConfig[];

export type LeverKey = (typeof LEVERS)[number]['key'];
export type LeverValues = Record<LeverKey, number>;
/** A lever's config with a known key, e.g. one rescaled for a scope. */
export type KeyedLeverConfig = LeverConfig & { readonly key: LeverKey };

export const LEVER_KEYS: readonly LeverKey[] = LEVERS.map((lever) => lever.key);

const LEVER_BY_KEY = new Map<string, KeyedLeverConfig>(LEVERS.map((lever) => [lever.key, lever]));

export function isLeverKey(key: string): key is LeverKey {
  return LEVER_BY_KEY.has(key);
}

export function leverConfig(key: LeverKey): KeyedLeverConfig {
  const config = LEVER_BY_KEY.get(key);
  if (config === undefined) throw new Error(`Unknown lever: ${key}`);
  return config;
}

/** Every lever at its table default, overlaid with finite `overrides` (the data-derived defaults). */
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
 * off the grid (an observed FTE per head such as 0.7067, or a scope's share of a flow), so that
 * "current trends" survives a round trip through the URL unchanged.
 */
export function clampToConfig(config: Pick<LeverConfig, 'min' | 'max' | 'step' | 'default'>, value: number): number {
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
