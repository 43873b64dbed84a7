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
import {
  matchLine,
  nearPostcode,
  optionMeta,
  placeFindables,
  placeTarget,
  type Place,
} from '../../src/features/area-picker/places';
import { editDistance } from '../../src/features/area-picker/match-areas';
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

describe('close spellings', () => {
  it('"Knowsly" finds Knowsley (one letter missing), the area before the local authority', () => {
    // Nothing contains "knowsly"; "knowsle" (the name's "Knowsley" cut to the text's length) is one substitution away.
    expect(top('Knowsly', 2)).toEqual(['area:NHS Cheshire and Merseyside ICB - 01J Knowsley', 'district:Knowsley']);
    expect(find('Knowsly').matches[0]!.on).toBe('closeSpelling');
    expect(chosen('Knowsly').code).toBe('01J');
  });
  it('two words with a slip, a swapped pair; a real match is never joined by close spellings', () => {
    expect(top('Tower Hamlts', 1)).toEqual(['district:Tower Hamlets']);
    expect(top('Cornwlal', 1)).toEqual(['area:NHS Cornwall and The Isles Of Scilly ICB']);
    expect(find('Knowsley').matches.every((m) => m.on !== 'closeSpelling')).toBe(true);
    // "Knet" (4 letters, one edit) finds Kent among its close spellings; 3 letters have no typo tolerance.
    expect(find('Knet').matches.map((m) => m.item.name)).toContain('NHS Kent and Medway ICB');
    expect(find('Knt').total).toBe(0);
  });
  it('editDistance counts inserts, deletes, substitutions and swaps, and stops past the limit', () => {
    expect(editDistance('knowsly', 'knowsley', 2)).toBe(1); // one insert
    expect(editDistance('cornwlal', 'cornwall', 2)).toBe(1); // one swap
    expect(editDistance('kitten', 'sitting', 3)).toBe(3); // k->s, e->i, +g
    expect(editDistance('abc', 'xyzxyz', 1)).toBe(2); // over the limit: limit + 1
  });
});

describe('a postcode no practice has', () => {
  const near = (typed: string) => nearPostcode(typed, places);
  const line = (typed: string) => {
    const item = near(typed)!;
    return matchLine(item.value, placeTarget(item.value, byCode, areas)!, 'postcode');
  };
  it("goes where its sector's practices are: CT16 1AA by the 3 practices in CT16 1 (all 91Q)", () => {
    // CT16 1SF, CT16 1BW and CT16 1EQ (places.json), all in 91Q.
    expect(line('ct16 1aa')).toBe(
      'Postcode CT16 1AA → NHS Kent and Medway ICB - 91Q (no practice has this postcode: placed by the 3 practices in postcode sector CT16 1)',
    );
  });
  it("else by its district's: CT16 9ZZ by the 4 practices in CT16; a split sector says how much", () => {
    expect(near('CT16 9ZZ')!.value).toMatchObject({ basis: 'district', near: 'CT16', practices: 4, subIcb: '91Q', share: null });
    // DE74 2: one practice in 04V and one in 52R: 50%, the first code on a tie.
    expect(near('DE74 2XX')!.value).toMatchObject({ basis: 'sector', practices: 2, subIcb: '04V', share: 50 });
    expect(line('DE74 2XX')).toMatch(/^Postcode DE74 2XX → mostly .* \(no practice .*; 50% of the practices there\)$/);
  });
  it("is not used for a practice's own postcode, a word, or a postcode area with no practices", () => {
    expect(near('CT16 1SF')).toBeNull();
    expect(near('Knowsley')).toBeNull();
    expect(near('ZZ9 9ZZ')).toBeNull();
    // The sector alone works too.
    expect(near('L36 9')!.value).toMatchObject({ basis: 'district', near: 'L36', subIcb: '01J' });
  });
});
