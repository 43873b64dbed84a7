// Short names for map labels, from the real names in data/areas.json: "NHS " and " ICB" go, a sub-ICB is
// named by the place after its code (or its ICB when nothing follows), "and" becomes "&"; long names break
// onto two lines at a natural place.
import { describe, expect, it } from 'vitest';
import { labelLayouts, labelLayoutsFor, shortAreaName, splitAreaName } from '../../../../src/components/map/labels/short-names';
import { realFiles } from '../../../support/real-data';

describe('shortAreaName', () => {
  it.each([
    ['London', 'London'],
    ['North East and Yorkshire', 'North East & Yorkshire'],
    ['NHS Kent and Medway ICB', 'Kent & Medway'],
    ['NHS Devon ICB', 'Devon'],
    ['NHS Cornwall and The Isles Of Scilly ICB', 'Cornwall & the Isles of Scilly'],
    ['NHS Hampshire and Isle Of Wight ICB', 'Hampshire & Isle of Wight'],
    ['NHS Greater Manchester ICB - 00T Bolton', 'Bolton'],
    ['NHS Lancashire and South Cumbria ICB - 00Q Blackburn With Darwen', 'Blackburn with Darwen'],
    ['NHS Staffordshire and Stoke-on-Trent ICB - 05W Stoke on Trent', 'Stoke on Trent'],
    ['NHS Kent and Medway ICB - 91Q', 'Kent & Medway'],
    ['NHS North East London ICB - A3A8R', 'North East London'],
    ['NHS West Yorkshire ICB - X2C4Y Kirklees', 'Kirklees'],
    [
      'NHS Hampshire and Isle Of Wight ICB - D9Y0V Hampshire, Southampton & Isle of Wight',
      'Hampshire, Southampton & Isle of Wight',
    ],
  ])('%s -> %s', (name, short) => {
    expect(shortAreaName(name)).toBe(short);
  });

  it('leaves a small word at the start of a name alone', () => {
    expect(shortAreaName('The Wolds')).toBe('The Wolds');
  });

  it('gives every real area a short name without "NHS", "ICB", a code or an "and", and distinct at each level', () => {
    const areas = realFiles().areas.areas.filter((a) => a.level !== 'england');
    for (const level of ['region', 'icb', 'subicb']) {
      const shorts = areas.filter((a) => a.level === level).map((a) => shortAreaName(a.name));
      expect(new Set(shorts).size, level).toBe(shorts.length);
    }
    for (const area of areas) {
      const short = shortAreaName(area.name);
      expect(short, area.name).not.toMatch(/\bNHS\b|\bICB\b| and |[A-Z0-9]{3,5} -|\b\d\d[A-Z]\b/);
      expect(short.length, area.name).toBeLessThanOrEqual(47);
      expect(short.length, area.name).toBeGreaterThan(2);
    }
  });
});

describe('labelLayouts', () => {
  it('offers one word on one line only', () => {
    expect(labelLayouts('Devon')).toEqual([['Devon']]);
  });

  it('breaks before "&", which starts the second line', () => {
    // "Humber & North"/"Yorkshire" has 14 characters on its longer line, "Humber"/"& North Yorkshire" 17, but
    // a break before "&" counts 4 shorter: 13.
    expect(labelLayouts('Humber & North Yorkshire')).toEqual([['Humber & North Yorkshire'], ['Humber', '& North Yorkshire']]);
    expect(labelLayouts('Kent & Medway')[1]).toEqual(['Kent', '& Medway']);
  });

  it('never ends a first line with "&"', () => {
    for (const lines of labelLayouts('A & B')) expect(lines[0]?.endsWith('&')).toBe(false);
  });

  it('prefers a break after a comma', () => {
    // After the comma: 27 and 19 characters (27 − 4 = 23); the best other break, "Bath & North East" and
    // "Somerset, Swindon & Wiltshire", has 29.
    expect(labelLayouts('Bath & North East Somerset, Swindon & Wiltshire')[1]).toEqual([
      'Bath & North East Somerset,',
      'Swindon & Wiltshire',
    ]);
  });

  it('otherwise balances the lines', () => {
    expect(labelLayouts('Castle Point & Rochford')[1]).toEqual(['Castle Point', '& Rochford']);
    expect(labelLayouts('North Central London')[1]).toEqual(['North Central', 'London']);
  });
});

describe('labelLayoutsFor', () => {
  it("works out an area's layouts from its name once, and uses the code when the name is unknown", () => {
    let calls = 0;
    const layoutsOf = labelLayoutsFor((code) => {
      calls += 1;
      return code === 'QKS' ? 'NHS Kent and Medway ICB' : undefined;
    });
    expect(layoutsOf('QKS')[0]).toEqual(['Kent & Medway']);
    expect(layoutsOf('QKS')).toBe(layoutsOf('QKS'));
    expect(calls).toBe(1);
    expect(layoutsOf('ZZZ')).toEqual([['ZZZ']]);
  });
});

describe('splitAreaName', () => {
  it('puts a sub-ICB place first and its ICB and code second', () => {
    expect(splitAreaName('NHS North East and North Cumbria ICB - 01H North Cumbria')).toEqual({
      main: 'North Cumbria',
      context: 'NHS North East and North Cumbria ICB · 01H',
    });
    // Five-character codes, and ampersands in places.
    expect(splitAreaName('NHS Hampshire and Isle Of Wight ICB - D9Y0V Hampshire, Southampton & Isle of Wight')).toEqual({
      main: 'Hampshire, Southampton & Isle of Wight',
      context: 'NHS Hampshire and Isle Of Wight ICB · D9Y0V',
    });
  });
  it('names a sub-ICB that is its whole ICB by the ICB, with the ICB and code as context', () => {
    expect(splitAreaName('NHS Kent and Medway ICB - 91Q')).toEqual({
      main: 'Kent and Medway',
      context: 'NHS Kent and Medway ICB · 91Q',
    });
  });
  it('drops the "NHS " and " ICB" every ICB has, and leaves region and England names whole', () => {
    expect(splitAreaName('NHS Bath and North East Somerset, Swindon and Wiltshire ICB')).toEqual({
      main: 'Bath and North East Somerset, Swindon and Wiltshire',
      context: null,
    });
    expect(splitAreaName('North East and Yorkshire')).toEqual({ main: 'North East and Yorkshire', context: null });
    expect(splitAreaName('England')).toEqual({ main: 'England', context: null });
  });
});
