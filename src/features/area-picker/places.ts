// Places people know as findables for "Find an area", where each one leads, and the line that says how it
// matched ("Tower Hamlets → NHS North East London ICB (local authority)").
// Where a place leads: practices, PCNs and former CCGs go to the sub-ICB they are counted in (the area the
// practice view opens in). A local authority goes to its sub-ICB, or to the ICB when that sub-ICB is the ICB's
// only one (26 of the 42 ICBs have one sub-ICB: the ICB is the name people know there).
import type { Area } from '../../data/schemas';
import type { PlacesFile } from '../../data/places';
import type { AsWasFile } from '../../data/as-was-schemas';
import { fyLabel } from '../../lib/years';
import { findable, type Findable, type FindKind, type MatchedOn } from './match-areas';

export type Place =
  | { kind: 'area'; area: Area }
  | { kind: 'practice'; code: string; name: string; postcode: string | null; subIcb: string; lastYear: number | null }
  | { kind: 'pcn'; code: string; name: string; subIcb: string; share: number | null; lastYear: number | null }
  | {
      kind: 'district';
      code: string;
      name: string;
      subIcb: string;
      subIcbShare: number | null;
      icb: string;
      icbShare: number | null;
      lastYear: number | null;
    }
  | {
      /** A postcode that is no practice's: placed by the practices that share its sector, else its district. */
      kind: 'postcode';
      code: string;
      name: string;
      basis: 'sector' | 'district';
      /** The sector ("CT16 9") or district ("CT16") the practices share. */
      near: string;
      practices: number;
      subIcb: string;
      share: number | null;
    }
  | {
      kind: 'ccg';
      code: string;
      name: string;
      firstYear: number;
      lastYear: number;
      subIcb: string;
      share: number | null;
      others: readonly string[];
    }
  | {
      /** A CCG as it was (as-was.json): opens at "CCG (as was)" in its last year, on its own boundary. */
      kind: 'asWas';
      /** Its id in as-was.json (the code, or code@first year when the code's boundary changed). */
      id: string;
      code: string;
      name: string;
      firstYear: number;
      lastYear: number;
    };

export const KIND_LABELS: Record<FindKind, string> = {
  area: 'area',
  practice: 'practice',
  pcn: 'PCN',
  district: 'local authority',
  ccg: 'former CCG',
  asWas: 'CCG (as was)',
  postcode: 'postcode',
};

/** A full postcode or a sector ("CT16 9ZZ", "ct169", "CT16 9"): district, sector digit, and the unit if typed. */
const POSTCODE = /^([a-z]{1,2}\d[a-z\d]?)\s*(\d)([a-z]{2})?$/i;

/**
 * Where a postcode that no practice has probably is: the app holds no postcode directory (it runs offline, and the
 * ONS one is 2.7 million rows), but it has every practice's postcode. The sub-ICB holding most of the open practices
 * in the same postcode sector ("CT16 9"), or if none in the district ("CT16"), with that share. Null when the text
 * is not a postcode or sector, when a practice has exactly that postcode (found as a practice), or nothing is near.
 */
export function nearPostcode(typed: string, file: PlacesFile): Findable<Place> | null {
  const match = POSTCODE.exec(typed.trim());
  if (!match) return null;
  const district = match[1]!.toUpperCase();
  const sector = `${district} ${match[2]}`;
  const code = match[3] ? `${sector}${match[3].toUpperCase()}` : sector;
  const open = file.practices.flatMap((p) =>
    p.y === undefined && p.p ? [{ postcode: p.p.toUpperCase().replace(/\s+/g, ' '), subIcb: p.s }] : [],
  );
  if (match[3] && open.some((p) => p.postcode === code)) return null;
  const inSector = open.filter((p) => p.postcode.startsWith(`${sector}`) && p.postcode.length === sector.length + 2);
  const inDistrict = open.filter((p) => p.postcode.startsWith(`${district} `));
  const [basis, near, list] =
    inSector.length > 0 ? (['sector', sector, inSector] as const) : (['district', district, inDistrict] as const);
  if (list.length === 0) return null;
  const counts = new Map<string, number>();
  for (const p of list) counts.set(p.subIcb, (counts.get(p.subIcb) ?? 0) + 1);
  const [subIcb, most] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const share = most === list.length ? null : Math.round((100 * most) / list.length);
  const value = { kind: 'postcode', code, name: `Postcode ${code}`, basis, near, practices: list.length, subIcb, share } as const;
  return findable({ kind: 'postcode', name: value.name, codes: [code], value });
}

/** Every place in the file as a findable (kind, name, code, postcode). */
export function placeFindables(file: PlacesFile): Findable<Place>[] {
  const items: Findable<Place>[] = [];
  for (const p of file.practices) {
    const value = { kind: 'practice', code: p.c, name: p.n, postcode: p.p ?? null, subIcb: p.s, lastYear: p.y ?? null } as const;
    items.push(findable({ kind: 'practice', name: p.n, codes: [p.c], postcode: p.p, value }));
  }
  for (const p of file.pcns) {
    const value = { kind: 'pcn', code: p.c, name: p.n, subIcb: p.s, share: p.m ?? null, lastYear: p.y ?? null } as const;
    items.push(findable({ kind: 'pcn', name: p.n, codes: [p.c], value }));
  }
  for (const d of file.districts) {
    const value = {
      kind: 'district',
      code: d.c,
      name: d.n,
      subIcb: d.s,
      subIcbShare: d.m ?? null,
      icb: d.i,
      icbShare: d.k ?? null,
      lastYear: d.y ?? null,
    } as const;
    // Keyed by name: an old district name can share its ONS code with today's.
    items.push({ ...findable({ kind: 'district', name: d.n, codes: [d.c], value }), key: `district:${d.c}:${d.n}` });
  }
  for (const c of file.ccgs) {
    const value = {
      kind: 'ccg',
      code: c.c,
      name: c.n,
      firstYear: c.f,
      lastYear: c.y,
      subIcb: c.s,
      share: c.m ?? null,
      others: c.o ?? [],
    } as const;
    items.push(findable({ kind: 'ccg', name: c.n, codes: [c.c], value }));
  }
  return items;
}

/**
 * Every CCG of as-was.json (2015/16 to 2021/22, each on its own boundary) as a findable: by name, ODS or ONS code.
 * The sub-ICB locations of July 2022 on are today's sub-ICBs, found as areas.
 */
export function asWasFindables(file: AsWasFile): Findable<Place>[] {
  const lastCcgYear = Math.max(...file.levels.ccg.years.filter((y) => /^CCGs/.test(y.label)).map((y) => y.year));
  return file.areas
    .filter((a) => a.level === 'ccg' && a.firstYear <= lastCcgYear)
    .map((a) => {
      const value = {
        kind: 'asWas',
        id: a.id,
        code: a.code,
        name: a.name,
        firstYear: a.firstYear,
        lastYear: a.lastYear,
      } as const;
      const codes = a.onsCode ? [a.code, a.onsCode] : [a.code];
      return { ...findable({ kind: 'asWas', name: a.name, codes, value }), key: `asWas:${a.id}` };
    });
}

export interface PlaceTarget {
  /** The area to select, at its own map level. */
  area: Area;
  /** Percent of the place the area holds, when below 100 (null: all of it). */
  share: number | null;
  /** Other sub-ICBs that took 10% or more of a former CCG. */
  others: Area[];
}

/** The area a place leads to, or null if its area is not in areas.json (the data test says that never happens). */
export function placeTarget(place: Place, areasByCode: ReadonlyMap<string, Area>, areas: readonly Area[]): PlaceTarget | null {
  if (place.kind === 'area') return { area: place.area, share: null, others: [] };
  // A CCG as it was opens at its own level, not at an area of today.
  if (place.kind === 'asWas') return null;
  const subIcb = areasByCode.get(place.subIcb);
  if (!subIcb) return null;
  switch (place.kind) {
    case 'practice':
      return { area: subIcb, share: null, others: [] };
    case 'pcn':
    case 'postcode':
      return { area: subIcb, share: place.share, others: [] };
    case 'ccg':
      return {
        area: subIcb,
        share: place.share,
        others: place.others.flatMap((code) => areasByCode.get(code) ?? []),
      };
    case 'district': {
      const icb = subIcb.parent === null ? undefined : areasByCode.get(subIcb.parent);
      const onlySubIcb = icb !== undefined && areas.filter((a) => a.parent === icb.code).length === 1;
      if (!onlySubIcb) return { area: subIcb, share: place.subIcbShare, others: [] };
      return { area: icb, share: icb.code === place.icb ? place.icbShare : place.subIcbShare, others: [] };
    }
  }
}

const until = (lastYear: number | null) => (lastYear === null ? '' : `, to ${fyLabel(lastYear)}`);

/** How the place is named in a line: its code first where people search by it, and a CCG's years. */
export function placeLabel(place: Place): string {
  switch (place.kind) {
    case 'area':
      return place.area.name;
    case 'practice':
    case 'pcn':
      return `${place.code} ${place.name}`;
    case 'district':
    case 'postcode':
      return place.name;
    case 'ccg':
    case 'asWas':
      return `${place.name} (${fyLabel(place.firstYear)}–${fyLabel(place.lastYear)})`;
  }
}

/** What the share is a share of, for "mostly". */
const SHARE_OF: Record<Exclude<FindKind, 'area' | 'practice' | 'asWas'>, string> = {
  pcn: "its practices' patients",
  district: 'its neighbourhoods (LSOAs)',
  ccg: "its practices' patients",
  postcode: 'the practices there',
};

const practicesIn = (place: Extract<Place, { kind: 'postcode' }>) =>
  `${place.practices} ${place.practices === 1 ? 'practice' : 'practices'} in postcode ${place.basis} ${place.near}`;

/** The polite live line after choosing: "NHS Thanet CCG (2015/16–2019/20) → NHS Kent and Medway ICB - 91Q (former CCG)". */
export function matchLine(place: Place, target: PlaceTarget, on: MatchedOn): string {
  if (place.kind === 'area') return `Selected ${place.area.name}.`;
  if (place.kind === 'asWas') return asWasLine(place);
  const notes: string[] = [KIND_LABELS[place.kind]];
  if (place.kind === 'practice' && place.lastYear !== null) notes[0] += `, last reported ${fyLabel(place.lastYear)}`;
  if ((place.kind === 'pcn' || place.kind === 'district') && place.lastYear !== null) notes[0] += until(place.lastYear);
  if (place.kind === 'postcode') notes[0] = `no practice has this postcode: placed by the ${practicesIn(place)}`;
  if (on === 'postcode' && place.kind === 'practice' && place.postcode) notes.push(`postcode ${place.postcode}`);
  if (target.share !== null && place.kind !== 'practice') notes.push(`${target.share}% of ${SHARE_OF[place.kind]}`);
  if (target.others.length > 0) notes.push(`also ${target.others.map((a) => a.name).join(', ')}`);
  const mostly = target.share !== null ? 'mostly ' : '';
  return `${placeLabel(place)} → ${mostly}${target.area.name} (${notes.join('; ')})`;
}

/** The option's second line: the kind, code, postcode, years, and where it leads. */
export function optionMeta(place: Place, target: PlaceTarget | null): string {
  if (place.kind === 'area') return '';
  const parts: string[] = [KIND_LABELS[place.kind].replace(/^./, (c) => c.toUpperCase()), place.code];
  if (place.kind === 'practice' && place.postcode) parts.push(place.postcode);
  if (place.kind === 'ccg') parts.push(`${fyLabel(place.firstYear)}–${fyLabel(place.lastYear)}`);
  else if (place.kind === 'asWas')
    parts.push(`${fyLabel(place.firstYear)}–${fyLabel(place.lastYear)}`, `opens at ${fyLabel(place.lastYear)}`);
  else if (place.kind === 'postcode') parts.push(`placed by the ${practicesIn(place)}`);
  else if (place.kind === 'practice' && place.lastYear !== null) parts.push(`last reported ${fyLabel(place.lastYear)}`);
  else if (place.lastYear !== null) parts.push(`to ${fyLabel(place.lastYear)}`);
  if (target) parts.push(`→ ${target.share !== null ? 'mostly ' : ''}${target.area.name}`);
  return parts.join(' · ');
}

/** The line after choosing a CCG as it was: "NHS Darlington CCG (2015/16–2019/20) → CCG (as was), 2019/20". */
export const asWasLine = (place: Extract<Place, { kind: 'asWas' }>): string =>
  `${placeLabel(place)} → ${KIND_LABELS.asWas}, ${fyLabel(place.lastYear)}`;
