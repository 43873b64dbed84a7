// "Find an area" finds the CCGs as they were (as-was.json): by name or code, each boundary its own option, opening
// at "CCG (as was)" in its last year; the sub-ICB locations of July 2022 on are today's areas, not listed again.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asWasFileSchema } from '../../src/data/as-was-schemas';
import { matchFindables } from '../../src/features/area-picker/match-areas';
import { asWasFindables, asWasLine, optionMeta, placeTarget } from '../../src/features/area-picker/places';

const file = asWasFileSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/as-was.json'), 'utf8')));
const items = asWasFindables(file);

describe('CCGs as they were in "Find an area"', () => {
  it('lists every CCG of 2015/16 to 2021/22 once per boundary, and no sub-ICB location that began in 2022/23 or later', () => {
    const ccgs = file.areas.filter((a) => a.level === 'ccg' && a.firstYear <= 2022);
    expect(items).toHaveLength(ccgs.length);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    const later = file.areas.find((a) => a.level === 'ccg' && a.firstYear >= 2023)!;
    expect(items.some((i) => i.value.kind === 'asWas' && i.value.id === later.id)).toBe(false);
  });

  it('finds NHS Darlington CCG by name and by its code 00C, opening at 2019/20, its last year', () => {
    const byName = matchFindables(items, 'Darlington').matches[0]!;
    const byCode = matchFindables(items, '00c').matches[0]!;
    expect(byName.item.name).toBe('NHS Darlington CCG');
    expect(byCode.item.key).toBe(byName.item.key);
    const place = byName.item.value;
    if (place.kind !== 'asWas') throw new Error('not an as-was CCG');
    expect(place).toMatchObject({ id: '00C', firstYear: 2016, lastYear: 2020 });
    expect(placeTarget(place, new Map(), [])).toBeNull();
    expect(optionMeta(place, null)).toBe('CCG (as was) · 00C · 2015/16–2019/20 · opens at 2019/20');
    expect(asWasLine(place)).toBe('NHS Darlington CCG (2015/16–2019/20) → CCG (as was), 2019/20');
  });

  it('a code whose boundary changed gives one option per boundary', () => {
    const cumbria = matchFindables(items, '01H').matches.map((m) => m.item.key);
    const ids = file.areas
      .filter((a) => a.level === 'ccg' && a.code === '01H' && a.firstYear <= 2022)
      .map((a) => `asWas:${a.id}`);
    expect(ids.length).toBeGreaterThan(1);
    expect(cumbria.sort()).toEqual(ids.sort());
  });
});
