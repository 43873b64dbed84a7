// The words printed on exported PNGs and the print summary: titles, the scenario's lever values and the
// data attribution. Pure, so the PNGs, the print page and the tests all use the same text.
import { yearSuffix } from '../../figures/team-series';
import {
  TEAM_GROUPS,
  scopeTeamDefault,
  type TeamBase,
  type TeamChoices,
  type TeamGroup,
  LEVERS,
  type LeverKey,
  type LeverValues,
  TRAINING_PATH_LEVERS,
  type DemandChoice,
  type TrainingPoint,
} from '../../model';
import { fyLabel, isProjectedYear, LAST_DATA_YEAR } from '../../lib/years';
import { formatLever } from '../../figures/lever-format';
import { formatNumber } from '../../lib/format';

export { ATTRIBUTION, attributionFor } from '../../lib/attribution';

export interface LeverGroup {
  heading: string;
  /** Whose levers, in short ("England-wide", the area's name): the chart PNG heads a column that carries on with it. */
  scope: string;
  lines: string[];
}

/**
 * The scenario's levers: every England-wide value (noting any that differ from current trends), then each
 * region or ICB with its own levers, listing only the levers it changed (the rest follow England).
 */
export function leverGroups(args: {
  englandLevers: LeverValues;
  /** England's levers at current trends (the defaults), to say which ones the scenario changed. */
  defaults: LeverValues;
  scopeOverrides: Readonly<Record<string, Partial<LeverValues>>>;
  nameOf: (code: string) => string;
  /** England's training path, in place of the places, first intake and ramp levers. */
  trainingPath?: readonly TrainingPoint[] | null;
  /** What demand grows with. */
  demand?: DemandChoice;
}): LeverGroup[] {
  const { englandLevers, defaults, scopeOverrides, nameOf, trainingPath, demand } = args;
  const changed = (key: LeverKey) => Math.abs(englandLevers[key] - defaults[key]) > 1e-9 * Math.max(1, Math.abs(defaults[key]));
  // England keeps all its own trainees: "Trained here who stay" is a lever of a region's or ICB's only.
  const shown = LEVERS.filter((l) => l.key !== 'stayShare' && !(trainingPath && TRAINING_PATH_LEVERS.includes(l.key)));
  const england: LeverGroup = {
    heading:
      shown.some((l) => changed(l.key)) || trainingPath || demand === 'ageing'
        ? 'Scenario levers, England-wide'
        : 'Levers, England-wide (current trends)',
    scope: 'England-wide',
    lines: [
      ...(trainingPath
        ? [
            `Training places: a path, ${trainingPath.map((p) => `${p.places.toLocaleString('en-GB')} in ${p.recruitmentYear}`).join(', ')}`,
          ]
        : []),
      ...shown.map((lever) => {
        const value = `${lever.label}: ${formatLever(lever, englandLevers[lever.key])}`;
        return changed(lever.key) ? `${value} (current trends ${formatLever(lever, defaults[lever.key])})` : value;
      }),
      ...(demand === 'ageing' ? ['Demand: need growing with an ageing population (REAL Centre 2022)'] : []),
    ],
  };
  const scoped = Object.entries(scopeOverrides)
    .filter(([, overrides]) => Object.keys(overrides).length > 0)
    .map(([code, overrides]) => ({
      heading: `${nameOf(code)}: own levers (others follow England)`,
      scope: nameOf(code),
      lines: LEVERS.flatMap((lever) => {
        const value = overrides[lever.key];
        return value === undefined ? [] : [`${lever.label}: ${formatLever(lever, value)}`];
      }),
    }))
    .sort((a, b) => a.heading.localeCompare(b.heading));
  return [england, ...scoped];
}

/**
 * The PCN team levers for the team chart's PNG: each one the scenario set away from its default, with its value, its
 * default and its scope: England's growth a year by role group (default: England's recorded growth, `base`), each
 * region's or ICB's own (default: its share of England's), and GP time released (England-wide, default 0). With none
 * changed, one line says every PCN team lever is at its default.
 */
export function teamLeverGroups(args: {
  team: TeamChoices | undefined;
  base: TeamBase;
  labelOf: (group: TeamGroup) => string;
  nameOf: (code: string) => string;
  subIcbsOf: (code: string) => readonly string[];
}): LeverGroup[] {
  const { base, labelOf, nameOf, subIcbsOf } = args;
  const team = args.team ?? { england: {}, scopes: {}, gpTimeReleased: {} };
  const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  const differs = (value: number, fallback: number) => Math.abs(value - fallback) > 0.05;
  const growth = (g: TeamGroup, value: number, fallback: number, whose: string) =>
    `PCN growth, ${labelOf(g)}: ${formatNumber(value, 1)} FTE a year (default ${formatNumber(fallback, 1)}${whose})`;
  const englandLines = [
    ...TEAM_GROUPS.flatMap((g) => {
      const value = team.england[g];
      const fallback = base.defaultGrowth[g];
      return finite(value) && differs(value, fallback) ? [growth(g, value, fallback, ', recorded growth')] : [];
    }),
    ...TEAM_GROUPS.flatMap((g) => {
      const value = team.gpTimeReleased[g];
      return finite(value) && value !== 0
        ? [`GP time released, ${labelOf(g)}: ${formatNumber(value, 2)} GP FTE per FTE (default 0)`]
        : [];
    }),
  ];
  const scoped = Object.entries(team.scopes)
    .map(([code, values]) => {
      const subIcbs = subIcbsOf(code);
      const lines = TEAM_GROUPS.flatMap((g) => {
        const value = values[g];
        if (!finite(value)) return [];
        const fallback = scopeTeamDefault(base, team, subIcbs, g);
        return differs(value, fallback) ? [growth(g, value, fallback, ', its share of England’s')] : [];
      });
      return { heading: `${nameOf(code)}: own PCN team levers (others follow England)`, scope: nameOf(code), lines };
    })
    .filter((group) => group.lines.length > 0)
    .sort((a, b) => a.heading.localeCompare(b.heading));
  if (englandLines.length === 0 && scoped.length === 0)
    return [
      {
        heading: 'PCN team levers (defaults)',
        scope: 'England-wide',
        lines: ['Every PCN team lever at its default: England’s recorded growth by role group, no GP time released'],
      },
    ];
  return [
    ...(englandLines.length > 0
      ? [{ heading: 'PCN team levers, England-wide', scope: 'England-wide', lines: englandLines }]
      : []),
    ...scoped,
  ];
}

/** " (projected)" after a projected year, nothing after a recorded one. */

/** e.g. "GP FTE per 100,000 patients by ICB (STP), 2030/31 (projected)". */
export function mapTitle(args: {
  metricLabel: string;
  levelLabel: string;
  year: number;
  baseYear: number;
  usesBaseYear: boolean;
  /** The last recorded year (later once a planner's own figures extend the data). */
  lastDataYear?: number;
  /** The metric's group: a team metric's PCN years are recorded. */
  group?: string;
}) {
  const { metricLabel, levelLabel, year, baseYear, usesBaseYear, lastDataYear = LAST_DATA_YEAR, group = '' } = args;
  const span = usesBaseYear ? `${fyLabel(baseYear)} to ${fyLabel(year)}` : fyLabel(year);
  // " (projected)", a team metric's PCN month, or " (latest bulletin)" for the bulletin's month.
  return `${metricLabel} by ${levelLabel}, ${span}${yearSuffix({ group }, year, lastDataYear)}`;
}

/** Which areas the figure covers: England, with any selected areas named. */
export function areasLine(selectedNames: readonly string[], what: 'outlined' | 'plotted'): string {
  return selectedNames.length === 0 ? 'England' : `England; ${what}: ${selectedNames.join(', ')}`;
}

/** e.g. "GP FTE, 2015/16 to 2035/36 (projected from 2025/26): NHS Kent and Medway ICB against England". */
export function chartTitle(args: {
  metricLabel: string;
  years: readonly number[];
  areaNames: readonly string[];
  lastDataYear?: number;
}) {
  const { metricLabel, years, areaNames, lastDataYear = LAST_DATA_YEAR } = args;
  const first = years[0];
  const last = years[years.length - 1];
  const span = first !== undefined && last !== undefined ? `, ${fyLabel(first)} to ${fyLabel(last)}` : '';
  const projected =
    last !== undefined && isProjectedYear(last, lastDataYear) ? ` (projected from ${fyLabel(lastDataYear + 1)})` : '';
  const who = areaNames.length === 0 ? 'England' : `${areaNames.join(', ')} against England`;
  return `${metricLabel}${span}${projected}: ${who}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-10" -> "October 2025"; anything else as given. */
export function monthLabel(yyyyMm: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : yyyyMm;
}

/**
 * The period the figures cover, from the data itself: "2024/25 financial-year average; bulletin to October 2025"
 * (the last recorded year of the area figures, the last month of the national bulletin series).
 */
export function dataPeriod(args: { lastDataYear: number; bulletinMonth?: string }): string {
  const year = `${fyLabel(args.lastDataYear)} financial-year average`;
  return args.bulletinMonth ? `${year}; bulletin to ${monthLabel(args.bulletinMonth)}` : year;
}

/** "Printed 1 December 2026", in the reader's own calendar day. */
export function printedOn(date: Date): string {
  return `Printed ${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/** A safe file name part: "NHS Kent & Medway" -> "nhs-kent-medway". */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export'
  );
}
