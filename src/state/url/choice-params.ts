// How each scenario choice is written in a link and read back: one entry per field of ScenarioChoices (a record
// over ChoiceKey, so a new choice cannot be left out of the link by mistake; see src/model/scenario.ts).
// The view's own settings (level, metric, year, areas, …) are read and written in url-state.ts and serialise.ts.
import {
  DEMAND_CHOICES,
  GP_TIME_RANGE,
  LEVERS,
  TEAM_GROUPS,
  TEAM_GROWTH_RANGE,
  type TeamChoices,
  type TeamGroup,
  clampToConfig,
  type ChoiceKey,
  type LeverKey,
  type LeverValues,
  type ScenarioChoices,
  type TrainingPoint,
} from '../../model';
import { ENGLAND_SCOPE, PATIENT_GROWTH_RANGE } from '../stores/scenario-store';
import { quote, shown, someOf } from './notices';
import {
  LABELS,
  MAX_PATH_POINTS,
  SCOPE_PREFIX,
  caseless,
  fmt,
  grouped,
  lower,
  readNumber,
  type Param,
  type UrlContext,
  type UrlState,
} from './format';

/** What a choice's reader gets: the link's settings, the data's context and the notices to add to. */
export interface LinkReader {
  ctx: UrlContext;
  notices: string[];
  /** The first value of a setting, or null when the link has none; an empty value is told and gives null. */
  value: (param: string, label: string) => string | null;
  /** A year the link gives for `param`, if it is one of `allowed` (else told, and null). */
  year: (param: Param, allowed: readonly number[]) => number | null;
  /** The link's settings by their own names, a scope's levers as "levers.<CODE>", with the name as written. */
  given: ReadonlyMap<string, { name: string }>;
  /** The scope code (England, a region or an ICB) a link's text names, as the app spells it. */
  scopeCode: (text: string) => string | undefined;
}

/** Adds one setting to a link being written: `what` names it in a notice if it is left out; `scope` for a scope's levers. */
export type AddPiece = (param: Param, value: string, what: string, scope?: string) => void;

interface ChoiceParam<K extends ChoiceKey> {
  /** The choice as the link gives it (notices for what it cannot use), or undefined to keep the default. */
  read: (link: LinkReader, state: UrlState) => ScenarioChoices[K] | undefined;
  /** The choice's settings, nothing when it is the default. */
  write: (value: ScenarioChoices[K], add: AddPiece, defaults: UrlState, state: UrlState) => void;
}

const leverNamed = caseless(LEVERS.map((l) => l.key));
const teamGroupNamed = caseless(TEAM_GROUPS);
const LEVER_BY_KEY = new Map<LeverKey, (typeof LEVERS)[number]>(LEVERS.map((l) => [l.key, l]));

/** Splits "name:value" at its first colon, so an extra ":field" stays in the value (and fails to read). */
export function splitPair(text: string): [string, string | null] {
  const colon = text.indexOf(':');
  return colon < 0 ? [text, null] : [text.slice(0, colon), text.slice(colon + 1)];
}

function parseLevers(
  text: string,
  where: string,
  notices: string[],
  clamp: (key: LeverKey, v: number) => number,
): Partial<LeverValues> {
  const levers: Partial<LeverValues> = {};
  const given = new Map<LeverKey, number>();
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const [name, raw] = splitPair(part);
    const key = leverNamed(name);
    const lever = key === undefined ? undefined : LEVER_BY_KEY.get(key);
    if (!lever) {
      notices.push(`Ignored an unknown lever ${quote(name.trim())} ${where}.`);
      continue;
    }
    const times = (given.get(lever.key) ?? 0) + 1;
    given.set(lever.key, times);
    if (times > 1) continue; // the first is used, and the repeat told below
    const value = raw === null ? null : readNumber(raw);
    if (raw === null || raw.trim() === '') notices.push(`Ignored ${lever.label} ${where}: no value.`);
    else if (value === null) notices.push(`Ignored ${lever.label} ${where}: ${quote(raw)} is not a number.`);
    else {
      const clamped = clamp(lever.key, value);
      if (Math.abs(clamped - value) > 1e-9 * Math.max(1, Math.abs(value)))
        notices.push(`${lever.label} ${where} was ${grouped(value)}, outside its range or step: set to ${grouped(clamped)}.`);
      levers[lever.key] = clamped;
    }
  }
  for (const [key, times] of given)
    if (times > 1) notices.push(`${LEVER_BY_KEY.get(key)?.label} ${where} was given ${times} times: used the first.`);
  return levers;
}

function serialiseLevers(levers: Partial<LeverValues>): string {
  return LEVERS.filter((l) => levers[l.key] !== undefined)
    .map((l) => `${l.key}:${fmt(levers[l.key] as number)}`)
    .join(',');
}

/** Each choice's settings in the link. */
export const CHOICE_PARAMS: { [K in ChoiceKey]: ChoiceParam<K> } = {
  englandLevers: {
    read: (link) => {
      const text = link.value('levers', LABELS.levers);
      if (text === null) return undefined;
      return parseLevers(text, 'for England', link.notices, (key, v) =>
        clampToConfig(link.ctx.configFor(ENGLAND_SCOPE, key, {}), v),
      );
    },
    write: (levers, add) => {
      const text = serialiseLevers(levers);
      if (text) add('levers', text, "England's levers");
    },
  },
  scopeLevers: {
    read: (link, state) => {
      const scopes: Record<string, Partial<LeverValues>> = {};
      for (const [param, { name }] of link.given) {
        if (!param.startsWith(SCOPE_PREFIX)) continue;
        const written = name.trim().slice(SCOPE_PREFIX.length);
        const code = link.scopeCode(written);
        if (code === undefined || code === ENGLAND_SCOPE) {
          link.notices.push(`Ignored levers for unknown area ${quote(written)}.`);
          continue;
        }
        // Notices name the area as people know it ("NHS Kent and Medway ICB"), not by its code.
        const areaName = link.ctx.areaName?.(code) ?? code;
        const text = link.value(param, `levers for ${areaName}`);
        if (text === null) continue;
        // A scope's flow levers are scope totals, with the scope's own range (whole units).
        const scoped = parseLevers(text, `for ${areaName}`, link.notices, (key, v) =>
          clampToConfig(link.ctx.configFor(code, key, state.englandLevers), v),
        );
        if (Object.keys(scoped).length) scopes[code] = scoped;
      }
      return Object.keys(scopes).length ? scopes : undefined;
    },
    // The scope being edited first: each scope's levers go in while they fit (serialise.ts).
    write: (scopes, add, _defaults, state) => {
      const codes = Object.keys(scopes).sort();
      for (const code of [...codes.filter((c) => c === state.scope), ...codes.filter((c) => c !== state.scope)]) {
        const text = serialiseLevers(scopes[code] ?? {});
        if (text) add('levers', text, `the levers for ${code}`, code);
      }
    },
  },
  target: {
    read: (link) => {
      const target = link.value('target', LABELS.target);
      if (target === null) return undefined;
      const [kind, raw] = splitPair(target);
      const n = raw === null ? null : readNumber(raw);
      const which = lower(kind.trim());
      if (which === 'hold' && n !== null && link.ctx.dataYears.includes(n)) return { kind: 'hold', year: n };
      if (which === 'value' && n !== null && n >= 0 && n <= 500) return { kind: 'value', ftePer100k: n };
      link.notices.push(`Ignored target ${quote(target)}.`);
      return undefined;
    },
    write: (t, add, defaults) => {
      const d = defaults.target;
      if (!(t.kind === 'hold' && d.kind === 'hold' && t.year === d.year))
        add('target', t.kind === 'hold' ? `hold:${t.year}` : `value:${fmt(t.ftePer100k)}`, 'the target');
    },
  },
  targetYear: {
    read: (link) => {
      const lastDataYear = link.ctx.dataYears[link.ctx.dataYears.length - 1] ?? 0;
      return (
        link.year(
          'targetYear',
          link.ctx.years.filter((y) => y > lastDataYear),
        ) ?? undefined
      );
    },
    write: (year, add, defaults) => {
      if (year !== defaults.targetYear) add('targetYear', String(year), 'the target year');
    },
  },
  patientGrowth: {
    read: (link) => {
      const growth = link.value('growth', LABELS.growth);
      if (growth === null) return undefined;
      const n = readNumber(growth);
      if (n === null) {
        link.notices.push(`Ignored patient growth ${quote(growth)}: not a number.`);
        return undefined;
      }
      const clamped = Math.min(PATIENT_GROWTH_RANGE.max, Math.max(PATIENT_GROWTH_RANGE.min, n));
      if (clamped !== n)
        link.notices.push(
          `Patient growth was ${shown(growth.trim())}, outside ${PATIENT_GROWTH_RANGE.min} to ${PATIENT_GROWTH_RANGE.max} a year: set to ${fmt(clamped)}.`,
        );
      return clamped;
    },
    write: (growth, add) => {
      if (growth !== null) add('growth', fmt(growth), 'patient growth');
    },
  },
  trainingPath: {
    // `path=2025:4532,2027:5000`: recruitment years after the latest recorded intake and their places.
    read: (link) => {
      const text = link.value('path', LABELS.path);
      if (text === null) return undefined;
      const from = link.ctx.configFor(ENGLAND_SCOPE, 'trainingFrom', {});
      const years = link.ctx.pathYears ?? { min: from.min - 1, max: from.max };
      const placesConfig = link.ctx.configFor(ENGLAND_SCOPE, 'trainingPlaces', {});
      const points: TrainingPoint[] = [];
      const bad: string[] = [];
      for (const part of text.split(',')) {
        if (part.trim() === '') continue;
        const [yearText, placesText] = splitPair(part);
        const year = readNumber(yearText);
        const places = placesText === null ? null : readNumber(placesText);
        if (
          year === null ||
          places === null ||
          !Number.isInteger(year) ||
          year < years.min ||
          year > years.max ||
          points.some((p) => p.recruitmentYear === year)
        ) {
          bad.push(quote(part.trim()));
          continue;
        }
        const clamped = clampToConfig(placesConfig, places);
        if (clamped !== places)
          link.notices.push(
            `Training path places for ${year} were ${grouped(places)}, outside their range or step: set to ${grouped(clamped)}.`,
          );
        points.push({ recruitmentYear: year, places: clamped });
      }
      if (bad.length)
        link.notices.push(
          `Ignored training path points ${someOf(bad)}: each is a recruitment year from ${years.min} to ${years.max} and places, such as 2027:5000, once.`,
        );
      if (points.length > MAX_PATH_POINTS)
        link.notices.push(`A training path has at most ${MAX_PATH_POINTS} points; kept the first ${MAX_PATH_POINTS}.`);
      const kept = points.slice(0, MAX_PATH_POINTS).sort((a, b) => a.recruitmentYear - b.recruitmentYear);
      return kept.length ? kept : undefined;
    },
    write: (path, add) => {
      if (path?.length)
        add('path', path.map((p) => `${p.recruitmentYear}:${fmt(p.places)}`).join(','), "England's training path");
    },
  },
  team: {
    // `team=pharmacy:800,QYG.pharmacy:40,gp.pharmacy:0.2`: England's growth a year by group, a scope's own (CODE.group),
    // and GP time released per FTE (gp.group). Defaults are never written.
    read: (link) => {
      const text = link.value('team', LABELS.team);
      if (text === null) return undefined;
      const team: {
        england: Partial<Record<TeamGroup, number>>;
        scopes: Record<string, Partial<Record<TeamGroup, number>>>;
        gpTimeReleased: Partial<Record<TeamGroup, number>>;
      } = {
        england: {},
        scopes: {},
        gpTimeReleased: {},
      };
      for (const part of text.split(',')) {
        if (part.trim() === '') continue;
        const [name, raw] = splitPair(part);
        const dot = name.lastIndexOf('.');
        const owner = dot < 0 ? null : name.slice(0, dot).trim();
        const group = teamGroupNamed(name.slice(dot + 1));
        const value = raw === null ? null : readNumber(raw);
        if (!group || value === null) {
          link.notices.push(`Ignored PCN team setting ${quote(part.trim())}.`);
          continue;
        }
        if (owner !== null && owner.toLowerCase() === 'gp') {
          team.gpTimeReleased[group] = Math.min(GP_TIME_RANGE.max, Math.max(GP_TIME_RANGE.min, value));
          continue;
        }
        const code = owner === null ? ENGLAND_SCOPE : link.scopeCode(owner);
        if (code === undefined) {
          link.notices.push(`Ignored PCN team growth for unknown area ${quote(owner ?? '')}.`);
          continue;
        }
        const clamped = Math.min(TEAM_GROWTH_RANGE.max, Math.max(TEAM_GROWTH_RANGE.min, value));
        if (code === ENGLAND_SCOPE) team.england[group] = clamped;
        else team.scopes[code] = { ...team.scopes[code], [group]: clamped };
      }
      return team satisfies TeamChoices;
    },
    write: (team, add) => {
      if (!team) return;
      const pairs = (values: Partial<Record<TeamGroup, number>>, prefix: string) =>
        TEAM_GROUPS.filter((g) => typeof values[g] === 'number').map((g) => `${prefix}${g}:${fmt(values[g] as number)}`);
      const parts = [
        ...pairs(team.england, ''),
        ...Object.keys(team.scopes)
          .sort()
          .flatMap((code) => pairs(team.scopes[code] ?? {}, `${code}.`)),
        ...pairs(team.gpTimeReleased, 'gp.'),
      ];
      if (parts.length) add('team', parts.join(','), 'the PCN team levers');
    },
  },
  demand: {
    // `demand=ageing`; registered lists are the default, never written.
    read: (link) => {
      const demand = link.value('demand', LABELS.demand);
      if (demand === null) return undefined;
      const known = caseless(DEMAND_CHOICES)(demand);
      if (!known) link.notices.push(`Ignored demand ${quote(demand)}: use lists or ageing.`);
      return known;
    },
    write: (demand, add, defaults) => {
      if (demand !== undefined && demand !== defaults.demand) add('demand', demand, 'what demand grows with');
    },
  },
};
