// What the view in a link is made of, shared by the link's reader (url-state.ts) and writer (url-serialise.ts):
// the state, the names a link may use, the length limit, and how names and numbers are matched and written.
import { copyChoices, type KeyedLeverConfig, type LeverKey, type LeverValues, type ScenarioChoices } from '../../model';
import type { MetricKey } from '../../figures/metrics';
import type { PatientBasis } from '../../figures/metric-basis';
import type { TrendMode } from '../../figures/trend-series';
import type { Dataset } from '../../data/dataset';
import type { TeamStaff } from '../../figures/team-series';
import type { AsWasLevel } from '../../data/schemas';
import { initialView, type MapLevel } from '../stores/view-store';
import { ENGLAND_SCOPE, initialChoices } from '../stores/scenario-store';

/** The view and the scenario's choices (each choice as ScenarioChoices has it; the link's reader fills them in). */
export interface UrlState extends Writable<ScenarioChoices> {
  level: MapLevel;
  /** The geography as it was (`level=ccg-as-was`, `level=local-office-as-was`), or null for today's `level`. */
  asWas: AsWasLevel | null;
  metric: MetricKey;
  year: number;
  baseYear: number;
  /** The trend charts' measure. */
  measure: TrendMode;
  /** The map's centre (degrees) and zoom, when moved from England's fit. */
  mapView: { lat: number; lng: number; zoom: number } | null;
  /** The under-doctored flag's patients. */
  patientBasis: PatientBasis;
  /** "Same colour scale for every year" (the default); off is written `scale=year`. */
  sameScale: boolean;
  /** The staff the team metrics count (`staff=role:pharmacists`). */
  teamStaff: TeamStaff;
  selected: string[];
  /** Whether the Practice view is open (`practices=1`). */
  practicesOpen: boolean;
  /** The picked practice's code (`practice=G82002`), only with the Practice view open. */
  practice: string | null;
  /** The scope whose levers the panel edits. */
  scope: string;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

export interface UrlContext {
  /** Every area code the data knows. */
  areaCodes: ReadonlySet<string>;
  /** Codes that can carry their own levers (regions and ICBs). */
  scopeCodes: ReadonlySet<string>;
  /** Years the Year control offers (history and projection). */
  years: readonly number[];
  /** Recorded years (base years and "hold at" targets). */
  dataYears: readonly number[];
  /**
   * Each as-was level's recorded years (from as-was.json), when the link names an as-was level and the file has
   * loaded; without them such a link opens today's level with a notice.
   */
  asWasYears?: Readonly<Record<AsWasLevel, readonly number[]>>;
  /** A lever's config (range, step, default) in a scope, given England's choices: from the model. */
  configFor: (scope: string, key: LeverKey, englandLevers: Partial<LeverValues>) => KeyedLeverConfig;
  /** An area's name ("NHS Kent and Medway ICB") for notices, or undefined to name it by its code. */
  areaName?: (code: string) => string | undefined;
  /** Each 2022 ICB code -> the ICB of April 2026 it leads to (dataset.icb2026From), for old links at "ICB". */
  icb2026From?: Dataset['icb2026From'];
  /** Recruitment years a training path may set: after the latest recorded intake (default: from the year before the first changeable intake). */
  pathYears?: { min: number; max: number };
}

/** Most points a training path may have. */
export const MAX_PATH_POINTS = 10;

/**
 * The longest address (origin, path and query; the fragment is never sent) the app writes: 2,000 characters,
 * which every browser, proxy and server is known to accept. Much longer ones meet HTTP 414 or 431.
 */
export const MAX_URL_LENGTH = 2000;
/** The query's share when the page's own address is not known: 200 characters are left for origin and path. */
export const MAX_SEARCH_LENGTH = MAX_URL_LENGTH - 200;

export const defaultUrlState = (): UrlState => ({
  level: initialView.level,
  asWas: null,
  metric: initialView.metric,
  year: initialView.year,
  baseYear: initialView.baseYear,
  measure: initialView.measure,
  mapView: null,
  patientBasis: initialView.patientBasis,
  sameScale: initialView.sameScale,
  teamStaff: initialView.teamStaff,
  selected: [],
  practicesOpen: false,
  practice: null,
  scope: ENGLAND_SCOPE,
  ...copyChoices(initialChoices),
});

/** The settings a link may give, in the order the link lists them. `levers.<code>` are a scope's levers. */
export const PARAMS = [
  'level',
  'metric',
  'year',
  'base',
  'measure',
  'map',
  'patients',
  'scale',
  'staff',
  'areas',
  'practices',
  'practice',
  'scope',
  'levers',
  'target',
  'targetYear',
  'growth',
  'path',
  'demand',
  'team',
] as const;
export type Param = (typeof PARAMS)[number];

/** Each setting in words, for notices. */
export const LABELS: Record<Param, string> = {
  level: 'geography level',
  metric: 'metric',
  year: 'year',
  base: 'base year',
  measure: 'trend measure',
  map: 'map view',
  patients: 'patients',
  scale: 'colour scale',
  staff: 'staff group',
  areas: 'areas',
  practices: 'Practice view',
  practice: 'practice',
  scope: 'lever scope',
  levers: 'levers for England',
  target: 'target',
  targetYear: 'target year',
  growth: 'patient growth',
  path: 'training path',
  demand: 'demand',
  team: 'PCN team levers',
};
export const SCOPE_PREFIX = 'levers.';

/** The colour scale's settings as a link writes them: `same` (the default, never written) or `year` (this year's). */
export const SCALES = ['same', 'year'] as const;
/** A practice code as NHS England writes it: a letter and five digits (G82002). */
export const PRACTICE_CODE = /^[A-Z]\d{5}$/;

// Only ASCII letters fold: toUpperCase would turn "ſ" into "S" and let look-alike text pass as a code.
export const lower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
export const upper = (text: string) => text.replace(/[a-z]/g, (c) => c.toUpperCase());

/** A look-up of names ignoring case (and surrounding space), giving each name as the app spells it. */
export function caseless<T extends string>(names: Iterable<T>): (text: string) => T | undefined {
  const byLower = new Map<string, T>();
  for (const name of names) byLower.set(lower(name), name);
  return (text) => byLower.get(lower(text.trim()));
}

/** A number as the link writes it: at most 10 significant digits, no trailing zeros. */
export const fmt = (n: number) => String(Number(n.toPrecision(10)));

/** A number as a notice shows it: with thousands separators ("15,000"), to the digits a link keeps. */
export const grouped = (n: number) => Number(n.toPrecision(10)).toLocaleString('en-GB', { maximumFractionDigits: 10 });

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/**
 * A plain decimal number (not hex, not "Infinity", not blank; space around it is allowed), or null. It is kept
 * to the 10 significant digits a link writes, so the view read from a link writes that same link back.
 */
export function readNumber(raw: string): number | null {
  const text = raw.trim();
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  const written = Number(fmt(value));
  return Number.isFinite(written) ? written : value;
}
