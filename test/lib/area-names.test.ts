import { describe, expect, it } from 'vitest';
import { splitAreaName } from '../../src/lib/area-names';

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
  it('leaves ICB, region and England names whole', () => {
    expect(splitAreaName('NHS Bath and North East Somerset, Swindon and Wiltshire ICB')).toEqual({
      main: 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB',
      context: null,
    });
    expect(splitAreaName('England')).toEqual({ main: 'England', context: null });
  });
});
