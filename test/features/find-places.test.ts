// "Find an area" finds places people know: the matcher and ranking over the real committed areas.json and
// places.json, where each place leads, and the line that says how it matched. Expected entries checked by
// hand against the raw files: G82002 ST JAMES' SURGERY, CT16 1SF, PCN U34235 (payments 2024/25 and the July
// 2026 practice map, sub-ICB 91Q); Tower Hamlets' 144 LSOAs all in A3A8R, Dartford's 58 all in 91Q (LSOA ->
// sub-ICB 2022 lookup); NHS Thanet CCG (10E) in the payments files 2014/15-2019/20, the ONS lookups from July
// 2015; G83064 THANET ROAD SURGERY last in the 2019/20 payments file (NHS Bexley CCG), absent from the 2026 map.
import { describe, it, expect } from 'vitest';
import { placesFileSchema } from '../../src/data/places';
import type { Area, AreasFile } from '../../src/data/schemas';
import { areaFindable, matchFindables, type Findable } from '../../src/features/area-picker/match-areas';
import { matchLine, optionMeta, placeFindables, placeTarget, type Place } from '../../src/features/area-picker/places';
import { readDataJson } from './serve-data';

const areas = (readDataJson('areas.json') as AreasFile).areas;
const places = placesFileSchema.parse(readDataJson('places.json'));
const byCode = new Map(areas.map((a) => [a.code, a]));
const items: Findable<Place>[] = [
  ...areas
    .filter((a) => a.level !== 'england')
    .map((area): Findable<Place> => ({ ...areaFindable(area), value: { kind: 'area', area } })),
  ...placeFindables(places),
];

const find = (typed: string) => matchFindables(items, typed);
/** The first few matches as "kind:name". */
const top = (typed: string, n = 3) =>
  find(typed)
    .matches.slice(0, n)
    .map((m) => `${m.item.kind}:${m.item.name}`);
/** Where the match at `index` leads (code, level) and the line said on choosing it. */
function chosen(typed: string, index = 0): { code: string; level: Area['level']; line: string } {
  const match = find(typed).matches[index]!;
  const target = placeTarget(match.item.value, byCode, areas)!;
  return { code: target.area.code, level: target.area.level, line: matchLine(match.item.value, target, match.on) };
}

describe('ranking', () => {
  it('an exact practice code first, leading to the sub-ICB the practice is counted in', () => {
    const { matches } = find('g82002');
    expect(matches[0]).toMatchObject({ rank: 0, on: 'code', item: { kind: 'practice', name: "ST JAMES' SURGERY" } });
    expect(chosen('G82002')).toEqual({
      code: '91Q',
      level: 'subicb',
      line: "G82002 ST JAMES' SURGERY → NHS Kent and Medway ICB - 91Q (practice)",
    });
  });

  it('an exact postcode, with or without its space, finds the practice there and says it matched the postcode', () => {
    for (const typed of ['CT16 1SF', 'ct161sf']) {
      expect(find(typed).matches[0]).toMatchObject({ rank: 0, on: 'postcode', item: { codes: ['G82002'] } });
      expect(chosen(typed).line).toBe("G82002 ST JAMES' SURGERY → NHS Kent and Medway ICB - 91Q (practice; postcode CT16 1SF)");
    }
    // The start of a postcode lists the practices in that district, after nothing better.
    const district = find('CT16').matches;
    expect(district.length).toBeGreaterThan(3);
    expect(district.every((m) => m.on === 'postcode' && m.item.postcode?.startsWith('CT16 '))).toBe(true);
  });

  it('Tower Hamlets: the local authority first (its ICB has one sub-ICB, so the ICB), then the CCG and PCNs', () => {
    expect(top('Tower Hamlets', 3)).toEqual([
      'district:Tower Hamlets',
      'ccg:NHS Tower Hamlets CCG',
      'pcn:TOWER HAMLETS NETWORK 1 PCN',
    ]);
    expect(chosen('Tower Hamlets')).toEqual({
      code: 'QMF',
      level: 'icb',
      line: 'Tower Hamlets → NHS North East London ICB (local authority)',
    });
  });

  it('Dartford: the local authority, the former CCG, then PCNs (all name prefixes: local authorities, CCGs, PCNs)', () => {
    expect(top('Dartford', 4)).toEqual([
      'district:Dartford',
      'ccg:NHS Dartford, Gravesham and Swanley CCG',
      'pcn:DARTFORD CENTRAL PCN',
      'pcn:DARTFORD MODEL PCN',
    ]);
    expect(chosen('Dartford')).toMatchObject({
      code: 'QKS',
      level: 'icb',
      line: 'Dartford → NHS Kent and Medway ICB (local authority)',
    });
    expect(chosen('Dartford', 1)).toEqual({
      code: '91Q',
      level: 'subicb',
      line: 'NHS Dartford, Gravesham and Swanley CCG (2015/16–2019/20) → NHS Kent and Medway ICB - 91Q (former CCG)',
    });
  });

  it('Thanet: the district, the former CCG (a leading "NHS " aside, a name prefix), then a closed practice', () => {
    expect(top('Thanet')).toEqual(['district:Thanet', 'ccg:NHS Thanet CCG', 'practice:THANET ROAD SURGERY']);
    expect(chosen('Thanet', 1)).toEqual({
      code: '91Q',
      level: 'subicb',
      line: 'NHS Thanet CCG (2015/16–2019/20) → NHS Kent and Medway ICB - 91Q (former CCG)',
    });
    // A closed practice is still found, marked with the last year it was reported, and leads where it was counted.
    expect(chosen('Thanet', 2)).toEqual({
      code: '72Q',
      level: 'subicb',
      line: 'G83064 THANET ROAD SURGERY → NHS South East London ICB - 72Q (practice, last reported 2019/20)',
    });
    const closed = find('G83064').matches[0]!;
    expect(optionMeta(closed.item.value, placeTarget(closed.item.value, byCode, areas))).toBe(
      'Practice · G83064 · DA5 1AP · last reported 2019/20 · → NHS South East London ICB - 72Q',
    );
  });

  it('a PCN by code or name', () => {
    expect(find('U34235').matches[0]).toMatchObject({ rank: 0, item: { kind: 'pcn', name: 'DOVER TOWN PCN' } });
    expect(chosen('dover town')).toEqual({
      code: '91Q',
      level: 'subicb',
      line: 'U34235 DOVER TOWN PCN → NHS Kent and Medway ICB - 91Q (PCN)',
    });
  });

  it('a split CCG goes to the sub-ICB that took most of it and names the others', () => {
    expect(chosen('NHS Vale of York CCG')).toEqual({
      code: '03Q',
      level: 'subicb',
      line: "NHS Vale of York CCG (2015/16–2021/22) → mostly NHS Humber and North Yorkshire ICB - 03Q Vale of York (former CCG; 68% of its practices' patients; also NHS Humber and North Yorkshire ICB - 42D North Yorkshire)",
    });
  });

  it('a district name no longer in use still finds its area, with the year it ended', () => {
    expect(chosen('Shepway')).toEqual({
      code: 'QKS',
      level: 'icb',
      line: 'Shepway → NHS Kent and Medway ICB (local authority, to 2017/18)',
    });
  });

  it('areas come before places of the same rank, and keep their own line', () => {
    expect(top('Cornwall')).toEqual([
      'area:NHS Cornwall and The Isles Of Scilly ICB',
      'area:NHS Cornwall and The Isles Of Scilly ICB - 11N',
      'district:Cornwall',
    ]);
    expect(chosen('Cornwall')).toEqual({ code: 'QT6', level: 'icb', line: 'Selected NHS Cornwall and The Isles Of Scilly ICB.' });
    // An area's own code still beats a former CCG with the same code.
    expect(top('91Q', 2)).toEqual(['area:NHS Kent and Medway ICB - 91Q', 'ccg:NHS Kent and Medway CCG']);
  });
});
